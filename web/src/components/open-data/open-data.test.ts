import { describe, expect, it } from "vitest";
import { DATASET_KIND_DEFS } from "../../../../domain/open-data/kinds";
import { chartPlan, indicatorsOf, realisationSeries, sumSeries } from "./chart-data";
import { filterOf, validateDataSearch } from "./search";

describe("/data's search params", () => {
  it("reads a shared link and turns it into the API's search", () => {
    const search = validateDataSearch({
      q: " anggaran ",
      wilayah: "32.79",
      provinsi: "32",
      dimensi: "governance",
      tema: "REGI",
      format: "csv",
      jenis: "program_budgets",
      urutan: "judul",
      halaman: "3",
    });
    expect(search).toEqual({
      q: "anggaran",
      wilayah: "32.79",
      provinsi: "32",
      dimensi: "governance",
      tema: "REGI",
      format: "CSV",
      jenis: "program_budgets",
      urutan: "judul",
      halaman: 3,
    });
    expect(filterOf(search)).toMatchObject({
      publisher: "32.79",
      province: "32",
      sort: "title_asc",
      start: 40,
      rows: 20,
    });
  });

  it("drops what a hand-edited link gets wrong", () => {
    expect(validateDataSearch({ wilayah: "x", provinsi: "3", format: "PDF", jenis: "nope", halaman: "1" })).toEqual({
      q: undefined,
      wilayah: undefined,
      provinsi: undefined,
      dimensi: undefined,
      tema: undefined,
      format: undefined,
      jenis: undefined,
      urutan: undefined,
      halaman: undefined,
    });
    expect(validateDataSearch({ wilayah: "kementerian" }).wilayah).toBe("kementerian");
  });
});

describe("a dataset's chart by year", () => {
  it("picks the plan from the data dictionary", () => {
    const plan = (kind: keyof typeof DATASET_KIND_DEFS) => chartPlan(kind, DATASET_KIND_DEFS[kind].columns);
    expect(plan("indicator_realisations")).toEqual({ mode: "realisations", year: "tahun" });
    expect(plan("program_budgets")).toMatchObject({
      mode: "sum",
      year: "tahun",
      column: { name: "anggaran_indikatif" },
    });
    expect(plan("gmsc_participation")).toEqual({ mode: "count", year: "tahun_angkatan" });
    expect(plan("indicator_catalogue")).toBeNull();
  });

  it("shows an indicator's annual value, else its latest semester", () => {
    const rows = [
      { kode_indikator: "A", nama_indikator: "Satu", tahun: 2024, semester: 1, target: 10, realisasi: 4 },
      { kode_indikator: "A", nama_indikator: "Satu", tahun: 2024, semester: 2, target: 10, realisasi: 9 },
      { kode_indikator: "A", nama_indikator: "Satu", tahun: "2025", semester: "", target: "12", realisasi: "11.5" },
      { kode_indikator: "B", nama_indikator: "Dua", tahun: 2025, semester: null, target: 1, realisasi: 1 },
    ];
    expect(indicatorsOf(rows)).toEqual([
      { value: "A", label: "A — Satu" },
      { value: "B", label: "B — Dua" },
    ]);
    expect(realisationSeries(rows, "A", "tahun")).toEqual({
      years: ["2024", "2025"],
      series: [
        { key: "realisasi", values: [9, 11.5] },
        { key: "target", values: [10, 12] },
      ],
    });
  });

  it("sums a column per year, or counts rows", () => {
    const rows = [
      { tahun: 2025, anggaran_indikatif: 100 },
      { tahun: 2024, anggaran_indikatif: "50" },
      { tahun: 2025, anggaran_indikatif: 25 },
      { tahun: 2026, anggaran_indikatif: null },
    ];
    expect(sumSeries(rows, "tahun", "anggaran_indikatif")).toEqual({
      years: ["2024", "2025", "2026"],
      series: [{ key: "anggaran_indikatif", values: [50, 125, null] }],
    });
    expect(sumSeries(rows, "tahun").series[0]?.values).toEqual([1, 2, 1]);
  });
});
