import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";
import type { SchemeDef } from "../../../domain/evaluation/schemes";
import { FRAMEWORK_STATUSES } from "../../../domain/framework/editor";
import { user } from "./auth";
import { cohort, storedFile } from "./cohort";
import { framework } from "./framework";
import { region } from "./region";

// Scores and indices are exact decimals: 3,1 must stay 3,1 when compared for a rank.
const decimal = (name: string) => numeric(name, { mode: "number" });

/**
 * An evaluation scheme version the program office edits: result dimensions with weights summing
 * to 100, a scale, and items over the dimensions of one framework. Drafts are edited; a published
 * scheme a round has copied stays as it is.
 */
export const evaluationScheme = pgTable(
  "evaluation_scheme",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    code: text("code").notNull(),
    version: text("version").notNull(),
    year: integer("year").notNull(),
    name: text("name").notNull(),
    frameworkId: integer("framework_id")
      .notNull()
      .references(() => framework.id),
    definition: jsonb("definition").$type<SchemeDef>().notNull(),
    status: text("status", { enum: FRAMEWORK_STATUSES }).notNull().default("draft"),
    revision: integer("revision").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("evaluation_scheme_code_version_key").on(t.code, t.version)],
);

/**
 * A yearly evaluation round (Tahap I or II). It keeps a copy of its scheme, so a later
 * correction of the scheme never changes a round that exists.
 */
export const evaluationRound = pgTable(
  "evaluation_round",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    year: integer("year").notNull(),
    tahap: text("tahap", { enum: ["I", "II"] }).notNull(),
    name: text("name").notNull(),
    schemeKey: text("scheme_key").notNull(),
    scheme: jsonb("scheme").$type<SchemeDef>().notNull(),
    status: text("status", { enum: ["draft", "self_assessment", "scoring", "published"] })
      .notNull()
      .default("draft"),
    // The cohort whose selected regions were taken as participants, when the admin narrowed to one.
    cohortId: integer("cohort_id").references(() => cohort.id),
    resultLetterNumber: text("result_letter_number"),
    resultLetterDate: date("result_letter_date"),
    // When each phase is due to end: reminders and Perlu Tindakan read them.
    selfAssessmentEndsOn: date("self_assessment_ends_on"),
    scoringEndsOn: date("scoring_ends_on"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedBy: text("published_by"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("evaluation_round_year_tahap_key").on(t.year, t.tahap),
    check("evaluation_round_tahap_check", sql`${t.tahap} in ('I', 'II')`),
  ],
);

/** One region taking part in a round: its self-assessment, scores and (once published) result. */
export const evaluation = pgTable(
  "evaluation",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    roundId: integer("round_id")
      .notNull()
      .references(() => evaluationRound.id, { onDelete: "cascade" }),
    regionCode: text("region_code")
      .notNull()
      .references(() => region.code),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("evaluation_round_region_key").on(t.roundId, t.regionCode),
    index("evaluation_region_idx").on(t.regionCode),
  ],
);

/** An assessor assigned to a round; only they score its regions. */
export const evaluationAssessor = pgTable(
  "evaluation_assessor",
  {
    roundId: integer("round_id")
      .notNull()
      .references(() => evaluationRound.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    assignedAt: timestamp("assigned_at", { withTimezone: true }).notNull().defaultNow(),
    assignedBy: text("assigned_by"),
  },
  (t) => [
    primaryKey({ name: "evaluation_assessor_pk", columns: [t.roundId, t.userId] }),
    index("evaluation_assessor_user_idx").on(t.userId),
  ],
);

/** The region's self-assessment of one scheme item: a narrative and an optional own score. */
export const evaluationAnswer = pgTable(
  "evaluation_answer",
  {
    evaluationId: integer("evaluation_id")
      .notNull()
      .references(() => evaluation.id, { onDelete: "cascade" }),
    itemCode: text("item_code").notNull(),
    narrative: text("narrative").notNull(),
    selfScore: decimal("self_score"),
    updatedBy: text("updated_by"),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "evaluation_answer_pk", columns: [t.evaluationId, t.itemCode] })],
);

/** Bukti dukung of a self-assessment, optionally for one item. */
export const evaluationEvidence = pgTable(
  "evaluation_evidence",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    evaluationId: integer("evaluation_id")
      .notNull()
      .references(() => evaluation.id, { onDelete: "cascade" }),
    itemCode: text("item_code"),
    fileId: text("file_id")
      .notNull()
      .references(() => storedFile.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("evaluation_evidence_evaluation_idx").on(t.evaluationId)],
);

/** One assessor's score of one item for one region. */
export const evaluationScore = pgTable(
  "evaluation_score",
  {
    evaluationId: integer("evaluation_id")
      .notNull()
      .references(() => evaluation.id, { onDelete: "cascade" }),
    itemCode: text("item_code").notNull(),
    assessorId: text("assessor_id")
      .notNull()
      .references(() => user.id),
    score: decimal("score").notNull(),
    note: text("note"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "evaluation_score_pk", columns: [t.evaluationId, t.itemCode, t.assessorId] })],
);

/** The interview with the region as one assessor recorded it. */
export const evaluationInterview = pgTable(
  "evaluation_interview",
  {
    evaluationId: integer("evaluation_id")
      .notNull()
      .references(() => evaluation.id, { onDelete: "cascade" }),
    assessorId: text("assessor_id")
      .notNull()
      .references(() => user.id),
    heldOn: date("held_on"),
    notes: text("notes"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "evaluation_interview_pk", columns: [t.evaluationId, t.assessorId] })],
);

/**
 * A region's result as computed and stored at publication: later edits of scores, schemes
 * or monitoring data never change what was announced.
 */
export const evaluationResult = pgTable(
  "evaluation_result",
  {
    evaluationId: integer("evaluation_id")
      .primaryKey()
      .references(() => evaluation.id, { onDelete: "cascade" }),
    roundId: integer("round_id")
      .notNull()
      .references(() => evaluationRound.id, { onDelete: "cascade" }),
    regionCode: text("region_code").notNull(),
    provinceCode: text("province_code").notNull(),
    index: decimal("index"),
    results: jsonb("results").$type<Record<string, number>>().notNull(),
    dimensions: jsonb("dimensions").$type<Record<string, number>>().notNull(),
    items: jsonb("items").$type<Record<string, number>>().notNull(),
    assessors: integer("assessors").notNull(),
    previousRoundId: integer("previous_round_id"),
    previousIndex: decimal("previous_index"),
    improvement: decimal("improvement"),
    improvementPercent: decimal("improvement_percent"),
    nationalRank: integer("national_rank"),
    provincialRank: integer("provincial_rank"),
    computedAt: timestamp("computed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("evaluation_result_round_rank_idx").on(t.roundId, t.nationalRank),
    index("evaluation_result_region_idx").on(t.regionCode),
  ],
);
