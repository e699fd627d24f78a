import { z } from "zod";

// ── Status and the moves between them ────────────────────────────────────────────────────

/** Masterplan statuses: drafted by the region, reviewed by the mentor, enacted by Perkada. */
export const MASTERPLAN_STATUSES = ["draft", "in_review", "approved", "enacted"] as const;
export const MasterplanStatus = z.enum(MASTERPLAN_STATUSES);
export type MasterplanStatus = z.infer<typeof MasterplanStatus>;

/** The explicit transition map; `return` sends a plan in review back to draft for revision. */
export const MASTERPLAN_ACTIONS = {
  submit: { from: ["draft"], to: "in_review" },
  return: { from: ["in_review"], to: "draft" },
  approve: { from: ["in_review"], to: "approved" },
  enact: { from: ["approved"], to: "enacted" },
} as const satisfies Record<string, { from: readonly MasterplanStatus[]; to: MasterplanStatus }>;
export type MasterplanAction = keyof typeof MASTERPLAN_ACTIONS;
export const MASTERPLAN_ACTION_NAMES = Object.keys(MASTERPLAN_ACTIONS) as [MasterplanAction, ...MasterplanAction[]];

export const MASTERPLAN_STATUS_LABELS: Record<MasterplanStatus, { id: string; en: string }> = {
  draft: { id: "Draf", en: "Draft" },
  in_review: { id: "Dalam telaah", en: "In review" },
  approved: { id: "Disetujui", en: "Approved" },
  enacted: { id: "Ditetapkan (Perkada)", en: "Enacted" },
};

/** The status a plan moves to, or null when the action is not allowed from where it is. */
export function nextMasterplanStatus(current: MasterplanStatus, action: MasterplanAction): MasterplanStatus | null {
  const move = MASTERPLAN_ACTIONS[action];
  return (move.from as readonly MasterplanStatus[]).includes(current) ? move.to : null;
}

/** Only an enacted plan can be revised; the revision is a new draft pointing back at it (`previousId`). */
export const canStartRevision = (status: MasterplanStatus) => status === "enacted";

// ── Period and terms ─────────────────────────────────────────────────────────────────────

/** Program horizons and how many years from the start of the period each may run. */
export const TERMS = ["short", "medium", "long"] as const;
export const Term = z.enum(TERMS, "Pilih jangka pendek, menengah atau panjang");
export type Term = z.infer<typeof Term>;
export const TERM_YEARS: Record<Term, number> = { short: 1, medium: 5, long: 10 };
export const TERM_LABELS: Record<Term, { id: string; en: string }> = {
  short: { id: "Jangka pendek (1 tahun)", en: "Short term (1 year)" },
  medium: { id: "Jangka menengah (5 tahun)", en: "Medium term (5 years)" },
  long: { id: "Jangka panjang (10 tahun)", en: "Long term (10 years)" },
};

/** Longest period a plan may cover; GMSC plans are 10 years, second-generation ones sometimes shorter. */
export const MAX_PERIOD_YEARS = 20;

/**
 * The term of a program from the year it ends, counted from the start of the plan's period:
 * ends in year 1 → short, in years 2–5 → medium, later → long. The start year does not
 * matter: a program running in years 3–4 still completes within the medium horizon.
 */
export function termOf(_startYear: number, endYear: number, periodStart: number): Term {
  const yearNo = endYear - periodStart + 1;
  if (yearNo <= TERM_YEARS.short) return "short";
  if (yearNo <= TERM_YEARS.medium) return "medium";
  return "long";
}

export type Period = { periodStart: number; periodEnd: number };
export type YearSpan = { term: Term; startYear: number; endYear: number };

