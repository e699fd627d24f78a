import { describe, expect, it } from "vitest";
import { deadlineTitle, longDate, reminderMilestone, reminderWindow } from "./deadline-reminders";

describe("reminderMilestone", () => {
  const days = [7, 1];
  it.each([
    [10, null],
    [8, null],
    [7, "7d"],
    [4, "7d"], // a late first run still sends the week's reminder it owed
    [2, "7d"],
    [1, "1d"],
    [0, "1d"],
    [-1, "missed"],
    [-7, "missed"],
    [-8, null],
  ])("%i days before the deadline: %s", (left, key) => {
    expect(reminderMilestone(left, days)?.key ?? null).toBe(key);
  });

  it("names the kind a person sees", () => {
    expect(reminderMilestone(7, days)?.kind).toBe("deadline.approaching");
    expect(reminderMilestone(-1, days)?.kind).toBe("deadline.missed");
  });

  it("follows the configured days", () => {
    expect(reminderMilestone(14, [14, 3])?.key).toBe("14d");
    expect(reminderMilestone(3, [14, 3])?.key).toBe("3d");
    expect(reminderWindow([14, 3])).toEqual({ from: -7, to: 14 });
  });
});

describe("deadlineTitle", () => {
  const subject = { id: "Tahap 2 Bimtek Kota Banjar", en: "Bimtek stage 2 of Kota Banjar" };
  it("says how long is left in both languages", () => {
    expect(deadlineTitle({ kind: "deadline.approaching", subject, dueOn: "2026-12-15", daysLeft: 7 })).toEqual({
      id: "Tenggat 7 hari lagi: Tahap 2 Bimtek Kota Banjar (15 Desember 2026)",
      en: "Due in 7 days: Bimtek stage 2 of Kota Banjar (15 December 2026)",
    });
    expect(deadlineTitle({ kind: "deadline.approaching", subject, dueOn: "2026-12-15", daysLeft: 1 }).id).toContain(
      "besok",
    );
  });

  it("says a deadline was missed", () => {
    expect(deadlineTitle({ kind: "deadline.missed", subject, dueOn: "2026-12-15", daysLeft: -1 }).en).toBe(
      "Deadline missed: Bimtek stage 2 of Kota Banjar (15 December 2026)",
    );
  });

  it("writes dates the Indonesian way", () => {
    expect(longDate("2027-02-28", "id")).toBe("28 Februari 2027");
  });
});
