import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { Lens } from "../../domain/assessment";
import { CandidateOut, ScoresInput, SelfAnswerInput, WithdrawInput } from "../../domain/cohort-api";
import { ErrorBody } from "../../domain/errors";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import { AppError } from "../errors";
import { saveUpload } from "../files/store";
import { candidatePolicy } from "../policies/cohort";
import { presentCandidate } from "../presenters/cohort";
import { addEvidence } from "../services/assessment/add-evidence";
import { loadInstrument } from "../services/assessment/criteria";
import { getAssessment } from "../services/assessment/get-assessment";
import { saveScores } from "../services/assessment/save-scores";
import { saveSelfAnswer } from "../services/assessment/save-self-answer";
import { listCandidates } from "../services/cohorts/list-candidates";
import { type LoadedCandidate, loadCandidate } from "../services/cohorts/load";
import { withdrawCandidate } from "../services/cohorts/withdraw-candidate";

const errors = {
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  413: ErrorBody,
  415: ErrorBody,
  422: ErrorBody,
};
const Id = z.object({ id: z.coerce.number().int().positive() });
const tags = ["Asesmen Kesiapan"];

const AssessmentOut = z.object({
  instrument: z.object({
    id: z.number().int(),
    name: z.string(),
    scale: z.object({ min: z.number().int(), max: z.number().int() }),
    criteria: z.array(
      z.object({
        id: z.number().int(),
        code: z.string(),
        lens: Lens,
        textId: z.string(),
        textEn: z.string(),
        weight: z.number(),
      }),
    ),
  }),
  answers: z.array(
    z.object({
      criterionId: z.number().int(),
      answer: z.string(),
      selfScore: z.number().nullable(),
      updatedAt: z.string(),
    }),
  ),
  evidence: z.array(
    z.object({
      id: z.number().int(),
      criterionId: z.number().int().nullable(),
      file: z.object({ id: z.string(), name: z.string(), size: z.number(), mimeType: z.string() }),
    }),
  ),
  scores: z.array(
    z.object({
      assessorId: z.string(),
      assessorName: z.string(),
      complete: z.boolean(),
      total: z.number().nullable(),
      items: z.array(z.object({ criterionId: z.number().int(), score: z.number(), note: z.string().nullable() })),
      interview: z
        .object({
          heldOn: z.string().nullable(),
          presentationNote: z.string().nullable(),
          interviewNote: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
  result: z
    .object({
      mean: z.number().nullable(),
      spread: z.number().nullable(),
      assessors: z.number().int(),
      byLens: z.partialRecord(Lens, z.number()),
    })
    .nullable(),
  candidate: CandidateOut,
});

export const candidateRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;
  // The candidate row is read fresh (a withdrawal may just have changed it); the cohort comes from the load.
  const present = async (actor: Parameters<typeof presentCandidate>[0], loaded: LoadedCandidate) => {
    const id = loaded.candidate.id;
    const [row] = await listCandidates(db(), { cohortId: loaded.cohort.id, actor, candidateId: id });
    if (!row) throw new AppError("candidate_not_found", { id });
    return presentCandidate(actor, row, loaded.cohort.status);
  };

  app.get(
    "/api/candidates/:id",
    {
      schema: {
        tags,
        summary: "Satu kandidat",
        params: Id,
        response: { 200: z.object({ data: CandidateOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return { data: await present(actor, await loadCandidate(db(), req.params.id, actor)) };
    },
  );

  app.post(
    "/api/candidates/:id/withdraw",
    {
      schema: {
        tags,
        summary: "Mengeluarkan kandidat dengan alasan",
        params: Id,
        body: WithdrawInput,
        response: { 200: z.object({ data: CandidateOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const loaded = await loadCandidate(db(), req.params.id, actor);
      candidatePolicy.authorize(actor, "withdraw", loaded.res);
      await withdrawCandidate(db(), { loaded, reason: req.body.reason, ctx: requestContext(req) });
      return { data: await present(actor, loaded) };
    },
  );

  app.get(
    "/api/candidates/:id/assessment",
    {
      schema: {
        tags,
        summary: "Instrumen, jawaban mandiri, bukti dukung dan nilai asesor (sesuai peran)",
        params: Id,
        response: { 200: z.object({ data: AssessmentOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const loaded = await loadCandidate(db(), req.params.id, actor);
      const instrument = await loadInstrument(db(), loaded.cohort.instrumentId);
      const data = await getAssessment(db(), { loaded, instrument, actor });
      return {
        data: {
          ...data,
          instrument: {
            id: instrument.instrument.id,
            name: instrument.instrument.name,
            scale: instrument.scale,
            criteria: instrument.criteria.map((c) => ({
              id: c.id,
              code: c.code,
              lens: c.lens,
              textId: c.textId,
              textEn: c.textEn,
              weight: c.weight,
            })),
          },
          candidate: await present(actor, loaded),
        },
      };
    },
  );

  app.put(
    "/api/candidates/:id/self-assessment/:criterionId",
    {
      schema: {
        tags,
        summary: "Jawaban penilaian mandiri daerah untuk satu kriteria",
        params: Id.extend({ criterionId: z.coerce.number().int().positive() }),
        body: SelfAnswerInput,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const loaded = await loadCandidate(db(), req.params.id, actor);
      candidatePolicy.authorize(actor, "selfAssess", loaded.res);
      const instrument = await loadInstrument(db(), loaded.cohort.instrumentId);
      await saveSelfAnswer(db(), {
        loaded,
        instrument,
        criterionId: req.params.criterionId,
        answer: req.body.answer,
        selfScore: req.body.selfScore ?? null,
        ctx: requestContext(req),
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/api/candidates/:id/evidence",
    {
      schema: {
        tags,
        summary:
          "Mengunggah bukti dukung (multipart: criterionId opsional, lalu file; PDF, gambar, dokumen Office; ≤ 20 MB)",
        params: Id,
        consumes: ["multipart/form-data"],
        response: { 201: z.object({ data: z.object({ id: z.number().int(), fileId: z.string() }) }), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const loaded = await loadCandidate(db(), req.params.id, actor);
      candidatePolicy.authorize(actor, "selfAssess", loaded.res);
      const part = await req.file();
      if (!part) throw new AppError("validation_failed", { issues: [{ path: "body.file", message: "Pilih berkas" }] });
      const field = part.fields.criterionId;
      const raw = field && !Array.isArray(field) && field.type === "field" ? String(field.value) : "";
      const criterionId = raw ? Number(raw) : null;
      const instrument = await loadInstrument(db(), loaded.cohort.instrumentId);
      if (criterionId !== null && !instrument.criteria.some((c) => c.id === criterionId)) {
        throw new AppError("validation_failed", {
          issues: [{ path: "body.criterionId", message: "Kriteria tidak dikenal" }],
        });
      }
      const file = await saveUpload(db(), app.files, part, {
        regionCode: loaded.candidate.regionCode,
        uploadedBy: actor.userId,
      });
      const row = await addEvidence(db(), { loaded, file, criterionId, ctx: requestContext(req) });
      return reply.code(201).send({ data: { id: row.id, fileId: file.id } });
    },
  );

  app.put(
    "/api/candidates/:id/scores",
    {
      schema: {
        tags,
        summary: "Nilai asesor per kriteria dan catatan presentasi/wawancara (asesor angkatan, tahap asesmen)",
        params: Id,
        body: ScoresInput,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const loaded = await loadCandidate(db(), req.params.id, actor);
      candidatePolicy.authorize(actor, "score", loaded.res);
      const instrument = await loadInstrument(db(), loaded.cohort.instrumentId);
      await saveScores(db(), {
        loaded,
        instrument,
        assessorId: actor.userId,
        input: req.body,
        ctx: requestContext(req),
      });
      return reply.code(204).send(null);
    },
  );
};
