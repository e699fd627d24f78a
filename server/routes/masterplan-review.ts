import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import {
  CommentCreate,
  CommentQuery,
  CommentThreadOut,
  HistoryEventOut,
  HistoryQuery,
} from "../../domain/masterplan-review";
import { pageOf } from "../../domain/pagination";
import type { Actor } from "../../domain/roles";
import { requestContext, withoutLinks } from "../audit/record";
import { requireActor } from "../auth/actor";
import type { comment } from "../db/schema/index";
import { AppError } from "../errors";
import { type CommentRes, commentPolicy } from "../policies/masterplan";
import { createComment, listThreads, loadComment, settleComment, type Thread } from "../services/masterplans/comments";
import { planHistory } from "../services/masterplans/history";
import { loadMasterplan, type PlanRow } from "../services/masterplans/load";

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const tags = ["Masterplan"];
const IdParams = z.object({ id: z.coerce.number().int().positive() });
const One = z.object({ data: CommentThreadOut });

const commentRes = (plan: PlanRow, c: typeof comment.$inferSelect): CommentRes => ({
  regionCode: plan.regionCode,
  authorId: c.authorId,
  resolved: c.resolvedAt !== null,
});

const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? "" } : null);

function presentThread(actor: Actor, plan: PlanRow, t: Thread): CommentThreadOut {
  const res = commentRes(plan, t);
  return {
    id: t.id,
    masterplanId: t.masterplanId,
    targetType: t.targetType,
    targetId: t.targetId,
    body: t.body,
    author: person(t.authorId, t.authorName),
    createdAt: t.createdAt.toISOString(),
    resolvedAt: t.resolvedAt?.toISOString() ?? null,
    resolvedBy: person(t.resolvedBy, t.resolverName),
    replies: t.replies.map((r) => ({
      id: r.id,
      body: r.body,
      author: person(r.authorId, r.authorName),
      createdAt: r.createdAt.toISOString(),
    })),
    can: commentPolicy.abilities(actor, res) as CommentThreadOut["can"],
  };
}

/** Comments on a plan's objects and the plan's history from the audit trail. */
export const masterplanReviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  /** The thread a comment belongs to, freshly read, as the reader sees it. */
  async function threadOf(actor: Actor, plan: PlanRow, threadId: number) {
    const threads = await listThreads(db(), plan, {});
    const t = threads.find((x) => x.id === threadId);
    if (!t) throw new AppError("comment_not_found", { id: threadId });
    return presentThread(actor, plan, t);
  }

  app.get(
    "/api/masterplans/:id/comments",
    {
      schema: {
        tags,
        summary: "Utas komentar pada masterplan, bab, program, quick win atau kelembagaan, dengan balasannya",
        params: IdParams,
        querystring: CommentQuery,
        response: {
          200: z.object({ data: z.array(CommentThreadOut), can: z.object({ create: z.boolean() }) }),
          ...errors,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadMasterplan(db(), req.params.id, actor);
      const threads = await listThreads(db(), plan, req.query);
      return {
        data: threads.map((t) => presentThread(actor, plan, t)),
        can: { create: commentPolicy.can(actor, "create", { regionCode: plan.regionCode }) },
      };
    },
  );

  app.post(
    "/api/masterplans/:id/comments",
    {
      schema: {
        tags,
        summary: "Menulis komentar atau balasan (parentId); pemantau daerah hanya membaca",
        params: IdParams,
        body: CommentCreate,
        response: { 201: One, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const plan = await loadMasterplan(db(), req.params.id, actor);
      commentPolicy.authorize(actor, "create", { regionCode: plan.regionCode });
      const row = await createComment(db(), { plan, input: req.body, ctx: requestContext(req) });
      return reply.code(201).send({ data: await threadOf(actor, plan, row.parentId ?? row.id) });
    },
  );

  for (const action of ["resolve", "reopen"] as const) {
    app.post(
      `/api/comments/:id/${action}`,
      {
        schema: {
          tags,
          summary:
            action === "resolve"
              ? "Menandai utas komentar selesai (koordinator, mentor, atau penulisnya)"
              : "Membuka kembali utas komentar (koordinator, mentor, atau penulisnya)",
          params: IdParams,
          response: { 200: One, ...errors },
        },
      },
      async (req) => {
        const actor = requireActor(req);
        const current = await loadComment(db(), req.params.id, actor);
        const res = commentRes(current.plan, current.comment);
        // 403 for who may never settle it; 409 when only its state stands in the way.
        if (!commentPolicy.can(actor, action, res)) {
          if (!commentPolicy.can(actor, action, { ...res, resolved: action === "reopen" }))
            commentPolicy.authorize(actor, action, res);
          throw new AppError("comment_state", { resolved: res.resolved });
        }
        await settleComment(db(), { current, resolve: action === "resolve", ctx: requestContext(req) });
        return { data: await threadOf(actor, current.plan, current.comment.parentId ?? current.comment.id) };
      },
    );
  }

  app.get(
    "/api/masterplans/:id/history",
    {
      schema: {
        tags,
        summary:
          "Riwayat rencana: perubahan masterplan dan objeknya dari jejak audit, terbaru lebih dulu (siapa mengubah apa, kapan), termasuk program, quick win dan badan tata kelola yang sudah dihapus",
        params: IdParams,
        querystring: HistoryQuery,
        response: { 200: pageOf(HistoryEventOut), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadMasterplan(db(), req.params.id, actor);
      const { rows, total } = await planHistory(db(), plan, req.query);
      return {
        data: rows.map(({ event: e, actorName }) => {
          // The plan link (see recordAudit `links`) is not a change a reader should see.
          const changes = withoutLinks((e.changes ?? {}) as Record<string, [unknown, unknown]>, ["masterplanId"]);
          return {
            id: e.id,
            at: e.at.toISOString(),
            actor: { userId: e.actorUserId, name: actorName, email: e.actorEmail },
            action: e.action,
            entityType: e.entityType,
            entityId: e.entityId,
            fields: Object.keys(changes),
            changes,
          };
        }),
        total,
        page: req.query.page,
        pageSize: req.query.pageSize,
      };
    },
  );
};
