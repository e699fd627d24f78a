import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import {
  DimensionDrill,
  EvaluationDetail,
  ResultDetail,
  ScoresPut,
  SelfAssessmentPut,
} from "../../domain/evaluation/api";
import type { Actor } from "../../domain/roles";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import { AppError } from "../errors";
import { openStoredFile, saveUpload } from "../files/store";
import { authorizeInPhase, evaluationPolicy } from "../policies/evaluation";
import { presentEvaluation, presentRound, presentScheme } from "../presenters/evaluation";
import { addEvaluationEvidence } from "../services/evaluations/add-evidence";
import { dimensionPrograms } from "../services/evaluations/dimension-programs";
import { getEvaluation, loadEvaluationEvidence } from "../services/evaluations/get-evaluation";
import { getResult } from "../services/evaluations/get-result";
import { listEvaluations } from "../services/evaluations/list-evaluations";
import { roundCounts } from "../services/evaluations/list-rounds";
import { type LoadedEvaluation, loadEvaluation } from "../services/evaluations/load";
import { saveEvaluationScores } from "../services/evaluations/save-scores";
import { saveSelfAssessment } from "../services/evaluations/save-self-assessment";
import { attachmentHeader } from "./files";

const errors = {
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  413: ErrorBody,
  415: ErrorBody,
  422: ErrorBody,
};
const tags = ["Evaluasi"];
const Id = z.object({ id: z.coerce.number().int().positive() });

