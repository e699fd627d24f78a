import { and, eq, sql } from "drizzle-orm";
import type { App } from "../app";
import { comment, governanceBody, masterplan, masterplanSection, program, quickWin } from "../db/schema/index";

/**
 * The demo acts today but tells the story of 2024. These functions move the timestamps it
 * just made to the days they belong to in that story; the audit trail keeps the real times
 * at which the demo was loaded.
 */

/** A Jakarta-time moment of the story, "2024-04-26 10:15". */
export const wib = (at: string) => new Date(`${at.replace(" ", "T")}:00+07:00`);

/** Bimtek submissions, approvals and closings: the days after each stage's workshop. */
export async function placeBimtekIn2024(app: App, cohortId: number) {
  const db = app.database.db;
  const inCohort = sql`select s.id from bimtek_stage s join candidate c on c.id = s.candidate_id where c.cohort_id = ${cohortId}`;
  await db.execute(sql`update deliverable d set
      submitted_at = case when d.submitted_at is null then null else (s.planned_end + 3)::timestamptz end,
      approved_at = case when d.approved_at is null then null else (s.planned_end + 6)::timestamptz end
    from bimtek_stage s where s.id = d.stage_id and s.id in (${inCohort})`);
  await db.execute(sql`update bimtek_stage set closed_at = (planned_end + 7)::timestamptz
    where closed_at is not null and id in (${inCohort})`);
}

/** When something of a masterplan was written (and last changed), in the story's time. */
export type Stamp =
  | { kind: "masterplan" | "program" | "quick_win" | "governance_body"; id: number; at: string; updated?: string }
  | { kind: "section"; planId: number; key: string; at: string; updated?: string }
  | { kind: "comment"; id: number; at: string; resolvedAt?: string };

/** Collects stamps while the demo writes a plan, then places them all at once. */
export class Timeline {
  readonly stamps: Stamp[] = [];
  add(stamp: Stamp) {
    this.stamps.push(stamp);
  }

  async place(app: App) {
    const db = app.database.db;
    const tables = { masterplan, program, quick_win: quickWin, governance_body: governanceBody } as const;
    for (const s of this.stamps) {
      const times = { createdAt: wib(s.at), updatedAt: wib("updated" in s && s.updated ? s.updated : s.at) };
      if (s.kind === "comment") {
        await db
          .update(comment)
          .set({ createdAt: times.createdAt, ...(s.resolvedAt ? { resolvedAt: wib(s.resolvedAt) } : {}) })
          .where(eq(comment.id, s.id));
      } else if (s.kind === "section") {
        await db
          .update(masterplanSection)
          .set(times)
          .where(and(eq(masterplanSection.masterplanId, s.planId), eq(masterplanSection.key, s.key)));
      } else {
        const t = tables[s.kind];
        await db.update(t).set(times).where(eq(t.id, s.id));
      }
    }
  }
}
