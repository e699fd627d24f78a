import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import { ProgressListOut, ProgressOut, ProgressSave } from "../../domain/monitoring-api";
import type { Actor } from "../../domain/roles";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import { progressPolicy } from "../policies/monitoring";
import { guardEntry } from "../policies/monitoring-guards";
import { presentProgress } from "../presenters/monitoring";
import { readUpload } from "../services/files/read-upload";
import { loadQuickWin } from "../services/masterplans/load";
import { attachEvidence, detachEvidence, evidenceOf } from "../services/monitoring/evidence";
import { loadMonitoredProgram, loadProgressEntry, monitoredRes, type PlanRow } from "../services/monitoring/load";
import { listProgress, type ProgressKind, reportableYears, saveProgress } from "../services/monitoring/progress";

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const tags = ["Monitoring"];
const IdParams = z.object({ id: z.coerce.number().int().positive() });
const YearParams = IdParams.extend({ year: z.coerce.number().int().min(1990).max(2100) });

type Subject = { id: number; plan: PlanRow; ownerOpdId: number | null; years: number[] };

/** Yearly progress of programs and quick wins (status, physical %, budget allocated and realised), with evidence. */
export const progressRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  const subjects: Record<ProgressKind, (id: number, actor: Actor) => Promise<Subject>> = {
    program: async (id, actor) => {
      const { program, plan } = await loadMonitoredProgram(db(), id, actor);
      return {
        id,
        plan,
        ownerOpdId: program.ownerOpdId,
        years: reportableYears(plan, { from: program.startYear, to: program.endYear }),
      };
    },
    quick_win: async (id, actor) => {
      const { quickWin, plan } = await loadQuickWin(db(), id, actor);
      return {
        id,
        plan,
        ownerOpdId: quickWin.ownerOpdId,
        years: reportableYears(plan, { from: quickWin.year, to: plan.periodEnd }),
      };
    },
  };

  const listOut = async (kind: ProgressKind, actor: Actor, s: Subject) => {
    const rows = await listProgress(db(), kind, s.id);
    const files = await evidenceOf(
      db(),
      kind === "program" ? "program_progress" : "quick_win_progress",
      rows.map((r) => r.id),
    );
    return {
      data: rows.map((r) => presentProgress(r, files.get(r.id) ?? [])),
      years: s.years,
      can: { update: progressPolicy.can(actor, "update", monitoredRes(s.plan, s.ownerOpdId)) },
    };
  };

  for (const [kind, base, label] of [
    ["program", "/api/programs", "program"],
    ["quick_win", "/api/quick-wins", "quick win"],
  ] as const) {
    app.get(
      `${base}/:id/progress`,
      {
        schema: {
          tags,
          summary: `Progres tahunan ${label}: status, progres fisik, pagu dan realisasi anggaran, bukti dukung`,
          params: IdParams,
          response: { 200: ProgressListOut, ...errors },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        return listOut(kind, actor, await subjects[kind](req.params.id, actor));
      },
    );

    app.put(
      `${base}/:id/progress/:year`,
      {
        schema: {
          tags,
          summary: `Menyimpan progres ${label} untuk satu tahun (version 0 membuat; selain itu versi terakhir, 409 bila usang)`,
          params: YearParams,
          body: ProgressSave,
          response: { 200: z.object({ data: ProgressOut }), ...errors },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        const s = await subjects[kind](req.params.id, actor);
        guardEntry(actor, "progress", monitoredRes(s.plan, s.ownerOpdId));
        const row = await saveProgress(db(), {
          kind,
          subjectId: s.id,
          plan: s.plan,
          years: s.years,
          year: req.params.year,
          input: req.body,
          ctx: requestContext(req),
        });
        const files = await evidenceOf(db(), kind === "program" ? "program_progress" : "quick_win_progress", [row.id]);
        return { data: presentProgress(row, files.get(row.id) ?? []) };
      },
    );

    const entryBase = kind === "program" ? "/api/program-progress" : "/api/quick-win-progress";
    const evidenceKind = kind === "program" ? ("program_progress" as const) : ("quick_win_progress" as const);

    app.post(
      `${entryBase}/:id/evidence`,
      {
        schema: {
          tags,
          summary: `Melampirkan bukti dukung progres ${label} (multipart, kolom \`file\`; maks. 20 MB)`,
          consumes: ["multipart/form-data"],
          params: IdParams,
          response: { 201: z.object({ data: ProgressOut }), 413: ErrorBody, 415: ErrorBody, ...errors },
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        const { entry, ownerOpdId, plan } = await loadProgressEntry(db(), kind, req.params.id, actor);
        guardEntry(actor, "progress", monitoredRes(plan, ownerOpdId));
        const part = await readUpload(req);
        await attachEvidence(db(), {
          subject: { kind: evidenceKind, id: entry.id },
          plan,
          part,
          store: app.files,
          ctx: requestContext(req),
        });
        const files = await evidenceOf(db(), evidenceKind, [entry.id]);
        return reply.code(201).send({ data: presentProgress(entry, files.get(entry.id) ?? []) });
      },
    );

    app.delete(
      `${entryBase}/:id/evidence/:fileId`,
      {
        schema: {
          tags,
          summary: `Melepas bukti dukung progres ${label}`,
          params: IdParams.extend({ fileId: z.uuid() }),
          response: { 204: z.null(), ...errors },
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        const { entry, ownerOpdId, plan } = await loadProgressEntry(db(), kind, req.params.id, actor);
        guardEntry(actor, "progress", monitoredRes(plan, ownerOpdId));
        await detachEvidence(db(), {
          subject: { kind: evidenceKind, id: entry.id },
          plan,
          fileId: req.params.fileId,
          ctx: requestContext(req),
        });
        return reply.code(204).send(null);
      },
    );
  }
};
