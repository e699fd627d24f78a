import { describe, expect, it } from "vitest";
import { loadConfig } from "./config";

describe("REMINDER_DAYS", () => {
  it("defaults to a week and a day before a deadline", () => {
    expect(loadConfig({}).reminderDays).toEqual([7, 1]);
  });

  it("takes the days in any order, largest first, each once", () => {
    expect(loadConfig({ REMINDER_DAYS: "1, 14,3,14" }).reminderDays).toEqual([14, 3, 1]);
  });

  it.each(["0", "7,", "seminggu", "90"])("refuses %j with a readable message", (value) => {
    expect(() => loadConfig({ REMINDER_DAYS: value })).toThrow(/REMINDER_DAYS: /);
  });
});
