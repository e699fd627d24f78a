import { describe, expect, it } from "vitest";
import { codeKey } from "./indicator-api";
import {
  nextRealisationStatus,
  parseDecimal,
  passedYears,
  progressProblems,
  realisationYearProblem,
  realisationYears,
  yearValue,
} from "./monitoring";
import {
  cellsOf,
  mapColumns,
  type PlanLookup,
  PROGRESS_COLUMNS,
  ProgressRowChecker,
  REALISATION_COLUMNS,
  RealisationRowChecker,
} from "./monitoring-import";

const OWN_OPD = 7;
const programs = [
  { id: 1, code: "P-01", ownerOpdId: OWN_OPD, startYear: 2024, endYear: 2026 },
  { id: 2, code: "P-02", ownerOpdId: 9, startYear: 2024, endYear: 2033 },
];
const lookup = (verified: string[] = []): PlanLookup => ({
  period: { periodStart: 2024, periodEnd: 2033 },
  program: (code) => programs.find((p) => codeKey(p.code) === code),
  programIndicator: (programId, code) =>
    programId === 1 && code === codeKey("EC: ICT: ICT: 1C") ? { id: 11, unit: "% rumah tangga" } : undefined,
  mayEnter: (opd) => opd === OWN_OPD,
  existingRealisation: (pi, year, sem) => (verified.includes(`${pi}:${year}:${sem}`) ? "verified" : undefined),
});

const row = (over: Record<string, string> = {}) => ({
  programCode: "P-01",
  indicatorCode: "EC: ICT: ICT: 1C",
  unit: "% rumah tangga",
  year: "2025",
  semester: "",
  value: "72,5",
  note: "",
  ...over,
});

