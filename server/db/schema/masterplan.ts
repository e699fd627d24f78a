import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";
import { GOVERNANCE_KINDS } from "../../../domain/governance";
import { opd } from "./access";
import { storedFile } from "./cohort";
import { framework } from "./framework";
import { region } from "./region";

const versioned = {
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

/** A region's Masterplan Smart City for a period, on a framework version. */
export const masterplan = pgTable(
  "masterplan",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    regionCode: text("region_code")
      .notNull()
      .references(() => region.code),
    title: text("title").notNull(),
    periodStart: integer("period_start").notNull(),
    periodEnd: integer("period_end").notNull(),
    frameworkId: integer("framework_id")
      .notNull()
      .references(() => framework.id),
    status: text("status", { enum: ["draft", "in_review", "approved", "enacted"] })
      .notNull()
      .default("draft"),
    perkadaNumber: text("perkada_number"),
    perkadaDate: date("perkada_date"),
    perkadaFileId: text("perkada_file_id").references(() => storedFile.id),
    // Who signed and who promulgated the enacted Perkada, and where it was placed in the Berita Daerah.
    perkadaHeadName: text("perkada_head_name"),
    perkadaSecretaryName: text("perkada_secretary_name"),
    perkadaSecretaryNip: text("perkada_secretary_nip"),
    perkadaPromulgatedOn: date("perkada_promulgated_on"),
    perkadaGazetteYear: integer("perkada_gazette_year"),
    perkadaGazetteNumber: text("perkada_gazette_number"),
    // The enacted plan this one revises; the old plan stays readable.
    previousId: integer("previous_id").references((): AnyPgColumn => masterplan.id),
    ...versioned,
  },
  (t) => [
    index("masterplan_region_idx").on(t.regionCode),
    check("masterplan_period_check", sql`${t.periodEnd} >= ${t.periodStart}`),
  ],
);

/** A chapter of the plan ("profile", "swot", "vision", "element:<code>", …) as validated JSON. */
export const masterplanSection = pgTable(
  "masterplan_section",
  {
    masterplanId: integer("masterplan_id")
      .notNull()
      .references(() => masterplan.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    content: jsonb("content").$type<Record<string, unknown>>().notNull(),
    ...versioned,
  },
  (t) => [primaryKey({ name: "masterplan_section_pk", columns: [t.masterplanId, t.key] })],
);

/** A program of a plan under one dimension and element, owned by one OPD. */
export const program = pgTable(
  "program",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    masterplanId: integer("masterplan_id")
      .notNull()
      .references(() => masterplan.id, { onDelete: "cascade" }),
    dimensionCode: text("dimension_code").notNull(),
    elementCode: text("element_code").notNull(),
    // Stable code within the plan ("P-01") for imports and references; a trigger gives the next
    // one when an insert leaves it empty (migration 0006).
    code: text("code").notNull().default(""),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    ownerOpdId: integer("owner_opd_id").references(() => opd.id),
    supportingOpdIds: integer("supporting_opd_ids").array().notNull().default(sql`'{}'::integer[]`),
    term: text("term", { enum: ["short", "medium", "long"] }).notNull(),
    startYear: integer("start_year").notNull(),
    endYear: integer("end_year").notNull(),
    apbdCode: text("apbd_code"),
    rpjmdReference: text("rpjmd_reference"),
    innovation: text("innovation"),
    priority: integer("priority").notNull().default(2),
    ...versioned,
  },
  (t) => [
    index("program_masterplan_idx").on(t.masterplanId, t.dimensionCode, t.elementCode),
    index("program_owner_opd_idx").on(t.ownerOpdId),
    unique("program_masterplan_code_key").on(t.masterplanId, t.code),
    check("program_code_check", sql`char_length(${t.code}) between 1 and 20`),
    check("program_years_check", sql`${t.endYear} >= ${t.startYear}`),
    check("program_priority_check", sql`${t.priority} between 1 and 3`),
  ],
);

/** Indicative budget of a program: one row per year and funding source, in whole Rupiah. */
export const programBudget = pgTable(
  "program_budget",
  {
    programId: integer("program_id")
      .notNull()
      .references(() => program.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    source: text("source", { enum: ["APBD", "APBN", "CSR", "KPBU", "LAINNYA"] }).notNull(),
    amount: bigint("amount", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ name: "program_budget_pk", columns: [t.programId, t.year, t.source] }),
    check("program_budget_amount_check", sql`${t.amount} >= 0`),
  ],
);

/** Rencana aksi: the yearly steps of a program, in order. */
export const programActionStep = pgTable(
  "program_action_step",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    programId: integer("program_id")
      .notNull()
      .references(() => program.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    step: text("step").notNull(),
    order: integer("order").notNull(),
  },
  (t) => [index("program_action_step_program_idx").on(t.programId, t.order)],
);

/** A quick win drawn from a program. */
export const quickWin = pgTable(
  "quick_win",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    masterplanId: integer("masterplan_id")
      .notNull()
      .references(() => masterplan.id, { onDelete: "cascade" }),
    programId: integer("program_id")
      .notNull()
      .references(() => program.id),
    year: integer("year").notNull(),
    ownerOpdId: integer("owner_opd_id").references(() => opd.id),
    target: text("target").notNull(),
    whyQuick: text("why_quick").notNull(),
    ...versioned,
  },
  (t) => [index("quick_win_masterplan_idx").on(t.masterplanId), index("quick_win_program_idx").on(t.programId)],
);

export type GovernanceMember = { name: string; position: string; role: string };

/** Dewan Smart City, Tim Pelaksana or Forum, with its decree (SK) and members. */
export const governanceBody = pgTable(
  "governance_body",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    masterplanId: integer("masterplan_id")
      .notNull()
      .references(() => masterplan.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: GOVERNANCE_KINDS }).notNull(),
    name: text("name").notNull(),
    decreeNumber: text("decree_number"),
    decreeDate: date("decree_date"),
    members: jsonb("members").$type<GovernanceMember[]>().notNull().default([]),
    ...versioned,
  },
  (t) => [index("governance_body_masterplan_idx").on(t.masterplanId)],
);
