import path from "node:path";
import { buildApp } from "./app";
import type { Config } from "./config";
import { openDatabase } from "./db/client";
import { runMigrations } from "./db/migrate";
import { seedReferenceData } from "./db/seed/reference";
import { refreshStatistics } from "./db/statistics";
import { announceFirstAdmin } from "./first-admin-notice";
import { type JobQueue, startJobQueue } from "./jobs/queue";
import { loggerOptions } from "./logger";
import { createMailer } from "./mail/mailer";
import { ensureFirstAdmin } from "./services/people/first-admin";

/**
 * Opens the database, migrates, loads reference data and listens. SIGTERM/SIGINT let
 * in-flight requests finish and then close the database cleanly.
 */
export async function startServer(config: Config) {
  const database = await openDatabase(config);
  try {
    await runMigrations(database);
  } catch (err) {
    await database.close();
    throw err;
  }
  const mailer = createMailer({
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    onError: (err) => app.log.warn({ err }, "e-mail could not be sent; it stays queued in the outbox for a retry"),
  });
  const app = await buildApp({
    database,
    logger: loggerOptions(config),
    publicUrl: config.publicUrl,
    authSecret: config.authSecret,
    mailer,
    trustProxy: config.trustProxy,
    filesDir: path.join(config.dataDir, "files"),
    feedback: config.feedback,
    openData: config.openData,
    bookCacheBytes: config.bookCacheBytes,
    ministryLogo: config.ministryLogo,
  });
  try {
    const seeded = await seedReferenceData(database.db);
    await refreshStatistics(database);
    app.log.info({ database: database.kind, location: database.location, ...seeded }, "database ready");
    announceFirstAdmin(
      await ensureFirstAdmin(database.db, app.auth, { admin: config.firstAdmin, publicUrl: config.publicUrl }),
    );
  } catch (err) {
    app.log.fatal({ err }, "database could not be prepared");
    await app.close();
    await database.close();
    throw err;
  }

  let jobs: JobQueue | undefined;
  let jobsStarting: Promise<void> = Promise.resolve();
  let stopping = false;
  // The job queue (e-mail delivery, digests, reminders, hourly ANALYZE on PGlite) starts once the
  // server listens: its first start creates its schema, which must not hold up the first request.
  // Until it runs, e-mail is sent inline as before; whatever is left queued, it sweeps up.
  const startJobs = () => {
    jobsStarting = startJobQueue({
      database,
      connectionString: config.databaseUrl,
      mailer,
      publicUrl: config.publicUrl,
      reminderDays: config.reminderDays,
      feedbackRetentionDays: config.feedback.retentionDays,
      log: app.log,
    }).then(
      async (started) => {
        app.log.info({ ms: started.startedInMs }, "job queue ready");
        if (stopping) await started.stop();
        else jobs = started;
      },
      (err) => app.log.error({ err }, "job queue could not start; e-mail is sent inline, no digests or reminders run"),
    );
  };

  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, "shutting down: finishing in-flight requests");
    const force = setTimeout(() => {
      app.log.error("shutdown took longer than 10 s; closing the database and exiting");
      void database.close().finally(() => process.exit(1));
    }, 10_000);
    force.unref();
    try {
      await app.close();
      // Running jobs finish (or are handed back to the queue) before their database goes away.
      await jobsStarting;
      await jobs?.stop();
    } finally {
      await database.close();
      app.log.info("database closed; bye");
    }
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));

  await app.listen({ port: config.port, host: config.host });
  startJobs();
  return { app, database, stop, jobs: () => jobs };
}
