import type { z } from "zod";
import { FUNDING_SOURCES } from "./masterplan";
import { ProgramCreate } from "./masterplan-api";
import type { ImportRowIssue } from "./masterplan-review";

/** Columns of the program import template, in order, with their Indonesian headers. */
export const IMPORT_COLUMNS = [
  { key: "dimensionCode", header: "Kode Dimensi", required: true, hint: "mis. governance" },
  { key: "elementCode", header: "Kode Elemen", required: true, hint: "mis. governance.pelayanan-publik" },
  { key: "name", header: "Nama Program", required: true, hint: "" },
  { key: "description", header: "Uraian", required: false, hint: "" },
  { key: "ownerOpd", header: "OPD Penanggung Jawab", required: false, hint: "singkatan OPD" },
  { key: "supportingOpds", header: "OPD Pendukung", required: false, hint: "singkatan, dipisah koma" },
  { key: "term", header: "Jangka", required: true, hint: "pendek, menengah atau panjang" },
  { key: "startYear", header: "Tahun Mulai", required: true, hint: "" },
  { key: "endYear", header: "Tahun Selesai", required: true, hint: "" },
  { key: "budgets", header: "Anggaran", required: false, hint: "tahun:sumber:jumlah; … mis. 2024:APBD:1.000.000" },
  { key: "apbdCode", header: "Kode Nomenklatur APBD", required: false, hint: "mis. 2.16.02.1.01" },
  { key: "rpjmdReference", header: "Rujukan RPJMD/Renstra", required: false, hint: "" },
  { key: "innovation", header: "Catatan Inovasi", required: false, hint: "" },
  { key: "priority", header: "Prioritas", required: false, hint: "1 (tinggi) sampai 3; bawaan 2" },
  { key: "actionPlan", header: "Rencana Aksi", required: false, hint: "tahun: langkah; … mis. 2024: Kajian" },
] as const;
export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]["key"];
export type ImportCells = Partial<Record<ImportColumnKey, string>>;

/** The column header a field of the program body comes from. */
const FIELD_COLUMN: Record<string, ImportColumnKey> = {
  dimensionCode: "dimensionCode",
  elementCode: "elementCode",
  name: "name",
  description: "description",
  ownerOpdId: "ownerOpd",
  supportingOpdIds: "supportingOpds",
  term: "term",
  startYear: "startYear",
  endYear: "endYear",
  budgets: "budgets",
  apbdCode: "apbdCode",
  rpjmdReference: "rpjmdReference",
  innovation: "innovation",
  priority: "priority",
  actionPlan: "actionPlan",
};
export const headerOf = (key: ImportColumnKey) => IMPORT_COLUMNS.find((c) => c.key === key)?.header ?? key;
export const columnOfField = (field: string): ImportColumnKey => FIELD_COLUMN[field] ?? "name";

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

/**
 * Which column of the sheet holds which field, from the header row; unknown headers are ignored.
 * Returns the issues of missing required columns (row 1).
 */
export function mapHeader(header: string[]): {
  index: Partial<Record<ImportColumnKey, number>>;
  issues: ImportRowIssue[];
} {
  const index: Partial<Record<ImportColumnKey, number>> = {};
  header.forEach((h, i) => {
    const col = IMPORT_COLUMNS.find((c) => norm(c.header) === norm(h) || norm(c.key) === norm(h));
    if (col && index[col.key] === undefined) index[col.key] = i;
  });
  const issues = IMPORT_COLUMNS.filter((c) => c.required && index[c.key] === undefined).map((c) => ({
    row: 1,
    column: c.header,
    value: null,
    message: `Kolom "${c.header}" tidak ditemukan pada baris judul`,
  }));
  return { index, issues };
}

const TERM_WORDS: Record<string, string> = {
  pendek: "short",
  "jangka pendek": "short",
  short: "short",
  menengah: "medium",
  "jangka menengah": "medium",
  medium: "medium",
  panjang: "long",
  "jangka panjang": "long",
  long: "long",
};

const intOf = (s: string | undefined): number | undefined => {
  const v = (s ?? "").trim();
  if (!v) return undefined;
  return /^-?\d+$/.test(v) ? Number(v) : Number.NaN;
};

