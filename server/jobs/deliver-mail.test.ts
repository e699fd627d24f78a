import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app";
import type { Database } from "../db/client";
import { queryRows } from "../db/query-rows";
import { outboxMessage } from "../db/schema/index";
import { createMailer, type Mail, type Mailer } from "../mail/mailer";
import { makeUser } from "../testing/factories";
import { startTestJobQueue } from "../testing/job-queue";
import { startSmtp } from "../testing/smtp";
import { createTestDatabase } from "../testing/test-database";
import { waitFor } from "../testing/wait";
import { DELIVER_MAIL, sweepOutbox } from "./deliver-mail";
import type { JobQueue } from "./queue";

let database: Database;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let mailer: Mailer;
let jobs: JobQueue;

beforeAll(async () => {
  [database, smtp] = await Promise.all([createTestDatabase({ seed: false }), startSmtp()]);
  mailer = createMailer({ smtpUrl: smtp.url, from: "Kota Cerdas <no-reply@uji.go.id>" });
  jobs = await startTestJobQueue(database, mailer);
}, 60_000);
afterAll(async () => {
  await jobs?.stop();
  await Promise.all([database?.close(), smtp?.close()]);
});

const mail = (to: string): Mail => ({
  to,
  kind: "notification",
  subject: "Keluaran Tahap 2 dikembalikan",
  text: "Perbaiki keluaran Tahap 2.",
  html: "<p>Perbaiki keluaran <b>Tahap 2</b>.</p>",
});
const messageTo = async (to: string) =>
  (await database.db.select().from(outboxMessage).where(eq(outboxMessage.to, to)))[0];
const settled = (to: string) =>
  waitFor(
    async () => {
      const m = await messageTo(to);
      return m && m.status !== "queued" ? m : undefined;
    },
    { what: `the message to ${to} to be sent or to fail` },
  );
const jobsFor = async (id: number) =>
  (
    await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from pgboss.job where name = ${DELIVER_MAIL} and singleton_key = ${`outbox:${id}`}`,
    )
  )[0]?.n;

describe("e-mail through the job queue", () => {
  it("delivers a message queued in a transaction, as text and HTML, and marks it sent", async () => {
    await database.db.transaction((tx) => mailer.queue(tx, mail("rina@banjarkota.go.id")));
    const sent = await settled("rina@banjarkota.go.id");
    expect(sent).toMatchObject({ status: "sent", attempts: 1, error: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
    const [received] = smtp.to("rina@banjarkota.go.id");
    expect(received?.body).toContain("Perbaiki keluaran Tahap 2.");
    expect(received?.body).toContain("text/html");
  });

  it("retries with backoff while SMTP refuses and sends once it accepts, counting every attempt", async () => {
    smtp.refuse(2);
    const to = ["a@contoh.go.id", "b@contoh.go.id", "c@contoh.go.id"];
    await database.db.transaction(async (tx) => {
      for (const t of to) await mailer.queue(tx, mail(t));
    });
    const done = await Promise.all(to.map(settled));
    expect(done.map((m) => m.status)).toEqual(["sent", "sent", "sent"]);
    // Two refusals, however they fell on the three messages (none can take three): one attempt more each.
    expect(done.reduce((n, m) => n + m.attempts, 0)).toBe(5);
    for (const t of to) expect(smtp.to(t)).toHaveLength(1);
  });

  it("marks a message failed with the error after the last retry", async () => {
    smtp.refuse(Number.POSITIVE_INFINITY);
    try {
      await mailer.send(database.db, mail("gagal@contoh.go.id"));
      const failed = await settled("gagal@contoh.go.id");
      expect(failed).toMatchObject({ status: "failed", attempts: 3, sentAt: null });
      expect(failed.error).toMatch(/451|tidak tersedia/);
    } finally {
      smtp.refuse(0);
    }
  });

  it("never sends a message whose transaction rolled back", async () => {
    let rolledBack = 0;
    await expect(
      database.db.transaction(async (tx) => {
        rolledBack = await mailer.queue(tx, mail("batal@contoh.go.id"));
        throw new Error("the change failed after the mail was queued");
      }),
    ).rejects.toThrow(/change failed/);
    await mailer.send(database.db, mail("sesudah@contoh.go.id"));
    await settled("sesudah@contoh.go.id");
    expect(await messageTo("batal@contoh.go.id")).toBeUndefined();
    expect(await jobsFor(rolledBack)).toBe(0);
    expect(smtp.to("batal@contoh.go.id")).toHaveLength(0);
  });

  it("delivers what was committed while no queue ran (a restart), once, however often it is swept", async () => {
    // Written the way the CLI or a stopped server leaves it: a queued row and no job.
    const [row] = await database.db
      .insert(outboxMessage)
      .values({ ...mail("tertinggal@contoh.go.id") })
      .returning();
    if (!row) throw new Error("insert failed");
    expect(await jobsFor(row.id)).toBe(0);
    smtp.refuse(1);
    await sweepOutbox(database.db, jobs.boss, { minAgeSeconds: 0 });
    await sweepOutbox(database.db, jobs.boss, { minAgeSeconds: 0 });
    const sent = await settled("tertinggal@contoh.go.id");
    expect(sent).toMatchObject({ status: "sent", attempts: 2 });
    expect(await jobsFor(row.id)).toBe(1);
    expect(smtp.to("tertinggal@contoh.go.id")).toHaveLength(1);
  });

  it("e-mails a password reset asked for through the API by way of the queue", async () => {
    const app = await buildApp({ database, webDir: false, mailer, publicUrl: "https://kotacerdas.uji.go.id" });
    try {
      const u = await makeUser(app, { role: "national_admin" }, { email: "lupa@contoh.go.id" });
      const res = await app.inject({
        method: "POST",
        url: "/api/auth/request-password-reset",
        payload: { email: u.email, redirectTo: "/atur-ulang-sandi" },
      });
      expect(res.statusCode).toBe(200);
      expect(await settled("lupa@contoh.go.id")).toMatchObject({ status: "sent", attempts: 1, kind: "password_reset" });
      expect(smtp.to("lupa@contoh.go.id")[0]?.body).toContain("Atur ulang kata sandi Kota Cerdas");
    } finally {
      await app.close();
    }
  });

  it("keeps messages in the outbox when no SMTP server is configured", async () => {
    const outboxOnly = createMailer({ from: "x@uji.go.id" });
    const id = await outboxOnly.queue(database.db, mail("simpan@contoh.go.id"));
    expect(await jobsFor(id)).toBe(0);
    expect(await messageTo("simpan@contoh.go.id")).toMatchObject({ status: "queued", attempts: 0 });
  });
});
