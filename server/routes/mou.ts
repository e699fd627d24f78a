import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import { MouCeremonyInput, MouInput, MouOut } from "../../domain/mou";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import { candidatePolicy, cohortPolicy } from "../policies/cohort";
import { presentMou } from "../presenters/mou";
import { loadCandidate, loadCohort } from "../services/cohorts/load";
import { readUpload, requireFileType } from "../services/files/read-upload";
import { attachMouScan } from "../services/mou/attach-mou-scan";
import { loadMouView, loadMouViews } from "../services/mou/load-mou";
import { recordMouCeremony } from "../services/mou/record-ceremony";
import { recordMou } from "../services/mou/record-mou";

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const IdParams = z.object({ id: z.coerce.number().int().positive() });
const tags = ["Nota Kesepakatan"];
const One = z.object({ data: MouOut });

/** A scan is a signed paper: PDF or a photo of it, never an editable document. */
const SCAN_TYPES = ["application/pdf", "image/png", "image/jpeg"];

/** Nota Kesepakatan between the ministry and each selected region, one by one or in one ceremony. */
export const mouRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  app.get(
    "/api/candidates/:id/mou",
    {
      schema: {
        tags,
        summary: "Nota Kesepakatan suatu daerah (kosong dengan versi 0 bila belum dicatat)",
        params: IdParams,
        response: { 200: One, ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const c = await loadCandidate(db(), req.params.id, actor);
      candidatePolicy.authorize(actor, "read", c.res);
      return { data: presentMou(actor, await loadMouView(db(), c.candidate.id)) };
    },
  );

  app.put(
    "/api/candidates/:id/mou",
    {
      schema: {
        tags,
        summary: "Mencatat atau membetulkan Nota Kesepakatan suatu daerah terpilih (admin nasional; dengan versi)",
        params: IdParams,
        body: MouInput,
        response: { 200: One, ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const c = await loadCandidate(db(), req.params.id, actor);
      candidatePolicy.authorize(actor, "recordMou", c.res);
      await recordMou(db(), { candidate: c, input: req.body, ctx: requestContext(req) });
      return { data: presentMou(actor, await loadMouView(db(), c.candidate.id)) };
    },
  );

  app.post(
    "/api/candidates/:id/mou/scan",
    {
      schema: {
        tags,
        summary: "Mengunggah pindaian Nota Kesepakatan bertanda tangan (multipart, kolom `file`; PDF atau gambar)",
        consumes: ["multipart/form-data"],
        params: IdParams,
        response: { 200: One, ...errors, 413: ErrorBody, 415: ErrorBody },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const c = await loadCandidate(db(), req.params.id, actor);
      candidatePolicy.authorize(actor, "recordMou", c.res);
      const part = await readUpload(req);
      await requireFileType(part, SCAN_TYPES);
      await attachMouScan(db(), { candidate: c, part, store: app.files, ctx: requestContext(req) });
      return { data: presentMou(actor, await loadMouView(db(), c.candidate.id)) };
    },
  );

  app.post(
    "/api/cohorts/:id/mou-ceremony",
    {
      schema: {
        tags,
        summary:
          "Mencatat satu penandatanganan bersama untuk banyak daerah: tanggal, moda, tempat dan penanda tangan kementerian sama, nomor per daerah",
        params: IdParams,
        body: MouCeremonyInput,
        response: { 200: z.object({ data: z.array(MouOut) }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const cohort = await loadCohort(db(), req.params.id, actor);
      cohortPolicy.authorize(actor, "manage", cohort);
      const ids = await recordMouCeremony(db(), { cohort, input: req.body, ctx: requestContext(req) });
      return { data: (await loadMouViews(db(), ids)).map((v) => presentMou(actor, v)) };
    },
  );
};
