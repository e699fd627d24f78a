import { describe, expect, it } from "vitest";
import { achievement, DEFAULT_LIGHT_THRESHOLDS, lightOf, meanAchievement } from "./achievement";

describe("achievement, higher is better", () => {
  it("is realisation over target", () => {
    expect(achievement("higher_is_better", 80, 60)).toEqual({ value: 75, raw: 75, basis: "ratio" });
    expect(achievement("higher_is_better", 3, 1).value).toBe(33.33);
  });

  it("caps over-achievement at 120 but keeps the raw figure", () => {
    expect(achievement("higher_is_better", 50, 100)).toEqual({ value: 120, raw: 200, basis: "ratio" });
  });
});

describe("achievement, lower is better", () => {
  it("is (2 × target − realisation) / target: as far under the target scores as far above 100", () => {
    expect(achievement("lower_is_better", 8, 7.2).value).toBe(110);
    expect(achievement("lower_is_better", 8, 8.8).value).toBe(90);
    expect(achievement("lower_is_better", 8, 8).value).toBe(100);
    // KemenPAN-RB's example: 9 months against a target of 8 → 87,5 %.
    expect(achievement("lower_is_better", 8, 9).value).toBe(87.5);
  });

  it("floors at 0 when the realisation is more than twice the target", () => {
    expect(achievement("lower_is_better", 10, 25)).toEqual({ value: 0, raw: -50, basis: "ratio" });
  });

  it("caps a realisation of 0 against a positive target at 120", () => {
    expect(achievement("lower_is_better", 10, 0)).toEqual({ value: 120, raw: 200, basis: "ratio" });
  });
});

describe("achievement with missing data", () => {
  it("is null, not 0, without a realisation or a target", () => {
    expect(achievement("higher_is_better", 80, null)).toEqual({ value: null, raw: null, basis: "missing_realisation" });
    expect(achievement("lower_is_better", null, 5)).toEqual({ value: null, raw: null, basis: "missing_target" });
    expect(achievement("higher_is_better", undefined, undefined).basis).toBe("missing_target");
    expect(achievement("higher_is_better", 80, Number.NaN).value).toBeNull();
  });

  it("leaves missing values out of a mean instead of counting them as 0", () => {
    expect(meanAchievement([100, null, 80])).toBe(90);
    expect(meanAchievement([null, null])).toBeNull();
  });
});

describe("achievement with a zero target", () => {
  it("is 100 when 0 was the target and 0 was realised, in both directions", () => {
    expect(achievement("higher_is_better", 0, 0)).toEqual({ value: 100, raw: 100, basis: "zero_target" });
    expect(achievement("lower_is_better", 0, 0)).toEqual({ value: 100, raw: 100, basis: "zero_target" });
  });

  it("is the cap above a zero target when higher is better, and 0 when lower is better", () => {
    expect(achievement("higher_is_better", 0, 3).value).toBe(120);
    expect(achievement("lower_is_better", 0, 2)).toEqual({ value: 0, raw: 0, basis: "zero_target" });
  });

  it("refuses to judge a negative target", () => {
    expect(achievement("higher_is_better", -2, -1)).toEqual({ value: null, raw: null, basis: "negative_target" });
  });
});

describe("traffic light", () => {
  it("is green from 90, yellow from 70, red below, none without data", () => {
    expect(lightOf(90)).toBe("green");
    expect(lightOf(120)).toBe("green");
    expect(lightOf(89.99)).toBe("yellow");
    expect(lightOf(70)).toBe("yellow");
    expect(lightOf(69.99)).toBe("red");
    expect(lightOf(0)).toBe("red");
    expect(lightOf(null)).toBe("none");
  });

  it("takes its thresholds as data", () => {
    const strict = [{ min: 100, light: "green" as const }, ...DEFAULT_LIGHT_THRESHOLDS.slice(1)];
    expect(lightOf(95, strict)).toBe("yellow");
  });
});
