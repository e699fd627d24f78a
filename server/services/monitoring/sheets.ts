import { and, asc, eq, inArray } from "drizzle-orm";
import ExcelJS from "exceljs";
import { LIGHT_LABELS } from "../../../domain/achievement";
import { PROGRESS_STATUS_LABELS, REALISATION_STATUS_LABELS, realisationYears } from "../../../domain/monitoring";
import { type ColumnDef, PROGRESS_COLUMNS, REALISATION_COLUMNS } from "../../../domain/monitoring-import";
import { QUICK_WIN_COLUMNS } from "../../../domain/monitoring-import-quick-wins";
import { seriesOf } from "../../../domain/monitoring-summary";
import type { Db } from "../../db/client";
import { opd, program, programProgress, quickWin, quickWinProgress } from "../../db/schema/index";
import { csvLine } from "../../presenters/csv";
import type { PlanRow } from "./load";
import { listProgramIndicators } from "./program-indicators";
import { reportableYears } from "./progress";

export type SheetKind = "realisations" | "progress" | "quick-wins";
export type SheetFilter = { year?: number; opdIds?: number[] };
type Cell = string | number | null;
type Extra = { key: string; header: string };

/** Columns an export adds after the template's (ignored when the file is imported back). */
const EXTRA: Record<SheetKind, Extra[]> = {
  realisations: [
    { key: "status", header: "Status Verifikasi" },
    { key: "achievement", header: "Capaian (%)" },
    { key: "light", header: "Kategori Capaian" },
  ],
  progress: [],
  "quick-wins": [],
};
const SHEET_NAME: Record<SheetKind, string> = {
  realisations: "Realisasi",
  progress: "Progres",
  "quick-wins": "Progres Quick Win",
};
const COLUMNS: Record<SheetKind, ReadonlyArray<ColumnDef<string>>> = {
  realisations: REALISATION_COLUMNS,
  progress: PROGRESS_COLUMNS,
  "quick-wins": QUICK_WIN_COLUMNS,
};

async function opdNames(db: Db, regionCode: string) {
  const rows = await db
    .select({ id: opd.id, abbreviation: opd.abbreviation })
    .from(opd)
    .where(eq(opd.regionCode, regionCode));
  return new Map(rows.map((o) => [o.id, o.abbreviation]));
}

const yearsOf = (plan: PlanRow, span: { from: number; to: number }, f: SheetFilter) =>
  reportableYears(plan, span).filter((y) => f.year === undefined || y === f.year);

/** One row per program indicator and year (plus any semester values stored), pre-filled with what is stored. */
async function realisationRows(db: Db, plan: PlanRow, f: SheetFilter): Promise<Array<Record<string, Cell>>> {
  const [programs, opds] = await Promise.all([
    db
      .select()
      .from(program)
      .where(and(eq(program.masterplanId, plan.id), f.opdIds ? inArray(program.ownerOpdId, f.opdIds) : undefined))
      .orderBy(asc(program.code)),
    opdNames(db, plan.regionCode),
  ]);
  const links = await listProgramIndicators(
    db,
    programs.map((p) => p.id),
  );
  const out: Array<Record<string, Cell>> = [];
  const thisYear = new Date().getUTCFullYear();
  for (const p of programs) {
    // Realisations are observed values: no rows for years that have not begun.
    const years = realisationYears(yearsOf(plan, { from: p.startYear, to: p.endYear }, f), thisYear);
    for (const l of links.filter((x) => x.link.programId === p.id)) {
      const targets = new Map(l.targets.map((t) => [t.year, t.value]));
      const points = seriesOf(
        { direction: l.indicator.direction, dimensionCode: null, targets, values: l.values },
        years,
      );
      for (const pt of points) {
        const base = {
          programCode: p.code,
          programName: p.name,
          opd: p.ownerOpdId ? (opds.get(p.ownerOpdId) ?? "") : "",
          indicatorCode: l.indicator.code,
          indicatorName: l.indicator.name,
          unit: l.indicator.unit,
          year: pt.year,
          target: pt.target,
        };
        for (const sem of [null, 1, 2]) {
          const o = l.values.find((v) => v.year === pt.year && v.semester === sem);
          if (sem !== null && !o) continue;
          // The achievement belongs to the year, on the row of the value that counts for it.
          const counts = pt.value !== null && pt.value.semester === sem;
          out.push({
            ...base,
            semester: sem,
            value: o?.value ?? null,
            note: o?.note ?? "",
            status: o ? REALISATION_STATUS_LABELS[o.status].id : "",
            achievement: counts ? pt.achievement.value : null,
            light: counts ? LIGHT_LABELS[pt.achievement.light].id : "",
          });
        }
      }
    }
  }
  return out;
}

type ProgressEntry = typeof programProgress.$inferSelect | typeof quickWinProgress.$inferSelect;

/** The progress cells of a template row, pre-filled from a stored entry when there is one. */
const progressCells = (e: ProgressEntry | undefined) => ({
  status: e ? PROGRESS_STATUS_LABELS[e.status].id : "",
  physicalProgress: e?.physicalProgress ?? null,
  budgetAllocated: e?.budgetAllocated ?? null,
  budgetRealised: e?.budgetRealised ?? null,
  note: e?.note ?? "",
});

