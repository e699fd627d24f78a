import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AttendanceInput, StageOut, StageUpdate } from "../../domain/bimtek";
import { ErrorBody } from "../../domain/errors";
import type { Actor } from "../../domain/roles";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { stagePolicy } from "../policies/cohort";
import { presentStage, presentStages } from "../presenters/bimtek";
import { closeStage } from "../services/bimtek/close-stage";
import { loadStageView, loadStageViews } from "../services/bimtek/list-stages";
import { loadStage } from "../services/bimtek/load";
import { loadCoverage } from "../services/bimtek/masterplan-coverage";
import { recordAttendance } from "../services/bimtek/record-attendance";
import { updateStage } from "../services/bimtek/update-stage";
import { loadCandidate } from "../services/cohorts/load";

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const IdParams = z.object({ id: z.coerce.number().int().positive() });
const tags = ["Pendampingan"];

/** A stage as the page shows it after a change: with its deliverables, attendance and gate. */
async function stageResponse(db: Db, actor: Actor, stage: { id: number; candidateId: number }) {
  const found = await loadStageView(db, stage);
  if (!found) throw new AppError("stage_not_found", { id: stage.id });
  const coverage = await loadCoverage(db, {
    actor,
    regionCode: found.view.regionCode,
    stageTemplateIds: [found.view.stage.stageTemplateId],
  });
  return { data: presentStage(actor, found.view, found.previous, coverage) };
}

/** Bimtek stages of a selected region: schedule, attendance by OPD and the gate that closes them. */
export const stageRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  app.get(
    "/api/candidates/:id/stages",
    {
      schema: {
        tags,
        summary: "Tahap Bimtek suatu daerah terpilih, berurutan (daftar kosong bila daerah tidak terpilih)",
        params: IdParams,
        response: { 200: z.object({ data: z.array(StageOut) }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const c = await loadCandidate(db(), req.params.id, actor);
      stagePolicy.authorize(actor, "read", { regionCode: c.candidate.regionCode });
      // Only a selected region has a workspace; any other candidate simply has no stages.
      if (c.candidate.status !== "selected") return { data: [] };
      const views = await loadStageViews(db(), c.candidate.id);
      const coverage = await loadCoverage(db(), {
        actor,
        regionCode: c.candidate.regionCode,
        stageTemplateIds: views.map((v) => v.stage.stageTemplateId),
      });
      return { data: presentStages(actor, views, coverage) };
    },
  );

  app.patch(
    "/api/stages/:id",
    {
      schema: {
        tags,
        summary: "Mengubah jadwal, moda atau tempat suatu tahap (dengan versi)",
        params: IdParams,
        body: StageUpdate,
        response: { 200: z.object({ data: StageOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const current = await loadStage(db(), req.params.id, actor);
      stagePolicy.authorize(actor, "update", current.res);
      await updateStage(db(), { current, changes: req.body, ctx: requestContext(req) });
      return stageResponse(db(), actor, current.stage);
    },
  );

  app.put(
    "/api/stages/:id/attendance",
    {
      schema: {
        tags,
        summary: "Mengganti daftar kehadiran OPD suatu tahap (OPD harus milik wilayah tersebut)",
        params: IdParams,
        body: AttendanceInput,
        response: { 200: z.object({ data: StageOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const stage = await loadStage(db(), req.params.id, actor);
      stagePolicy.authorize(actor, "update", stage.res);
      await recordAttendance(db(), { stage, rows: req.body, ctx: requestContext(req) });
      return stageResponse(db(), actor, stage.stage);
    },
  );

  app.post(
    "/api/stages/:id/close",
    {
      schema: {
        tags,
        summary:
          "Menutup tahap: semua keluaran wajib disetujui dan tahap sebelumnya sudah ditutup (409 dengan `details.pending` bila belum)",
        params: IdParams,
        response: { 200: z.object({ data: StageOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const stage = await loadStage(db(), req.params.id, actor);
      stagePolicy.authorize(actor, "close", stage.res);
      await closeStage(db(), { stage, ctx: requestContext(req) });
      return stageResponse(db(), actor, stage.stage);
    },
  );
};