/** Problems of a program's years against the period, as { field, message }; empty when consistent. */
export function programYearProblems(p: YearSpan, period: Period): Array<{ field: string; message: string }> {
  const out: Array<{ field: string; message: string }> = [];
  const range = `${period.periodStart}–${period.periodEnd}`;
  if (p.startYear < period.periodStart || p.startYear > period.periodEnd)
    out.push({ field: "startYear", message: `Tahun mulai harus di dalam periode masterplan ${range}` });
  if (p.endYear < period.periodStart || p.endYear > period.periodEnd)
    out.push({ field: "endYear", message: `Tahun selesai harus di dalam periode masterplan ${range}` });
  if (p.endYear < p.startYear) out.push({ field: "endYear", message: "Tahun selesai tidak boleh sebelum tahun mulai" });
  if (out.length === 0) {
    const expected = termOf(p.startYear, p.endYear, period.periodStart);
    if (expected !== p.term)
      out.push({
        field: "term",
        message: `Program yang selesai pada ${p.endYear} termasuk ${TERM_LABELS[expected].id.toLowerCase()}`,
      });
  }
  return out;
}

// ── APBD nomenclature (Permendagri 90/2019) ──────────────────────────────────────────────

export const APBD_LEVELS = ["urusan", "bidang", "program", "kegiatan", "sub_kegiatan"] as const;
export type ApbdLevel = (typeof APBD_LEVELS)[number];
export const APBD_LEVEL_LABELS: Record<ApbdLevel, string> = {
  urusan: "urusan",
  bidang: "bidang urusan",
  program: "program",
  kegiatan: "kegiatan",
  sub_kegiatan: "sub kegiatan",
};

// Groups of digits per level: urusan X, bidang XX, program XX, kegiatan X.XX, sub kegiatan XX or XXXX.
const APBD_GROUPS: Array<{ level: ApbdLevel; widths: number[] }> = [
  { level: "urusan", widths: [1] },
  { level: "bidang", widths: [2] },
  { level: "program", widths: [2] },
  { level: "kegiatan", widths: [1, 2] },
  { level: "sub_kegiatan", widths: [2, 4] },
];

/**
 * Checks a nomenclature code such as "2.16.02.1.01": urusan.bidang.program.kegiatan(X.XX) and an
 * optional sub kegiatan; shorter prefixes ("2.16", "2.16.02") are valid codes of a higher level.
 * Returns the level, or an Indonesian message saying what is wrong.
 */
export function checkApbdCode(code: string): { ok: true; level: ApbdLevel } | { ok: false; message: string } {
  if (!/^[0-9.]+$/.test(code)) return { ok: false, message: "Kode nomenklatur hanya berisi angka dan titik" };
  const parts = code.split(".");
  if (parts.some((p) => p === ""))
    return { ok: false, message: "Kode nomenklatur tidak boleh berisi titik ganda atau di ujung" };
  let i = 0;
  let level: ApbdLevel = "urusan";
  for (const g of APBD_GROUPS) {
    if (i >= parts.length) break;
    if (g.level === "kegiatan" && parts.length < i + 2)
      return { ok: false, message: "Kode kegiatan terdiri atas dua bagian, mis. 2.16.02.1.01" };
    if (g.level === "sub_kegiatan") {
      const p = parts[i] as string;
      if (!g.widths.includes(p.length))
        return { ok: false, message: `Bagian sub kegiatan "${p}" harus 2 atau 4 angka, mis. 2.16.02.1.01.0001` };
      if (/^0+$/.test(p)) return { ok: false, message: "Nomor sub kegiatan tidak boleh nol" };
      i += 1;
    } else {
      for (const width of g.widths) {
        const p = parts[i] as string;
        if (p.length !== width)
          return {
            ok: false,
            message: `Bagian ${APBD_LEVEL_LABELS[g.level]} "${p}" harus ${width} angka (format 1.01.01.1.01)`,
          };
        if (/^0+$/.test(p)) return { ok: false, message: `Nomor ${APBD_LEVEL_LABELS[g.level]} tidak boleh nol` };
        i += 1;
      }
    }
    level = g.level;
  }
  if (i < parts.length)
    return { ok: false, message: "Kode nomenklatur terlalu panjang: paling rinci sampai sub kegiatan" };
  const urusan = Number(parts[0]);
  if (urusan > 8) return { ok: false, message: "Kode urusan harus 1 sampai 8" };
  return { ok: true, level };
}

