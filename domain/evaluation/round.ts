import { z } from "zod";

/**
 * Phases of an evaluation round: prepared by the program office, open for the regions'
 * self-assessment, scored by the assigned assessors (with the interview), then published.
 * A published round is final: its results were stored and announced with a letter.
 */
export const ROUND_STATUSES = ["draft", "self_assessment", "scoring", "published"] as const;
export const RoundStatus = z.enum(ROUND_STATUSES);
export type RoundStatus = z.infer<typeof RoundStatus>;

/** Forward one step; back one step while what the earlier phase produced is still untouched. */
export const ROUND_TRANSITIONS: Record<RoundStatus, readonly RoundStatus[]> = {
  draft: ["self_assessment"],
  self_assessment: ["scoring", "draft"],
  scoring: ["published", "self_assessment"],
  published: [],
};

export const ROUND_STATUS_LABELS: Record<RoundStatus, { id: string; en: string }> = {
  draft: { id: "Draf", en: "Draft" },
  self_assessment: { id: "Penilaian mandiri", en: "Self-assessment" },
  scoring: { id: "Penilaian asesor", en: "Assessor scoring" },
  published: { id: "Diumumkan", en: "Published" },
};

/** Reasons a phase change is refused; each has an Indonesian and English sentence below. */
export const ROUND_BLOCKERS = [
  "transition_not_allowed",
  "no_participants",
  "self_assessment_started",
  "no_assessors",
  "scores_recorded",
  "regions_unscored",
  "result_letter_missing",
] as const;
export type RoundBlockerCode = (typeof ROUND_BLOCKERS)[number];

export const ROUND_BLOCKER_LABELS: Record<RoundBlockerCode, { id: string; en: string }> = {
  transition_not_allowed: { id: "Perpindahan tahap ini tidak diizinkan", en: "This phase change is not allowed" },
  no_participants: { id: "Belum ada daerah peserta evaluasi", en: "No region takes part in the round yet" },
  self_assessment_started: {
    id: "Daerah sudah mulai mengisi penilaian mandiri; putaran tidak dapat kembali ke draf",
    en: "Regions have started their self-assessment; the round cannot go back to draft",
  },
  no_assessors: { id: "Belum ada asesor yang ditugaskan", en: "No assessor is assigned yet" },
  scores_recorded: {
    id: "Asesor sudah mulai menilai; penilaian mandiri tidak dapat dibuka kembali",
    en: "Assessors have started scoring; the self-assessment cannot be reopened",
  },
  regions_unscored: {
    id: "Masih ada daerah yang belum dinilai lengkap oleh satu asesor pun",
    en: "Some regions have not been fully scored by any assessor",
  },
  result_letter_missing: {
    id: "Nomor dan tanggal surat hasil evaluasi wajib diisi untuk mengumumkan",
    en: "The result letter's number and date are required to publish",
  },
};

export type RoundBlocker = { code: RoundBlockerCode; message: string; regionCodes?: string[] };

/** What the blockers look at, gathered by the server. */
export type RoundFacts = {
  participants: number;
  assessors: number;
  selfAssessmentAnswers: number;
  scoresRecorded: number;
  /** Participant regions with no complete assessor score sheet. */
  unscoredRegions: string[];
  resultLetter: { number: string; date: string } | null;
};

/** Every reason that stops a move from one phase to another; empty when it may happen. */
export function roundTransitionBlockers(from: RoundStatus, to: RoundStatus, facts: RoundFacts): RoundBlocker[] {
  const out: RoundBlocker[] = [];
  const add = (code: RoundBlockerCode, extra: Partial<RoundBlocker> = {}) =>
    out.push({ code, message: ROUND_BLOCKER_LABELS[code].id, ...extra });
  if (!ROUND_TRANSITIONS[from].includes(to)) {
    add("transition_not_allowed");
    return out;
  }
  if (to === "self_assessment" && from === "draft" && facts.participants === 0) add("no_participants");
  if (to === "draft" && facts.selfAssessmentAnswers > 0) add("self_assessment_started");
  if (to === "scoring" && facts.assessors === 0) add("no_assessors");
  if (to === "self_assessment" && from === "scoring" && facts.scoresRecorded > 0) add("scores_recorded");
  if (to === "published") {
    if (facts.unscoredRegions.length) add("regions_unscored", { regionCodes: [...facts.unscoredRegions].sort() });
    if (!facts.resultLetter?.number.trim() || !facts.resultLetter.date) add("result_letter_missing");
  }
  return out;
}

/** The moves offered from a phase, each with what blocks it now (an empty list: allowed). */
export function roundMoves(from: RoundStatus, facts: RoundFacts): Array<{ to: RoundStatus; blockers: RoundBlocker[] }> {
  return ROUND_TRANSITIONS[from].map((to) => ({
    to,
    // The letter is given with the publish request itself, so it does not block the offer.
    blockers: roundTransitionBlockers(from, to, { ...facts, resultLetter: { number: "-", date: "-" } }),
  }));
}
