import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, buildApp } from "../app";
import type { Database } from "../db/client";
import { outboxMessage } from "../db/schema/index";
import type { JobQueue } from "../jobs/queue";
import { createMailer } from "../mail/mailer";
import { makeWorkspace, workspaceOf } from "../testing/cohort-factories";
import { caller } from "../testing/evaluation-factories";
import { actorWith } from "../testing/factories";
import { startTestJobQueue } from "../testing/job-queue";
import { startSmtp } from "../testing/smtp";
import { createTestDatabase } from "../testing/test-database";
import { waitFor } from "../testing/wait";

let database: Database;
let app: App;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let jobs: JobQueue;
const call = caller(() => app);

beforeAll(async () => {
  [database, smtp] = await Promise.all([createTestDatabase(), startSmtp()]);
  const mailer = createMailer({ smtpUrl: smtp.url, from: "Kota Cerdas <no-reply@uji.go.id>" });
  app = await buildApp({ database, webDir: false, mailer, publicUrl: "https://kotacerdas.contoh.go.id" });
  jobs = await startTestJobQueue(database, mailer);
}, 60_000);
afterAll(async () => {
  await jobs?.stop();
  await app?.close();
  await Promise.all([database?.close(), smtp?.close()]);
});

/** The mail's text as written: quoted-printable soft breaks and escapes undone. */
const quotedPrintable = (raw: string) =>
  Buffer.from(
    raw
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    "latin1",
  ).toString("utf8");

describe("e-mail of a notification for someone who chose 'immediately'", () => {
  it("goes out with the change, links to the place of action, and not to someone on the daily digest", async () => {
    const region = "35.78";
    const { candidate } = await makeWorkspace(app, region);
    const coordinator = await actorWith(app, { role: "region_coordinator", regionCode: region });
    const viewer = await actorWith(app, { role: "region_viewer", regionCode: region });
    const mentor = await actorWith(app, { role: "mentor", regionCode: region });
    const pref = await call("PUT", "/api/me/notification-preferences", mentor.cookie, {
      emailMode: "immediate",
      mutedKinds: [],
      version: 1,
    });
    expect(pref.statusCode, pref.body).toBe(200);

    const id = (await workspaceOf(app, candidate.id))[0]?.deliverables[0]?.id;
    await call("PATCH", `/api/deliverables/${id}`, coordinator.cookie, { link: "https://contoh.go.id/x", version: 1 });
    const submit = await call("POST", `/api/deliverables/${id}/actions`, coordinator.cookie, { action: "submit" });
    expect(submit.statusCode, submit.body).toBe(200);

    const [mail] = await waitFor(
      async () => (smtp.to(mentor.user.email).length ? smtp.to(mentor.user.email) : undefined),
      {
        what: "the mentor's e-mail",
      },
    );
    const body = quotedPrintable(mail?.body ?? "");
    expect(body).toContain("Kota Surabaya: keluaran Tahap 1 diajukan — Analisis kesenjangan kesiapan");
    expect(body).toContain("https://kotacerdas.contoh.go.id/notifikasi/pengaturan");
    expect(body).toContain(`https://kotacerdas.contoh.go.id/kandidat/${candidate.id}?tab=bimtek#keluaran-${id}`);
    const [row] = await database.db.select().from(outboxMessage).where(eq(outboxMessage.to, mentor.user.email));
    expect(row).toMatchObject({ kind: "notification", status: "sent", attempts: 1 });
    // The viewer keeps the default (a daily digest) and was not told of a submission anyway; the
    // coordinator acted. Neither has an e-mail now.
    const others = await database.db.select().from(outboxMessage).where(eq(outboxMessage.kind, "notification"));
    expect(others.map((m) => m.to)).toEqual([mentor.user.email]);
    expect(smtp.to(viewer.user.email)).toEqual([]);
  });
});
