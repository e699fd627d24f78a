import { type ConstructorOptions, fromPglite, PgBoss, type Queue } from "pg-boss";
import type { Database } from "../db/client";
import type { Mailer } from "../mail/mailer";
import { setUpMailDelivery } from "./deliver-mail";
import { setUpFeedbackErasure } from "./erase-feedback-data";
import { setUpDatasetStats } from "./refresh-dataset-stats";
import { setUpStatistics } from "./refresh-statistics";
import { setUpDigests } from "./send-digests";
import { setUpReminders } from "./send-reminders";

/** Schedules follow the program's clock: deadlines and "07:00" are WIB. */
export const JOBS_TZ = "Asia/Jakarta";

type LogFn = (obj: object, msg: string) => void;
export type JobLog = { info: LogFn; warn: LogFn; error: LogFn };

export type JobTuning = {
  /** Retries of one e-mail after its first attempt, before it is marked failed. */
  mailRetryLimit: number;
  /** First wait before a retry; it doubles each time (with jitter) up to the maximum. */
  mailRetryDelaySeconds: number;
  mailRetryDelayMaxSeconds: number;
  /** How often an idle worker looks for jobs when no NOTIFY wakes it. */
  pollingIntervalSeconds: number;
};

// About four hours of retries (30 s, 1, 2, 4 … minutes, then hourly): an SMTP server down for a
// morning loses nothing; past that the message is marked failed and the admin sees why.
export const DEFAULT_TUNING: JobTuning = {
  mailRetryLimit: 10,
  mailRetryDelaySeconds: 30,
  mailRetryDelayMaxSeconds: 3600,
  pollingIntervalSeconds: 10,
};

/** What every job's set-up receives. */
export type JobContext = {
  boss: PgBoss;
  database: Database;
  mailer: Mailer;
  publicUrl: string;
  reminderDays: number[];
  /** Days after which feedback senders' e-mail and network addresses are erased. */
  feedbackRetentionDays: number;
  log: JobLog;
  tuning: JobTuning;
  /** Whether this instance installs the cron schedules (tests run jobs by hand instead). */
  schedule: boolean;
};

export type JobQueueOptions = Omit<JobContext, "boss" | "tuning" | "schedule"> & {
  /** PostgreSQL only: the queue's own small pool connects here (the server's DATABASE_URL). */
  connectionString?: string;
  schedule?: boolean;
  tuning?: Partial<JobTuning>;
};

export type JobQueue = { boss: PgBoss; startedInMs: number; stop: () => Promise<void> };

function createBoss(database: Database, connectionString: string | undefined, schedule: boolean): PgBoss {
  const common: ConstructorOptions = { schema: "pgboss", useListenNotify: true, schedule };
  if (database.kind === "pglite") {
    if (!database.pglite) throw new Error("the PGlite instance is needed for the job queue");
    // The one embedded connection: the queue's statements wait their turn behind each transaction.
    return new PgBoss({ ...common, db: fromPglite(database.pglite), backend: "pglite" });
  }
  if (!connectionString) throw new Error("the job queue on PostgreSQL needs the connection string");
  return new PgBoss({ ...common, connectionString, max: 4, application_name: "kotacerdas-jobs" });
}

/**
 * Starts pg-boss on the server's database (its schema `pgboss` is created on the first start),
 * registers every job and, unless `schedule` is false, their cron schedules. From then on queued
 * e-mail is delivered by the queue. `stop` lets running jobs finish (up to 5 s) before the
 * database may close.
 */
export async function startJobQueue(opts: JobQueueOptions): Promise<JobQueue> {
  const schedule = opts.schedule ?? true;
  const boss = createBoss(opts.database, opts.connectionString, schedule);
  boss.on("error", (err) => opts.log.error({ err }, "job queue error"));
  // Slow queries, a growing backlog, clock skew between instances: worth a line in the log.
  boss.on("warning", (warning) => opts.log.warn({ warning }, "job queue warning"));
  const started = performance.now();
  await boss.start();
  const ctx: JobContext = { ...opts, boss, schedule, tuning: { ...DEFAULT_TUNING, ...opts.tuning } };
  try {
    await setUpStatistics(ctx);
    await setUpDigests(ctx);
    await setUpReminders(ctx);
    await setUpMailDelivery(ctx);
    await setUpFeedbackErasure(ctx);
    await setUpDatasetStats(ctx);
  } catch (err) {
    opts.mailer.handOver(undefined);
    await boss.stop({ graceful: false });
    throw err;
  }
  return {
    boss,
    startedInMs: Math.round(performance.now() - started),
    stop: async () => {
      // Mail queued from here on waits in the outbox for the next start's sweep.
      opts.mailer.handOver(undefined);
      await boss.stop({ graceful: true, timeout: 5000 });
    },
  };
}

/** Creates the queue, or brings an existing one's settings up to date (creating leaves them as they were). */
export async function ensureQueue(boss: PgBoss, name: string, options: Omit<Queue, "name">): Promise<void> {
  await boss.createQueue(name, options);
  const { policy: _policy, partition: _partition, deadLetter: _deadLetter, ...settings } = options;
  await boss.updateQueue(name, settings);
}

/** The schedule, or its removal where this database has no use for it. */
export async function scheduleJob(
  ctx: JobContext,
  name: string,
  cron: string,
  data: object | null,
  key: string,
  wanted = true,
): Promise<void> {
  if (!ctx.schedule) return;
  if (wanted) await ctx.boss.schedule(name, cron, data, { tz: JOBS_TZ, key });
  else await ctx.boss.unschedule(name, key);
}
