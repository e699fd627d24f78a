import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { deliverableReview, user } from "../../db/schema/index";

/** A deliverable's history, oldest first, with each author's name. */
export async function listReviews(db: Db, deliverableId: number) {
  const rows = await db
    .select({ review: deliverableReview, authorName: user.name })
    .from(deliverableReview)
    .leftJoin(user, eq(user.id, deliverableReview.authorId))
    .where(eq(deliverableReview.deliverableId, deliverableId))
    .orderBy(asc(deliverableReview.createdAt), asc(deliverableReview.id));
  return rows.map((r) => ({ ...r.review, authorName: r.authorName }));
}