/** One row per program and year it runs, pre-filled with the stored progress. */
async function progressRows(db: Db, plan: PlanRow, f: SheetFilter): Promise<Array<Record<string, Cell>>> {
  const [programs, opds] = await Promise.all([
    db
      .select()
      .from(program)
      .where(and(eq(program.masterplanId, plan.id), f.opdIds ? inArray(program.ownerOpdId, f.opdIds) : undefined))
      .orderBy(asc(program.code)),
    opdNames(db, plan.regionCode),
  ]);
  const ids = programs.map((p) => p.id);
  const stored = ids.length
    ? await db.select().from(programProgress).where(inArray(programProgress.programId, ids))
    : [];
  return programs.flatMap((p) =>
    yearsOf(plan, { from: p.startYear, to: p.endYear }, f).map((year) => ({
      programCode: p.code,
      programName: p.name,
      opd: p.ownerOpdId ? (opds.get(p.ownerOpdId) ?? "") : "",
      year,
      ...progressCells(stored.find((s) => s.programId === p.id && s.year === year)),
    })),
  );
}

/** One row per quick win and year from its year to the end of the plan, pre-filled with the stored progress. */
async function quickWinRows(db: Db, plan: PlanRow, f: SheetFilter): Promise<Array<Record<string, Cell>>> {
  const [wins, opds] = await Promise.all([
    db
      .select({ quickWin, programCode: program.code })
      .from(quickWin)
      .innerJoin(program, eq(program.id, quickWin.programId))
      .where(and(eq(quickWin.masterplanId, plan.id), f.opdIds ? inArray(quickWin.ownerOpdId, f.opdIds) : undefined))
      .orderBy(asc(program.code), asc(quickWin.year), asc(quickWin.id)),
    opdNames(db, plan.regionCode),
  ]);
  const ids = wins.map((w) => w.quickWin.id);
  const stored = ids.length
    ? await db.select().from(quickWinProgress).where(inArray(quickWinProgress.quickWinId, ids))
    : [];
  return wins.flatMap(({ quickWin: q, programCode }) =>
    yearsOf(plan, { from: q.year, to: plan.periodEnd }, f).map((year) => ({
      quickWinId: q.id,
      programCode,
      opd: q.ownerOpdId ? (opds.get(q.ownerOpdId) ?? "") : "",
      target: q.target,
      year,
      ...progressCells(stored.find((s) => s.quickWinId === q.id && s.year === year)),
    })),
  );
}

function columnsOf(kind: SheetKind, withExtra: boolean) {
  const base = COLUMNS[kind];
  return { base, all: [...base, ...(withExtra ? EXTRA[kind] : [])] as Array<{ key: string; header: string }> };
}

/** The rows of a template (`export: false`) or an export of a plan's realisations, program or quick-win progress. */
export async function sheetRows(db: Db, plan: PlanRow, kind: SheetKind, f: SheetFilter) {
  if (kind === "realisations") return realisationRows(db, plan, f);
  return kind === "progress" ? progressRows(db, plan, f) : quickWinRows(db, plan, f);
}

/** An XLSX workbook: the data sheet first (the importer reads it), then the instructions. */
export async function buildXlsx(
  kind: SheetKind,
  rows: Array<Record<string, Cell>>,
  opts: { export: boolean; title: string },
) {
  const { base, all } = columnsOf(kind, opts.export);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kota Cerdas";
  const ws = wb.addWorksheet(SHEET_NAME[kind]);
  ws.columns = all.map((c) => ({ header: c.header, key: c.key, width: Math.max(14, c.header.length + 4) }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  for (const r of rows) ws.addRow(r);
  // Columns only for reading are greyed so the person filling it knows where to type.
  all.forEach((c, i) => {
    const def = base.find((b) => b.key === c.key);
    if (!def || def.hint === "hanya dibaca")
      ws.getColumn(i + 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEFEFEF" } };
  });
  const help = wb.addWorksheet("Petunjuk");
  help.addRow([opts.title]).font = { bold: true };
  help.addRow([
    "Isi kolom yang tidak berwarna abu-abu. Baris tanpa nilai dilewati; semua baris disimpan atau tidak sama sekali.",
  ]);
  help.addRow([]);
  help.addRow(["Kolom", "Keterangan"]).font = { bold: true };
  for (const c of base) help.addRow([c.header, `${c.required ? "wajib" : "opsional"}${c.hint ? `; ${c.hint}` : ""}`]);
  help.columns.forEach((col) => {
    col.width = 40;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The same rows as CSV (UTF-8 with BOM so spreadsheet programs read the letters right). */
export function buildCsv(kind: SheetKind, rows: Array<Record<string, Cell>>, opts: { export: boolean }) {
  const { all } = columnsOf(kind, opts.export);
  const lines = [csvLine(all.map((c) => c.header)), ...rows.map((r) => csvLine(all.map((c) => r[c.key] ?? "")))];
  return Buffer.from(`\ufeff${lines.join("")}`, "utf8");
}
