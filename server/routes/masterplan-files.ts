import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import { MasterplanOut } from "../../domain/masterplan-responses";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import { AppError } from "../errors";
import { guardDraft, masterplanPolicy } from "../policies/masterplan";
import { planRes, presentMasterplan } from "../presenters/masterplan";
import { readUpload, requireFileType } from "../services/files/read-upload";
import { importPrograms, importTemplate, readSheet, validateImport } from "../services/masterplans/import-programs";
import { loadMasterplan } from "../services/masterplans/load";
import { attachPerkadaFile } from "../services/masterplans/perkada-file";
import { submitCheck } from "../services/masterplans/submit-check";
import { attachmentHeader } from "./files";

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const uploadErrors = { ...errors, 413: ErrorBody, 415: ErrorBody };
const tags = ["Masterplan"];
const IdParams = z.object({ id: z.coerce.number().int().positive() });
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Program import from XLSX/CSV with its template, and the signed Perbup/Perwali file. */
export const masterplanFileRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  app.get(
    "/api/masterplans/:id/programs/template.xlsx",
    {
      schema: {
        tags,
        summary: "Templat impor program (XLSX): baris judul, satu baris contoh, dan lembar referensi kode serta OPD",
        params: IdParams,
        response: { 200: z.unknown().describe("Berkas XLSX"), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const plan = await loadMasterplan(db(), req.params.id, actor);
      const buffer = await importTemplate(db(), plan);
      return reply
        .type(XLSX)
        .header("content-disposition", attachmentHeader(`templat-program-masterplan-${plan.id}.xlsx`))
        .header("cache-control", "private, no-store")
        .send(buffer);
    },
  );

  app.post(
    "/api/masterplans/:id/programs/import",
    {
      schema: {
        tags,
        summary:
          "Mengimpor program dari XLSX atau CSV (multipart, kolom `file`, maks. 5 MB): semua baris disimpan, atau tidak satu pun bila ada baris yang tidak valid (422 import_invalid dengan details.rows)",
        consumes: ["multipart/form-data"],
        params: IdParams,
        response: {
          201: z.object({ data: z.object({ imported: z.number().int(), programIds: z.array(z.number().int()) }) }),
          ...uploadErrors,
        },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const plan = await loadMasterplan(db(), req.params.id, actor);
      const res = planRes(plan);
      guardDraft(
        res.status,
        (status) => masterplanPolicy.can(actor, "addProgram", { ...res, status }),
        () => masterplanPolicy.authorize(actor, "addProgram", res),
      );
      // The whole file is read and checked before any transaction starts.
      const part = await readUpload(req);
      const rows = await readSheet(part.buffer);
      const valid = await validateImport(db(), { plan, actor, rows });
      const ids = await importPrograms(db(), {
        plan,
        programs: valid.map((v) => v.program),
        fileName: part.filename.slice(0, 200),
        ctx: requestContext(req),
      });
      return reply.code(201).send({ data: { imported: ids.length, programIds: ids } });
    },
  );

  app.post(
    "/api/masterplans/:id/perkada-file",
    {
      schema: {
        tags,
        summary:
          "Mengunggah Perkada (Perbup/Perwali/Pergub) bertanda tangan (PDF, multipart kolom `file`) untuk masterplan yang disetujui atau ditetapkan; diunduh lewat /api/files/:id",
        consumes: ["multipart/form-data"],
        params: IdParams,
        response: { 200: z.object({ data: MasterplanOut }), ...uploadErrors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadMasterplan(db(), req.params.id, actor);
      const res = planRes(plan);
      if (!masterplanPolicy.can(actor, "attachPerkada", res)) {
        // The coordinator or admin of a plan not yet approved: its status stands in the way.
        if (masterplanPolicy.can(actor, "attachPerkada", { ...res, status: "approved" }))
          throw new AppError("masterplan_transition_not_allowed", { status: plan.status, action: "attachPerkada" });
        masterplanPolicy.authorize(actor, "attachPerkada", res);
      }
      const part = await readUpload(req);
      await requireFileType(part, ["application/pdf"]);
      const row = await attachPerkadaFile(db(), { plan, part, store: app.files, ctx: requestContext(req) });
      return { data: presentMasterplan(actor, row, await submitCheck(db(), actor, row)) };
    },
  );
};
