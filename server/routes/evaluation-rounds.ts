import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import {
  AssessorOut,
  AssessorsPut,
  EvaluationOut,
  ParticipantsPut,
  ParticipantsQuery,
  ResultRow,
  RoundCreate,
  RoundOut,
  RoundTransition,
  RoundUpdate,
  SchemeOut,
} from "../../domain/evaluation/api";
import { pageOf } from "../../domain/pagination";
import type { Actor } from "../../domain/roles";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import { roundPolicy } from "../policies/evaluation";
import { presentEvaluation, presentRound, presentScheme } from "../presenters/evaluation";
import { computeRoundResults } from "../services/evaluations/compute-results";
import { createRound } from "../services/evaluations/create-round";
import { listEvaluations } from "../services/evaluations/list-evaluations";
import { assessorsByRound, listRounds, roundAssessors, roundCounts } from "../services/evaluations/list-rounds";
import { loadRound, type RoundRow } from "../services/evaluations/load";
import { roundFacts } from "../services/evaluations/round-facts";
import { setAssessors } from "../services/evaluations/set-assessors";
import { setParticipants } from "../services/evaluations/set-participants";
import { transitionRound } from "../services/evaluations/transition-round";
import { updateRound } from "../services/evaluations/update-round";

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const tags = ["Evaluasi"];
const Id = z.object({ id: z.coerce.number().int().positive() });
const RoundDetail = RoundOut.extend({ scheme: SchemeOut, assessors: z.array(AssessorOut) });
const Preview = ResultRow.pick({
  evaluationId: true,
  regionCode: true,
  provinceCode: true,
  index: true,
  results: true,
  dimensions: true,
  assessors: true,
  previousIndex: true,
  improvement: true,
  improvementPercent: true,
  nationalRank: true,
  provincialRank: true,
});

