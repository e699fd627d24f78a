import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { CohortCreate, CohortUpdate } from "../../domain/cohort";
import {
  CandidateOut,
  CandidatesAdd,
  CohortOut,
  CohortTransition,
  RankedOut,
  SelectionInput,
} from "../../domain/cohort-api";
import { DashboardOut, DashboardQuery } from "../../domain/cohort-dashboard";
import { ErrorBody } from "../../domain/errors";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import { dashboardWorkbook } from "../documents/dashboard-xlsx";
import { cohortPolicy } from "../policies/cohort";
import { presentCandidate, presentCohort } from "../presenters/cohort";
import { computeRanking } from "../services/assessment/ranking";
import { saveSelection } from "../services/assessment/save-selection";
import { addCandidates } from "../services/cohorts/add-candidates";
import { createCohort } from "../services/cohorts/create-cohort";
import { cohortDashboard } from "../services/cohorts/dashboard";
import { listCandidates } from "../services/cohorts/list-candidates";
import { cohortCounts, listCohorts } from "../services/cohorts/list-cohorts";
import { loadCohort } from "../services/cohorts/load";
import { transitionCohort, updateCohort } from "../services/cohorts/update-cohort";

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const Id = z.object({ id: z.coerce.number().int().positive() });
const tags = ["Angkatan"];