describe("realisation rows", () => {
  it("reads a good row, with codes compared without case or spaces and an Indonesian decimal", () => {
    const c = new RealisationRowChecker(lookup(), 2033);
    expect(c.check(2, row({ programCode: "p-01", indicatorCode: "ec:ict:ict:1c" }))).toEqual({
      row: 2,
      programIndicatorId: 11,
      year: 2025,
      semester: null,
      value: 72.5,
      note: "",
    });
    expect(c.issues).toEqual([]);
  });

  it("skips a row without a value, so an untouched template row is no error", () => {
    expect(new RealisationRowChecker(lookup(), 2033).check(2, row({ value: "" }))).toBe("skip");
  });

  it("names row, column, value and an Indonesian message for each problem", () => {
    const c = new RealisationRowChecker(lookup(), 2033);
    expect(c.check(2, row({ unit: "persen" }))).toBeNull();
    expect(c.check(3, row({ year: "2040" }))).toBeNull();
    expect(c.check(4, row({ programCode: "P-99" }))).toBeNull();
    expect(c.check(5, row({ value: "tujuh puluh" }))).toBeNull();
    expect(c.check(6, row({ year: "20x5" }))).toBeNull();
    expect(c.check(7, row({ indicatorCode: "XX-1" }))).toBeNull();
    expect(c.check(8, row({ semester: "3" }))).toBeNull();
    expect(c.issues).toEqual([
      {
        row: 2,
        column: "Satuan",
        value: "persen",
        message: 'Satuan "persen" tidak sesuai; indikator ini bersatuan "% rumah tangga"',
      },
      { row: 3, column: "Tahun", value: "2040", message: "Tahun 2040 di luar periode masterplan 2024–2033" },
      { row: 4, column: "Kode Program", value: "P-99", message: 'Kode program "P-99" tidak ada dalam masterplan ini' },
      { row: 5, column: "Realisasi", value: "tujuh puluh", message: 'Realisasi "tujuh puluh" bukan angka' },
      { row: 6, column: "Tahun", value: "20x5", message: 'Tahun "20x5" bukan tahun empat angka' },
      { row: 7, column: "Kode Indikator", value: "XX-1", message: 'Indikator "XX-1" bukan indikator program P-01' },
      { row: 8, column: "Semester", value: "3", message: "Semester harus 1, 2 atau kosong (setahun)" },
    ]);
  });

  it("refuses duplicate rows, another OPD's program and values already verified", () => {
    const c = new RealisationRowChecker(lookup(["11:2024:null"]), 2033);
    expect(c.check(2, row())).not.toBeNull();
    expect(c.check(3, row({ value: "80" }))).toBeNull();
    expect(c.check(4, row({ programCode: "P-02" }))).toBeNull();
    expect(c.check(5, row({ year: "2024" }))).toBeNull();
    expect(c.issues.map((i) => [i.row, i.message])).toEqual([
      [3, "Baris ganda: nilai ini sudah ada pada baris 2"],
      [4, "Program P-02 milik OPD lain; Anda hanya dapat mengisi program OPD Anda"],
      [5, "Realisasi ini sudah diverifikasi; minta koordinator mengembalikannya dulu"],
    ]);
  });

  it("tells periods apart by year and semester over the whole plan period, whatever the codes' spelling", () => {
    const c = new RealisationRowChecker(lookup(), 2033);
    const ok = (r: number, over: Record<string, string>) => expect(c.check(r, row(over))).not.toBeNull();
    ok(2, { year: "2024" });
    ok(3, { year: "2024", semester: "1" });
    ok(4, { year: "2024", semester: "2" });
    ok(5, { year: "2033", semester: "2" });
    ok(6, { year: "2025" });
    // The same periods again, written differently: each is a duplicate of its first row.
    expect(c.check(7, row({ year: "2024", semester: "1", programCode: " p-01 " }))).toBeNull();
    expect(c.check(8, row({ year: "2033", semester: "2", indicatorCode: "ec:ict:ict:1c" }))).toBeNull();
    expect(c.check(9, row({ year: "2024", unit: "% Rumah  Tangga" }))).toBeNull();
    // A row with a problem does not take its period: the corrected row after it is not a duplicate.
    expect(c.check(10, row({ year: "2026", value: "abc" }))).toBeNull();
    ok(11, { year: "2026" });
    expect(c.issues.map((i) => [i.row, i.message])).toEqual([
      [7, "Baris ganda: nilai ini sudah ada pada baris 3"],
      [8, "Baris ganda: nilai ini sudah ada pada baris 5"],
      [9, "Baris ganda: nilai ini sudah ada pada baris 2"],
      [10, 'Realisasi "abc" bukan angka'],
    ]);
  });

  it("refuses realisations of years that have not begun, and allows this year's interim value", () => {
    const c = new RealisationRowChecker(lookup(), 2026);
    expect(c.check(2, row({ year: "2026", semester: "1" }))).not.toBeNull();
    expect(c.check(3, row({ year: "2027" }))).toBeNull();
    // The refused row does not take its period.
    expect(c.check(4, row({ year: "2027", semester: "" }))).toBeNull();
    expect(c.issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [3, "Tahun", "Tahun 2027 belum berjalan; realisasi hanya untuk tahun 2026 dan sebelumnya"],
      [4, "Tahun", "Tahun 2027 belum berjalan; realisasi hanya untuk tahun 2026 dan sebelumnya"],
    ]);
    expect(realisationYearProblem(2034, { periodStart: 2024, periodEnd: 2033 }, 2040)).toMatch(/di luar periode/);
    expect(realisationYears([2025, 2026, 2027], 2026)).toEqual([2025, 2026]);
  });

  it("reports an unknown program code on every row that uses it, not only the first", () => {
    const c = new RealisationRowChecker(lookup(), 2033);
    expect(c.check(2, row({ programCode: "P-77" }))).toBeNull();
    expect(c.check(3, row({ programCode: "P-77", year: "2026" }))).toBeNull();
    expect(c.check(4, row({ indicatorCode: "X-1" }))).toBeNull();
    expect(c.check(5, row({ indicatorCode: "X-1", year: "2026" }))).toBeNull();
    expect(c.issues.map((i) => [i.row, i.column])).toEqual([
      [2, "Kode Program"],
      [3, "Kode Program"],
      [4, "Kode Indikator"],
      [5, "Kode Indikator"],
    ]);
  });

  it("maps header names to columns and reports missing required ones on row 1", () => {
    const { index, issues } = mapColumns(REALISATION_COLUMNS, ["Kode Program", "kode indikator", "Tahun", "Realisasi"]);
    expect(index).toEqual({ programCode: 0, indicatorCode: 1, year: 2, value: 3 });
    expect(issues).toEqual([
      { row: 1, column: "Satuan", value: null, message: 'Kolom "Satuan" tidak ditemukan pada baris judul' },
    ]);
    expect(cellsOf(index, [" P-01 ", "X", "2025"])).toEqual({
      programCode: "P-01",
      indicatorCode: "X",
      year: "2025",
      value: "",
    });
  });
});

