import { describe, expect, it } from "vitest";
import {
  applyAmounts,
  cellOfIssue,
  changesOf,
  defaultSource,
  type EditableProgram,
  inlinePatch,
  yearCells,
} from "./inline-program";

const program: EditableProgram = {
  name: "Mal Pelayanan Publik Digital",
  ownerOpdId: 7,
  startYear: 2024,
  endYear: 2026,
  priority: 1,
  budgets: [
    { year: 2024, source: "APBD", amount: 1_000_000_000 },
    { year: 2025, source: "APBN", amount: 500_000_000 },
    { year: 2025, source: "CSR", amount: 100_000_000 },
  ],
  actionPlan: [{ year: 2024, step: "Kajian kebutuhan" }],
  version: 3,
};

describe("inline program editing", () => {
  it("shows every program year, a multi-source year as read-only", () => {
    expect(yearCells(program.budgets, 2024, 2026)).toEqual([
      { year: 2024, amount: 1_000_000_000, sources: ["APBD"], editable: true },
      { year: 2025, amount: 600_000_000, sources: ["APBN", "CSR"], editable: false },
      { year: 2026, amount: null, sources: [], editable: true },
    ]);
    // A year left outside new program years still shows, so its budget can be cleared.
    expect(yearCells(program.budgets, 2025, 2025).map((c) => c.year)).toEqual([2024, 2025]);
    // So does a year the person typed into before shortening the program.
    expect(yearCells(program.budgets, 2025, 2025, [2026]).map((c) => c.year)).toEqual([2024, 2025, 2026]);
  });

  it("applies typed amounts: replace, add with the usual source, blank removes, bad text is reported", () => {
    const { budgets, invalid } = applyAmounts(
      program.budgets,
      { 2024: "1.250.000.000", 2026: "300.000.000", 2025: "1" },
      "id",
    );
    expect(invalid).toEqual([]);
    expect(budgets).toEqual([
      { year: 2024, source: "APBD", amount: 1_250_000_000 },
      { year: 2025, source: "APBN", amount: 500_000_000 },
      { year: 2025, source: "CSR", amount: 100_000_000 },
      { year: 2026, source: "APBD", amount: 300_000_000 },
    ]);
    expect(applyAmounts(program.budgets, { 2024: " " }, "id").budgets).toHaveLength(2);
    expect(applyAmounts(program.budgets, { 2024: "satu miliar" }, "id").invalid).toEqual([2024]);
    expect(defaultSource([{ year: 2024, source: "APBN", amount: 1 }])).toBe("APBN");
    expect(defaultSource([])).toBe("APBD");
  });

  it("sends only what changed, with the version read", () => {
    expect(inlinePatch(program, { amounts: {} }, 2024, "id").patch).toBeNull();
    expect(inlinePatch(program, { name: " Mal Pelayanan Publik Digital ", amounts: {} }, 2024, "id").patch).toBeNull();
    expect(inlinePatch(program, { name: "MPP Digital", priority: 2, amounts: {} }, 2024, "id").patch).toEqual({
      name: "MPP Digital",
      priority: 2,
      version: 3,
    });
    const budget = inlinePatch(program, { amounts: { 2024: "2.000.000.000" } }, 2024, "id").patch;
    expect(budget?.budgets?.[0]).toEqual({ year: 2024, source: "APBD", amount: 2_000_000_000 });
    expect(budget).not.toHaveProperty("startYear");
  });

  it("sends new years with the term they imply and the action plan to be checked against them", () => {
    const { patch } = inlinePatch(program, { endYear: 2030, amounts: {} }, 2024, "id");
    expect(patch).toMatchObject({ startYear: 2024, endYear: 2030, term: "long", actionPlan: program.actionPlan });
    expect(patch?.budgets).toEqual(program.budgets);
    expect(inlinePatch(program, { endYear: 2024, amounts: {} }, 2024, "id").patch?.term).toBe("short");
  });

  it("refuses to send an amount that is not Rupiah", () => {
    expect(inlinePatch(program, { name: "X", amounts: { 2026: "12,5 juta" } }, 2024, "id")).toEqual({
      patch: null,
      invalid: [2026],
    });
  });

  it("re-applies only the person's own changes after a conflict", () => {
    const draft = { name: "Mal Pelayanan Publik Digital", priority: 3, amounts: { 2024: "1.000.000.000", 2026: "5" } };
    expect(changesOf(program, draft, "id")).toEqual({ priority: 3, amounts: { 2026: "5" } });
    // Someone else renamed it meanwhile: the rename stays, the person's priority and new year go on top.
    const newer = { ...program, name: "MPP Kota Banjar", version: 4 };
    const { patch } = inlinePatch(newer, changesOf(program, draft, "id"), 2024, "id");
    expect(patch).toMatchObject({ priority: 3, version: 4 });
    expect(patch).not.toHaveProperty("name");
    expect(patch?.budgets).toContainEqual({ year: 2026, source: "APBD", amount: 5 });
  });

  it("places 422 issues on their cell", () => {
    const sent = [
      { year: 2024, source: "APBD" as const, amount: 1 },
      { year: 2031, source: "APBD" as const, amount: 2 },
    ];
    expect(cellOfIssue("name")).toBe("name");
    expect(cellOfIssue("ownerOpdId")).toBe("owner");
    expect(cellOfIssue("term")).toBe("years");
    expect(cellOfIssue("endYear")).toBe("years");
    expect(cellOfIssue("priority")).toBe("priority");
    expect(cellOfIssue("budgets.1.year", sent)).toBe("budget:2031");
    expect(cellOfIssue("budgets.5.year", sent)).toBe("row");
    expect(cellOfIssue("actionPlan.0.year", sent)).toBe("row");
  });
});