/**
 * One sheet row as the body of adding a program: OPD abbreviations become the region's OPD
 * ids, budgets and action steps are read from their compact cell formats, then the body goes
 * through the same schema as POST /programs. Every problem names the row, column and value.
 */
export function rowToProgram(
  rowNumber: number,
  cells: ImportCells,
  opdByAbbreviation: Map<string, number>,
): { program: ProgramCreate | null; issues: ImportRowIssue[] } {
  const issues: ImportRowIssue[] = [];
  const issue = (key: ImportColumnKey, message: string, value = cells[key] ?? null) =>
    issues.push({ row: rowNumber, column: headerOf(key), value: value || null, message });
  const opdId = (abbr: string, key: ImportColumnKey) => {
    const id = opdByAbbreviation.get(norm(abbr));
    if (id === undefined) issue(key, `OPD "${abbr.trim()}" tidak dikenal di wilayah ini`, abbr.trim());
    return id;
  };

  const ownerText = (cells.ownerOpd ?? "").trim();
  const ownerOpdId = ownerText ? (opdId(ownerText, "ownerOpd") ?? null) : null;
  const supportingOpdIds = (cells.supportingOpds ?? "")
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((abbr) => opdId(abbr, "supportingOpds"))
    .filter((id): id is number => id !== undefined);

  const termText = norm(cells.term ?? "");
  const term = termText ? (TERM_WORDS[termText] ?? termText) : undefined;

  const budgets: Array<{ year: number; source: string; amount: number }> = [];
  for (const part of (cells.budgets ?? "").split(/[;\n]/).map((s) => s.trim())) {
    if (!part) continue;
    const m = part.match(/^(\d{4})\s*[:\s]\s*([A-Za-z]+)\s*[:\s]\s*(?:Rp\.?\s*)?([\d.\s]+)$/i);
    const source = m?.[2]?.toUpperCase();
    if (!m || !source || !(FUNDING_SOURCES as readonly string[]).includes(source)) {
      issue(
        "budgets",
        `Anggaran "${part}" tidak terbaca; tulis tahun:sumber:jumlah, sumber ${FUNDING_SOURCES.join("/")}`,
        part,
      );
      continue;
    }
    budgets.push({ year: Number(m[1]), source, amount: Number((m[3] ?? "").replace(/[.\s]/g, "")) });
  }

  const actionPlan: Array<{ year: number; step: string }> = [];
  for (const part of (cells.actionPlan ?? "").split(/[;\n]/).map((s) => s.trim())) {
    if (!part) continue;
    const m = part.match(/^(\d{4})\s*[:\-–]\s*(.+)$/);
    if (!m) {
      issue("actionPlan", `Rencana aksi "${part}" tidak terbaca; tulis tahun: langkah`, part);
      continue;
    }
    actionPlan.push({ year: Number(m[1]), step: (m[2] ?? "").trim() });
  }

  const optional = (key: ImportColumnKey) => {
    const v = (cells[key] ?? "").trim();
    return v ? v : null;
  };
  const body = {
    dimensionCode: (cells.dimensionCode ?? "").trim(),
    elementCode: (cells.elementCode ?? "").trim(),
    name: cells.name ?? "",
    description: cells.description ?? "",
    ownerOpdId,
    supportingOpdIds,
    term,
    startYear: intOf(cells.startYear),
    endYear: intOf(cells.endYear),
    budgets,
    apbdCode: optional("apbdCode"),
    rpjmdReference: optional("rpjmdReference"),
    innovation: optional("innovation"),
    priority: intOf(cells.priority),
    actionPlan,
  };
  const parsed = ProgramCreate.safeParse(body);
  if (!parsed.success) {
    for (const zi of parsed.error.issues as z.core.$ZodIssue[]) {
      const key = columnOfField(String(zi.path[0] ?? "name"));
      issues.push({ row: rowNumber, column: headerOf(key), value: cells[key]?.trim() || null, message: zi.message });
    }
  }
  return { program: issues.length || !parsed.success ? null : parsed.data, issues };
}
