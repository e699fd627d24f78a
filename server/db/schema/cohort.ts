import {
  bigint,
  boolean,
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
import { FRAMEWORK_STATUSES } from "../../../domain/framework/editor";
import { opd } from "./access";
import { user } from "./auth";
import { deliverableTemplate, framework, stageTemplate } from "./framework";
import { region } from "./region";

/** A readiness questionnaire version: criteria by lens with weights and a scale. */
export const readinessInstrument = pgTable(
  "readiness_instrument",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    code: text("code").notNull(),
    version: text("version").notNull(),
    name: text("name").notNull(),
    scaleMin: integer("scale_min").notNull(),
    scaleMax: integer("scale_max").notNull(),
    // Rows from before the editor were all in use, hence published; the editor starts new ones as drafts.
    status: text("status", { enum: FRAMEWORK_STATUSES }).notNull().default("published"),
    revision: integer("revision").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("readiness_instrument_code_version_key").on(t.code, t.version)],
);

export const readinessCriterion = pgTable(
  "readiness_criterion",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    instrumentId: integer("instrument_id")
      .notNull()
      .references(() => readinessInstrument.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    lens: text("lens", { enum: ["struktur", "infrastruktur", "suprastruktur", "alam", "budaya"] }).notNull(),
    textId: text("text_id").notNull(),
    textEn: text("text_en").notNull(),
    weight: integer("weight").notNull(),
    order: integer("order").notNull(),
  },
  (t) => [unique("readiness_criterion_instrument_code_key").on(t.instrumentId, t.code)],
);

export const cohort = pgTable(
  "cohort",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    year: integer("year").notNull(),
    name: text("name").notNull(),
    quota: integer("quota").notNull(),
    frameworkId: integer("framework_id")
      .notNull()
      .references(() => framework.id),
    instrumentId: integer("instrument_id")
      .notNull()
      .references(() => readinessInstrument.id),
    status: text("status", {
      enum: ["draft", "assessment", "selection", "mou", "mentoring", "completed", "closed"],
    })
      .notNull()
      .default("draft"),
    plan: jsonb("plan").$type<Record<string, string | null>>().notNull().default({}),
    resultLetterNumber: text("result_letter_number"),
    resultLetterDate: date("result_letter_date"),
    // Who signs the result letter for the ministry (its name under the signature, NIP below).
    resultLetterSignatoryName: text("result_letter_signatory_name"),
    resultLetterSignatoryNip: text("result_letter_signatory_nip"),
    selectionPublishedAt: timestamp("selection_published_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("cohort_name_key").on(t.name)],
);

/** A region invited to a cohort, and where it stands. */
export const candidate = pgTable(
  "candidate",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    cohortId: integer("cohort_id")
      .notNull()
      .references(() => cohort.id, { onDelete: "cascade" }),
    regionCode: text("region_code")
      .notNull()
      .references(() => region.code),
    status: text("status", { enum: ["invited", "assessed", "selected", "not_selected", "withdrawn"] })
      .notNull()
      .default("invited"),
    invitedAt: timestamp("invited_at", { withTimezone: true }).notNull().defaultNow(),
    selectionReason: text("selection_reason"),
    withdrawnReason: text("withdrawn_reason"),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    unique("candidate_cohort_region_key").on(t.cohortId, t.regionCode),
    index("candidate_region_idx").on(t.regionCode),
  ],
);

/** An uploaded file, stored under DATA_DIR/files by its id; type and size checked on upload. */
export const storedFile = pgTable("stored_file", {
  id: text("id").primaryKey(),
  originalName: text("original_name").notNull(),
  mimeType: text("mime_type").notNull(),
  size: bigint("size", { mode: "number" }).notNull(),
  sha256: text("sha256").notNull(),
  regionCode: text("region_code"),
  uploadedBy: text("uploaded_by").references(() => user.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** The region's self-assessment answer to one criterion. */
export const selfAssessmentAnswer = pgTable(
  "self_assessment_answer",
  {
    candidateId: integer("candidate_id")
      .notNull()
      .references(() => candidate.id, { onDelete: "cascade" }),
    criterionId: integer("criterion_id")
      .notNull()
      .references(() => readinessCriterion.id),
    answer: text("answer").notNull(),
    selfScore: integer("self_score"),
    updatedBy: text("updated_by"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "self_assessment_answer_pk", columns: [t.candidateId, t.criterionId] })],
);

/** Bukti dukung: a file attached to a candidate's answer. */
export const evidence = pgTable(
  "evidence",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    candidateId: integer("candidate_id")
      .notNull()
      .references(() => candidate.id, { onDelete: "cascade" }),
    criterionId: integer("criterion_id").references(() => readinessCriterion.id),
    fileId: text("file_id")
      .notNull()
      .references(() => storedFile.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("evidence_candidate_idx").on(t.candidateId)],
);

/** One assessor's score of one criterion for one candidate. */
export const assessmentScore = pgTable(
  "assessment_score",
  {
    candidateId: integer("candidate_id")
      .notNull()
      .references(() => candidate.id, { onDelete: "cascade" }),
    criterionId: integer("criterion_id")
      .notNull()
      .references(() => readinessCriterion.id),
    assessorId: text("assessor_id")
      .notNull()
      .references(() => user.id),
    score: integer("score").notNull(),
    note: text("note"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "assessment_score_pk", columns: [t.candidateId, t.criterionId, t.assessorId] })],
);

/** The presentation and interview as one assessor recorded it. */
export const assessmentInterview = pgTable(
  "assessment_interview",
  {
    candidateId: integer("candidate_id")
      .notNull()
      .references(() => candidate.id, { onDelete: "cascade" }),
    assessorId: text("assessor_id")
      .notNull()
      .references(() => user.id),
    heldOn: date("held_on"),
    presentationNote: text("presentation_note"),
    interviewNote: text("interview_note"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "assessment_interview_pk", columns: [t.candidateId, t.assessorId] })],
);

