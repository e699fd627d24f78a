import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import {
  FeedbackQueueItem,
  FeedbackQueueQuery,
  ForwardFeedback,
  MarkFeedbackHandled,
  PublishFeedback,
  RejectFeedback,
  ReplyFeedback,
} from "../../domain/feedback";
import { RegionCode } from "../../domain/regions";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import { AppError } from "../errors";
import { openStoredFile } from "../files/store";
import { feedbackQueuePolicy } from "../policies/feedback";
import { presentQueuedFeedback } from "../presenters/feedback";
import { forwardFeedback } from "../services/feedback/forward-feedback";
import { listFeedbackQueue } from "../services/feedback/list-feedback-queue";
import { loadFeedback } from "../services/feedback/load-feedback";
import { markFeedbackHandled } from "../services/feedback/mark-feedback-handled";
import { publishFeedback } from "../services/feedback/publish-feedback";
import { rejectFeedback } from "../services/feedback/reject-feedback";
import { replyFeedback } from "../services/feedback/reply-feedback";
import { getRegion } from "../services/regions/get-region";

const tags = ["Masukan warga"];
const IdParams = z.object({ id: z.coerce.number().int().positive() });
const ItemOut = z.object({ data: FeedbackQueueItem });
const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

/** Moderation of citizen feedback by the region: the queue and its five actions, each audited. */
export const feedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  app.get(
    "/api/regions/:code/feedback",
    {
      schema: {
        tags,
        summary: "Antrean moderasi masukan warga suatu wilayah",
        description:
          "Koordinator dan peninjau daerah serta admin nasional melihat semua; kontributor OPD hanya yang diteruskan ke OPD-nya. `open` = menunggu moderasi atau diterbitkan dan belum ditangani.",
        params: z.object({ code: RegionCode }),
        querystring: FeedbackQueueQuery,
        response: {
          200: z.object({
            data: z.array(FeedbackQueueItem),
            meta: z.object({ page: z.number().int(), pageSize: z.number().int(), total: z.number().int() }),
            counts: z.object({ pending: z.number().int(), open: z.number().int() }),
          }),
          ...errors,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const region = await getRegion(db(), req.params.code);
      if (!feedbackQueuePolicy.can(actor, "list", { regionCode: region.code }))
        throw new AppError("region_not_found", { code: region.code });
      const { status, page, pageSize } = req.query;
      const found = await listFeedbackQueue(db(), { regionCode: region.code, actor, status, page, pageSize });
      return {
        data: found.rows.map((r) => presentQueuedFeedback(r, actor)),
        meta: { page, pageSize, total: found.total },
        counts: found.counts,
      };
    },
  );

  app.get(
    "/api/feedback/:id/photo",
    {
      schema: {
        tags,
        summary: "Foto masukan untuk moderator (juga yang belum diterbitkan)",
        params: IdParams,
        response: { 200: z.unknown().describe("Gambar JPEG atau PNG"), ...errors },
      },
    },
    async (req, reply) => {
      const current = await loadFeedback(db(), req.params.id, requireActor(req));
      if (!current.photoFileId) throw new AppError("file_not_found", { id: req.params.id });
      const { row, stream } = await openStoredFile(db(), app.files, current.photoFileId);
      return reply
        .type(row.mimeType)
        .header("content-length", row.size)
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "private, no-store")
        .send(stream);
    },
  );

  const action = <S extends z.ZodType>(
    path: string,
    summary: string,
    body: S,
    run: (
      current: Awaited<ReturnType<typeof loadFeedback>>,
      input: z.infer<S>,
      ctx: ReturnType<typeof requestContext>,
    ) => Promise<unknown>,
  ) =>
    app.post(
      `/api/feedback/:id/${path}`,
      { schema: { tags, summary, params: IdParams, body, response: { 200: ItemOut, ...errors } } },
      async (req) => {
        const actor = requireActor(req);
        const current = await loadFeedback(db(), req.params.id, actor);
        await run(current, req.body as z.infer<S>, requestContext(req));
        return { data: presentQueuedFeedback(await loadFeedback(db(), current.id, actor), actor) };
      },
    );

  action("publish", "Menerbitkan masukan ke halaman publik (koordinator daerah)", PublishFeedback, (current, b, ctx) =>
    publishFeedback(db(), { current, version: b.version, ctx }),
  );
  action(
    "reject",
    "Menolak masukan dengan alasan yang dibaca pengirim (koordinator daerah; admin nasional untuk penyalahgunaan)",
    RejectFeedback,
    (current, b, ctx) => rejectFeedback(db(), { current, version: b.version, reason: b.reason, ctx }),
  );
  action("reply", "Menjawab masukan atas nama pemerintah daerah", ReplyFeedback, (current, b, ctx) =>
    replyFeedback(db(), { current, version: b.version, body: b.body, ctx }),
  );
  action("forward", "Meneruskan masukan ke OPD di wilayah yang sama", ForwardFeedback, (current, b, ctx) =>
    forwardFeedback(db(), { current, version: b.version, opdId: b.opdId, ctx }),
  );
  action(
    "mark-handled",
    "Menandai masukan selesai ditangani (koordinator, atau OPD penerima terusan)",
    MarkFeedbackHandled,
    (current, b, ctx) => markFeedbackHandled(db(), { current, version: b.version, ctx }),
  );
};
