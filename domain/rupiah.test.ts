import { describe, expect, it } from "vitest";
import { formatRupiah, formatRupiahAmount, parseRupiah } from "./rupiah";

describe("Rupiah amounts", () => {
  it("groups thousands with a dot in Indonesian and a comma in English", () => {
    expect(formatRupiahAmount(1_250_000_000)).toBe("1.250.000.000");
    expect(formatRupiahAmount(1_250_000_000, "en")).toBe("1,250,000,000");
    expect(formatRupiahAmount(0)).toBe("0");
    expect(formatRupiah(750_000_000)).toBe("Rp 750.000.000");
    expect(formatRupiah(999, "en")).toBe("Rp 999");
  });

  it("reads what a person typed back into whole Rupiah", () => {
    expect(parseRupiah("1.250.000.000")).toBe(1_250_000_000);
    expect(parseRupiah("1250000000")).toBe(1_250_000_000);
    expect(parseRupiah("  Rp 1.250.000.000 ")).toBe(1_250_000_000);
    expect(parseRupiah("Rp. 500.000")).toBe(500_000);
    expect(parseRupiah("1.250.000,00")).toBe(1_250_000);
    expect(parseRupiah("0")).toBe(0);
    expect(parseRupiah("1,250,000,000", "en")).toBe(1_250_000_000);
    expect(parseRupiah("1,250,000.00", "en")).toBe(1_250_000);
  });

  it("round-trips every formatted amount", () => {
    for (const n of [0, 7, 1_000, 12_345_678, 1_250_000_000, 999_999_999_999_999]) {
      expect(parseRupiah(formatRupiahAmount(n))).toBe(n);
      expect(parseRupiah(formatRupiahAmount(n, "en"), "en")).toBe(n);
    }
  });

  it("refuses what is not a whole amount", () => {
    for (const bad of ["", "  ", "abc", "1.25", "1.2500.000", "12.50.000", "-5.000", "1.250,50", "1,250,000", "5e9"])
      expect(parseRupiah(bad), bad).toBeNull();
    // An English reader's grouping is not valid Indonesian, and the other way round.
    expect(parseRupiah("1.250.000", "en")).toBeNull();
    expect(parseRupiah("99999999999999999999")).toBeNull();
  });
});
