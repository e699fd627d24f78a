import { describe, expect, it } from "vitest";
import { KOMINFO_2017 } from "../framework/kominfo-2017";
import { U4SSC_KPIS, u4sscCatalogueEntry, u4sscTier } from "./u4ssc";

describe("U4SSC catalogue data", () => {
  it("holds the 91 KPIs with unique codes: 45 economy, 17 environment, 29 society; 55 core, 36 advanced", () => {
    expect(U4SSC_KPIS).toHaveLength(91);
    expect(new Set(U4SSC_KPIS.map((k) => k.code)).size).toBe(91);
    const byDim = (p: string) => U4SSC_KPIS.filter((k) => k.code.startsWith(p)).length;
    expect([byDim("EC:"), byDim("EN:"), byDim("SC:")]).toEqual([45, 17, 29]);
    expect(U4SSC_KPIS.filter((k) => u4sscTier(k.code) === "core")).toHaveLength(55);
  });

  it("maps every KPI onto an element of the Kominfo 2017 framework, touching all six dimensions", () => {
    const elements = new Set(KOMINFO_2017.dimensions.flatMap((d) => d.elements.map((e) => e.code)));
    for (const k of U4SSC_KPIS) expect(elements.has(k.elementCode), k.code).toBe(true);
    const dims = new Set(U4SSC_KPIS.map((k) => u4sscCatalogueEntry(k).dimensionCode));
    expect([...dims].sort()).toEqual(KOMINFO_2017.dimensions.map((d) => d.code).sort());
  });

  it("builds a Satu Data entry keeping the ITU code, with lower-is-better where less is progress", () => {
    const unemployment = U4SSC_KPIS.find((k) => k.code === "EC: P: EM: 1C");
    if (!unemployment) throw new Error("missing KPI");
    expect(u4sscCatalogueEntry(unemployment)).toMatchObject({
      code: "EC: P: EM: 1C",
      name: "Tingkat Pengangguran",
      unit: "% angkatan kerja",
      direction: "lower_is_better",
      dimensionCode: "economy",
      elementCode: "economy.kesejahteraan",
      referenceCodes: ["U4SSC EC: P: EM: 1C"],
      classification: "U4SSC · Ekonomi (Economy) · Produktivitas (Productivity) · Inti",
    });
    const internet = U4SSC_KPIS.find((k) => k.code === "EC: ICT: ICT: 1C");
    expect(internet?.direction).toBe("higher_is_better");
    expect(U4SSC_KPIS.find((k) => k.code.startsWith("SC: EH: ED: 5A"))?.nameEn).toBe("Electronic Health Records");
  });
});
