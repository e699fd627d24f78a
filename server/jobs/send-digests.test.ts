import { and, count, eq, inArray, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openPostgres } from "../db/client";
import { digestRun, notification, outboxMessage } from "../db/schema/index";
import { mailNotificationsNow } from "../mail/mail-notifications";
import { createMailer } from "../mail/mailer";
import { connectionStringOf, startTestJobQueue } from "../testing/job-queue";
import { makeNotification, makePerson } from "../testing/notification-factories";
import { startSmtp } from "../testing/smtp";
import { createTestDatabase } from "../testing/test-database";
import { waitFor } from "../testing/wait";
import { runDigest, SEND_DIGESTS } from "./send-digests";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase({ seed: false });
}, 60_000);
afterAll(() => database?.close());

const publicUrl = "https://kotacerdas.uji.go.id";
// SMTP configured but never reached outside the last test: no job queue runs, mails are only queued.
const mailer = createMailer({ smtpUrl: "smtp://127.0.0.1:9", from: "Kota Cerdas <no-reply@uji.go.id>" });
const mailsTo = (email: string) => database.db.select().from(outboxMessage).where(eq(outboxMessage.to, email));

describe("runDigest", () => {
  it("writes one mail per person with all their unmailed notifications, in their language, once", async () => {
    const db = database.db;
    const now = new Date("2026-12-08T00:00:00Z"); // 07:00 WIB
    // Every notification is dated against `now`, never the wall clock (the test ran into its own morning).
    const before = new Date("2026-12-07T03:00:00Z");
    const rina = await makePerson(db, { name: "Rina", muted: ["comment.replied"] });
    const ana = await makePerson(db, { name: "Ana", language: "en" });
    const weekly = await makePerson(db, { mode: "weekly" });
    const immediate = await makePerson(db, { mode: "immediate" });
    const none = await makePerson(db, { mode: "none" });
    const inactive = await makePerson(db, { active: false });
    const first = await makeNotification(db, rina.id, { createdAt: new Date("2026-12-07T02:00:00Z") });
    const second = await makeNotification(db, rina.id, {
      kind: "deadline.approaching",
      titleId: "Tenggat besok: Tahap 3 Bimtek",
      titleEn: "Due tomorrow: Bimtek stage 3",
      createdAt: new Date("2026-12-07T09:00:00Z"),
    });
    const muted = await makeNotification(db, rina.id, {
      kind: "comment.replied",
      titleId: "Balasan yang dibisukan",
      createdAt: before,
    });
    const mailedBefore = await makeNotification(db, rina.id, {
      titleId: "Sudah dikirim",
      emailedAt: before,
      createdAt: before,
    });
    const later = await makeNotification(db, rina.id, {
      titleId: "Sesudah ringkasan",
      createdAt: new Date("2026-12-08T01:00:00Z"),
    });
    await makeNotification(db, ana.id, { createdAt: before });
    for (const p of [weekly, immediate, none, inactive]) await makeNotification(db, p.id, { createdAt: before });

    const result = await runDigest(db, { mode: "daily", now, mailer, publicUrl, batchSize: 1 });
    expect(result).toMatchObject({ period: "daily:2026-12-08", mails: 2, items: 3 });

    const [toRina, ...moreToRina] = await mailsTo(rina.email);
    expect(moreToRina).toHaveLength(0);
    expect(toRina).toMatchObject({
      kind: "digest",
      status: "queued",
      subject: "Ringkasan harian Kota Cerdas: 2 pemberitahuan baru",
    });
    expect(toRina?.text).toContain("Keluaran Tahap 2 dikembalikan untuk revisi");
    expect(toRina?.text).toContain("Tenggat besok: Tahap 3 Bimtek");
    expect(toRina?.text).not.toContain("Balasan yang dibisukan");
    expect(toRina?.text).not.toContain("Sudah dikirim");
    expect(toRina?.html).toContain(`${publicUrl}/kandidat/7?tab=bimtek#keluaran-12`);
    const [toAna] = await mailsTo(ana.email);
    expect(toAna?.subject).toBe("Kota Cerdas daily digest: 1 new notification");
    expect(toAna?.text).toContain("Stage 2 deliverable returned for revision");
    for (const p of [weekly, immediate, none, inactive]) expect(await mailsTo(p.email)).toHaveLength(0);

    const unmailed = await db
      .select({ id: notification.id })
      .from(notification)
      .where(and(eq(notification.userId, rina.id), isNull(notification.emailedAt)));
    expect(unmailed.map((n) => n.id).sort()).toEqual([muted.id, later.id].sort());
    expect([first.id, second.id, mailedBefore.id]).not.toContain(unmailed[0]?.id);
    const [run] = await db.select().from(digestRun).where(eq(digestRun.userId, rina.id));
    expect(run).toMatchObject({ period: "daily:2026-12-08", items: 2, outboxMessageId: toRina?.id });

    // Run again for the same morning: nobody gets a second digest.
    await makeNotification(db, ana.id, { createdAt: new Date("2026-12-07T23:30:00Z") });
    expect(await runDigest(db, { mode: "daily", now, mailer, publicUrl })).toMatchObject({ mails: 0 });
    expect(await mailsTo(ana.email)).toHaveLength(1);

    const weeklyRun = await runDigest(db, { mode: "weekly", now, mailer, publicUrl });
    expect(weeklyRun).toMatchObject({ period: "weekly:2026-W50", mails: 1, items: 1 });
    expect((await mailsTo(weekly.email))[0]?.subject).toBe("Ringkasan mingguan Kota Cerdas: 1 pemberitahuan baru");
  });
});

