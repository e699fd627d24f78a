import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import { type Actor, hasRole, isNationalAdmin } from "../../domain/roles";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import { AppError } from "../errors";
import { progressPolicy } from "../policies/monitoring";
import { readUpload } from "../services/files/read-upload";
import { loadMasterplan } from "../services/masterplans/load";
import { checkSheet, storeSheet } from "../services/monitoring/import-sheet";
import { monitoredRes, type PlanRow } from "../services/monitoring/load";
import { buildCsv, buildXlsx, type SheetKind, sheetRows } from "../services/monitoring/sheets";
import { attachmentHeader } from "./files";

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const tags = ["Monitoring"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const Params = z.object({
  id: z.coerce.number().int().positive(),
  kind: z
    .enum(["realisations", "progress", "quick-wins"])
    .describe("realisasi indikator, progres program atau progres quick win"),
});
const SheetQuery = z.object({
  format: z.enum(["xlsx", "csv"]).default("xlsx"),
  year: z.coerce.number().int().min(1990).max(2100).optional().describe("Hanya satu tahun"),
  opdId: z.coerce.number().int().positive().optional().describe("Hanya program dan quick win OPD ini"),
});
const TITLE: Record<SheetKind, string> = {
  realisations: "realisasi indikator",
  progress: "progres program",
  "quick-wins": "progres quick win",
};
const FILE_WORD: Record<SheetKind, string> = {
  realisations: "realisasi",
  progress: "progres",
  "quick-wins": "progres-quick-win",
};

/** The OPDs whose programs a person fills in: all for the coordinator and admin (null), else their own. */
function ownOpds(actor: Actor, plan: PlanRow): number[] | null {
  if (isNationalAdmin(actor) || hasRole(actor, "region_coordinator", plan.regionCode)) return null;
  return actor.memberships
    .filter((m) => m.role === "opd_contributor" && m.regionCode === plan.regionCode && m.opdId !== null)
    .map((m) => m.opdId as number);
}

/** Templates pre-filled with a plan's programs and indicators, imports of them (all or nothing), and exports. */
export const monitoringFileRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  for (const mode of ["template", "export"] as const) {
    app.get(
      `/api/masterplans/:id/monitoring/:kind/${mode}`,
      {
        schema: {
          tags,
          summary:
            mode === "template"
              ? "Templat XLSX/CSV untuk diisi: baris per indikator program × tahun (realisasi), per program × tahun (progres) atau per quick win × tahun (progres quick win), terisi yang sudah ada; kontributor OPD hanya mendapat program dan quick win OPD-nya"
              : "Ekspor XLSX/CSV realisasi (dengan status, capaian dan kategorinya), progres program atau progres quick win suatu masterplan",
          params: Params,
          querystring: SheetQuery,
          response: { 200: z.unknown().describe("Berkas XLSX atau CSV"), ...errors },
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        const plan = await loadMasterplan(db(), req.params.id, actor);
        const { kind } = req.params;
        const own = mode === "template" ? ownOpds(actor, plan) : null;
        const opdIds = req.query.opdId ? [req.query.opdId] : (own ?? undefined);
        const rows = await sheetRows(db(), plan, kind, { year: req.query.year, opdIds });
        const exported = mode === "export";
        const name = `${mode === "template" ? "templat" : "ekspor"}-${FILE_WORD[kind]}-masterplan-${plan.id}${req.query.year ? `-${req.query.year}` : ""}`;
        const csv = req.query.format === "csv";
        const body = csv
          ? buildCsv(kind, rows, { export: exported })
          : await buildXlsx(kind, rows, {
              export: exported,
              title: `${mode === "template" ? "Templat" : "Ekspor"} ${TITLE[kind]} — ${plan.title}`,
            });
        return reply
          .type(csv ? "text/csv; charset=utf-8" : XLSX)
          .header("content-disposition", attachmentHeader(`${name}.${csv ? "csv" : "xlsx"}`))
          .header("cache-control", "private, no-store")
          .send(body);
      },
    );
  }

  app.post(
    "/api/masterplans/:id/monitoring/:kind/import",
    {
      schema: {
        tags,
        summary:
          "Mengimpor templat yang diisi (XLSX atau CSV, multipart kolom `file`, maks. 5 MB): semua baris disimpan, atau tidak satu pun bila ada yang tidak valid (422 monitoring_import_invalid, details.rows: baris, kolom, nilai, pesan)",
        consumes: ["multipart/form-data"],
        params: Params,
        response: {
          201: z.object({
            data: z.object({ rows: z.number().int(), inserted: z.number().int(), updated: z.number().int() }),
          }),
          413: ErrorBody,
          415: ErrorBody,
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const plan = await loadMasterplan(db(), req.params.id, actor);
      const own = ownOpds(actor, plan);
      const mayAt = (status: PlanRow["status"]) =>
        own === null
          ? progressPolicy.can(actor, "update", monitoredRes({ ...plan, status }, null))
          : own.some((o) => progressPolicy.can(actor, "update", monitoredRes({ ...plan, status }, o)));
      if (!mayAt(plan.status)) {
        if (mayAt("enacted")) throw new AppError("monitoring_not_open", { status: plan.status });
        throw new AppError("forbidden", { reason: "progress.update" });
      }
      // The whole file is read and checked before any transaction starts.
      const part = await readUpload(req);
      const records = await checkSheet(db(), { plan, actor, kind: req.params.kind, buffer: part.buffer });
      const result = await storeSheet(db(), {
        plan,
        kind: req.params.kind,
        records,
        fileName: part.filename.slice(0, 200),
        ctx: requestContext(req),
      });
      return reply.code(201).send({ data: result });
    },
  );
};
