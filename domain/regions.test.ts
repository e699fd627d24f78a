import { describe, expect, it } from "vitest";
import { displayRegionName, parseRegionSearch, RegionListQuery, regencyTypeOf, splitRegionName } from "./regions";

describe("splitRegionName", () => {
  it.each([
    ["Kota Banjar", "kota", "Banjar"],
    ["Kabupaten Banjar", "kabupaten", "Banjar"],
    ["Kab. Banjar", "kabupaten", "Banjar"],
    ["kab banjar", "kabupaten", "banjar"],
    ["Kab.Banjar", "kabupaten", "Banjar"],
    ["KOTA  Parepare", "kota", "Parepare"],
    ["Kabupaten Administrasi Kepulauan Seribu", "kabupaten", "Kepulauan Seribu"],
    ["Kota Administrasi Jakarta Pusat", "kota", "Jakarta Pusat"],
    ["Provinsi Bali", "provinsi", "Bali"],
    ["Banjar", null, "Banjar"],
  ])("%s → %s %s", (name, type, bare) => {
    expect(splitRegionName(name)).toEqual({ type, bare });
  });

  it("keeps a name that is only a prefix word", () => {
    // "Kota" alone is not a prefix of anything: searching for it must still search the word.
    expect(splitRegionName("Kota")).toEqual({ type: null, bare: "Kota" });
  });

  it("does not take names that merely start like a prefix", () => {
    expect(splitRegionName("Kotabaru")).toEqual({ type: null, bare: "Kotabaru" });
    expect(splitRegionName("Kotamobagu").type).toBeNull();
    expect(splitRegionName("Kabila")).toEqual({ type: null, bare: "Kabila" });
    expect(splitRegionName("Provo")).toEqual({ type: null, bare: "Provo" });
  });
});

describe("regencyTypeOf", () => {
  it("reads the type from the official name", () => {
    expect(regencyTypeOf("Kota Solok")).toBe("kota");
    expect(regencyTypeOf("Kabupaten Solok")).toBe("kabupaten");
  });
  it("refuses a name without prefix", () => {
    expect(() => regencyTypeOf("Solok")).toThrow(/tanpa awalan/);
  });
});

describe("parseRegionSearch", () => {
  it("reads codes", () => {
    expect(parseRegionSearch("32.79")).toEqual({ kind: "code", code: "32.79" });
    expect(parseRegionSearch("63.")).toEqual({ kind: "code", code: "63." });
    expect(parseRegionSearch("32")).toEqual({ kind: "code", code: "32" });
  });
  it("reads names case-insensitively with an optional type prefix", () => {
    expect(parseRegionSearch("  BANJAR ")).toEqual({ kind: "name", bare: "banjar", type: null });
    expect(parseRegionSearch("Kab. Banjar")).toEqual({ kind: "name", bare: "banjar", type: "kabupaten" });
    expect(parseRegionSearch("kota banjar")).toEqual({ kind: "name", bare: "banjar", type: "kota" });
  });
});

describe("displayRegionName", () => {
  it("prefixes provinces", () => {
    expect(displayRegionName({ name: "Bali", type: "provinsi" })).toBe("Provinsi Bali");
    expect(displayRegionName({ name: "Kabupaten Bangli", type: "kabupaten" })).toBe("Kabupaten Bangli");
  });
});

describe("RegionListQuery", () => {
  it("defaults paging", () => {
    expect(RegionListQuery.parse({})).toEqual({ page: 1, pageSize: 50 });
  });
  it("coerces query strings and rejects out-of-range paging", () => {
    expect(RegionListQuery.parse({ page: "2", pageSize: "500" })).toMatchObject({ page: 2, pageSize: 500 });
    expect(RegionListQuery.safeParse({ pageSize: "501" }).success).toBe(false);
    expect(RegionListQuery.safeParse({ page: "0" }).success).toBe(false);
    expect(RegionListQuery.safeParse({ page: "x" }).success).toBe(false);
  });
  it("validates province and type", () => {
    expect(RegionListQuery.safeParse({ province: "32" }).success).toBe(true);
    expect(RegionListQuery.safeParse({ province: "3" }).success).toBe(false);
    expect(RegionListQuery.safeParse({ type: "desa" }).success).toBe(false);
  });
});
