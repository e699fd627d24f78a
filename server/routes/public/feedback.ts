import { sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../../domain/errors";
import {
  FEEDBACK_CATEGORIES,
  FEEDBACK_LIMITS,
  FEEDBACK_SUBJECTS,
  FeedbackFollowOut,
  FeedbackSentOut,
  PublicFeedbackList,
} from "../../../domain/feedback";
import { RegionCode } from "../../../domain/regions";
import { requestContext } from "../../audit/record";
import { AppError } from "../../errors";
import { openStoredFile } from "../../files/store";
import { presentFollowedFeedback, presentPublicFeedback } from "../../presenters/feedback";
import { readFeedbackRows } from "../../services/feedback/feedback-rows";
import { followFeedback } from "../../services/feedback/follow-feedback";
import { listPublicFeedback } from "../../services/feedback/list-public-feedback";
import { sendFeedback } from "../../services/feedback/send-feedback";
import { getRegion } from "../../services/regions/get-region";
import { sendPublic } from "./public-response";
import { readFeedbackForm } from "./read-feedback-form";

const tags = ["Publik"];
const errors = { 404: ErrorBody, 409: ErrorBody, 413: ErrorBody, 415: ErrorBody, 422: ErrorBody, 429: ErrorBody };

/** Citizen feedback, the public side: send (no account), read what is published, follow one's own. */
export const publicFeedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  app.post(
    "/api/public/regions/:code/feedback",
    {
      schema: {
        tags,
        summary: "Mengirim masukan warga tentang program atau quick win masterplan yang ditetapkan",
        description: `Tanpa akun. multipart/form-data (atau JSON tanpa foto) dengan kolom subjectKind (${FEEDBACK_SUBJECTS.join(", ")}), subjectId, category (${FEEDBACK_CATEGORIES.join(", ")}), body (${FEEDBACK_LIMITS.bodyMin}–${FEEDBACK_LIMITS.bodyMax} karakter), name dan email (opsional), website (harus kosong), serta berkas \`photo\` opsional (JPEG atau PNG menurut isinya, paling besar 5 MB; disimpan ulang tanpa metadata lokasi). Dibatasi per alamat jaringan per jam dan per alamat e-mail per hari (429 dengan Retry-After); spam (422), teks yang sama hari itu (409). Menunggu moderasi koordinator daerah; jawabannya berisi tautan pantau pribadi yang hanya dikirim sekali.`,
        consumes: ["multipart/form-data", "application/json"],
        params: z.object({ code: RegionCode }),
        response: { 201: FeedbackSentOut, ...errors },
      },
    },
    async (req, reply) => {
      const region = await getRegion(db(), req.params.code);
      const { input, photo } = await readFeedbackForm(req);
      const sent = await sendFeedback(db(), {
        region,
        input,
        photo,
        store: app.files,
        settings: app.feedbackSettings,
        ctx: requestContext(req),
      });
      reply.code(201).header("cache-control", "no-store");
      return {
        data: {
          followToken: sent.followToken,
          followPath: `/masukan/${sent.followToken}`,
          status: sent.feedback.status as "pending",
        },
      };
    },
  );

  app.get(
    "/api/public/regions/:code/feedback",
    {
      schema: {
        tags,
        summary: "Masukan warga yang diterbitkan, dengan jawaban daerah dan jumlahnya",
        description:
          "Hanya masukan berstatus diterbitkan; tanpa e-mail atau alamat pengirim. `Cache-Control: public, max-age=60`, `ETag`, CORS `*`.",
        params: z.object({ code: RegionCode }),
        querystring: z.object({
          subjectKind: z.enum(FEEDBACK_SUBJECTS).optional(),
          subjectId: z.coerce.number().int().positive().optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(50).default(10),
        }),
        response: { 200: PublicFeedbackList, 404: ErrorBody, 422: ErrorBody },
      },
    },
    async (req, reply) => {
      const region = await getRegion(db(), req.params.code);
      const { subjectKind, subjectId, page, pageSize } = req.query;
      const subject = subjectKind && subjectId ? { kind: subjectKind, id: subjectId } : undefined;
      const found = await listPublicFeedback(db(), { regionCode: region.code, subject, page, pageSize });
      return sendPublic(req, reply, {
        data: found.rows.map(presentPublicFeedback),
        meta: { page, pageSize, total: found.total },
        counts: found.counts,
      });
    },
  );

  app.get(
    "/api/public/feedback/follow/:token",
    {
      schema: {
        tags,
        summary: "Status masukan melalui tautan pantau pribadi pengirim",
        description: "Tidak disimpan di cache bersama (`Cache-Control: private, no-store`).",
        params: z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/, "Tautan tidak valid") }),
        response: { 200: FeedbackFollowOut, 404: ErrorBody, 422: ErrorBody },
      },
    },
    async (req, reply) => {
      const row = await followFeedback(db(), req.params.token);
      reply.header("cache-control", "private, no-store").header("referrer-policy", "no-referrer");
      return { data: presentFollowedFeedback(row) };
    },
  );

  app.get(
    "/api/public/feedback/:id/photo",
    {
      schema: {
        tags,
        summary: "Foto masukan yang diterbitkan (JPEG atau PNG, tanpa metadata)",
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: { 200: z.unknown().describe("Gambar JPEG atau PNG"), 404: ErrorBody, 422: ErrorBody },
      },
    },
    async (req, reply) => {
      const [row] = await readFeedbackRows(db(), {
        where: sql`f.id = ${req.params.id} and f.status = 'published' and f.photo_file_id is not null`,
      });
      if (!row?.photoFileId) throw new AppError("feedback_not_found", { id: req.params.id });
      const { row: file, stream } = await openStoredFile(db(), app.files, row.photoFileId);
      return reply
        .type(file.mimeType)
        .header("content-length", file.size)
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "public, max-age=300")
        .header("cross-origin-resource-policy", "cross-origin")
        .send(stream);
    },
  );
};
