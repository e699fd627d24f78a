import type { TaskOut } from "../../../../domain/notifications";
import { daysUntil } from "../../i18n/dates";

/** What the card says about the due date, besides the date itself. */
export type DueHint =
  | { kind: "overdue"; days: number | undefined }
  | { kind: "today" }
  | { kind: "tomorrow" }
  | { kind: "in"; days: number }
  | { kind: "none" };

// Further out than a month, the date alone says enough.
const HINT_DAYS = 30;

/** The hint under a task: late by N days, due today, tomorrow or in N days. The server's `overdue` decides lateness. */
export function dueHint(task: Pick<TaskOut, "dueOn" | "overdue">, today: Date = new Date()): DueHint {
  const days = task.dueOn ? daysUntil(task.dueOn, today) : undefined;
  if (task.overdue) return { kind: "overdue", days: days !== undefined && days < 0 ? -days : undefined };
  if (days === undefined || days < 0 || days > HINT_DAYS) return { kind: "none" };
  if (days === 0) return { kind: "today" };
  if (days === 1) return { kind: "tomorrow" };
  return { kind: "in", days };
}

export const URGENCIES = ["overdue", "soon", "later", "undated"] as const;
/** The sections of Perlu Tindakan: late, due within a week, due later, no due date. */
export type Urgency = (typeof URGENCIES)[number];

const SOON_DAYS = 7;

export function urgencyOf(task: Pick<TaskOut, "dueOn" | "overdue">, today: Date = new Date()): Urgency {
  if (task.overdue) return "overdue";
  const days = task.dueOn ? daysUntil(task.dueOn, today) : undefined;
  if (days === undefined) return "undated";
  return days <= SOON_DAYS ? "soon" : "later";
}

/** The page's tasks in sections by urgency, each keeping the server's order; empty sections left out. */
export function groupByUrgency<T extends Pick<TaskOut, "dueOn" | "overdue">>(
  tasks: T[],
  today: Date = new Date(),
): Array<{ urgency: Urgency; tasks: T[] }> {
  const groups = new Map<Urgency, T[]>(URGENCIES.map((u) => [u, []]));
  for (const task of tasks) groups.get(urgencyOf(task, today))?.push(task);
  return URGENCIES.flatMap((urgency) => {
    const list = groups.get(urgency) ?? [];
    return list.length > 0 ? [{ urgency, tasks: list }] : [];
  });
}
