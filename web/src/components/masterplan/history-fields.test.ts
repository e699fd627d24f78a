import { describe, expect, it } from "vitest";
import { enMasterplanEdit } from "../../i18n/en-masterplan-edit";
import { idMasterplanEdit } from "../../i18n/id-masterplan-edit";
import { historyFieldLabel, historyLines, historyValue, type ValueContext } from "./history-fields";

const id = idMasterplanEdit.fields;
const en = enMasterplanEdit.fields;

// Every field the server writes into the audit trail of a plan and its objects
// (program-rules auditFields, quick-wins/governance-bodies pick, create/update/transition
// of the plan, Perkada file, import, comments) and the parts of each chapter's content.
const AUDITED: Record<string, string[]> = {
  program: [
    "name",
    "dimensionCode",
    "elementCode",
    "ownerOpdId",
    "supportingOpdIds",
    "term",
    "startYear",
    "endYear",
    "apbdCode",
    "priority",
    "budgets",
    "actionPlan",
    "importedFrom",
  ],
  quick_win: ["programId", "year", "ownerOpdId", "target", "whyQuick"],
  governance_body: ["kind", "name", "decreeNumber", "decreeDate", "members"],
  masterplan: [
    "title",
    "periodStart",
    "periodEnd",
    "frameworkId",
    "previousId",
    "status",
    "note",
    "perkadaNumber",
    "perkadaDate",
    "perkadaHeadName",
    "perkadaSecretaryName",
    "perkadaSecretaryNip",
    "perkadaPromulgatedOn",
    "perkadaGazetteYear",
    "perkadaGazetteNumber",
    "perkadaFileId",
    "fileName",
    "size",
    "count",
    "programIds",
  ],
  masterplan_section: [
    "content",
    "figures",
    "narrative",
    "natureCulture",
    "lenses",
    "issues",
    "vision",
    "rpjmdVision",
    "missions",
    "goals",
    "condition",
    "problems",
    "strategy",
  ],
  comment: ["masterplanId", "targetType", "targetId", "parentId", "body", "resolved"],
};

const ctx: ValueContext = {
  lang: "id",
  empty: "(kosong)",
  yes: "Ya",
  no: "Tidak",
  total: (amount) => `total ${amount}`,
  items: (count) => `${count} butir`,
  date: (d) => (d === "2024-06-10" ? "10 Juni 2024" : d),
  fileSize: (b) => `${Math.round(b / 1024)} KB`,
  opdName: (n) => ({ 7: "Bappeda", 8: "Dinkes" })[n],
  programName: (n) => (n === 3 ? "Mal Pelayanan Publik" : undefined),
  dimensionName: (c) => (c === "governance" ? "Smart Governance" : undefined),
  elementName: (c) => (c === "governance.pelayanan-publik" ? "Pelayanan Publik" : undefined),
  term: (t) => ({ short: "Jangka pendek", medium: "Jangka menengah", long: "Jangka panjang" })[t] ?? t,
  status: (s) => (s === "in_review" ? "Ditelaah" : s),
  governanceKind: (k) => (k === "dewan" ? "Dewan Smart City" : k),
  priority: (n) => `Prioritas ${n}`,
};

describe("history field names", () => {
  it("names every audited field in Indonesian and in English", () => {
    for (const [entityType, fields] of Object.entries(AUDITED))
      for (const field of fields) {
        expect(historyFieldLabel(id, entityType, field), `${entityType}.${field}`).not.toBe(field);
        expect(historyFieldLabel(en, entityType, field), `${entityType}.${field} (en)`).not.toBe(field);
      }
    expect(historyFieldLabel(id, "program", "ownerOpdId")).toBe("OPD pengampu");
    expect(historyFieldLabel(en, "program", "budgets")).toBe("Indicative budget");
    expect(historyFieldLabel(id, "governance_body", "name")).toBe("Nama");
  });

  it("keeps the raw key of an unknown field or object kind", () => {
    expect(historyFieldLabel(id, "program", "somethingNew")).toBe("somethingNew");
    expect(historyFieldLabel(id, "deliverable", "name")).toBe("name");
    expect(historyFieldLabel(id, "program", "toString")).toBe("toString");
  });
});

