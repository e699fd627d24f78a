import { and, asc, eq, inArray, isNotNull, isNull, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { CommentCreate, CommentTarget } from "../../../domain/masterplan-review";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { comment, governanceBody, masterplan, program, quickWin, user } from "../../db/schema/index";
import { AppError } from "../../errors";
import { type PlanRow, planScope } from "./load";

export type CommentRow = typeof comment.$inferSelect;

/** A comment with its plan, inside the actor's regions: another region's comment is not found. */
export async function loadComment(db: Db, id: number, actor: Parameters<typeof planScope>[0]) {
  const [row] = await db
    .select({ comment, plan: masterplan })
    .from(comment)
    .innerJoin(masterplan, eq(masterplan.id, comment.masterplanId))
    .where(and(eq(comment.id, id), planScope(actor)));
  if (!row) throw new AppError("comment_not_found", { id });
  return row;
}
export type LoadedComment = Awaited<ReturnType<typeof loadComment>>;

const targetMissing = () =>
  new AppError("validation_failed", {
    issues: [{ path: "body.targetId", message: "Objek yang dikomentari tidak ada di masterplan ini" }],
  });

/** Refuses a comment on something that is not part of this plan. Chapters may be commented before they are written. */
async function checkTarget(db: Db, plan: PlanRow, type: CommentTarget, targetId: string) {
  if (type === "section") return;
  if (type === "masterplan") {
    if (targetId !== String(plan.id)) throw targetMissing();
    return;
  }
  const id = Number(targetId);
  const table = { program, quick_win: quickWin, governance_body: governanceBody }[type];
  const [hit] = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, id), eq(table.masterplanId, plan.id)));
  if (!hit) throw targetMissing();
}

/** Writes a comment or a reply (a reply to a reply joins the same thread), audited. */
export async function createComment(db: Db, opts: { plan: PlanRow; input: CommentCreate; ctx: RequestContext }) {
  const { plan, input } = opts;
  let parentId: number | null = null;
  let targetType = input.targetType;
  let targetId = input.targetId;
  if (input.parentId !== undefined) {
    const [parent] = await db
      .select()
      .from(comment)
      .where(and(eq(comment.id, input.parentId), eq(comment.masterplanId, plan.id)));
    if (!parent)
      throw new AppError("validation_failed", {
        issues: [{ path: "body.parentId", message: "Komentar yang dibalas tidak ada di masterplan ini" }],
      });
    parentId = parent.parentId ?? parent.id;
    // A reply lives where its thread lives.
    targetType = parent.targetType;
    targetId = parent.targetId;
  } else {
    await checkTarget(db, plan, targetType, targetId);
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(comment)
      .values({
        masterplanId: plan.id,
        targetType,
        targetId,
        parentId,
        authorId: opts.ctx.actor?.userId ?? null,
        body: input.body,
      })
      .returning();
    if (!row) throw new Error("comment insert failed");
    await recordAudit(tx, opts.ctx, {
      action: parentId ? "comment.replied" : "comment.created",
      entityType: "comment",
      entityId: row.id,
      regionCode: plan.regionCode,
      links: { masterplanId: plan.id },
      after: { masterplanId: plan.id, targetType, targetId, parentId, body: row.body },
    });
    return row;
  });
}

/** Resolves or reopens a thread; 409 when it already is in that state (someone else was quicker). */
export async function settleComment(db: Db, opts: { current: LoadedComment; resolve: boolean; ctx: RequestContext }) {
  const { comment: before, plan } = opts.current;
  if (before.parentId !== null) throw new AppError("comment_state", { reason: "reply" });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(comment)
      .set(
        opts.resolve
          ? { resolvedAt: new Date(), resolvedBy: opts.ctx.actor?.userId ?? null }
          : { resolvedAt: null, resolvedBy: null },
      )
      .where(and(eq(comment.id, before.id), opts.resolve ? isNull(comment.resolvedAt) : isNotNull(comment.resolvedAt)))
      .returning();
    if (!row) throw new AppError("comment_state", { resolved: opts.resolve });
    await recordAudit(tx, opts.ctx, {
      action: opts.resolve ? "comment.resolved" : "comment.reopened",
      entityType: "comment",
      entityId: row.id,
      regionCode: plan.regionCode,
      links: { masterplanId: plan.id },
      before: { resolved: before.resolvedAt !== null },
      after: { resolved: row.resolvedAt !== null },
    });
    return row;
  });
}

export type Thread = CommentRow & {
  authorName: string | null;
  resolverName: string | null;
  replies: Array<CommentRow & { authorName: string | null }>;
};

/** Threads of a plan (optionally of one object), oldest first, each with its replies and the names of people. */
export async function listThreads(
  db: Db,
  plan: PlanRow,
  filter: { targetType?: CommentTarget; targetId?: string; resolved?: "true" | "false" },
): Promise<Thread[]> {
  const author = alias(user, "author");
  const resolver = alias(user, "resolver");
  const where: Array<SQL | undefined> = [eq(comment.masterplanId, plan.id), isNull(comment.parentId)];
  if (filter.targetType) where.push(eq(comment.targetType, filter.targetType));
  if (filter.targetId) where.push(eq(comment.targetId, filter.targetId));
  if (filter.resolved === "true") where.push(isNotNull(comment.resolvedAt));
  if (filter.resolved === "false") where.push(isNull(comment.resolvedAt));
  const threads = await db
    .select({ comment, authorName: author.name, resolverName: resolver.name })
    .from(comment)
    .leftJoin(author, eq(author.id, comment.authorId))
    .leftJoin(resolver, eq(resolver.id, comment.resolvedBy))
    .where(and(...where))
    .orderBy(asc(comment.createdAt), asc(comment.id));
  if (!threads.length) return [];
  const replies = await db
    .select({ comment, authorName: author.name })
    .from(comment)
    .leftJoin(author, eq(author.id, comment.authorId))
    .where(
      inArray(
        comment.parentId,
        threads.map((t) => t.comment.id),
      ),
    )
    .orderBy(asc(comment.createdAt), asc(comment.id));
  const byParent = new Map<number, Thread["replies"]>();
  for (const r of replies) {
    const list = byParent.get(r.comment.parentId as number) ?? [];
    list.push({ ...r.comment, authorName: r.authorName });
    byParent.set(r.comment.parentId as number, list);
  }
  return threads.map((t) => ({
    ...t.comment,
    authorName: t.authorName,
    resolverName: t.resolverName,
    replies: byParent.get(t.comment.id) ?? [],
  }));
}
