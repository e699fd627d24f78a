import { eq, type SQLWrapper, sql } from "drizzle-orm";
import type { App } from "../app";
import {
  evaluation,
  evaluationAnswer,
  evaluationAssessor,
  evaluationEvidence,
  evaluationInterview,
  evaluationResult,
  evaluationRound,
  evaluationScore,
  indicator,
  observation,
  programIndicator,
  programProgress,
  quickWinProgress,
} from "../db/schema/index";
import { wib } from "./place-in-2024";

/**
 * Like place-in-2024.ts, for what came after the plan: monitoring entries of 2025 and 2026 and
 * the evaluation rounds. The demo acts today; these move the rows it just wrote to the days of
 * the story. The audit trail keeps the real times at which the demo was loaded.
 */

const MONITORED = {
  indicator,
  program_indicator: programIndicator,
  program_progress: programProgress,
  quick_win_progress: quickWinProgress,
} as const;

export type MonitoringStamp =
  | { kind: keyof typeof MONITORED; id: number; at: string }
  | { kind: "observation"; id: number; at: string; enteredAt?: string; reviewedAt?: string };

/** Collects the days of monitoring rows while the demo writes them, then places them all at once. */
export class MonitoringClock {
  readonly stamps: MonitoringStamp[] = [];
  add(stamp: MonitoringStamp) {
    this.stamps.push(stamp);
  }

  async place(app: App) {
    const db = app.database.db;
    for (const s of this.stamps) {
      if (s.kind === "observation") {
        await db
          .update(observation)
          .set({
            createdAt: wib(s.enteredAt ?? s.at),
            updatedAt: wib(s.reviewedAt ?? s.at),
            ...(s.reviewedAt ? { reviewedAt: wib(s.reviewedAt) } : {}),
          })
          .where(eq(observation.id, s.id));
      } else {
        const t = MONITORED[s.kind];
        await db
          .update(t)
          .set({ createdAt: wib(s.at), updatedAt: wib(s.at) })
          .where(eq(t.id, s.id));
      }
    }
  }
}

/**
 * Places one evaluation round in its weeks: opened, regions invited and assessors assigned on
 * `created`; answers and evidence over the two weeks from `selfAssessment`; score sheets on the
 * interview days from `interviews`; results computed and announced on `published`. A round not
 * yet published was last changed when its scoring opened.
 */
export async function placeRound(
  app: App,
  roundId: number,
  days: { created: string; selfAssessment: string; scoring: string; interviews: string; published?: string },
) {
  const db = app.database.db;
  const created = wib(days.created);
  const published = days.published ? wib(days.published) : null;
  const inRound = sql`(select e.id from evaluation e where e.round_id = ${roundId})`;
  const answersFrom = wib(days.selfAssessment);
  const interviewsFrom = wib(`${days.interviews} 09:00`);
  await db
    .update(evaluationRound)
    .set({
      createdAt: created,
      updatedAt: published ?? wib(days.scoring),
      ...(published ? { publishedAt: published } : {}),
    })
    .where(eq(evaluationRound.id, roundId));
  await db.update(evaluation).set({ createdAt: created }).where(eq(evaluation.roundId, roundId));
  await db.update(evaluationAssessor).set({ assignedAt: created }).where(eq(evaluationAssessor.roundId, roundId));
  // Spread over working hours of the following days, fixed per row so every run looks the same.
  const spread = (base: Date, days: number, key: SQLWrapper) =>
    sql`${base.toISOString()}::timestamptz + interval '1 day' * (${key} % ${days}) + interval '1 hour' * (1 + ${key} % 7)`;
  await db
    .update(evaluationAnswer)
    .set({
      updatedAt: spread(
        answersFrom,
        12,
        sql`(${evaluationAnswer.evaluationId} + length(${evaluationAnswer.itemCode}))`,
      ),
    })
    .where(sql`${evaluationAnswer.evaluationId} in ${inRound}`);
  await db
    .update(evaluationEvidence)
    .set({ createdAt: spread(answersFrom, 12, evaluationEvidence.id) })
    .where(sql`${evaluationEvidence.evaluationId} in ${inRound}`);
  await db
    .update(evaluationScore)
    .set({ updatedAt: spread(interviewsFrom, 4, evaluationScore.evaluationId) })
    .where(sql`${evaluationScore.evaluationId} in ${inRound}`);
  await db
    .update(evaluationInterview)
    .set({ updatedAt: sql`(${evaluationInterview.heldOn}::text || ' 16:00:00+07')::timestamptz` })
    .where(sql`${evaluationInterview.evaluationId} in ${inRound} and ${evaluationInterview.heldOn} is not null`);
  if (published)
    await db.update(evaluationResult).set({ computedAt: published }).where(eq(evaluationResult.roundId, roundId));
}
