import { boolean, integer, jsonb, pgTable, text, timestamp, unique } from "drizzle-orm/pg-core";
import { FRAMEWORK_STATUSES } from "../../../domain/framework/editor";
import type { GovernanceBodyDef } from "../../../domain/framework/types";
import type { ChapterKey } from "../../../domain/masterplan-chapters";
import type { ReportingCalendar } from "../../../domain/reporting-calendar";

/** A versioned framework; cohorts and masterplans point at the version they used. */
export const framework = pgTable(
  "framework",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    code: text("code").notNull(),
    version: text("version").notNull(),
    name: text("name").notNull(),
    descriptionId: text("description_id").notNull(),
    descriptionEn: text("description_en").notNull(),
    isDefault: boolean("is_default").notNull().default(false),
    // Rows from before the editor were all in use, hence published; the editor starts new ones as drafts.
    status: text("status", { enum: FRAMEWORK_STATUSES }).notNull().default("published"),
    // The row's version for version-checked writes (`version` is the framework's own, e.g. "2017").
    revision: integer("revision").notNull().default(1),
    // When a year's (and a semester's) realisations and progress are due; see domain/reporting-calendar.ts.
    reporting: jsonb("reporting")
      .$type<ReportingCalendar>()
      .notNull()
      .default({ annualDue: "02-28", semesterDue: "07-31" }),
    // The bodies a plan on this framework has or must have (Dewan, Satgas, Tim Pelaksana, Forum).
    governanceBodies: jsonb("governance_bodies").$type<GovernanceBodyDef[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("framework_code_version_key").on(t.code, t.version)],
);

export const dimension = pgTable(
  "dimension",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    frameworkId: integer("framework_id")
      .notNull()
      .references(() => framework.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    nameId: text("name_id").notNull(),
    nameEn: text("name_en").notNull(),
    descriptionId: text("description_id").notNull(),
    descriptionEn: text("description_en").notNull(),
    order: integer("order").notNull(),
  },
  (t) => [unique("dimension_framework_code_key").on(t.frameworkId, t.code)],
);

export const element = pgTable(
  "element",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    dimensionId: integer("dimension_id")
      .notNull()
      .references(() => dimension.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    nameId: text("name_id").notNull(),
    nameEn: text("name_en").notNull(),
    tag: text("tag").notNull(),
    order: integer("order").notNull(),
  },
  (t) => [unique("element_dimension_code_key").on(t.dimensionId, t.code)],
);

/** A Bimtek stage of a framework (I–IV in Kominfo 2017). */
export const stageTemplate = pgTable(
  "stage_template",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    frameworkId: integer("framework_id")
      .notNull()
      .references(() => framework.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    nameId: text("name_id").notNull(),
    nameEn: text("name_en").notNull(),
    focusId: text("focus_id").notNull(),
    focusEn: text("focus_en").notNull(),
  },
  (t) => [unique("stage_template_framework_number_key").on(t.frameworkId, t.number)],
);

export const deliverableTemplate = pgTable(
  "deliverable_template",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    stageTemplateId: integer("stage_template_id")
      .notNull()
      .references(() => stageTemplate.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    nameId: text("name_id").notNull(),
    nameEn: text("name_en").notNull(),
    required: boolean("required").notNull(),
    order: integer("order").notNull(),
    // The masterplan chapters the deliverable drafts (see DeliverableDef).
    covers: jsonb("covers").$type<ChapterKey[]>().notNull().default([]),
  },
  (t) => [unique("deliverable_template_stage_code_key").on(t.stageTemplateId, t.code)],
);