describe("progress rows", () => {
  const prow = (over: Record<string, string> = {}) => ({
    programCode: "P-01",
    year: "2025",
    status: "Sesuai jadwal",
    physicalProgress: "45,5",
    budgetAllocated: "Rp 1.000.000.000",
    budgetRealised: "400000000",
    note: "",
    ...over,
  });

  it("reads Indonesian status words and Rupiah amounts", () => {
    const c = new ProgressRowChecker(lookup());
    expect(c.check(2, prow())).toMatchObject({
      programId: 1,
      status: "on_track",
      physicalProgress: 45.5,
      budgetAllocated: 1_000_000_000,
      budgetRealised: 400_000_000,
    });
    expect(c.check(3, prow({ year: "2026", status: "selesai", physicalProgress: "100" }))).toMatchObject({
      status: "done",
    });
  });

  it("refuses years outside the program, done below 100 %, realised above the allocation and duplicates", () => {
    const c = new ProgressRowChecker(lookup());
    expect(c.check(2, prow({ year: "2028" }))).toBeNull();
    expect(c.check(3, prow({ status: "selesai", physicalProgress: "80" }))).toBeNull();
    expect(c.check(4, prow({ budgetRealised: "2.000.000.000" }))).toBeNull();
    expect(c.check(5, prow({ status: "jalan" }))).toBeNull();
    expect(c.check(6, prow())).not.toBeNull();
    expect(c.check(7, prow())).toBeNull();
    expect(c.check(8, prow({ status: "", physicalProgress: "", budgetAllocated: "", budgetRealised: "" }))).toBe(
      "skip",
    );
    expect(c.issues.map((i) => [i.row, i.column, i.message])).toEqual([
      [2, "Tahun", "Program ini berjalan 2024–2026"],
      [3, "Progres Fisik (%)", "Program yang selesai progres fisiknya 100%"],
      [4, "Realisasi Anggaran (Rp)", "Realisasi anggaran tidak boleh melebihi pagu"],
      [5, "Status", "Status harus belum mulai, sesuai jadwal, terlambat, selesai atau dibatalkan"],
      [7, "Tahun", "Baris ganda: program P-01 tahun 2025 sudah ada pada baris 6"],
    ]);
    expect(PROGRESS_COLUMNS.filter((col) => col.required).map((col) => col.header)).toEqual([
      "Kode Program",
      "Tahun",
      "Status",
    ]);
  });
});

describe("monitoring rules", () => {
  it("reads numbers the Indonesian way when there is a comma, the spreadsheet way otherwise", () => {
    expect(parseDecimal("1.234,5")).toBe(1234.5);
    expect(parseDecimal("3,10")).toBe(3.1);
    expect(parseDecimal("1234.5")).toBe(1234.5);
    expect(parseDecimal("-2")).toBe(-2);
    expect(parseDecimal("")).toBeUndefined();
    expect(parseDecimal("12%")).toBeNaN();
    expect(parseDecimal("1,2,3")).toBeNaN();
  });

  it("counts the whole-year value, else semester 2, never a returned one", () => {
    const v = (semester: number | null, value: number, status = "entered" as const) => ({
      year: 2025,
      semester,
      value,
      status,
    });
    expect(yearValue([v(1, 10), v(2, 20)], 2025)?.value).toBe(20);
    expect(yearValue([v(2, 20), v(null, 30)], 2025)?.value).toBe(30);
    expect(yearValue([v(1, 10)], 2025)).toBeNull();
    expect(yearValue([{ ...v(null, 30), status: "returned" }, v(2, 20)], 2025)?.value).toBe(20);
  });

  it("moves realisations entered → returned → entered → verified, and never edits a verified one", () => {
    expect(nextRealisationStatus("entered", "return")).toBe("returned");
    expect(nextRealisationStatus("returned", "edit")).toBe("entered");
    expect(nextRealisationStatus("entered", "verify")).toBe("verified");
    expect(nextRealisationStatus("verified", "edit")).toBeNull();
    expect(nextRealisationStatus("returned", "verify")).toBeNull();
  });

  it("knows which years have passed and what progress is inconsistent", () => {
    expect(passedYears({ from: 2024, to: 2033 }, new Date("2026-11-22"))).toEqual([2024, 2025]);
    expect(passedYears({ from: 2027, to: 2033 }, new Date("2026-11-22"))).toEqual([]);
    expect(
      progressProblems({ status: "not_started", physicalProgress: 10, budgetAllocated: null, budgetRealised: 5 }),
    ).toEqual([{ field: "physicalProgress", message: "Program yang belum mulai progres fisiknya 0%" }]);
  });
});