describe("mailNotificationsNow", () => {
  it("mails each notification on its own to people who chose immediate e-mail, and nobody else", async () => {
    const db = database.db;
    const now = await makePerson(db, { mode: "immediate", language: "en" });
    const daily = await makePerson(db);
    const gone = await makePerson(db, { mode: "immediate", active: false });
    const mutedIt = await makePerson(db, { mode: "immediate", muted: ["comment.replied"] });
    const a = await makeNotification(db, now.id);
    const b = await makeNotification(db, now.id, { kind: "deadline.missed", titleEn: "Deadline missed: stage 2" });
    const c = await makeNotification(db, daily.id);
    const d = await makeNotification(db, gone.id);
    const e = await makeNotification(db, mutedIt.id, { kind: "comment.replied" });
    const ids = [a.id, b.id, c.id, d.id, e.id];

    const mailed = await db.transaction((tx) => mailNotificationsNow(tx, { notificationIds: ids, mailer, publicUrl }));
    expect(mailed).toBe(2);
    const toNow = await mailsTo(now.email);
    expect(toNow.map((m) => m.subject).sort()).toEqual([
      "[Kota Cerdas] Deadline missed: stage 2",
      "[Kota Cerdas] Stage 2 deliverable returned for revision",
    ]);
    expect(toNow[0]?.kind).toBe("notification");
    for (const p of [daily, gone, mutedIt]) expect(await mailsTo(p.email)).toHaveLength(0);
    const emailed = await db
      .select({ id: notification.id })
      .from(notification)
      .where(and(inArray(notification.id, ids), isNull(notification.emailedAt)));
    expect(emailed.map((n) => n.id).sort()).toEqual([c.id, d.id, e.id].sort());
    // Asked twice (a retried transaction), it mails nothing more.
    expect(await mailNotificationsNow(db, { notificationIds: ids, mailer, publicUrl })).toBe(0);
    // Without SMTP nobody is mailed and the notification waits, unmailed, in the app.
    const later = await makeNotification(db, now.id);
    const outboxOnly = createMailer({ from: "x@uji.go.id" });
    expect(await mailNotificationsNow(db, { notificationIds: [later.id], mailer: outboxOnly, publicUrl })).toBe(0);
    expect((await mailsTo(now.email)).length).toBe(2);
  });
});

// Two server instances need two connections to one database: PostgreSQL only.
if (process.env.TEST_DB === "postgres")
  describe("two server instances on one PostgreSQL database", () => {
    it("write each person's digest once when both run it at the same time", { timeout: 60_000 }, async () => {
      const url = await connectionStringOf(database);
      if (!url) throw new Error("no connection string");
      const other = await openPostgres(url, 4);
      const smtp = await startSmtp();
      // Two instances, each with its own mailer and queue, delivering to one SMTP server.
      const mailers = [1, 2].map(() => createMailer({ smtpUrl: smtp.url, from: "Kota Cerdas <no-reply@uji.go.id>" }));
      const [one, two] = await Promise.all([
        startTestJobQueue(database, mailers[0] ?? mailer, { connectionString: url }),
        startTestJobQueue(other, mailers[1] ?? mailer, { connectionString: url }),
      ]);
      try {
        const people: Array<{ id: string; email: string }> = [];
        for (let i = 0; i < 40; i++) {
          const p = await makePerson(database.db);
          await makeNotification(database.db, p.id);
          await makeNotification(database.db, p.id, { kind: "comment.replied" });
          people.push(p);
        }
        const ids = people.map((p) => p.id);
        const jobIds = await Promise.all([
          one.boss.send(SEND_DIGESTS, { mode: "daily" }),
          two.boss.send(SEND_DIGESTS, { mode: "daily" }),
        ]);
        const direct = await Promise.all([
          runDigest(database.db, { mode: "daily", mailer: mailers[0] ?? mailer, publicUrl, batchSize: 7 }),
          runDigest(other.db, { mode: "daily", mailer: mailers[1] ?? mailer, publicUrl, batchSize: 5 }),
        ]);
        await waitFor(
          async () => {
            const jobs = await Promise.all(jobIds.map((id) => one.boss.findJobs(SEND_DIGESTS, { id: id ?? "" })));
            return jobs.every(([j]) => j?.state === "completed");
          },
          { what: "both digest jobs to complete" },
        );
        const perPerson = await database.db
          .select({ to: outboxMessage.to, n: count() })
          .from(outboxMessage)
          .where(
            and(
              eq(outboxMessage.kind, "digest"),
              inArray(
                outboxMessage.to,
                people.map((p) => p.email),
              ),
            ),
          )
          .groupBy(outboxMessage.to);
        expect(perPerson).toHaveLength(40);
        expect(perPerson.every((r) => r.n === 1)).toBe(true);
        await waitFor(() => people.every((p) => smtp.to(p.email).length > 0), { what: "every digest delivered" });
        expect(people.map((p) => smtp.to(p.email).length)).toEqual(people.map(() => 1));
        expect(direct[0].mails + direct[1].mails).toBeLessThanOrEqual(40);
        const runs = await database.db.select({ n: count() }).from(digestRun).where(inArray(digestRun.userId, ids));
        expect(runs[0]?.n).toBe(40);
      } finally {
        await Promise.all([one.stop(), two.stop()]);
        await Promise.all([other.close(), smtp.close()]);
      }
    });
  });
