import { describe, expect, it } from "vitest";
import type { MapRegion } from "../../../../domain/public-map";
import { colouring, NO_DATA, STATUS_COLOURS } from "./colours";

const region = (over: Partial<MapRegion>): MapRegion => ({
  code: "32.79",
  name: "Kota Banjar",
  type: "kota",
  provinceCode: "32",
  status: "not_in_program",
  cohortYear: null,
  index: null,
  indexYear: null,
  ...over,
});

describe("colouring", () => {
  const regions = [
    region({ code: "32.79", status: "perkada_enacted", cohortYear: 2024, index: 3.46, indexYear: 2025 }),
    region({ code: "13.72", status: "mou_signed", cohortYear: 2023, index: 2.81, indexYear: 2025 }),
    region({ code: "11.01" }),
  ];

  it("colours by status with a legend entry and count for every status", () => {
    const { colourOf, legend } = colouring(regions, "status");
    expect(colourOf(regions[0] as MapRegion)).toBe(STATUS_COLOURS.perkada_enacted);
    expect(legend).toHaveLength(10);
    expect(legend.find((l) => l.key === "not_in_program")?.count).toBe(1);
  });

  it("colours by cohort year, and regions without a cohort as no data", () => {
    const { colourOf, legend } = colouring(regions, "cohort");
    expect(colourOf(regions[0] as MapRegion)).not.toBe(colourOf(regions[1] as MapRegion));
    expect(colourOf(regions[2] as MapRegion)).toBe(NO_DATA);
    expect(legend.map((l) => [l.key, l.count])).toEqual([
      ["2023", 1],
      ["2024", 1],
      ["none", 1],
    ]);
  });

  it("colours by index band; a band's lower bound belongs to it", () => {
    const { colourOf, legend } = colouring([...regions, region({ code: "63.03", index: 3 })], "index");
    expect(colourOf(regions[2] as MapRegion)).toBe(NO_DATA);
    expect(legend.find((l) => l.key === "3–3.5")?.count).toBe(2);
    expect(legend.find((l) => l.key === "2.5–3")?.count).toBe(1);
  });
});
