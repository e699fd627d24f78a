import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { AppError } from "../../errors";
import { type FeedbackRow, readFeedbackRows } from "./feedback-rows";
import { hashFollowToken } from "./follow-token";

/** The feedback behind a private follow link; an unknown token is a 404 like any other. */
export async function followFeedback(db: Db, token: string): Promise<FeedbackRow> {
  const [row] = await readFeedbackRows(db, { where: sql`f.follow_token_hash = ${hashFollowToken(token)}` });
  if (!row) throw new AppError("feedback_not_found");
  return row;
}
