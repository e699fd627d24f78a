import path from "node:path";
import { buildApp } from "./app";
import type { Config } from "./config";
import { openDatabase } from "./db/client";
import { runMigrations } from "./db/migrate";
import { seedReferenceData } from "./db/seed/reference";
import { keepStatisticsFresh, refreshStatistics } from "./db/statistics";
import { announceFirstAdmin } from "./first-admin-notice";
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
    onError: (err) => app.log.error({ err }, "e-mail could not be sent; it stays in the outbox"),
  });
  const app = await buildApp({
    database,
    logger: loggerOptions(config),
    publicUrl: config.publicUrl,
    authSecret: config.authSecret,
    mailer,
    trustProxy: config.trustProxy,
    filesDir: path.join(config.dataDir, "files"),
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

  // The CLI's imports and seeds run while the server is stopped (PGlite has one process), so the
  // refresh at start covers them; the hourly one covers what the web writes.
  const statistics = keepStatisticsFresh(database, (err) => app.log.error({ err }, "ANALYZE failed"));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    statistics.stop();
    app.log.info({ signal }, "shutting down: finishing in-flight requests");
    const force = setTimeout(() => {
      app.log.error("shutdown took longer than 10 s; closing the database and exiting");
      void database.close().finally(() => process.exit(1));
    }, 10_000);
    force.unref();
    try {
      await app.close();
    } finally {
      await database.close();
      app.log.info("database closed; bye");
    }
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));

  await app.listen({ port: config.port, host: config.host });
  return { app, database, stop };
}
