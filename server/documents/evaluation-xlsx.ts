import ExcelJS from "exceljs";
import type { ResultRow } from "../../domain/evaluation/api";
import { RESULT_DIMENSIONS } from "../../domain/evaluation/schemes";

const RESULT_LABELS: Record<(typeof RESULT_DIMENSIONS)[number], string> = {
  baseline: "Baseline",
  output: "Output",
  outcome: "Outcome",
  impact: "Impact",
  quick_win: "Quick Win",
};

/** The smart-city dimensions of the stored schemes, in their order, with their names. */
export type DimensionNames = ReadonlyArray<{ code: string; nameId: string }>;

/** Smart-city dimensions in scheme order, named as the schemes name them; unknown codes keep their code. */
function dimensionColumns(rows: ResultRow[], names: DimensionNames): Array<{ code: string; name: string }> {
  const named = new Map(names.map((d) => [d.code, d.nameId]));
  const used = new Set(rows.flatMap((r) => Object.keys(r.dimensions)));
  const known = [...named.keys()].filter((c) => used.has(c) || rows.length === 0);
  const extra = [...used].filter((c) => !named.has(c)).sort();
  return [...known, ...extra].map((code) => ({ code, name: named.get(code) ?? code }));
}

/** The national evaluation table as an XLSX workbook: one row per region and round, in the table's order. */
export async function evaluationResultsWorkbook(
  title: string,
  rows: ResultRow[],
  names: DimensionNames,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kota Cerdas";
  wb.title = title;
  const sheet = wb.addWorksheet("Hasil Evaluasi");
  const dims = dimensionColumns(rows, names);
  sheet.columns = [
    { header: "Peringkat nasional", key: "nationalRank", width: 11 },
    { header: "Peringkat provinsi", key: "provincialRank", width: 11 },
    { header: "Kode", key: "regionCode", width: 9 },
    { header: "Wilayah", key: "regionName", width: 30 },
    { header: "Provinsi", key: "provinceName", width: 24 },
    { header: "Angkatan", key: "cohortName", width: 16 },
    { header: "Tahun", key: "year", width: 8 },
    { header: "Tahap", key: "tahap", width: 7 },
    { header: "Indeks capaian", key: "index", width: 10 },
    ...RESULT_DIMENSIONS.map((r) => ({ header: RESULT_LABELS[r], key: `r_${r}`, width: 10 })),
    ...dims.map((d) => ({ header: d.name, key: `d_${d.code}`, width: 12 })),
    { header: "Indeks sebelumnya", key: "previousIndex", width: 11 },
    { header: "Peningkatan", key: "improvement", width: 11 },
    { header: "Peningkatan (%)", key: "improvementPercent", width: 11 },
    { header: "Jumlah asesor", key: "assessors", width: 9 },
  ];
  for (const r of rows) {
    sheet.addRow({
      ...r,
      nationalRank: r.nationalRank ?? "tidak diperingkat",
      provincialRank: r.provincialRank ?? "tidak diperingkat",
      cohortName: r.cohortName ?? "",
      ...Object.fromEntries(RESULT_DIMENSIONS.map((k) => [`r_${k}`, r.results[k] ?? null])),
      ...Object.fromEntries(dims.map((d) => [`d_${d.code}`, r.dimensions[d.code] ?? null])),
    });
  }
  const twoDecimals = ["index", ...RESULT_DIMENSIONS.map((r) => `r_${r}`), ...dims.map((d) => `d_${d.code}`)];
  for (const key of [...twoDecimals, "previousIndex", "improvement", "improvementPercent"])
    sheet.getColumn(key).numFmt = "0.00";
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: "top" };
  sheet.views = [{ state: "frozen", ySplit: 1, xSplit: 4 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
