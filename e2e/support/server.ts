import type { AddressInfo } from "node:net";
import { type App, buildApp, WEB_DIST } from "../../server/app";
import { openPglite } from "../../server/db/client";
import { runMigrations } from "../../server/db/migrate";
import { seedReferenceData } from "../../server/db/seed/reference";
import { type JobQueue, startJobQueue } from "../../server/jobs/queue";
import { createMailer } from "../../server/mail/mailer";
import { memoryLog, TEST_TUNING } from "../../server/testing/job-queue";
import { startSmtp } from "../../server/testing/smtp";

export type PlatformOptions = {
  /**
   * E-mail as a deployment with SMTP_URL has it: a local SMTP server receives what the platform
   * sends, and the job queue delivers from the outbox (as `server/start.ts` starts it, without
   * the cron schedules).
   */
  mail?: boolean;
};

export type Smtp = Awaited<ReturnType<typeof startSmtp>>;

/** The whole platform (API + built SPA) on an in-memory database and a free port. */
export async function startPlatform(
  opts: PlatformOptions = {},
): Promise<{ url: string; close: () => Promise<void>; app: App; smtp?: Smtp }> {
  const [database, smtp] = await Promise.all([openPglite("memory://"), opts.mail ? startSmtp() : undefined]);
  await runMigrations(database);
  await seedReferenceData(database.db);
  const mailer = smtp ? createMailer({ smtpUrl: smtp.url, from: "Kota Cerdas <no-reply@uji.go.id>" }) : undefined;
  const app = await buildApp({ database, webDir: WEB_DIST, ...(mailer ? { mailer } : {}) });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as AddressInfo;
  let jobs: JobQueue | undefined;
  if (mailer)
    jobs = await startJobQueue({
      database,
      mailer,
      publicUrl: app.publicUrl,
      reminderDays: [7, 1],
      feedbackRetentionDays: 180,
      log: memoryLog(),
      schedule: false,
      tuning: TEST_TUNING,
    });
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    ...(smtp ? { smtp } : {}),
    close: async () => {
      await app.close();
      await jobs?.stop();
      await database.close();
      await smtp?.close();
    },
  };
}