/** Nota Kesepakatan between the ministry and a selected region. */
export const mou = pgTable("mou", {
  id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
  candidateId: integer("candidate_id")
    .notNull()
    .unique()
    .references(() => candidate.id, { onDelete: "cascade" }),
  ministryNumber: text("ministry_number"),
  regionNumber: text("region_number"),
  signedOn: date("signed_on"),
  mode: text("mode", { enum: ["virtual", "in_person"] }),
  place: text("place"),
  ministrySignatoryName: text("ministry_signatory_name"),
  ministrySignatoryPosition: text("ministry_signatory_position"),
  ministrySignatoryNip: text("ministry_signatory_nip"),
  regionSignatoryName: text("region_signatory_name"),
  regionSignatoryPosition: text("region_signatory_position"),
  scanFileId: text("scan_file_id").references(() => storedFile.id),
  version: integer("version").notNull().default(1),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One Bimtek stage of one selected region. */
export const bimtekStage = pgTable(
  "bimtek_stage",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    candidateId: integer("candidate_id")
      .notNull()
      .references(() => candidate.id, { onDelete: "cascade" }),
    stageTemplateId: integer("stage_template_id")
      .notNull()
      .references(() => stageTemplate.id),
    number: integer("number").notNull(),
    plannedStart: date("planned_start"),
    plannedEnd: date("planned_end"),
    actualStart: date("actual_start"),
    actualEnd: date("actual_end"),
    mode: text("mode", { enum: ["virtual", "in_person", "hybrid"] }),
    venue: text("venue"),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closedBy: text("closed_by"),
    version: integer("version").notNull().default(1),
  },
  (t) => [unique("bimtek_stage_candidate_number_key").on(t.candidateId, t.number)],
);

/** Participants of an OPD at a stage. */
export const bimtekAttendance = pgTable(
  "bimtek_attendance",
  {
    stageId: integer("stage_id")
      .notNull()
      .references(() => bimtekStage.id, { onDelete: "cascade" }),
    opdId: integer("opd_id")
      .notNull()
      .references(() => opd.id),
    participants: integer("participants").notNull().default(0),
    attended: boolean("attended").notNull().default(false),
  },
  (t) => [primaryKey({ name: "bimtek_attendance_pk", columns: [t.stageId, t.opdId] })],
);

export const deliverable = pgTable(
  "deliverable",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    stageId: integer("stage_id")
      .notNull()
      .references(() => bimtekStage.id, { onDelete: "cascade" }),
    templateId: integer("template_id")
      .notNull()
      .references(() => deliverableTemplate.id),
    status: text("status", { enum: ["draft", "submitted", "revision_requested", "approved"] })
      .notNull()
      .default("draft"),
    fileId: text("file_id").references(() => storedFile.id),
    link: text("link"),
    note: text("note"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    approvedBy: text("approved_by"),
    version: integer("version").notNull().default(1),
  },
  (t) => [unique("deliverable_stage_template_key").on(t.stageId, t.templateId)],
);

/** What happened to a deliverable and why: submissions, revision requests with comments, approvals. */
export const deliverableReview = pgTable(
  "deliverable_review",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    deliverableId: integer("deliverable_id")
      .notNull()
      .references(() => deliverable.id, { onDelete: "cascade" }),
    authorId: text("author_id"),
    action: text("action", { enum: ["submit", "request_revision", "approve", "reopen"] }).notNull(),
    comment: text("comment"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("deliverable_review_deliverable_idx").on(t.deliverableId)],
);
