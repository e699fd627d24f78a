import { type BudgetLine, FUNDING_SOURCES, type FundingSource, type Term, termOf } from "../../../../domain/masterplan";
import { parseRupiah, type RupiahLanguage } from "../../../../domain/rupiah";

/** The fields of a program the table edits in place, as last read from the server. */
export type EditableProgram = {
  name: string;
  ownerOpdId: number | null;
  startYear: number;
  endYear: number;
  priority: number;
  budgets: BudgetLine[];
  actionPlan: Array<{ year: number; step: string }>;
  version: number;
};

/** What the person typed in a row: only the fields they touched; `amounts` holds the typed text per year. */
export type InlineDraft = {
  name?: string;
  ownerOpdId?: number | null;
  startYear?: number;
  endYear?: number;
  priority?: number;
  amounts: Record<number, string>;
};

/** The body of a PATCH /api/programs/:id from the table: the changed fields and the version read. */
export type InlinePatch = {
  name?: string;
  ownerOpdId?: number | null;
  startYear?: number;
  endYear?: number;
  term?: Term;
  priority?: number;
  budgets?: BudgetLine[];
  actionPlan?: Array<{ year: number; step: string }>;
  version: number;
};

/** One year's budget in the editor; a year funded from several sources is edited in the full form only. */
export type YearCell = { year: number; amount: number | null; sources: FundingSource[]; editable: boolean };

const byYearSource = (a: BudgetLine, b: BudgetLine) =>
  a.year - b.year || FUNDING_SOURCES.indexOf(a.source) - FUNDING_SOURCES.indexOf(b.source);

/**
 * The years the editor shows: the program's years, any other year that still carries a budget
 * line, and the years the person typed into (so a typed amount never disappears from view).
 */
export function yearCells(
  budgets: readonly BudgetLine[],
  startYear: number,
  endYear: number,
  typedYears: readonly number[] = [],
): YearCell[] {
  const years = new Set<number>(typedYears);
  for (let y = startYear; y <= endYear; y++) years.add(y);
  for (const b of budgets) years.add(b.year);
  return [...years]
    .sort((a, b) => a - b)
    .map((year) => {
      const lines = budgets.filter((b) => b.year === year);
      return {
        year,
        amount: lines.length ? lines.reduce((s, b) => s + b.amount, 0) : null,
        sources: lines.map((b) => b.source),
        editable: lines.length <= 1,
      };
    });
}

/** The source a new year's line takes: the program's most used source, APBD when it has none. */
export function defaultSource(budgets: readonly BudgetLine[]): FundingSource {
  const counts = new Map<FundingSource, number>();
  for (const b of budgets) counts.set(b.source, (counts.get(b.source) ?? 0) + 1);
  let best: FundingSource = "APBD";
  let most = 0;
  for (const s of FUNDING_SOURCES) {
    const n = counts.get(s) ?? 0;
    if (n > most) [best, most] = [s, n];
  }
  return best;
}

/**
 * The budget lines after the typed amounts: a blank year loses its line, a typed amount
 * replaces that year's single line or adds one. Years whose text is not an amount are
 * listed in `invalid` and keep their line as it was.
 */
export function applyAmounts(
  budgets: readonly BudgetLine[],
  amounts: Record<number, string>,
  lang: RupiahLanguage,
): { budgets: BudgetLine[]; invalid: number[] } {
  const out = budgets.map((b) => ({ ...b }));
  const invalid: number[] = [];
  const source = defaultSource(budgets);
  for (const [key, text] of Object.entries(amounts)) {
    const year = Number(key);
    const lines = out.filter((b) => b.year === year);
    if (lines.length > 1) continue;
    if (text.trim() === "") {
      const at = out.findIndex((b) => b.year === year);
      if (at >= 0) out.splice(at, 1);
      continue;
    }
    const amount = parseRupiah(text, lang);
    if (amount === null) invalid.push(year);
    else if (lines[0]) lines[0].amount = amount;
    else out.push({ year, source, amount });
  }
  return { budgets: out.sort(byYearSource), invalid };
}

const sameBudgets = (a: readonly BudgetLine[], b: readonly BudgetLine[]) =>
  JSON.stringify([...a].sort(byYearSource)) === JSON.stringify([...b].sort(byYearSource));

/**
 * The PATCH body for a draft on top of the program as read; `null` when nothing changed.
 * Changed years carry the term they imply and the action plan, so the server checks the
 * steps and budgets against the new years.
 */
export function inlinePatch(
  base: EditableProgram,
  draft: InlineDraft,
  periodStart: number,
  lang: RupiahLanguage,
): { patch: InlinePatch | null; invalid: number[] } {
  const patch: InlinePatch = { version: base.version };
  if (draft.name !== undefined && draft.name.trim() !== base.name) patch.name = draft.name.trim();
  if (draft.ownerOpdId !== undefined && draft.ownerOpdId !== base.ownerOpdId) patch.ownerOpdId = draft.ownerOpdId;
  if (draft.priority !== undefined && draft.priority !== base.priority) patch.priority = draft.priority;
  const startYear = draft.startYear ?? base.startYear;
  const endYear = draft.endYear ?? base.endYear;
  const yearsChanged = startYear !== base.startYear || endYear !== base.endYear;
  if (yearsChanged) {
    Object.assign(patch, { startYear, endYear, term: termOf(startYear, endYear, periodStart) });
    patch.actionPlan = base.actionPlan;
  }
  const { budgets, invalid } = applyAmounts(base.budgets, draft.amounts, lang);
  if (yearsChanged || !sameBudgets(budgets, base.budgets)) patch.budgets = budgets;
  if (invalid.length) return { patch: null, invalid };
  return { patch: Object.keys(patch).length > 1 ? patch : null, invalid };
}

/**
 * The part of a draft that differs from the program it started from, so that after a
 * conflict it can be applied again on the newer program without undoing other people's changes.
 */
export function changesOf(original: EditableProgram, draft: InlineDraft, lang: RupiahLanguage): InlineDraft {
  const out: InlineDraft = { amounts: {} };
  if (draft.name !== undefined && draft.name.trim() !== original.name) out.name = draft.name;
  if (draft.ownerOpdId !== undefined && draft.ownerOpdId !== original.ownerOpdId) out.ownerOpdId = draft.ownerOpdId;
  if (draft.priority !== undefined && draft.priority !== original.priority) out.priority = draft.priority;
  if (draft.startYear !== undefined && draft.startYear !== original.startYear) out.startYear = draft.startYear;
  if (draft.endYear !== undefined && draft.endYear !== original.endYear) out.endYear = draft.endYear;
  const before = yearCells(original.budgets, original.startYear, original.endYear);
  for (const [key, text] of Object.entries(draft.amounts)) {
    const was = before.find((c) => c.year === Number(key))?.amount ?? null;
    const now = text.trim() === "" ? null : parseRupiah(text, lang);
    if (now !== was) out.amounts[Number(key)] = text;
  }
  return out;
}

/** The editor cell a 422 issue belongs to: "name", "owner", "years", "priority", "budget:<year>", else "row". */
export function cellOfIssue(path: string, sentBudgets: readonly BudgetLine[] = []): string {
  const [head, index] = path.split(".");
  if (head === "name") return "name";
  if (head === "ownerOpdId") return "owner";
  if (head === "startYear" || head === "endYear" || head === "term") return "years";
  if (head === "priority") return "priority";
  if (head === "budgets") {
    const line = index === undefined ? undefined : sentBudgets[Number(index)];
    return line ? `budget:${line.year}` : "row";
  }
  return "row";
}
