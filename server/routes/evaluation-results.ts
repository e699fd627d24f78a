import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import { ExportQuery, ResultRow, ResultsQuery } from "../../domain/evaluation/api";
import { pageOf } from "../../domain/pagination";
import { requireActor } from "../auth/actor";
import { evaluationResultsWorkbook } from "../documents/evaluation-xlsx";
import { schemeDimensionNames } from "../services/evaluation-schemes/dimension-names";
import { allResults, listResults } from "../services/evaluations/list-results";

const tags = ["Evaluasi"];

/**
 * The national evaluation table. Published results are an announcement of the program:
 * every signed-in user may read them (index, dimension scores, ranks, improvement). Rounds
 * not yet published never appear, and self-assessments and score sheets are not part of it.
 */
export const evaluationResultRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  app.get(
    "/api/evaluation-results",
    {
      schema: {
        tags,
        summary:
          "Tabel evaluasi nasional: hasil yang sudah diumumkan, dengan penyaring putaran, tahun, tahap, provinsi, angkatan dan wilayah; urut peringkat",
        querystring: ResultsQuery,
        response: { 200: pageOf(ResultRow), 401: ErrorBody, 422: ErrorBody },
      },
    },
    async (req) => {
      requireActor(req);
      const { rows, total } = await listResults(db(), req.query);
      return { data: rows, total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  app.get(
    "/api/evaluation-results.xlsx",
    {
      schema: {
        tags,
        summary: "Tabel evaluasi nasional sebagai XLSX, dengan penyaring dan urutan yang sama (tanpa halaman)",
        querystring: ExportQuery,
        response: { 200: z.unknown().describe("Berkas XLSX"), 401: ErrorBody, 422: ErrorBody },
      },
    },
    async (req, reply) => {
      requireActor(req);
      const rows = await allResults(db(), req.query);
      const parts = [
        "hasil-evaluasi",
        req.query.year,
        req.query.tahap && `tahap-${req.query.tahap}`,
        req.query.province,
      ];
      const name = parts.filter(Boolean).join("-").toLowerCase();
      const names = await schemeDimensionNames(db());
      const buffer = await evaluationResultsWorkbook("Hasil Evaluasi Smart City", rows, names);
      return reply
        .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("content-disposition", `attachment; filename="${name}.xlsx"`)
        .send(buffer);
    },
  );
};