describe("history values", () => {
  it("names OPDs, programs, framework codes and labels instead of ids and codes", () => {
    expect(historyValue("ownerOpdId", 7, ctx)).toBe("Bappeda");
    expect(historyValue("ownerOpdId", 99, ctx)).toBe("#99");
    expect(historyValue("supportingOpdIds", [7, 8], ctx)).toBe("Bappeda, Dinkes");
    expect(historyValue("programId", 3, ctx)).toBe("Mal Pelayanan Publik");
    expect(historyValue("dimensionCode", "governance", ctx)).toBe("Smart Governance");
    expect(historyValue("elementCode", "governance.pelayanan-publik", ctx)).toBe("Pelayanan Publik");
    expect(historyValue("term", "medium", ctx)).toBe("Jangka menengah");
    expect(historyValue("status", "in_review", ctx)).toBe("Ditelaah");
    expect(historyValue("kind", "dewan", ctx)).toBe("Dewan Smart City");
    expect(historyValue("priority", 1, ctx)).toBe("Prioritas 1");
  });

  it("writes money in Rupiah, dates in Indonesian, years without grouping, empties and booleans in words", () => {
    expect(
      historyValue(
        "budgets",
        [
          { year: 2024, source: "APBD", amount: 1_250_000_000 },
          { year: 2025, source: "APBN", amount: 500_000_000 },
        ],
        ctx,
      ),
    ).toBe("2024 APBD Rp 1.250.000.000; 2025 APBN Rp 500.000.000 (total Rp 1.750.000.000)");
    expect(historyValue("decreeDate", "2024-06-10", ctx)).toBe("10 Juni 2024");
    expect(historyValue("startYear", 2024, ctx)).toBe("2024");
    expect(historyValue("apbdCode", null, ctx)).toBe("(kosong)");
    expect(historyValue("supportingOpdIds", [], ctx)).toBe("(kosong)");
    expect(historyValue("resolved", true, ctx)).toBe("Ya");
    expect(historyValue("actionPlan", [{ year: 2024, step: "Kajian" }], ctx)).toBe("2024: Kajian");
    expect(historyValue("members", [{ name: "Wali Kota", position: "Kepala daerah", role: "Ketua" }], ctx)).toBe(
      "Wali Kota (Kepala daerah, Ketua)",
    );
    expect(historyValue("size", 204_800, ctx)).toBe("200 KB");
    expect(historyValue("name", "Jalan <Tol> & Jembatan", ctx)).toBe("Jalan <Tol> & Jembatan");
  });

  it("opens a chapter's content into the parts that changed, rich text as plain words", () => {
    const lines = historyLines(
      "masterplan_section",
      {
        content: [
          { vision: "Lama", missions: [{ text: "Misi satu" }], strategy: "<p>A</p>" },
          {
            vision: "Baru",
            missions: [{ text: "Misi satu" }],
            strategy: "<p>Arah &amp; <strong>strategi</strong></p>",
          },
        ],
      },
      id,
      ctx,
    );
    expect(lines).toEqual([
      { field: "vision", label: "Visi smart city", before: "Lama", after: "Baru" },
      { field: "strategy", label: "Arah dan strategi", before: "A", after: "Arah & strategi" },
    ]);
  });

  it("labels a program's changes and leaves out those that read the same", () => {
    expect(
      historyLines("program", { ownerOpdId: [7, 8], name: ["A", "B"], supportingOpdIds: [null, []] }, id, ctx),
    ).toEqual([
      { field: "ownerOpdId", label: "OPD pengampu", before: "Bappeda", after: "Dinkes" },
      { field: "name", label: "Nama program", before: "A", after: "B" },
    ]);
  });
});
