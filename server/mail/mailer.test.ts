import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outboxMessage } from "../db/schema/index";
import { startSmtp } from "../testing/smtp";
import { setupTestApp } from "../testing/test-app";
import { createMailer } from "./mailer";

const t = setupTestApp();
let smtp: Awaited<ReturnType<typeof startSmtp>>;

beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(() => smtp.close());

describe("mailer", () => {
  it("sends through SMTP when configured and marks the outbox message sent", async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, from: "Kota Cerdas <no-reply@uji.id>" });
    const db = t.database().db;
    await mailer.send(db, {
      to: "rina@banjarkota.go.id",
      subject: "Undangan",
      text: "Buka tautan ini.",
      kind: "invitation",
    });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.to).toEqual(["rina@banjarkota.go.id"]);
    expect(smtp.received[0]?.body).toContain("Buka tautan ini.");
    const [row] = await db.select().from(outboxMessage).where(eq(outboxMessage.to, "rina@banjarkota.go.id"));
    expect(row?.sentAt).toBeInstanceOf(Date);
    expect(row).toMatchObject({ status: "sent", attempts: 1, error: null });
  });

  it("sends the HTML version alongside the text when the message has one", async () => {
    const mailer = createMailer({ smtpUrl: smtp.url, from: "Kota Cerdas <no-reply@uji.id>" });
    await mailer.send(t.database().db, {
      to: "html@contoh.go.id",
      subject: "Ringkasan",
      text: "Versi teks",
      html: "<p>Versi <b>HTML</b></p>",
      kind: "digest",
    });
    const body = smtp.received.find((r) => r.to.includes("html@contoh.go.id"))?.body ?? "";
    expect(body).toContain("multipart/alternative");
    expect(body).toContain("Versi teks");
    expect(body).toContain("text/html");
  });

  it("keeps the message with the error when SMTP fails, without throwing", async () => {
    const errors: unknown[] = [];
    const mailer = createMailer({ smtpUrl: "smtp://127.0.0.1:1", from: "x@uji.id", onError: (e) => errors.push(e) });
    const db = t.database().db;
    await mailer.send(db, { to: "gagal@contoh.go.id", subject: "Uji", text: "Isi", kind: "other" });
    const [row] = await db.select().from(outboxMessage).where(eq(outboxMessage.to, "gagal@contoh.go.id"));
    expect(row?.sentAt).toBeNull();
    expect(row?.error).toMatch(/ECONNREFUSED|connect/i);
    // Still queued: the job queue's sweep retries it once the server runs one.
    expect(row).toMatchObject({ status: "queued", attempts: 1 });
    expect(errors).toHaveLength(1);
  });

  it("marks the message failed when the last attempt fails, and leaves it alone afterwards", async () => {
    const mailer = createMailer({ smtpUrl: "smtp://127.0.0.1:1", from: "x@uji.id" });
    const db = t.database().db;
    const id = await mailer.queue(db, { to: "terakhir@contoh.go.id", subject: "Uji", text: "Isi", kind: "other" });
    expect(await mailer.attempt(db, id, { last: false })).toMatchObject({ outcome: "retry" });
    expect(await mailer.attempt(db, id, { last: true })).toMatchObject({ outcome: "failed" });
    expect(await mailer.attempt(db, id, { last: true })).toEqual({ outcome: "skipped" });
    const [row] = await db.select().from(outboxMessage).where(eq(outboxMessage.id, id));
    expect(row).toMatchObject({ status: "failed", attempts: 2, sentAt: null });
    expect(row?.error).toMatch(/ECONNREFUSED|connect/i);
  });

  it("only keeps messages in the outbox without SMTP", async () => {
    const mailer = createMailer({ from: "x@uji.id" });
    expect(mailer.delivers).toBe(false);
    const db = t.database().db;
    await mailer.send(db, { to: "simpan@contoh.go.id", subject: "Uji", text: "Isi", kind: "other" });
    const [row] = await db.select().from(outboxMessage).where(eq(outboxMessage.to, "simpan@contoh.go.id"));
    expect(row).toMatchObject({ sentAt: null, error: null, status: "queued", attempts: 0 });
  });
});
