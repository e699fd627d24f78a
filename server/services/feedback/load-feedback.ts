import { sql } from "drizzle-orm";
import { type Actor, isNationalAdmin } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { AppError } from "../../errors";
import { type FeedbackRow, readFeedbackRows } from "./feedback-rows";

/**
 * What of the feedback a signed-in person may see, as a condition on `f`: every region for the
 * program office; their regions for coordinators and viewers; what was forwarded to their OPD for
 * OPD staff. Anything else is simply not found.
 */
export function feedbackScope(actor: Actor) {
  if (isNationalAdmin(actor)) return sql`true`;
  const regions = actor.memberships
    .filter((m) => (m.role === "region_coordinator" || m.role === "region_viewer") && m.regionCode)
    .map((m) => m.regionCode as string);
  const opds = actor.memberships.filter((m) => m.role === "opd_contributor" && m.opdId).map((m) => Number(m.opdId));
  const inRegions = regions.length
    ? sql`f.region_code in (${sql.join(
        regions.map((r) => sql`${r}`),
        sql`, `,
      )})`
    : sql`false`;
  const inOpds = opds.length
    ? sql`f.forwarded_opd_id in (${sql.join(
        opds.map((o) => sql`${o}`),
        sql`, `,
      )})`
    : sql`false`;
  return sql`(${inRegions} or ${inOpds})`;
}

/** One feedback in the person's scope; another region's is a 404. */
export async function loadFeedback(db: Db, id: number, actor: Actor): Promise<FeedbackRow> {
  const [row] = await readFeedbackRows(db, { where: sql`f.id = ${id} and ${feedbackScope(actor)}` });
  if (!row) throw new AppError("feedback_not_found", { id });
  return row;
}