/** Evaluation rounds: schemes, opening, participants, assessors, phases and publication. */
export const evaluationRoundRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  /** A round with its scheme, counts, moves (admin) and assessors (admin and its assessors). */
  const detail = async (actor: Actor, id: number) => {
    const { round, res } = await loadRound(db(), id, actor);
    const counts = (await roundCounts(db(), [round.id])).get(round.id) ?? { participants: 0, assessors: 0 };
    const facts = roundPolicy.can(actor, "manage", res) ? await roundFacts(db(), round) : undefined;
    const seesAssessors = roundPolicy.can(actor, "readAll", res);
    return {
      ...presentRound(actor, round, res, counts, facts),
      scheme: presentScheme(round.scheme),
      assessors: seesAssessors ? await roundAssessors(db(), round.id) : [],
    };
  };
  const manageable = async (actor: Actor, id: number): Promise<RoundRow> => {
    const loaded = await loadRound(db(), id, actor);
    roundPolicy.authorize(actor, "manage", loaded.res);
    return loaded.round;
  };

  app.get(
    "/api/evaluation-rounds",
    {
      schema: {
        tags,
        summary: "Putaran evaluasi yang dapat dilihat, terbaru lebih dulu",
        querystring: z.object({ year: z.coerce.number().int().min(2017).max(2100).optional() }),
        response: { 200: z.object({ data: z.array(RoundOut), can: z.object({ create: z.boolean() }) }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const rows = await listRounds(db(), { actor, year: req.query.year });
      const counts = await roundCounts(
        db(),
        rows.map((r) => r.id),
      );
      const assessors = await assessorsByRound(
        db(),
        rows.map((r) => r.id),
      );
      const data = rows.map((r) =>
        presentRound(
          actor,
          r,
          { status: r.status, assessorIds: assessors.get(r.id) ?? [] },
          counts.get(r.id) ?? { participants: 0, assessors: 0 },
        ),
      );
      return { data, can: { create: roundPolicy.can(actor, "manage", { status: "draft", assessorIds: [] }) } };
    },
  );

  app.post(
    "/api/evaluation-rounds",
    {
      schema: {
        tags,
        summary:
          "Membuka putaran (admin nasional). Peserta: regionCodes, atau bawaan semua kab/kota dengan masterplan disetujui/ditetapkan (dalam angkatan cohortId bila diisi); batas tahap opsional",
        body: RoundCreate,
        response: { 201: z.object({ data: RoundDetail }), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      roundPolicy.authorize(actor, "manage", { status: "draft", assessorIds: [] });
      const row = await createRound(db(), { input: req.body, ctx: requestContext(req) });
      return reply.code(201).send({ data: await detail(actor, row.id) });
    },
  );

  app.get(
    "/api/evaluation-rounds/:id",
    {
      schema: {
        tags,
        summary: "Satu putaran evaluasi",
        params: Id,
        response: { 200: z.object({ data: RoundDetail }), ...errors },
      },
    },
    async (req) => ({ data: await detail(requireActor(req), req.params.id) }),
  );

  app.patch(
    "/api/evaluation-rounds/:id",
    {
      schema: {
        tags,
        summary:
          "Mengubah nama dan batas tahap (evaluasi mandiri, penilaian asesor), atau skema selagi draf (dengan versi)",
        params: Id,
        body: RoundUpdate,
        response: { 200: z.object({ data: RoundDetail }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const current = await manageable(actor, req.params.id);
      await updateRound(db(), { current, input: req.body, ctx: requestContext(req) });
      return { data: await detail(actor, current.id) };
    },
  );

  app.put(
    "/api/evaluation-rounds/:id/participants",
    {
      schema: {
        tags,
        summary: "Menetapkan daerah peserta (selagi draf; dengan versi)",
        params: Id,
        body: ParticipantsPut,
        response: { 200: z.object({ data: RoundDetail }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const current = await manageable(actor, req.params.id);
      await setParticipants(db(), { current, input: req.body, ctx: requestContext(req) });
      return { data: await detail(actor, current.id) };
    },
  );

  app.put(
    "/api/evaluation-rounds/:id/assessors",
    {
      schema: {
        tags,
        summary: "Menugaskan asesor putaran (pengguna berperan asesor; sebelum diumumkan; dengan versi)",
        params: Id,
        body: AssessorsPut,
        response: { 200: z.object({ data: RoundDetail }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const current = await manageable(actor, req.params.id);
      await setAssessors(db(), { current, input: req.body, ctx: requestContext(req) });
      return { data: await detail(actor, current.id) };
    },
  );

  app.post(
    "/api/evaluation-rounds/:id/transition",
    {
      schema: {
        tags,
        summary:
          "Memindahkan tahap: self_assessment, scoring, published (dengan nomor dan tanggal surat hasil; menghitung dan menyimpan hasil serta peringkat), atau mundur satu tahap",
        params: Id,
        body: RoundTransition,
        response: { 200: z.object({ data: RoundDetail }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const current = await manageable(actor, req.params.id);
      await transitionRound(db(), { current, input: req.body, ctx: requestContext(req) });
      return { data: await detail(actor, current.id) };
    },
  );

  app.get(
    "/api/evaluation-rounds/:id/preview",
    {
      schema: {
        tags,
        summary: "Pratinjau hasil bila diumumkan sekarang (admin nasional; tidak disimpan)",
        params: Id,
        response: { 200: z.object({ data: z.array(Preview) }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const round = await manageable(actor, req.params.id);
      const rows = await computeRoundResults(db(), round);
      return {
        data: rows.map((r) => ({
          evaluationId: r.evaluationId,
          regionCode: r.regionCode,
          provinceCode: r.provinceCode,
          index: r.index ?? null,
          results: r.results,
          dimensions: r.dimensions,
          assessors: r.assessors,
          previousIndex: r.previousIndex ?? null,
          improvement: r.improvement ?? null,
          improvementPercent: r.improvementPercent ?? null,
          nationalRank: r.nationalRank ?? null,
          provincialRank: r.provincialRank ?? null,
        })),
      };
    },
  );

  app.get(
    "/api/evaluation-rounds/:id/evaluations",
    {
      schema: {
        tags,
        summary:
          "Daerah peserta dengan kemajuan penilaian mandiri dan penilaian asesor (admin dan asesor: semua; daerah: miliknya)",
        params: Id,
        querystring: ParticipantsQuery,
        response: { 200: pageOf(EvaluationOut), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const loaded = await loadRound(db(), req.params.id, actor);
      const { rows, total } = await listEvaluations(db(), {
        round: loaded.round,
        actor,
        seesAll: roundPolicy.can(actor, "readAll", loaded.res),
        province: req.query.province,
        page: req.query.page,
        pageSize: req.query.pageSize,
      });
      const data = rows.map((r) => presentEvaluation(actor, r, loaded.res));
      return { data, total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );
};
