import type { FundingSource, Term } from "../../../domain/masterplan";

/** One masterplan program as the demo enters it; OPDs are named by their abbreviation. */
export type ProgramSeed = {
  /** The demo's own handle, used by quick wins and comments. */
  key: string;
  /** Full element code of the framework, e.g. "governance.pelayanan-publik"; the dimension is its prefix. */
  element: string;
  name: string;
  description: string;
  owner: string;
  supporting?: readonly string[];
  term: Term;
  years: readonly [start: number, end: number];
  budgets: ReadonlyArray<{ year: number; source: FundingSource; amount: number }>;
  apbdCode?: string;
  rpjmdReference?: string;
  innovation?: string;
  priority?: 1 | 2 | 3;
  actionPlan: ReadonlyArray<readonly [year: number, step: string]>;
};

/** Yearly budget lines of one source from `firstYear` on, amounts given in millions of Rupiah. */
export function yearly(source: FundingSource, firstYear: number, millions: readonly number[]) {
  return millions.map((m, i) => ({ year: firstYear + i, source, amount: m * 1_000_000 }));
}

/** Narrative paragraphs as the editor stores them. */
export const paragraphs = (...texts: string[]) => texts.map((t) => `<p>${t}</p>`).join("");

/** A bulleted list inside a narrative. */
export const bullets = (...items: string[]) => `<ul>${items.map((i) => `<li>${i}</li>`).join("")}</ul>`;
