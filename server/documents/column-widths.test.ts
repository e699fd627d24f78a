import { describe, expect, it } from "vitest";
import { columnWidths } from "./column-widths";
import { cell, type DocumentModel, type Table } from "./model";
import { readPdf } from "./read-back";
import { renderPdf } from "./render-pdf";

// A table whose weights give the owner column too little room for its words.
const table: Table = {
  kind: "table",
  size: "small",
  columns: [{ width: 4 }, { width: 80 }, { width: 4 }, { width: 12 }],
  header: [["No", "Program", "Penanggungjawab", "Tahun"].map((h) => cell(h))],
  rows: [
    [cell("1"), cell("Pengembangan Layanan Kependudukan Terintegrasi"), cell("Disdukcapil"), cell("2025–2029")],
    [cell("2"), cell("Governance Digital"), cell("Diskominfo"), cell("2026")],
  ],
};

describe("table columns sized from their words", () => {
  it("gives each column at least its widest word and keeps the text width", () => {
    const widths = columnWidths(table, { textWidth: 439, fontSize: 8.5, padding: 6.5, typeface: "book" });
    expect(widths.reduce((s, w) => s + w, 0)).toBeCloseTo(439, 3);
    // The weights alone would give "Penanggungjawab" 17.6 pt; the bold word needs about 75.
    expect(widths[2]).toBeGreaterThan(60);
    expect(widths[1]).toBeGreaterThan(widths[2] ?? 0);
  });

  it("keeps the weights when even the widest words cannot fit side by side", () => {
    const wide: Table = { ...table, rows: [[cell("x".repeat(200)), cell("y".repeat(200)), cell("z"), cell("w")]] };
    const widths = columnWidths(wide, { textWidth: 439, fontSize: 8.5, padding: 6.5, typeface: "book" });
    expect(widths[0]).toBeCloseTo(439 * 0.04, 3);
  });

  it("prints a long word whole in a narrow column of the PDF", async () => {
    const model: DocumentModel = { meta: { title: "t", author: "a" }, body: [table] };
    const { text } = await readPdf(await renderPdf(model));
    expect(text.replace(/\s+/g, " ")).toContain("Penanggungjawab");
    expect(text).toContain("Disdukcapil");
  });
});
