import { describe, expect, it } from "vitest";
import { KOMINFO_2017 } from "../framework/kominfo-2017";
import { RPM_2026 } from "../framework/rpm-2026";
import { elementByTag, placeByTags } from "./element-tags";
import { U4SSC_KPIS, u4sscCatalogueEntry, u4sscKpi, u4sscPlacement, u4sscTier } from "./u4ssc";

const kpi = (code: string) => {
  const k = u4sscKpi(code);
  if (!k) throw new Error(`missing KPI ${code}`);
  return k;
};

describe("U4SSC catalogue data", () => {
  it("holds the 91 KPIs with unique codes: 45 economy, 17 environment, 29 society; 55 core, 36 advanced", () => {
    expect(U4SSC_KPIS).toHaveLength(91);
    expect(new Set(U4SSC_KPIS.map((k) => k.code)).size).toBe(91);
    const byDim = (p: string) => U4SSC_KPIS.filter((k) => k.code.startsWith(p)).length;
    expect([byDim("EC:"), byDim("EN:"), byDim("SC:")]).toEqual([45, 17, 29]);
    expect(U4SSC_KPIS.filter((k) => u4sscTier(k.code) === "core")).toHaveLength(55);
  });

  it("places every KPI on an element of Kominfo 2017 through its tags, touching all six dimensions", () => {
    const elements = new Set(KOMINFO_2017.dimensions.flatMap((d) => d.elements.map((e) => e.code)));
    for (const k of U4SSC_KPIS)
      expect(elements.has(u4sscPlacement(k, KOMINFO_2017).elementCode ?? ""), k.code).toBe(true);
    const dims = new Set(U4SSC_KPIS.map((k) => u4sscCatalogueEntry(k, KOMINFO_2017).dimensionCode));
    expect([...dims].sort()).toEqual(KOMINFO_2017.dimensions.map((d) => d.code).sort());
  });

  it("puts a transport KPI under its Kominfo 2017 element and under Smart Mobility on the RPM 2026 draft", () => {
    const network = kpi("EC: I: T: 1C");
    expect(u4sscPlacement(network, KOMINFO_2017)).toEqual({
      dimensionCode: "living",
      elementCode: "living.transportasi",
    });
    expect(u4sscPlacement(network, RPM_2026)).toEqual({
      dimensionCode: "mobility",
      elementCode: "mobility.transportasi-publik",
    });
    expect(u4sscPlacement(kpi("EC: ICT: T: 2C"), RPM_2026).elementCode).toBe("mobility.manajemen-lalu-lintas");
    expect(u4sscPlacement(kpi("EC: I: T: 3C"), RPM_2026).elementCode).toBe("mobility.mobilitas-aktif");
    const onRpm = (code: string) => u4sscPlacement(kpi(code), RPM_2026).dimensionCode;
    const transport = U4SSC_KPIS.filter((k) => u4sscPlacement(k, KOMINFO_2017).elementCode === "living.transportasi");
    expect(transport.length).toBeGreaterThan(5);
    for (const k of transport) expect(onRpm(k.code), k.code).toBe("mobility");
  });

  it("leaves a KPI unmapped in a framework carrying none of its tags (tourism once branding is gone)", () => {
    const tourism = kpi("EC: P: EM: 3A");
    expect(u4sscPlacement(tourism, KOMINFO_2017).elementCode).toBe("branding.pariwisata");
    expect(u4sscCatalogueEntry(tourism, RPM_2026)).toMatchObject({ dimensionCode: null, elementCode: null });
    // Other KPIs keep their element: RPM 2026 keeps the other five dimensions.
    expect(u4sscPlacement(kpi("EC: P: EM: 1C"), RPM_2026).elementCode).toBe("economy.kesejahteraan");
  });

  it("follows the framework's data: a renamed element code or a re-tagged element moves the KPI", () => {
    const fw = {
      dimensions: [
        { code: "sehat", elements: [{ code: "sehat.layanan", tag: "  health " }] },
        { code: "kota", elements: [{ code: "kota.transit", tag: "Mobility" }] },
      ],
    };
    expect(u4sscPlacement(kpi("SC: EH: H: 1C"), fw)).toEqual({ dimensionCode: "sehat", elementCode: "sehat.layanan" });
    expect(u4sscPlacement(kpi("EC: I: T: 1C"), fw).elementCode).toBe("kota.transit");
    expect(elementByTag(fw, "Tourism")).toEqual({ dimensionCode: null, elementCode: null });
    expect(placeByTags(fw, ["Nothing", "HEALTH"]).elementCode).toBe("sehat.layanan");
  });

  it("builds a Satu Data entry keeping the ITU code, with lower-is-better where less is progress", () => {
    expect(u4sscCatalogueEntry(kpi("EC: P: EM: 1C"), KOMINFO_2017)).toMatchObject({
      code: "EC: P: EM: 1C",
      name: "Tingkat Pengangguran",
      unit: "% angkatan kerja",
      direction: "lower_is_better",
      dimensionCode: "economy",
      elementCode: "economy.kesejahteraan",
      referenceCodes: ["U4SSC EC: P: EM: 1C"],
      classification: "U4SSC · Ekonomi (Economy) · Produktivitas (Productivity) · Inti",
    });
    expect(kpi("EC: ICT: ICT: 1C").direction).toBe("higher_is_better");
    expect(kpi("sc:eh:ed:5a").nameEn).toBe("Electronic Health Records");
  });
});