export const cohortRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;
  const withCounts = async (actor: Parameters<typeof presentCohort>[0], row: Parameters<typeof presentCohort>[1]) =>
    presentCohort(actor, row, (await cohortCounts(db(), [row.id])).get(row.id));

  app.get(
    "/api/cohorts",
    {
      schema: {
        tags,
        summary: "Angkatan yang dapat dilihat",
        response: { 200: z.object({ data: z.array(CohortOut) }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const rows = await listCohorts(db(), actor);
      const counts = await cohortCounts(
        db(),
        rows.map((r) => r.id),
      );
      return { data: rows.map((r) => presentCohort(actor, r, counts.get(r.id))) };
    },
  );

  app.post(
    "/api/cohorts",
    {
      schema: {
        tags,
        summary: "Membuat angkatan (admin nasional)",
        body: CohortCreate,
        response: { 201: z.object({ data: CohortOut }), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      cohortPolicy.authorize(actor, "manage", { id: 0, status: "draft" });
      const row = await createCohort(db(), { input: req.body, ctx: requestContext(req) });
      return reply.code(201).send({ data: presentCohort(actor, row) });
    },
  );

  app.get(
    "/api/cohorts/:id",
    {
      schema: {
        tags,
        summary: "Satu angkatan",
        params: Id,
        response: { 200: z.object({ data: CohortOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return { data: await withCounts(actor, await loadCohort(db(), req.params.id, actor)) };
    },
  );

  app.patch(
    "/api/cohorts/:id",
    {
      schema: {
        tags,
        summary: "Mengubah nama, kuota, jadwal",
        params: Id,
        body: CohortUpdate,
        response: { 200: z.object({ data: CohortOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const current = await loadCohort(db(), req.params.id, actor);
      cohortPolicy.authorize(actor, "manage", current);
      return {
        data: await withCounts(actor, await updateCohort(db(), { current, input: req.body, ctx: requestContext(req) })),
      };
    },
  );

  app.post(
    "/api/cohorts/:id/transition",
    {
      schema: {
        tags,
        summary: "Memindahkan angkatan ke tahap lain (peta transisi di domain/cohort.ts)",
        params: Id,
        body: CohortTransition,
        response: { 200: z.object({ data: CohortOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const current = await loadCohort(db(), req.params.id, actor);
      cohortPolicy.authorize(actor, "manage", current);
      const row = await transitionCohort(db(), { current, to: req.body.to, ctx: requestContext(req) });
      return { data: await withCounts(actor, row) };
    },
  );

  app.get(
    "/api/cohorts/:id/candidates",
    {
      schema: {
        tags,
        summary: "Kandidat angkatan (wilayah hanya melihat dirinya)",
        params: Id,
        response: { 200: z.object({ data: z.array(CandidateOut) }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const c = await loadCohort(db(), req.params.id, actor);
      const rows = await listCandidates(db(), { cohortId: c.id, actor });
      return { data: rows.map((r) => presentCandidate(actor, r, c.status)) };
    },
  );

  app.post(
    "/api/cohorts/:id/candidates",
    {
      schema: {
        tags,
        summary: "Mengundang wilayah: kode, daftar tempelan/berkas, atau satu provinsi. Semua atau tidak sama sekali",
        params: Id,
        body: CandidatesAdd,
        response: {
          201: z.object({ data: z.object({ added: z.array(z.string()), alreadyCandidates: z.array(z.string()) }) }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const c = await loadCohort(db(), req.params.id, actor);
      cohortPolicy.authorize(actor, "manage", c);
      const r = await addCandidates(db(), { cohort: c, input: req.body, ctx: requestContext(req) });
      return reply
        .code(201)
        .send({ data: { added: r.added.map((a) => a.regionCode), alreadyCandidates: r.alreadyCandidates } });
    },
  );

  app.get(
    "/api/cohorts/:id/ranking",
    {
      schema: {
        tags,
        summary: "Peringkat kesiapan dengan aturan pemecah seri (admin dan asesor angkatan)",
        params: Id,
        response: { 200: z.object({ data: z.array(RankedOut), quota: z.number().int() }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const c = await loadCohort(db(), req.params.id, actor);
      cohortPolicy.authorize(actor, "readAll", c);
      const ranking = await computeRanking(db(), c);
      return {
        quota: c.quota,
        data: ranking.map((r) => ({
          candidateId: r.candidateId,
          regionCode: r.regionCode,
          regionName: r.regionName,
          status: r.status,
          rank: r.rank,
          mean: r.score.mean,
          spread: r.score.spread,
          assessors: r.score.assessors,
          byLens: r.score.byLens,
          tieBrokenBy: r.tieBrokenBy,
          withinQuota: r.withinQuota,
        })),
      };
    },
  );

  app.post(
    "/api/cohorts/:id/selection",
    {
      schema: {
        tags,
        summary: "Menyimpan atau mengumumkan hasil seleksi (penyimpangan dari peringkat wajib beralasan)",
        params: Id,
        body: SelectionInput,
        response: { 200: z.object({ data: CohortOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const c = await loadCohort(db(), req.params.id, actor);
      cohortPolicy.authorize(actor, "manage", c);
      const row = await saveSelection(db(), { cohort: c, input: req.body, ctx: requestContext(req) });
      return { data: await withCounts(actor, row) };
    },
  );

  app.get(
    "/api/cohorts/:id/dashboard",
    {
      schema: {
        tags,
        summary:
          "Dasbor angkatan: corong per jenis peserta (kab/kota, provinsi) dan tabel wilayah dengan langkah, mentor, keterlambatan",
        params: Id,
        querystring: DashboardQuery,
        response: { 200: z.object({ data: DashboardOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const c = await loadCohort(db(), req.params.id, actor);
      cohortPolicy.authorize(actor, "readAll", c);
      return { data: await cohortDashboard(db(), c, req.query) };
    },
  );

  app.get(
    "/api/cohorts/:id/dashboard.xlsx",
    {
      schema: {
        tags,
        summary: "Tabel dasbor angkatan sebagai XLSX, dengan penyaring yang sama",
        params: Id,
        querystring: DashboardQuery,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const c = await loadCohort(db(), req.params.id, actor);
      cohortPolicy.authorize(actor, "readAll", c);
      const buffer = await dashboardWorkbook(c.name, await cohortDashboard(db(), c, req.query));
      const file = `dasbor-${c.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.xlsx`;
      return reply
        .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("content-disposition", `attachment; filename="${file}"`)
        .send(buffer);
    },
  );
};
