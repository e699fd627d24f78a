import { and, asc, eq, gt, lt, sql } from "drizzle-orm";
import { type DrizzleTransactionLike, fromDrizzle, type JobWithMetadata, type PgBoss } from "pg-boss";
import type { Db } from "../db/client";
import { outboxMessage } from "../db/schema/index";
import { ensureQueue, type JobContext, scheduleJob } from "./queue";

export const DELIVER_MAIL = "mail-deliver";
export const SWEEP_OUTBOX = "mail-sweep";

/** Messages older than this that are still queued are left to the admin (an invitation of last month). */
export const SWEEP_MAX_AGE_DAYS = 3;

type DeliverMail = { outboxMessageId: number };

/**
 * One delivery job per message, created with the message's row: in the caller's transaction, so
 * a rollback leaves neither. The key lets a message have at most one live job (queue policy
 * "exclusive"), so the sweep can offer every queued message again without sending any twice.
 */
export async function handOffMail(boss: PgBoss, db: Db, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await boss.insert(
    DELIVER_MAIL,
    ids.map((id) => ({ data: { outboxMessageId: id } satisfies DeliverMail, singletonKey: `outbox:${id}` })),
    { db: fromDrizzle(db as unknown as DrizzleTransactionLike, sql) },
  );
}

/**
 * Gives a job to every committed message that is still queued and has none: written while no
 * queue ran (the CLI, the first seconds of a start, a previous process that stopped), or whose
 * job was lost with a crash. `minAgeSeconds` leaves alone a message being sent inline right now.
 * Returns how many messages were looked at.
 */
export async function sweepOutbox(
  db: Db,
  boss: PgBoss,
  opts: { now?: Date; minAgeSeconds?: number; limit?: number } = {},
): Promise<number> {
  const now = opts.now ?? new Date();
  const rows = await db
    .select({ id: outboxMessage.id })
    .from(outboxMessage)
    .where(
      and(
        eq(outboxMessage.status, "queued"),
        gt(outboxMessage.createdAt, new Date(now.getTime() - SWEEP_MAX_AGE_DAYS * 86_400_000)),
        lt(outboxMessage.createdAt, new Date(now.getTime() - (opts.minAgeSeconds ?? 60) * 1000)),
      ),
    )
    .orderBy(asc(outboxMessage.id))
    .limit(opts.limit ?? 1000);
  await handOffMail(
    boss,
    db,
    rows.map((r) => r.id),
  );
  return rows.length;
}

/**
 * E-mail through the queue: each message is tried, then retried with exponential backoff; every
 * attempt is counted on the message with its error, and after the last one it is marked failed.
 * Without SMTP nothing is set up: messages wait in Kotak Keluar as before.
 */
export async function setUpMailDelivery(ctx: JobContext): Promise<void> {
  const { boss, mailer, tuning, database } = ctx;
  await ensureQueue(boss, DELIVER_MAIL, {
    policy: "exclusive",
    notify: true,
    retryLimit: tuning.mailRetryLimit,
    retryDelay: tuning.mailRetryDelaySeconds,
    retryBackoff: true,
    retryDelayMax: tuning.mailRetryDelayMaxSeconds,
    // Longer than nodemailer's timeouts together: a job still active after this was lost with its process.
    expireInSeconds: 180,
  });
  await ensureQueue(boss, SWEEP_OUTBOX, { policy: "singleton", notify: true, retryLimit: 0, expireInSeconds: 300 });
  await scheduleJob(ctx, SWEEP_OUTBOX, "* * * * *", null, "minutely", mailer.delivers);
  if (!mailer.delivers) return;

  await boss.work(
    DELIVER_MAIL,
    {
      includeMetadata: true,
      localConcurrency: 2,
      // Retries are not announced by NOTIFY: polling is what picks them up.
      pollingIntervalSeconds: tuning.pollingIntervalSeconds,
      notifyPollingIntervalSeconds: tuning.pollingIntervalSeconds,
    },
    async ([job]: JobWithMetadata<DeliverMail>[]) => {
      if (!job) return;
      const last = job.retryCount >= job.retryLimit;
      const result = await mailer.attempt(database.db, job.data.outboxMessageId, { last });
      // Throwing is how pg-boss learns to retry; the error is already on the message.
      if (result.outcome === "retry") throw new Error(result.error ?? "SMTP refused the message");
    },
  );
  await boss.work(SWEEP_OUTBOX, { pollingIntervalSeconds: 30 }, async () => {
    const offered = await sweepOutbox(database.db, boss);
    if (offered > 0) ctx.log.info({ offered }, "queued e-mail offered to delivery");
  });
  mailer.handOver((db, ids) => handOffMail(boss, db, ids));
  // What the previous process left queued goes out now rather than at the next minute.
  await boss.send(SWEEP_OUTBOX, null);
}
