import { describe, expect, it } from "vitest";
import { csvLine, safeCell } from "./csv";

describe("CSV cells", () => {
  it("defuses spreadsheet formulas", () => {
    expect(safeCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(safeCell("+62 812")).toBe("'+62 812");
    expect(safeCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(safeCell("Dinas Kesehatan")).toBe("Dinas Kesehatan");
  });
  it("writes objects as JSON and empty values as nothing, quoting commas", () => {
    expect(csvLine([null, { a: [1, 2] }, "Badan, Daerah"])).toBe(',"{""a"":[1,2]}","Badan, Daerah"\n');
  });
});
