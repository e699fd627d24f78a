import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import {
  PlanIndicatorQuery,
  PlanRealisationOut,
  ProgramIndicatorsOut,
  QuickWinMonitoringOut,
  RealisationQueueQuery,
} from "../../domain/monitoring-lists";
import { MonitoringSummaryOut } from "../../domain/monitoring-summary";
import { PageQuery, pageOf } from "../../domain/pagination";
import { requireActor } from "../auth/actor";
import { planMonitoringPolicy, progressPolicy } from "../policies/monitoring";
import {
  presentIndicatorBrief,
  presentProgramIndicator,
  presentProgramRef,
  presentProgress,
  presentRealisation,
} from "../presenters/monitoring";
import { loadMasterplan } from "../services/masterplans/load";
import { evidenceOf } from "../services/monitoring/evidence";
import { monitoredRes } from "../services/monitoring/load";
import { listPlanQuickWins, listPlanRealisations, pagePlanIndicators } from "../services/monitoring/plan-lists";
import { listProgramIndicators } from "../services/monitoring/program-indicators";
import { monitoringSummary } from "../services/monitoring/summary";

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 422: ErrorBody };
const tags = ["Monitoring"];
const IdParams = z.object({ id: z.coerce.number().int().positive() });

/** Plan-wide monitoring: the dashboard summary, indicators by program, the verification queue, quick wins. */
export const monitoringRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  app.get(
    "/api/masterplans/:id/monitoring/summary",
    {
      schema: {
        tags,
        summary:
          "Ringkasan monitoring untuk dasbor wilayah: progres per dimensi, anggaran per tahun, indikator terhadap target (capaian dan lampu), quick win, entri terlambat",
        params: IdParams,
        querystring: z.object({
          year: z.coerce.number().int().min(1990).max(2100).optional().describe("Bawaan: tahun berjalan dalam periode"),
        }),
        response: {
          200: z.object({
            data: MonitoringSummaryOut,
            can: z.object({ import: z.boolean(), verify: z.boolean() }),
          }),
          ...errors,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadMasterplan(db(), req.params.id, actor);
      return {
        data: await monitoringSummary(db(), { plan, year: req.query.year, today: new Date() }),
        can: planMonitoringPolicy.abilities(actor, plan),
      };
    },
  );

  app.get(
    "/api/masterplans/:id/monitoring/indicators",
    {
      schema: {
        tags,
        summary:
          "Program yang memiliki indikator, masing-masing dengan target, realisasi, capaian dan lampu per tahun (untuk grafik dan pengisian)",
        params: IdParams,
        querystring: PageQuery.extend(PlanIndicatorQuery.shape),
        response: { 200: pageOf(ProgramIndicatorsOut), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadMasterplan(db(), req.params.id, actor);
      const { page, pageSize, ...filter } = req.query;
      const { programs, total } = await pagePlanIndicators(db(), { planId: plan.id, filter, page: { page, pageSize } });
      const links = await listProgramIndicators(
        db(),
        programs.map((p) => p.id),
      );
      return {
        data: programs.map((p) => ({
          program: presentProgramRef(p),
          indicators: links
            .filter((l) => l.link.programId === p.id)
            .map((l) =>
              presentProgramIndicator(
                actor,
                { plan, ownerOpdId: p.ownerOpdId },
                l.link,
                l.indicator,
                l.targets,
                l.values,
              ),
            ),
        })),
        total,
        page,
        pageSize,
      };
    },
  );

  app.get(
    "/api/masterplans/:id/realisations",
    {
      schema: {
        tags,
        summary: "Realisasi suatu masterplan, terbaru dulu; status=entered adalah antrean verifikasi koordinator",
        params: IdParams,
        querystring: PageQuery.extend(RealisationQueueQuery.shape),
        response: { 200: pageOf(PlanRealisationOut), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadMasterplan(db(), req.params.id, actor);
      const { page, pageSize, ...filter } = req.query;
      const { rows, total } = await listPlanRealisations(db(), { planId: plan.id, filter, page: { page, pageSize } });
      const files = await evidenceOf(
        db(),
        "realisation",
        rows.map((r) => r.realisation.id),
      );
      return {
        data: rows.map((r) => ({
          ...presentRealisation(
            actor,
            { plan, ownerOpdId: r.program.ownerOpdId },
            r.realisation,
            files.get(r.realisation.id) ?? [],
          ),
          program: presentProgramRef(r.program),
          indicator: presentIndicatorBrief(r.indicator),
        })),
        total,
        page,
        pageSize,
      };
    },
  );

  app.get(
    "/api/masterplans/:id/monitoring/quick-wins",
    {
      schema: {
        tags,
        summary: "Quick win suatu masterplan dengan progres per tahun",
        params: IdParams,
        response: { 200: z.object({ data: z.array(QuickWinMonitoringOut) }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadMasterplan(db(), req.params.id, actor);
      const rows = await listPlanQuickWins(db(), plan.id);
      const files = await evidenceOf(
        db(),
        "quick_win_progress",
        rows.flatMap((r) => r.progress.map((p) => p.id)),
      );
      return {
        data: rows.map((r) => ({
          id: r.quickWin.id,
          programId: r.quickWin.programId,
          programCode: r.programCode,
          target: r.quickWin.target,
          whyQuick: r.quickWin.whyQuick,
          year: r.quickWin.year,
          ownerOpdId: r.quickWin.ownerOpdId,
          progress: r.progress.map((p) => presentProgress(p, files.get(p.id) ?? [])),
          can: { update: progressPolicy.can(actor, "update", monitoredRes(plan, r.quickWin.ownerOpdId)) },
        })),
      };
    },
  );
};
