import { z } from "zod";

/** Phases of a cohort, in order. */
export const COHORT_STATUSES = ["draft", "assessment", "selection", "mou", "mentoring", "completed", "closed"] as const;
export const CohortStatus = z.enum(COHORT_STATUSES);
export type CohortStatus = z.infer<typeof CohortStatus>;

/**
 * Allowed moves between phases. Forward one step; back one step while nothing is published
 * (a selection that was published cannot be reopened, only the cohort closed).
 */
export const COHORT_TRANSITIONS: Record<CohortStatus, readonly CohortStatus[]> = {
  draft: ["assessment"],
  assessment: ["selection", "draft"],
  selection: ["mou", "assessment"],
  mou: ["mentoring"],
  mentoring: ["completed"],
  completed: ["closed", "mentoring"],
  closed: [],
};

export const COHORT_STATUS_LABELS: Record<CohortStatus, { id: string; en: string }> = {
  draft: { id: "Draf", en: "Draft" },
  assessment: { id: "Asesmen kesiapan", en: "Readiness assessment" },
  selection: { id: "Seleksi", en: "Selection" },
  mou: { id: "Nota Kesepakatan", en: "Memorandum of understanding" },
  mentoring: { id: "Pendampingan", en: "Mentoring" },
  completed: { id: "Selesai", en: "Completed" },
  closed: { id: "Ditutup", en: "Closed" },
};

/** Whether a cohort may move from one phase to another. */
export function canTransition(from: CohortStatus, to: CohortStatus): boolean {
  return COHORT_TRANSITIONS[from].includes(to);
}

/** What stops a move, as a reason code, or null when the move is allowed. */
export function transitionBlocker(
  from: CohortStatus,
  to: CohortStatus,
  facts: { candidates: number; selectionPublished: boolean; selected: number; mouSigned: number },
): string | null {
  if (!canTransition(from, to)) return "transition_not_allowed";
  if (to === "assessment" && facts.candidates === 0) return "no_candidates";
  if (to === "assessment" && from === "selection" && facts.selectionPublished) return "selection_published";
  if (to === "mou" && !facts.selectionPublished) return "selection_not_published";
  if (to === "mentoring" && facts.mouSigned < facts.selected) return "mou_incomplete";
  return null;
}

/** Candidate statuses. */
export const CANDIDATE_STATUSES = ["invited", "assessed", "selected", "not_selected", "withdrawn"] as const;
export const CandidateStatus = z.enum(CANDIDATE_STATUSES);
export type CandidateStatus = z.infer<typeof CandidateStatus>;

const PhaseDate = z.iso.date("Tanggal harus berbentuk YYYY-MM-DD");

/** Planned dates per phase; each optional, and an end never before its start. */
export const CohortPlan = z
  .object({
    assessmentStart: PhaseDate.nullish(),
    assessmentEnd: PhaseDate.nullish(),
    selectionDate: PhaseDate.nullish(),
    mouDate: PhaseDate.nullish(),
    mentoringStart: PhaseDate.nullish(),
    mentoringEnd: PhaseDate.nullish(),
  })
  .superRefine((p, ctx) => {
    const pairs: Array<[keyof typeof p, keyof typeof p]> = [
      ["assessmentStart", "assessmentEnd"],
      ["mentoringStart", "mentoringEnd"],
    ];
    for (const [a, b] of pairs) {
      const start = p[a];
      const end = p[b];
      if (start && end && end < start)
        ctx.addIssue({ code: "custom", path: [b], message: "Tanggal akhir sebelum tanggal mulai" });
    }
  });

/** Body of creating a cohort. */
export const CohortCreate = z.object({
  year: z.number().int().min(2017, "Tahun mulai 2017").max(2100),
  name: z.string().trim().min(5, "Nama angkatan minimal 5 huruf").max(200),
  quota: z.number().int().min(1, "Kuota minimal 1").max(514, "Kuota maksimal 514"),
  frameworkId: z.number().int().positive().optional(),
  instrumentId: z.number().int().positive().optional(),
  plan: CohortPlan.optional(),
});
export type CohortCreate = z.infer<typeof CohortCreate>;

export const CohortUpdate = z.object({
  name: z.string().trim().min(5).max(200).optional(),
  quota: z.number().int().min(1).max(514).optional(),
  plan: CohortPlan.optional(),
  version: z.number().int().min(1),
});
export type CohortUpdate = z.infer<typeof CohortUpdate>;

/**
 * Reads a pasted or uploaded list of Kemendagri codes: separated by newlines, commas,
 * semicolons or spaces; duplicates removed; what is not a code is reported back.
 */
export function parseRegionCodeList(text: string): { codes: string[]; malformed: string[] } {
  const tokens = text
    .split(/[\s,;]+/)
    .map((t) => t.trim().replace(/^"|"$/g, ""))
    .filter(Boolean);
  const codes: string[] = [];
  const malformed: string[] = [];
  for (const t of tokens) {
    if (/^\d{2}(\.\d{2})?$/.test(t)) {
      if (!codes.includes(t)) codes.push(t);
    } else if (!/^kode/i.test(t)) {
      malformed.push(t);
    }
  }
  return { codes, malformed };
}