/** A region's evaluation: self-assessment with evidence, assessor scores and interview, and the published result. */
export const evaluationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  const detail = async (actor: Actor, loaded: LoadedEvaluation) => {
    const roundRes = { status: loaded.res.status, assessorIds: loaded.res.assessorIds };
    const [{ rows }, counts, data] = await Promise.all([
      listEvaluations(db(), {
        round: loaded.round,
        actor,
        seesAll: true,
        page: 1,
        pageSize: 1,
        evaluationId: loaded.evaluation.id,
      }),
      roundCounts(db(), [loaded.round.id]),
      getEvaluation(db(), { loaded, actor }),
    ]);
    const row = rows[0];
    if (!row) throw new AppError("evaluation_not_found", { id: loaded.evaluation.id });
    return {
      evaluation: presentEvaluation(actor, row, roundRes),
      round: presentRound(
        actor,
        loaded.round,
        roundRes,
        counts.get(loaded.round.id) ?? { participants: 0, assessors: 0 },
      ),
      scheme: presentScheme(loaded.round.scheme),
      ...data,
    };
  };

  app.get(
    "/api/evaluations/:id",
    {
      schema: {
        tags,
        summary: "Evaluasi satu daerah: penilaian mandiri, bukti dukung, dan lembar nilai asesor sesuai peran",
        params: Id,
        response: { 200: z.object({ data: EvaluationDetail }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return { data: await detail(actor, await loadEvaluation(db(), req.params.id, actor)) };
    },
  );

  app.put(
    "/api/evaluations/:id/self-assessment/:itemCode",
    {
      schema: {
        tags,
        summary:
          "Jawaban penilaian mandiri untuk satu butir (koordinator daerah; tahap penilaian mandiri; versi 0 untuk jawaban pertama)",
        params: Id.extend({ itemCode: z.string().max(100) }),
        body: SelfAssessmentPut,
        response: {
          200: z.object({ data: z.object({ itemCode: z.string(), version: z.number().int() }) }),
          ...errors,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const loaded = await loadEvaluation(db(), req.params.id, actor);
      authorizeInPhase(actor, "selfAssess", loaded.res, "self_assessment");
      const row = await saveSelfAssessment(db(), {
        loaded,
        itemCode: req.params.itemCode,
        input: req.body,
        ctx: requestContext(req),
      });
      return { data: { itemCode: row.itemCode, version: row.version } };
    },
  );

  app.post(
    "/api/evaluations/:id/evidence",
    {
      schema: {
        tags,
        summary:
          "Mengunggah bukti dukung (multipart: itemCode opsional, lalu file; PDF, gambar, dokumen Office; ≤ 20 MB)",
        params: Id,
        consumes: ["multipart/form-data"],
        response: { 201: z.object({ data: z.object({ id: z.number().int(), fileId: z.string() }) }), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const loaded = await loadEvaluation(db(), req.params.id, actor);
      authorizeInPhase(actor, "selfAssess", loaded.res, "self_assessment");
      const part = await req.file();
      if (!part) throw new AppError("validation_failed", { issues: [{ path: "body.file", message: "Pilih berkas" }] });
      const field = part.fields.itemCode;
      const itemCode = field && !Array.isArray(field) && field.type === "field" ? String(field.value) || null : null;
      if (itemCode !== null && !loaded.round.scheme.items.some((i) => i.code === itemCode))
        throw new AppError("validation_failed", {
          issues: [{ path: "body.itemCode", message: "Butir penilaian tidak dikenal" }],
        });
      const file = await saveUpload(db(), app.files, part, {
        regionCode: loaded.evaluation.regionCode,
        uploadedBy: actor.userId,
      });
      const row = await addEvaluationEvidence(db(), { loaded, file, itemCode, ctx: requestContext(req) });
      return reply.code(201).send({ data: { id: row.id, fileId: file.id } });
    },
  );

  app.get(
    "/api/evaluations/:id/evidence/:evidenceId",
    {
      schema: {
        tags,
        summary: "Mengunduh satu bukti dukung evaluasi (yang dapat membuka evaluasinya)",
        params: Id.extend({ evidenceId: z.coerce.number().int().positive() }),
        response: { 200: z.unknown().describe("Isi berkas"), 401: ErrorBody, 404: ErrorBody, 422: ErrorBody },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const loaded = await loadEvaluation(db(), req.params.id, actor);
      const file = await loadEvaluationEvidence(db(), { loaded, evidenceId: req.params.evidenceId });
      const { row, stream } = await openStoredFile(db(), app.files, file.id);
      return reply
        .type(row.mimeType)
        .header("content-length", row.size)
        .header("content-disposition", attachmentHeader(row.originalName))
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "private, no-store")
        .send(stream);
    },
  );

  app.put(
    "/api/evaluations/:id/scores",
    {
      schema: {
        tags,
        summary: "Nilai asesor per butir dan catatan wawancara (asesor yang ditugaskan; tahap penilaian asesor)",
        params: Id,
        body: ScoresPut,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const loaded = await loadEvaluation(db(), req.params.id, actor);
      authorizeInPhase(actor, "score", loaded.res, "scoring");
      await saveEvaluationScores(db(), { loaded, assessorId: actor.userId, input: req.body, ctx: requestContext(req) });
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/evaluations/:id/result",
    {
      schema: {
        tags,
        summary:
          "Hasil yang diumumkan: indeks → dimensi hasil dan dimensi smart city → butir, peringkat, peningkatan, surat hasil",
        params: Id,
        response: { 200: z.object({ data: ResultDetail }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const loaded = await loadEvaluation(db(), req.params.id, actor);
      // Before publication there is nothing to show, and the answer does not say more than that.
      if (!evaluationPolicy.can(actor, "readResult", loaded.res))
        throw new AppError("evaluation_result_not_found", { id: loaded.evaluation.id });
      return { data: await getResult(db(), loaded) };
    },
  );

  app.get(
    "/api/evaluations/:id/result/dimensions/:code",
    {
      schema: {
        tags,
        summary: "Program dan indikator di balik satu dimensi smart city (data monitoring tahun putaran, terkini)",
        params: Id.extend({ code: z.string().regex(/^[a-z0-9-]+$/) }),
        response: { 200: z.object({ data: DimensionDrill }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const loaded = await loadEvaluation(db(), req.params.id, actor);
      if (!evaluationPolicy.can(actor, "readResult", loaded.res))
        throw new AppError("evaluation_result_not_found", { id: loaded.evaluation.id });
      return { data: await dimensionPrograms(db(), loaded, req.params.code) };
    },
  );
};
