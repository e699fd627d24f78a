import { sql } from "drizzle-orm";
import type { Database } from "../db/client";
import { queryRows } from "../db/query-rows";
import { type JobLog, type JobQueue, type JobTuning, startJobQueue } from "../jobs/queue";
import type { Mailer } from "../mail/mailer";

/** Retries in seconds instead of minutes, so a test sees a message fail three times quickly. */
export const TEST_TUNING: JobTuning = {
  mailRetryLimit: 2,
  mailRetryDelaySeconds: 1,
  mailRetryDelayMaxSeconds: 2,
  pollingIntervalSeconds: 0.5,
};

/** Collects what the jobs log, for assertions (and silence). */
export function memoryLog(): JobLog & { errors: unknown[] } {
  const errors: unknown[] = [];
  return { info: () => {}, warn: () => {}, error: (obj) => errors.push(obj), errors };
}

/** The URL of a PostgreSQL test database (for a second pool on it); undefined on PGlite. */
export async function connectionStringOf(database: Database): Promise<string | undefined> {
  if (database.kind !== "postgres") return undefined;
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error("TEST_DATABASE_URL is not set");
  const [row] = await queryRows<{ name: string }>(database.db, sql`select current_database() as name`);
  const url = new URL(admin);
  url.pathname = `/${row?.name}`;
  return url.toString();
}

/** The job queue on a test database without cron schedules (tests run jobs themselves). */
export async function startTestJobQueue(
  database: Database,
  mailer: Mailer,
  opts: { log?: JobLog; connectionString?: string } = {},
): Promise<JobQueue> {
  return startJobQueue({
    database,
    connectionString: opts.connectionString ?? (await connectionStringOf(database)),
    mailer,
    publicUrl: "https://kotacerdas.uji.go.id",
    reminderDays: [7, 1],
    feedbackRetentionDays: 180,
    log: opts.log ?? memoryLog(),
    schedule: false,
    tuning: TEST_TUNING,
  });
}
