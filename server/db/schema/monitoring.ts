import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";
import { opd } from "./access";
import { user } from "./auth";
import { storedFile } from "./cohort";
import { framework } from "./framework";
import { program, quickWin } from "./masterplan";
import { region } from "./region";

const versioned = {
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

// Indicator values are exact decimals (never binary floats: 0,1 + 0,2 must stay 0,3).
const value = (name: string) => numeric(name, { mode: "number" });

/**
 * An indicator after Satu Data Indonesia's data standard (concept, definition, classification,
 * measure, unit) with its metadata. `regionCode` null is the national catalogue; otherwise a
 * region's own indicator.
 */
export const indicator = pgTable(
  "indicator",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    regionCode: text("region_code").references(() => region.code),
    code: text("code").notNull(),
    name: text("name").notNull(),
    concept: text("concept").notNull().default(""),
    definition: text("definition").notNull().default(""),
    classification: text("classification").notNull().default(""),
    measure: text("measure").notNull().default(""),
    unit: text("unit").notNull(),
    direction: text("direction", { enum: ["higher_is_better", "lower_is_better"] }).notNull(),
    frequency: text("frequency", { enum: ["annual", "semiannual", "quarterly", "monthly", "other"] })
      .notNull()
      .default("annual"),
    producerOpdId: integer("producer_opd_id").references(() => opd.id),
    source: text("source").notNull().default(""),
    referenceCodes: text("reference_codes").array().notNull().default(sql`'{}'::text[]`),
    frameworkId: integer("framework_id")
      .notNull()
      .references(() => framework.id),
    dimensionCode: text("dimension_code"),
    elementCode: text("element_code"),
    active: boolean("active").notNull().default(true),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    ...versioned,
  },
  (t) => [
    unique("indicator_region_code_key").on(t.regionCode, t.code).nullsNotDistinct(),
    index("indicator_dimension_idx").on(t.dimensionCode, t.elementCode),
  ],
);

/** A program measured by an indicator, with its baseline. Targets hang below it per year. */
export const programIndicator = pgTable(
  "program_indicator",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    programId: integer("program_id")
      .notNull()
      .references(() => program.id, { onDelete: "cascade" }),
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => indicator.id),
    baselineValue: value("baseline_value"),
    baselineYear: integer("baseline_year"),
    note: text("note").notNull().default(""),
    ...versioned,
  },
  (t) => [
    unique("program_indicator_program_indicator_key").on(t.programId, t.indicatorId),
    index("program_indicator_indicator_idx").on(t.indicatorId),
    check("program_indicator_baseline_check", sql`(${t.baselineValue} is null) = (${t.baselineYear} is null)`),
  ],
);

/** The target of a program indicator for one year of the plan. */
export const indicatorTarget = pgTable(
  "indicator_target",
  {
    programIndicatorId: integer("program_indicator_id")
      .notNull()
      .references(() => programIndicator.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    value: value("value").notNull(),
  },
  (t) => [primaryKey({ name: "indicator_target_pk", columns: [t.programIndicatorId, t.year] })],
);

/**
 * A realisation (observed value) of a program indicator for a year, or one semester of it.
 * `program_indicator_id` is a reference kept by statement triggers (migration 0010), not a
 * declared foreign key: a declared one checks each inserted row on its own, which was half the
 * time of a million-row import. The triggers give the same rules per statement: every inserted
 * or changed row's program indicator must exist (locked FOR KEY SHARE until commit, as a
 * foreign key does; error 23503), and deleting program indicators deletes their realisations.
 */
export const observation = pgTable(
  "observation",
  {
    // Ids are taken a thousand at a time per connection (gaps are harmless): a sequence step
    // per row was a tenth of a million-row import.
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity({ cache: 1000 }),
    programIndicatorId: integer("program_indicator_id").notNull(),
    year: integer("year").notNull(),
    // null: the whole year; 1 or 2: that semester.
    semester: integer("semester"),
    value: value("value").notNull(),
    note: text("note").notNull().default(""),
    status: text("status", { enum: ["entered", "verified", "returned"] })
      .notNull()
      .default("entered"),
    reviewNote: text("review_note"),
    enteredBy: text("entered_by").references(() => user.id, { onDelete: "set null" }),
    reviewedBy: text("reviewed_by").references(() => user.id, { onDelete: "set null" }),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    ...versioned,
  },
  (t) => [
    unique("observation_period_key").on(t.programIndicatorId, t.year, t.semester).nullsNotDistinct(),
    check("observation_semester_check", sql`${t.semester} is null or ${t.semester} in (1, 2)`),
  ],
);

const progressColumns = {
  year: integer("year").notNull(),
  status: text("status", { enum: ["not_started", "on_track", "delayed", "done", "cancelled"] }).notNull(),
  physicalProgress: numeric("physical_progress", { precision: 5, scale: 2, mode: "number" }),
  budgetAllocated: bigint("budget_allocated", { mode: "number" }),
  budgetRealised: bigint("budget_realised", { mode: "number" }),
  note: text("note").notNull().default(""),
  enteredBy: text("entered_by").references(() => user.id, { onDelete: "set null" }),
  ...versioned,
};

/** A program's yearly progress: status, physical progress and budget allocated vs realised (Rupiah). */
export const programProgress = pgTable(
  "program_progress",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    programId: integer("program_id")
      .notNull()
      .references(() => program.id, { onDelete: "cascade" }),
    ...progressColumns,
  },
  (t) => [
    unique("program_progress_program_year_key").on(t.programId, t.year),
    check("program_progress_physical_check", sql`${t.physicalProgress} between 0 and 100`),
    check("program_progress_budget_check", sql`${t.budgetAllocated} >= 0 and ${t.budgetRealised} >= 0`),
  ],
);

/** A quick win's yearly progress, tracked like a program's. */
export const quickWinProgress = pgTable(
  "quick_win_progress",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    quickWinId: integer("quick_win_id")
      .notNull()
      .references(() => quickWin.id, { onDelete: "cascade" }),
    ...progressColumns,
  },
  (t) => [
    unique("quick_win_progress_quick_win_year_key").on(t.quickWinId, t.year),
    check("quick_win_progress_physical_check", sql`${t.physicalProgress} between 0 and 100`),
    check("quick_win_progress_budget_check", sql`${t.budgetAllocated} >= 0 and ${t.budgetRealised} >= 0`),
  ],
);

/** Evidence (bukti dukung) files of a realisation or a progress entry: exactly one of the three. */
export const monitoringEvidence = pgTable(
  "monitoring_evidence",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    fileId: text("file_id")
      .notNull()
      .references(() => storedFile.id),
    observationId: bigint("observation_id", { mode: "number" }).references(() => observation.id, {
      onDelete: "cascade",
    }),
    programProgressId: integer("program_progress_id").references(() => programProgress.id, { onDelete: "cascade" }),
    quickWinProgressId: integer("quick_win_progress_id").references(() => quickWinProgress.id, {
      onDelete: "cascade",
    }),
    createdBy: text("created_by").references(() => user.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("monitoring_evidence_observation_idx").on(t.observationId),
    index("monitoring_evidence_program_progress_idx").on(t.programProgressId),
    index("monitoring_evidence_quick_win_progress_idx").on(t.quickWinProgressId),
    check(
      "monitoring_evidence_subject_check",
      sql`num_nonnulls(${t.observationId}, ${t.programProgressId}, ${t.quickWinProgressId}) = 1`,
    ),
  ],
);
