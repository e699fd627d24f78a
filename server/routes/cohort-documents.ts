import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { CohortDocumentsOut } from "../../domain/cohort-documents";
import { DocumentFormat } from "../../domain/documents";
import { ErrorBody } from "../../domain/errors";
import { RegionCode } from "../../domain/regions";
import { requireActor } from "../auth/actor";
import { candidatePolicy } from "../policies/cohort";
import { resultLetterPolicy } from "../policies/documents";
import { loadCohort } from "../services/cohorts/load";
import type { GeneratedDocument } from "../services/documents/generate-book";
import { generateMouSummary, loadRegionCandidate } from "../services/documents/generate-mou-summary";
import { generateResultLetter } from "../services/documents/generate-result-letter";
import { listCohortDocuments } from "../services/documents/list-cohort-documents";
import { attachmentHeader } from "./files";

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 422: ErrorBody };
const tags = ["Angkatan"];
const IdParams = z.object({ id: z.coerce.number().int().positive() });
const file = { 200: z.unknown().describe("Berkas DOCX atau PDF"), ...errors };

/** The official documents of a cohort: the assessment result letter and each region's MoU summary. */
export const cohortDocumentRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;
  const send = (reply: FastifyReply, doc: GeneratedDocument) =>
    reply
      .type(doc.contentType)
      .header("content-disposition", attachmentHeader(doc.fileName))
      .header("cache-control", "private, no-store")
      .send(doc.buffer);

  app.get(
    "/api/cohorts/:id/documents",
    {
      schema: {
        tags,
        summary:
          "Dokumen resmi angkatan yang dapat diunduh pemanggil: surat hasil penilaian dan ringkasan Nota Kesepakatan",
        params: IdParams,
        response: { 200: z.object({ data: CohortDocumentsOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const c = await loadCohort(db(), req.params.id, actor);
      return { data: await listCohortDocuments(db(), c, actor) };
    },
  );

  app.get(
    "/api/cohorts/:id/documents/hasil-penilaian.:format",
    {
      schema: {
        tags,
        summary:
          "Surat hasil penilaian kesiapan: daerah terpilih dengan provinsi, nilai dan peringkat. Sebelum hasil seleksi diumumkan hanya admin nasional (bertanda DRAF)",
        params: IdParams.extend({ format: DocumentFormat }),
        response: file,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const cohort = await loadCohort(db(), req.params.id, actor);
      resultLetterPolicy.authorize(actor, "download", { published: Boolean(cohort.selectionPublishedAt) });
      return send(
        reply,
        await generateResultLetter(db(), { cohort, format: req.params.format, logo: app.ministryLogo }),
      );
    },
  );

  app.get(
    "/api/cohorts/:id/regions/:code/documents/nota-kesepakatan.:format",
    {
      schema: {
        tags: ["Nota Kesepakatan"],
        summary:
          "Ringkasan Nota Kesepakatan suatu daerah terpilih: para pihak, nomor, tanggal, penandatanganan, ruang lingkup, penanda tangan, pindaian",
        params: IdParams.extend({ code: RegionCode, format: DocumentFormat }),
        response: file,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await loadCohort(db(), req.params.id, actor);
      const candidate = await loadRegionCandidate(db(), {
        cohortId: req.params.id,
        regionCode: req.params.code,
        actor,
      });
      candidatePolicy.authorize(actor, "read", candidate.res);
      return send(
        reply,
        await generateMouSummary(db(), { candidate, format: req.params.format, logo: app.ministryLogo }),
      );
    },
  );
};
