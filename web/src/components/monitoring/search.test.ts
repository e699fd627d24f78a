import { describe, expect, it } from "vitest";
import { RealisationCreate } from "../../../../domain/monitoring-api";
import { numberOrNull, zodFieldErrors } from "./form-values";
import { validateIndicatorSearch, validateMonitoringSearch, validateProgramMonitoringSearch } from "./search";

describe("monitoring search parameters", () => {
  it("keep the dashboard's and queue's filters and drop what is malformed or the default", () => {
    expect(
      validateMonitoringSearch({ tab: "verifikasi", year: "2025", indicator: "7", status: "entered", page: "2" }),
    ).toEqual({ tab: "verifikasi", year: 2025, indicator: 7, status: "entered", page: 2 });
    expect(
      validateMonitoringSearch({ tab: "grafik", year: "1800", indicator: "-1", status: "approved", page: "1" }),
    ).toEqual({
      tab: undefined,
      year: undefined,
      indicator: undefined,
      dimension: undefined,
      opd: undefined,
      status: undefined,
      page: undefined,
    });
    expect(validateMonitoringSearch({ dimension: "Smart Living" }).dimension).toBeUndefined();
    expect(validateProgramMonitoringSearch({ year: "2024" })).toEqual({ year: 2024 });
  });

  it("keep the catalogue's filters in the address", () => {
    expect(
      validateIndicatorSearch({
        q: "  internet ",
        scope: "regional",
        region: "32.79",
        dimension: "living",
        direction: "lower_is_better",
        inactive: "1",
        page: "3",
      }),
    ).toEqual({
      q: "internet",
      scope: "regional",
      region: "32.79",
      dimension: "living",
      direction: "lower_is_better",
      inactive: true,
      page: 3,
    });
    expect(validateIndicatorSearch({ scope: "all", region: "32", direction: "up", inactive: "0" })).toEqual({
      q: undefined,
      scope: undefined,
      region: undefined,
      dimension: undefined,
      direction: undefined,
      inactive: undefined,
      page: undefined,
    });
  });
});

describe("form values", () => {
  it("tell an empty number input from one holding text that is not a number", () => {
    expect(numberOrNull("")).toBeNull();
    expect(numberOrNull("  ")).toBeNull();
    expect(numberOrNull(72.5)).toBe(72.5);
    expect(numberOrNull("40")).toBe(40);
    expect(numberOrNull("72,")).toBeNaN();
  });

  it("key the schema's messages by field path, first message only", () => {
    const parsed = RealisationCreate.safeParse({ year: 1800, value: Number.NaN, note: "" });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    const errors = zodFieldErrors(parsed.error);
    expect(errors.year).toBe("Tahun minimal 1990");
    expect(errors.value).toBe("Nilai harus berupa angka");
  });
});
