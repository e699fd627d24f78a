import { describe, expect, it } from "vitest";
import { daysUntil, formatRelativeTime } from "../../i18n/dates";
import { dueHint, groupByUrgency, urgencyOf } from "./due";

// 1 March 2024, late evening local time: the count is in calendar days, not hours.
const TODAY = new Date(2024, 2, 1, 23, 30);

describe("due dates of tasks", () => {
  it("counts calendar days to the due date", () => {
    expect(daysUntil("2024-03-05", TODAY)).toBe(4);
    expect(daysUntil("2024-03-01", TODAY)).toBe(0);
    expect(daysUntil("2024-02-28", TODAY)).toBe(-2);
    expect(daysUntil("5 Maret", TODAY)).toBeUndefined();
  });

  it("says today, tomorrow, in N days, or how late; nothing for far or missing dates", () => {
    expect(dueHint({ dueOn: "2024-03-01", overdue: false }, TODAY)).toEqual({ kind: "today" });
    expect(dueHint({ dueOn: "2024-03-02", overdue: false }, TODAY)).toEqual({ kind: "tomorrow" });
    expect(dueHint({ dueOn: "2024-03-05", overdue: false }, TODAY)).toEqual({ kind: "in", days: 4 });
    expect(dueHint({ dueOn: "2024-06-01", overdue: false }, TODAY)).toEqual({ kind: "none" });
    expect(dueHint({ dueOn: null, overdue: false }, TODAY)).toEqual({ kind: "none" });
    expect(dueHint({ dueOn: "2024-02-27", overdue: true }, TODAY)).toEqual({ kind: "overdue", days: 3 });
    // The server's word on lateness wins, with or without a date.
    expect(dueHint({ dueOn: null, overdue: true }, TODAY)).toEqual({ kind: "overdue", days: undefined });
  });

  it("groups a page by urgency and keeps the server's order inside each group", () => {
    const tasks = [
      { id: "a", dueOn: "2024-02-20", overdue: true },
      { id: "b", dueOn: "2024-03-03", overdue: false },
      { id: "c", dueOn: "2024-03-08", overdue: false },
      { id: "d", dueOn: "2024-04-01", overdue: false },
      { id: "e", dueOn: null, overdue: false },
      { id: "f", dueOn: null, overdue: true },
    ];
    expect(urgencyOf(tasks[2] as (typeof tasks)[number], TODAY)).toBe("soon");
    expect(groupByUrgency(tasks, TODAY).map((g) => [g.urgency, g.tasks.map((t) => t.id).join("")])).toEqual([
      ["overdue", "af"],
      ["soon", "bc"],
      ["later", "d"],
      ["undated", "e"],
    ]);
  });
});

describe("relative time", () => {
  const now = new Date("2024-03-05T10:00:00+07:00");
  it("reads like speech for the last week, then as a date", () => {
    expect(formatRelativeTime("2024-03-05T09:59:30+07:00", "id", now)).toBe("sekarang");
    expect(formatRelativeTime("2024-03-05T09:55:00+07:00", "id", now)).toBe("5 menit yang lalu");
    expect(formatRelativeTime("2024-03-05T07:00:00+07:00", "en", now)).toBe("3 hours ago");
    expect(formatRelativeTime("2024-02-20T10:00:00+07:00", "id", now)).toBe("20 Februari 2024");
    expect(formatRelativeTime("not a date", "id", now)).toBe("not a date");
  });
});
