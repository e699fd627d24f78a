import { asc, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { fileTypeFromBuffer } from "file-type";
import { CsvError, parseCsv } from "../../../domain/csv-parse";
import type { ProgramCreate } from "../../../domain/masterplan-api";
import type { ImportRowIssue } from "../../../domain/masterplan-review";
import {
  columnOfField,
  headerOf,
  IMPORT_COLUMNS,
  type ImportCells,
  mapHeader,
  rowToProgram,
} from "../../../domain/program-import";
import type { Actor } from "../../../domain/roles";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { opd, program, programActionStep, programBudget } from "../../db/schema/index";
import { AppError } from "../../errors";
import { programPolicy } from "../../policies/masterplan";
import { ownedRes } from "../../presenters/masterplan";
import { lockDraftPlan, type PlanRow } from "./load";
import { planFramework } from "./plan-facts";
import { auditFields, programPlanIssues } from "./program-rules";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 2000;
const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const SHEET = "Program";

const notAllowed = (detected: string | null) => new AppError("import_type_not_allowed", { detected });

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("result" in v) return cellText((v.result ?? null) as ExcelJS.CellValue);
    if ("text" in v) return String(v.text);
    if ("error" in v) return "";
  }
  return String(v);
}

/** The rows of an upload as text cells, judged by its bytes: XLSX (the sheet "Program" or the first one) or UTF-8 CSV. */
export async function readSheet(buffer: Buffer): Promise<string[][]> {
  if (buffer.length > MAX_IMPORT_BYTES) throw new AppError("import_too_large", { maxBytes: MAX_IMPORT_BYTES });
  const detected = await fileTypeFromBuffer(buffer);
  if (detected) {
    if (detected.mime !== XLSX_MIME) throw notAllowed(detected.mime);
    const wb = new ExcelJS.Workbook();
    try {
      await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    } catch {
      throw notAllowed(detected.mime);
    }
    const ws = wb.getWorksheet(SHEET) ?? wb.worksheets[0];
    if (!ws) return [];
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const values = row.values as ExcelJS.CellValue[];
      rows[n - 1] = values.slice(1).map(cellText);
    });
    return Array.from(rows, (r) => r ?? []);
  }
  // No binary signature: only text that is valid UTF-8 without NUL bytes is taken as CSV.
  if (buffer.includes(0)) throw notAllowed(null);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(buffer);
  } catch {
    throw notAllowed(null);
  }
  try {
    return parseCsv(text);
  } catch (err) {
    if (err instanceof CsvError)
      throw new AppError("import_invalid", { rows: [{ row: 1, column: "", value: null, message: err.message }] });
    throw err;
  }
}

/**
 * Every row of the sheet checked as POST /programs would check it (schema, framework,
 * period and term, OPD of the region, APBD code) and as the actor may add it (an OPD
 * contributor only for their own OPD). Returns the programs, or throws 422 `import_invalid`
 * listing every problem by row, column and value.
 */
export async function validateImport(
  db: Db,
  opts: { plan: PlanRow; actor: Actor; rows: string[][] },
): Promise<Array<{ row: number; program: ProgramCreate }>> {
  const { plan, actor } = opts;
  const [header = [], ...body] = opts.rows;
  const { index, issues } = mapHeader(header);
  if (issues.length) throw new AppError("import_invalid", { rows: issues });
  const [dims, opds] = await Promise.all([
    planFramework(db, plan),
    db.select({ id: opd.id, abbreviation: opd.abbreviation }).from(opd).where(eq(opd.regionCode, plan.regionCode)),
  ]);
  const byAbbreviation = new Map(opds.map((o) => [o.abbreviation.trim().toLowerCase().replace(/\s+/g, " "), o.id]));
  const all: ImportRowIssue[] = [];
  const out: Array<{ row: number; program: ProgramCreate }> = [];
  body.forEach((cellsRaw, i) => {
    const rowNumber = i + 2;
    if (cellsRaw.every((c) => !c.trim())) return;
    const cells: ImportCells = {};
    for (const c of IMPORT_COLUMNS) {
      const at = index[c.key];
      if (at !== undefined) cells[c.key] = cellsRaw[at] ?? "";
    }
    const { program: p, issues: rowIssues } = rowToProgram(rowNumber, cells, byAbbreviation);
    all.push(...rowIssues);
    if (!p) return;
    const planIssues = programPlanIssues(dims, plan, p);
    for (const pi of planIssues) {
      const key = columnOfField(pi.field);
      all.push({ row: rowNumber, column: headerOf(key), value: cells[key]?.trim() || null, message: pi.message });
    }
    if (!programPolicy.can(actor, "update", ownedRes(plan, p.ownerOpdId)))
      all.push({
        row: rowNumber,
        column: headerOf("ownerOpd"),
        value: cells.ownerOpd?.trim() || null,
        message: "Anda hanya dapat mengimpor program milik OPD Anda sendiri",
      });
    if (!planIssues.length) out.push({ row: rowNumber, program: p });
  });
  if (!all.length && !out.length)
    all.push({ row: 2, column: headerOf("name"), value: null, message: "Berkas tidak berisi baris program" });
  if (out.length > MAX_IMPORT_ROWS)
    all.push({
      row: MAX_IMPORT_ROWS + 2,
      column: "",
      value: null,
      message: `Paling banyak ${MAX_IMPORT_ROWS} program sekali impor`,
    });
  if (all.length) throw new AppError("import_invalid", { rows: all.sort((a, b) => a.row - b.row) });
  return out;
}

