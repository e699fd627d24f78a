import { budgetByDimension, budgetByYear, FUNDING_SOURCES, programTotal } from "../../../domain/masterplan";
import { formatRupiah } from "../../../domain/rupiah";
import type { PrintPlan } from "../../services/documents/load-plan-for-print";
import type { ProgramRow } from "../../services/masterplans/load";
import { bold, type Cell, cell, type Table } from "../model";
import { opdText, termText, yearsText } from "./context";

/** The header text that marks a program table (tests and readers look for it). */
export const PROGRAM_TABLE_OWNER = "OPD Penanggung Jawab";

/** One row per program: number, code, name, owner OPD, years, term, indicative budget in Rupiah. */
export function programTable(pp: PrintPlan, programs: readonly ProgramRow[], caption?: string): Table {
  return {
    kind: "table",
    caption,
    size: "small",
    columns: [
      { width: 6, align: "center" },
      { width: 8, align: "center" },
      { width: 29 },
      { width: 14 },
      { width: 13, align: "center" },
      { width: 12, align: "center" },
      { width: 20, align: "right" },
    ],
    header: [
      ["No", "Kode", "Program", PROGRAM_TABLE_OWNER, "Tahun", "Jangka", "Anggaran Indikatif"].map((h) => cell(h)),
    ],
    rows: programs.map((p, i) => [
      cell(String(i + 1)),
      cell(p.code || "–"),
      cell(p.description ? [bold(p.name), { text: `\n${p.description}` }] : p.name),
      cell(opdText(pp, p.ownerOpdId)),
      cell(yearsText(p)),
      cell(termText(p.term)),
      cell(formatRupiah(programTotal(p.budgets))),
    ]),
  };
}

const total = (text: string, align?: Cell["align"]): Cell => cell([bold(text)], { shade: true, align });

/** Programs and indicative budget per dimension, with the total. */
export function budgetByDimensionTable(pp: PrintPlan, caption?: string): Table {
  const byDim = budgetByDimension(pp.programs);
  const sum = Object.values(byDim).reduce((s, v) => s + v, 0);
  return {
    kind: "table",
    caption,
    columns: [
      { width: 6, align: "center" },
      { width: 44 },
      { width: 18, align: "center" },
      { width: 32, align: "right" },
    ],
    header: [["No", "Dimensi", "Jumlah Program", "Anggaran Indikatif"].map((h) => cell(h))],
    rows: [
      ...pp.dimensions.map((d, i) => [
        cell(String(i + 1)),
        cell(d.nameId),
        cell(String(pp.programs.filter((p) => p.dimensionCode === d.code).length)),
        cell(formatRupiah(byDim[d.code] ?? 0)),
      ]),
      [
        { ...total("Jumlah", "center"), colSpan: 2 },
        total(String(pp.programs.length), "center"),
        total(formatRupiah(sum), "right"),
      ],
    ],
  };
}

/** Indicative budget per funding source (APBD, APBN, CSR, KPBU, other), with the total. */
export function budgetBySourceTable(pp: PrintPlan, caption?: string): Table {
  const bySource = new Map<string, number>();
  for (const p of pp.programs)
    for (const b of p.budgets) bySource.set(b.source, (bySource.get(b.source) ?? 0) + b.amount);
  const sum = [...bySource.values()].reduce((s, v) => s + v, 0);
  const label: Record<string, string> = {
    APBD: "APBD",
    APBN: "APBN",
    CSR: "CSR (tanggung jawab sosial perusahaan)",
    KPBU: "KPBU (kerja sama pemerintah dan badan usaha)",
    LAINNYA: "Sumber lain yang sah",
  };
  return {
    kind: "table",
    caption,
    columns: [{ width: 55 }, { width: 30, align: "right" }, { width: 15, align: "right" }],
    header: [["Sumber Dana", "Anggaran Indikatif", "Porsi"].map((h) => cell(h))],
    rows: [
      ...FUNDING_SOURCES.filter((s) => bySource.has(s)).map((s) => [
        cell(label[s] ?? s),
        cell(formatRupiah(bySource.get(s) ?? 0)),
        cell(sum ? `${(((bySource.get(s) ?? 0) / sum) * 100).toFixed(1).replace(".", ",")}%` : "–"),
      ]),
      [total("Jumlah"), total(formatRupiah(sum), "right"), total(sum ? "100%" : "–", "right")],
    ],
  };
}

/** Total per year in full Rupiah. */
export function yearTotalsTable(pp: PrintPlan, caption: string): Table {
  const byYear = budgetByYear(pp.programs);
  const rows: Cell[][] = [];
  for (let y = pp.plan.periodStart; y <= pp.plan.periodEnd; y++) {
    const running = pp.programs.filter((p) => p.startYear <= y && y <= p.endYear).length;
    rows.push([cell(String(y)), cell(String(running)), cell(formatRupiah(byYear[y] ?? 0))]);
  }
  const sum = Object.values(byYear).reduce((s, v) => s + v, 0);
  rows.push([{ ...total("Jumlah"), colSpan: 2 }, total(formatRupiah(sum), "right")]);
  return {
    kind: "table",
    caption,
    columns: [
      { width: 20, align: "center" },
      { width: 30, align: "center" },
      { width: 50, align: "right" },
    ],
    header: [["Tahun", "Program Berjalan", "Anggaran Indikatif"].map((h) => cell(h))],
    rows,
  };
}

/** The members of a governance body. */
export function membersTable(members: ReadonlyArray<{ name: string; position: string; role: string }>): Table {
  return {
    kind: "table",
    size: "small",
    columns: [{ width: 6, align: "center" }, { width: 30 }, { width: 40 }, { width: 24 }],
    header: [["No", "Nama", "Jabatan", "Peran"].map((h) => cell(h))],
    rows: members.map((m, i) => [cell(String(i + 1)), cell(m.name), cell(m.position), cell(m.role)]),
  };
}
