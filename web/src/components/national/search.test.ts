import { describe, expect, it } from "vitest";
import { colourModeOf, validateNationalMapSearch, warnaOf } from "./search";

describe("the national map's search params", () => {
  it("reads a shared link", () => {
    expect(validateNationalMapSearch({ warna: "tahun", provinsi: "32", angkatan: "2024", tampilan: "tabel" })).toEqual({
      warna: "tahun",
      provinsi: "32",
      angkatan: 2024,
      tampilan: "tabel",
    });
  });

  it("drops what a hand-edited link gets wrong, keeping the rest", () => {
    expect(validateNationalMapSearch({ warna: "merah", provinsi: "32.79", angkatan: "dua", tampilan: "peta" })).toEqual(
      { warna: undefined, provinsi: undefined, angkatan: undefined, tampilan: undefined },
    );
    expect(validateNationalMapSearch({ provinsi: 63, angkatan: 2025 })).toMatchObject({
      provinsi: "63",
      angkatan: 2025,
    });
  });

  it("maps the URL words to colour modes and back, status being the default", () => {
    for (const mode of ["status", "cohort", "index"] as const)
      expect(colourModeOf({ warna: warnaOf(mode) })).toBe(mode);
    expect(warnaOf("status")).toBeUndefined();
    expect(colourModeOf({})).toBe("status");
  });
});