/** Stores all programs of an import in one transaction, each audited like an added program, or none. */
export async function importPrograms(
  db: Db,
  opts: { plan: PlanRow; programs: ProgramCreate[]; fileName: string; ctx: RequestContext },
) {
  const { plan } = opts;
  return db.transaction(async (tx) => {
    await lockDraftPlan(tx, plan.id);
    const ids: number[] = [];
    const budgets: Array<typeof programBudget.$inferInsert> = [];
    const steps: Array<typeof programActionStep.$inferInsert> = [];
    for (const input of opts.programs) {
      const { budgets: b, actionPlan, ...fields } = input;
      const [row] = await tx
        .insert(program)
        .values({ ...fields, masterplanId: plan.id })
        .returning({ id: program.id });
      if (!row) throw new Error("program insert failed");
      ids.push(row.id);
      budgets.push(...b.map((x) => ({ ...x, programId: row.id })));
      steps.push(...actionPlan.map((s, order) => ({ programId: row.id, year: s.year, step: s.step, order })));
      await recordAudit(tx, opts.ctx, {
        action: "program.created",
        entityType: "program",
        entityId: row.id,
        regionCode: plan.regionCode,
        links: { masterplanId: plan.id },
        after: { ...auditFields(input), importedFrom: opts.fileName },
      });
    }
    // Children in bounded batches (PostgreSQL allows 65,535 parameters per statement).
    for (let i = 0; i < budgets.length; i += 5000) await tx.insert(programBudget).values(budgets.slice(i, i + 5000));
    for (let i = 0; i < steps.length; i += 5000) await tx.insert(programActionStep).values(steps.slice(i, i + 5000));
    await recordAudit(tx, opts.ctx, {
      action: "masterplan.programs_imported",
      entityType: "masterplan",
      entityId: plan.id,
      regionCode: plan.regionCode,
      links: { masterplanId: plan.id },
      after: { fileName: opts.fileName, count: ids.length, programIds: ids },
    });
    return ids;
  });
}

/** The import template: headers and one example row, and a reference sheet of the plan's codes and the region's OPDs. */
export async function importTemplate(db: Db, plan: PlanRow): Promise<Buffer> {
  const [dims, opds] = await Promise.all([
    planFramework(db, plan),
    db
      .select({ abbreviation: opd.abbreviation, name: opd.name })
      .from(opd)
      .where(eq(opd.regionCode, plan.regionCode))
      .orderBy(asc(opd.abbreviation)),
  ]);
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kota Cerdas";
  const ws = wb.addWorksheet(SHEET);
  ws.columns = IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: Math.max(16, c.header.length + 4) }));
  ws.getRow(1).font = { bold: true };
  const firstDim = dims[0];
  const firstEl = firstDim?.elements[0];
  const y = plan.periodStart;
  ws.addRow({
    dimensionCode: firstDim?.code ?? "",
    elementCode: firstEl?.code ?? "",
    name: "Contoh: Mal Pelayanan Publik Digital",
    description: "Hapus baris contoh ini sebelum mengimpor",
    ownerOpd: opds[0]?.abbreviation ?? "",
    supportingOpds: opds
      .slice(1, 3)
      .map((o) => o.abbreviation)
      .join(", "),
    term: "menengah",
    startYear: y,
    endYear: y + 2,
    budgets: `${y}:APBD:1.000.000.000; ${y + 1}:APBN:500.000.000`,
    apbdCode: "2.16.02.1.01",
    rpjmdReference: "",
    innovation: "",
    priority: 1,
    actionPlan: `${y}: Kajian kebutuhan; ${y + 1}: Pembangunan aplikasi`,
  });
  const ref = wb.addWorksheet("Referensi");
  ref.addRow(["Petunjuk kolom"]).font = { bold: true };
  for (const c of IMPORT_COLUMNS)
    ref.addRow([c.header, `${c.required ? "wajib" : "opsional"}${c.hint ? `; ${c.hint}` : ""}`]);
  ref.addRow([]);
  ref.addRow(["Kode Dimensi", "Dimensi", "Kode Elemen", "Elemen"]).font = { bold: true };
  for (const d of dims) for (const e of d.elements) ref.addRow([d.code, d.nameId, e.code, e.nameId]);
  ref.addRow([]);
  ref.addRow(["Singkatan OPD", "Nama OPD"]).font = { bold: true };
  for (const o of opds) ref.addRow([o.abbreviation, o.name]);
  ref.columns.forEach((col) => {
    col.width = 32;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
