import { z } from "zod";
import { type CheckItem, type Completeness, completeness, type PlanFacts } from "./masterplan-completeness";
import { richTextIsEmpty } from "./rich-text";

// ── Chapters ─────────────────────────────────────────────────────────────────────────────

/**
 * The chapters of a masterplan as a Bimtek deliverable or a reader points at them. The first
 * five are stored sections (their section key is the chapter key); `elements` is every
 * "element:<code>" section; programs (with action plans), quick wins and governance bodies
 * are records; the roadmap is derived from program years.
 */
export const MASTERPLAN_CHAPTERS = [
  "profile",
  "readiness",
  "swot",
  "priority_issues",
  "vision",
  "elements",
  "programs",
  "roadmap",
  "quick_wins",
  "governance",
] as const;
export const ChapterKey = z.enum(MASTERPLAN_CHAPTERS, "Bab masterplan tidak dikenal");
export type ChapterKey = z.infer<typeof ChapterKey>;

export const CHAPTER_LABELS: Record<ChapterKey, { id: string; en: string }> = {
  profile: { id: "Profil daerah", en: "Regional profile" },
  readiness: { id: "Kesiapan dan analisis kesenjangan", en: "Readiness and gap analysis" },
  swot: { id: "Analisis SWOT", en: "SWOT analysis" },
  priority_issues: { id: "Isu prioritas", en: "Priority issues" },
  vision: { id: "Visi, misi dan tujuan", en: "Vision, mission and goals" },
  elements: { id: "Kondisi, masalah dan strategi per elemen", en: "Condition, problems and strategy per element" },
  programs: { id: "Program dan rencana aksi", en: "Programs and action plans" },
  roadmap: { id: "Peta jalan", en: "Roadmap" },
  quick_wins: { id: "Quick win", en: "Quick wins" },
  governance: { id: "Tata kelola (Dewan, Tim Pelaksana, Forum)", en: "Governance (Council, Team, Forum)" },
};

// The tab of the masterplan page (/masterplan/{id}?tab=…) where each chapter is edited.
const CHAPTER_TABS: Record<ChapterKey, string> = {
  profile: "strategis",
  readiness: "strategis",
  swot: "strategis",
  priority_issues: "strategis",
  vision: "visi",
  elements: "dimensi",
  programs: "program",
  roadmap: "peta-jalan",
  quick_wins: "quick-wins",
  governance: "tata-kelola",
};

/** The page tab of a chapter (a value of the SPA's MASTERPLAN_TABS). */
export const chapterTab = (key: ChapterKey) => CHAPTER_TABS[key];

/** The web address of a chapter of a plan: "/masterplan/3?tab=visi". */
export const chapterHref = (masterplanId: number, key: ChapterKey) =>
  `/masterplan/${masterplanId}?tab=${chapterTab(key)}`;

// ── Completeness per chapter ─────────────────────────────────────────────────────────────

/** What the per-chapter check needs: the plan facts and the stored content of the Buku 1 sections. */
export type ChapterFacts = PlanFacts & { sections: Readonly<Record<string, unknown>> };

/** Whether a chapter is complete and, if not, what is missing (Indonesian, for the checklist). */
export type ChapterState = { key: ChapterKey; complete: boolean; missing: string[] };

// Which chapter each line of the submission checklist belongs to (codes of `completeness`).
const CHECK_CHAPTERS: Record<string, readonly ChapterKey[]> = {
  vision: ["vision"],
  mission: ["vision"],
  dimension_strategy: ["elements"],
  dimension_program: ["programs"],
  program_owner: ["programs"],
  program_years: ["programs", "roadmap"],
  programs_valid: ["programs"],
  quick_win: ["quick_wins"],
  // The Kata Pengantar is written on the vision tab, before the vision it introduces.
  foreword: ["vision"],
};
// Every required body's line ("governance_dewan", "governance_satgas", …) belongs to the governance chapter.
const chaptersOfCheck = (code: string): readonly ChapterKey[] =>
  CHECK_CHAPTERS[code] ?? (code.startsWith("governance_") ? ["governance"] : []);

const LENSES = ["struktur", "infrastruktur", "suprastruktur"] as const;
type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const filled = (v: unknown) => typeof v === "string" && !richTextIsEmpty(v);
const lensOf = (content: unknown, lens: string) =>
  list(obj(content).lenses)
    .map(obj)
    .find((l) => l.lens === lens);

/**
 * What each Buku 1 chapter still lacks. These chapters are not required for submission, so
 * their rules live here and not in `completeness`: a key figure in the profile, condition and
 * gap for each lens of readiness, at least one SWOT item per lens, at least one priority issue.
 */
function analysisMissing(sections: ChapterFacts["sections"]): Record<ChapterKey, string[]> {
  const out = Object.fromEntries(MASTERPLAN_CHAPTERS.map((k) => [k, [] as string[]])) as Record<ChapterKey, string[]>;
  if (list(obj(sections.profile).figures).length === 0)
    out.profile.push("Profil daerah: paling sedikit satu data pokok (dengan tahun dan sumber)");
  for (const lens of LENSES) {
    const r = lensOf(sections.readiness, lens);
    if (!r || !filled(r.condition) || !filled(r.gap))
      out.readiness.push(`Kesiapan ${lens}: kondisi dan analisis kesenjangan belum diisi`);
    const s = lensOf(sections.swot, lens);
    const items = s ? ["strengths", "weaknesses", "opportunities", "threats"].flatMap((q) => list(s[q])) : [];
    if (items.length === 0) out.swot.push(`SWOT ${lens} belum diisi`);
  }
  if (list(obj(sections.priority_issues).issues).length === 0)
    out.priority_issues.push("Paling sedikit satu isu prioritas");
  return out;
}

/**
 * The state of every chapter: Buku 1 chapters by their own rules, the others by the lines of
 * the submission checklist that belong to them; the roadmap needs at least one program and
 * every program's years inside the period. Pass `check` when the checklist is already at hand.
 */
export function chapterCompleteness(facts: ChapterFacts, check: Completeness = completeness(facts)): ChapterState[] {
  const missing = analysisMissing(facts.sections);
  if (facts.programs.length === 0) missing.roadmap.push("Belum ada program: peta jalan diturunkan dari tahun program");
  for (const item of check.items.filter((i: CheckItem) => !i.ok))
    for (const key of chaptersOfCheck(item.code)) missing[key].push(item.message);
  return MASTERPLAN_CHAPTERS.map((key) => ({ key, complete: missing[key].length === 0, missing: missing[key] }));
}
