import { deadlineTitle, reminderMilestone, reminderWindow } from "../../domain/deadline-reminders";
import { daysUntil, jakartaToday } from "../../domain/reporting-calendar";
import type { Db } from "../db/client";
import { queryRows } from "../db/query-rows";
import { notification } from "../db/schema/index";
import { mailNotificationsNow } from "../mail/mail-notifications";
import type { Mailer } from "../mail/mailer";
import { type DeadlineRow, deadlinesQuery } from "./deadlines";
import { ensureQueue, type JobContext, scheduleJob } from "./queue";

export const SEND_REMINDERS = "deadline-reminders";

/** Notifications per transaction. */
const CHUNK = 500;

export type ReminderOptions = {
  /** The day in WIB (YYYY-MM-DD) the reminders are for. */
  today?: string;
  /** Days before a deadline that remind, e.g. [7, 1] (REMINDER_DAYS). */
  reminderDays: readonly number[];
  mailer: Mailer;
  publicUrl: string;
};

export type ReminderResult = { today: string; due: number; written: number; mailed: number };

const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** The notification rows a day's reminders call for, each with the key that makes it once-only. */
export function reminderNotifications(rows: DeadlineRow[], today: string, reminderDays: readonly number[]) {
  const out: Array<typeof notification.$inferInsert> = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const daysLeft = daysUntil(today, r.due_on);
    const milestone = reminderMilestone(daysLeft, reminderDays);
    if (!milestone) continue;
    // The due date is part of the key: a deadline moved later earns its reminders again.
    const dedupeKey = `deadline:${r.key}:${r.due_on}:${milestone.key}`;
    if (seen.has(`${r.user_id} ${dedupeKey}`)) continue;
    seen.add(`${r.user_id} ${dedupeKey}`);
    const subject = { id: r.subject_id, en: r.subject_en };
    const title = deadlineTitle({ kind: milestone.kind, subject, dueOn: r.due_on, daysLeft });
    out.push({
      userId: r.user_id,
      kind: milestone.kind,
      titleId: title.id,
      titleEn: title.en,
      bodyId: r.body_id,
      bodyEn: r.body_en,
      href: r.href,
      regionCode: r.region_code,
      objectType: r.object_type,
      objectId: r.object_id,
      dedupeKey,
    });
  }
  return out;
}

/**
 * Writes the day's deadline reminders ("deadline.approaching" N days before, "deadline.missed"
 * from the day after) for active people, each once: the dedupe key makes a second run, or a
 * second server instance, write nothing. Those who chose immediate e-mail get it in the same
 * transaction; the others read it in the app and their digest.
 */
export async function runReminders(db: Db, opts: ReminderOptions): Promise<ReminderResult> {
  const today = opts.today ?? jakartaToday();
  const window = reminderWindow(opts.reminderDays);
  const thisYear = Number(today.slice(0, 4));
  const rows = await queryRows<DeadlineRow>(
    db,
    deadlinesQuery({
      from: addDays(today, window.from),
      to: addDays(today, window.to),
      years: [thisYear - 2, thisYear - 1, thisYear],
    }),
  );
  const wanted = reminderNotifications(rows, today, opts.reminderDays);
  let written = 0;
  let mailed = 0;
  for (let i = 0; i < wanted.length; i += CHUNK) {
    await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(notification)
        .values(wanted.slice(i, i + CHUNK))
        .onConflictDoNothing({ target: [notification.userId, notification.dedupeKey] })
        .returning({ id: notification.id });
      written += inserted.length;
      mailed += await mailNotificationsNow(tx, {
        notificationIds: inserted.map((n) => n.id),
        mailer: opts.mailer,
        publicUrl: opts.publicUrl,
      });
    });
    // Let requests in between chunks (PGlite never leaves the microtask queue on its own).
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { today, due: wanted.length, written, mailed };
}

/** Every morning at 06:00 WIB, before the 07:00 digest that carries them to most people. */
export async function setUpReminders(ctx: JobContext): Promise<void> {
  await ensureQueue(ctx.boss, SEND_REMINDERS, { policy: "standard", notify: true, retryLimit: 3, retryDelay: 300 });
  await scheduleJob(ctx, SEND_REMINDERS, "0 6 * * *", null, "daily");
  await ctx.boss.work(SEND_REMINDERS, { includeMetadata: true, pollingIntervalSeconds: 30 }, async ([job]) => {
    if (!job) return;
    const result = await runReminders(ctx.database.db, {
      today: jakartaToday(job.createdOn),
      reminderDays: ctx.reminderDays,
      mailer: ctx.mailer,
      publicUrl: ctx.publicUrl,
    });
    ctx.log.info(result, "deadline reminders written");
  });
}
