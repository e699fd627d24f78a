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

describe("open data and feedback settings", () => {
  it("publish under CC BY 4.0 with the first admin as contact unless told otherwise", () => {
    const c = loadConfig({ ADMIN_EMAIL: "admin@kementerian.go.id" });
    expect(c.openData.license.id).toBe("CC-BY-4.0");
    expect(c.openData.contactEmail).toBe("admin@kementerian.go.id");
    expect(c.openData.ministry.slug).toBe("kementerian-komunikasi-dan-digital");
    const other = loadConfig({ OPEN_DATA_LICENSE: "CC0-1.0", OPEN_DATA_CONTACT_EMAIL: "data@kota.go.id" });
    expect(other.openData.license.url).toBe("https://creativecommons.org/publicdomain/zero/1.0/");
    expect(other.openData.contactEmail).toBe("data@kota.go.id");
    expect(loadConfig({ FEEDBACK_RETENTION_DAYS: "30" }).feedback.retentionDays).toBe(30);
  });

  it.each([
    ["OPEN_DATA_LICENSE", "MIT"],
    ["FEEDBACK_RETENTION_DAYS", "0"],
    ["FEEDBACK_LIMIT_PER_HOUR", "banyak"],
  ])("refuses %s=%j", (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}: `));
  });
});