/** The zod field of an APBD nomenclature code. */
export const ApbdCode = z
  .string()
  .trim()
  .max(40, "Kode nomenklatur terlalu panjang")
  .superRefine((code, ctx) => {
    const r = checkApbdCode(code);
    if (!r.ok) ctx.addIssue({ code: "custom", message: r.message });
  });

// ── Budgets ──────────────────────────────────────────────────────────────────────────────

export const FUNDING_SOURCES = ["APBD", "APBN", "CSR", "KPBU", "LAINNYA"] as const;
export const FundingSource = z.enum(FUNDING_SOURCES, "Sumber dana: APBD, APBN, CSR, KPBU atau LAINNYA");
export type FundingSource = z.infer<typeof FundingSource>;

/** An indicative budget of one year from one source, in whole Rupiah. */
export type BudgetLine = { year: number; source: FundingSource; amount: number };

/** Sum of a program's budget lines. */
export const programTotal = (budgets: readonly BudgetLine[]) => budgets.reduce((s, b) => s + b.amount, 0);

/** Budget per year over many programs: { 2024: 1_500_000_000, … }. */
export function budgetByYear(programs: ReadonlyArray<{ budgets: readonly BudgetLine[] }>): Record<number, number> {
  const out: Record<number, number> = {};
  for (const p of programs) for (const b of p.budgets) out[b.year] = (out[b.year] ?? 0) + b.amount;
  return out;
}

/** Budget per funding source over many programs. */
export function budgetBySource(
  programs: ReadonlyArray<{ budgets: readonly BudgetLine[] }>,
): Partial<Record<FundingSource, number>> {
  const out: Partial<Record<FundingSource, number>> = {};
  for (const p of programs) for (const b of p.budgets) out[b.source] = (out[b.source] ?? 0) + b.amount;
  return out;
}

/** Budget per dimension code over many programs. */
export function budgetByDimension(
  programs: ReadonlyArray<{ dimensionCode: string; budgets: readonly BudgetLine[] }>,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of programs) out[p.dimensionCode] = (out[p.dimensionCode] ?? 0) + programTotal(p.budgets);
  return out;
}

/** Problems of budget lines against the program's years: outside the years, or a year+source twice. */
export function budgetProblems(
  budgets: readonly BudgetLine[],
  span: { startYear: number; endYear: number },
): Array<{ index: number; message: string }> {
  const seen = new Set<string>();
  const out: Array<{ index: number; message: string }> = [];
  budgets.forEach((b, index) => {
    if (b.year < span.startYear || b.year > span.endYear)
      out.push({ index, message: `Tahun anggaran ${b.year} di luar tahun program ${span.startYear}–${span.endYear}` });
    const key = `${b.year}:${b.source}`;
    if (seen.has(key)) out.push({ index, message: `Anggaran ${b.source} tahun ${b.year} tercantum dua kali` });
    seen.add(key);
  });
  return out;
}

// ── Roadmap (derived, never stored) ──────────────────────────────────────────────────────

export type RoadmapCell = { year: number; dimensionCode: string; programs: number; budget: number };

/**
 * The peta jalan: for every year of the period and every dimension, how many programs run
 * that year and their budget of that year. Derived from program years only.
 */
export function roadmap(
  period: Period,
  dimensionCodes: readonly string[],
  programs: ReadonlyArray<{
    dimensionCode: string;
    startYear: number;
    endYear: number;
    budgets: readonly BudgetLine[];
  }>,
): RoadmapCell[] {
  const cells: RoadmapCell[] = [];
  for (let year = period.periodStart; year <= period.periodEnd; year++) {
    for (const dimensionCode of dimensionCodes) {
      const running = programs.filter(
        (p) => p.dimensionCode === dimensionCode && p.startYear <= year && year <= p.endYear,
      );
      const budget = programs
        .filter((p) => p.dimensionCode === dimensionCode)
        .reduce((s, p) => s + p.budgets.filter((b) => b.year === year).reduce((t, b) => t + b.amount, 0), 0);
      cells.push({ year, dimensionCode, programs: running.length, budget });
    }
  }
  return cells;
}
