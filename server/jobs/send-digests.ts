import { sql } from "drizzle-orm";
import type { JobWithMetadata } from "pg-boss";
import type { Db } from "../db/client";
import { queryRows } from "../db/query-rows";
import { type DigestItem, type DigestMode, digestMail, digestPeriod } from "../mail/digest";
import type { Mail, Mailer } from "../mail/mailer";
import { pgArray } from "../services/monitoring/write-batches";
import { ensureQueue, type JobContext, scheduleJob } from "./queue";

export const SEND_DIGESTS = "notification-digest";

/** People per transaction: small enough to keep memory flat, large enough for few round trips. */
export const DIGEST_BATCH = 200;

export type DigestOptions = {
  mode: DigestMode;
  /** When the digest runs: names its period (in WIB) and bounds the notifications it takes. */
  now?: Date;
  mailer: Mailer;
  publicUrl: string;
  batchSize?: number;
};

export type DigestResult = { period: string; mails: number; items: number; skipped: number; ms: number };

type ItemRow = {
  id: string | number;
  user_id: string;
  kind: string;
  title_id: string;
  title_en: string;
  body_id: string;
  body_en: string;
  href: string;
  created_at: Date | string;
  email: string;
  name: string;
  language: "id" | "en";
};

/**
 * Writes this period's digest for everyone whose e-mail mode is `mode`: one mail per person
 * listing all their notifications not yet e-mailed (muted kinds left out), then marks them
 * e-mailed. People are read in keyset batches, each batch in one transaction. A person's
 * digest_run row is taken first, so a second run or a second server instance on the same
 * database skips them: each digest is written once. Bench-ready: returns what it did.
 */
export async function runDigest(db: Db, opts: DigestOptions): Promise<DigestResult> {
  const started = performance.now();
  const now = (opts.now ?? new Date()).toISOString();
  const period = digestPeriod(opts.mode, new Date(now));
  const batchSize = opts.batchSize ?? DIGEST_BATCH;
  const total = { period, mails: 0, items: 0, skipped: 0 };
  let after = "";
  for (;;) {
    const people = await queryRows<{ id: string }>(
      db,
      sql`select u.id from "user" u
        left join notification_preference p on p.user_id = u.id
        where u.active and coalesce(p.email_mode, 'daily') = ${opts.mode} and u.id > ${after}
          and exists (select 1 from notification n
                      where n.user_id = u.id and n.emailed_at is null and n.created_at <= ${now}::timestamptz
                        and not (n.kind = any(coalesce(p.muted_kinds, '{}'::text[]))))
        order by u.id
        limit ${batchSize}`,
    );
    const last = people.at(-1);
    if (!last) break;
    after = last.id;
    const done = await db.transaction((tx) =>
      digestBatch(tx, {
        ...opts,
        period,
        at: now,
        userIds: people.map((p) => p.id),
      }),
    );
    total.mails += done.mails;
    total.items += done.items;
    total.skipped += people.length - done.mails;
    // PGlite answers without ever leaving the microtask queue: without this turn of the event loop
    // the HTTP server would not get a word in until the whole digest is written.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { ...total, ms: Math.round(performance.now() - started) };
}

async function digestBatch(
  tx: Db,
  opts: DigestOptions & { period: string; at: string; userIds: string[] },
): Promise<{ mails: number; items: number }> {
  // Taken in id order by every instance, so two runs wait on each other instead of deadlocking.
  const claimed = await queryRows<{ user_id: string }>(
    tx,
    sql`insert into digest_run (user_id, period, items)
      select id, ${opts.period}, 0 from unnest(${pgArray(opts.userIds)}::text[]) as t(id) order by id
      on conflict do nothing
      returning user_id`,
  );
  if (claimed.length === 0) return { mails: 0, items: 0 };
  const rows = await queryRows<ItemRow>(
    tx,
    sql`with taken as (
        update notification n set emailed_at = ${opts.at}::timestamptz
        where n.user_id = any(${pgArray(claimed.map((c) => c.user_id))}::text[])
          and n.emailed_at is null and n.created_at <= ${opts.at}::timestamptz
          and not exists (select 1 from notification_preference p
                          where p.user_id = n.user_id and n.kind = any(p.muted_kinds))
        returning n.id, n.user_id, n.kind, n.title_id, n.title_en, n.body_id, n.body_en, n.href, n.created_at)
      select taken.*, u.email, u.name, u.language
      from taken join "user" u on u.id = taken.user_id
      order by taken.user_id, taken.created_at, taken.id`,
  );
  const mails: Mail[] = [];
  const users: string[] = [];
  const counts: number[] = [];
  for (let i = 0; i < rows.length; ) {
    const first = rows[i] as ItemRow;
    const items: DigestItem[] = [];
    for (; i < rows.length && (rows[i] as ItemRow).user_id === first.user_id; i++) {
      const r = rows[i] as ItemRow;
      items.push({
        kind: r.kind,
        titleId: r.title_id,
        titleEn: r.title_en,
        bodyId: r.body_id,
        bodyEn: r.body_en,
        href: r.href,
        createdAt: new Date(r.created_at),
      });
    }
    const recipient = { email: first.email, name: first.name, language: first.language };
    mails.push(digestMail({ recipient, items, mode: opts.mode, publicUrl: opts.publicUrl }));
    users.push(first.user_id);
    counts.push(items.length);
  }
  const ids = await opts.mailer.queueAll(tx, mails);
  if (ids.length > 0)
    await tx.execute(sql`update digest_run d set items = v.items, outbox_message_id = v.mail
      from unnest(${pgArray(users)}::text[], ${pgArray(counts)}::int[], ${pgArray(ids)}::int[]) as v(user_id, items, mail)
      where d.user_id = v.user_id and d.period = ${opts.period}`);
  return { mails: mails.length, items: rows.length };
}

/** Daily digests at 07:00 WIB, weekly ones on Monday at 07:00 WIB. */
export async function setUpDigests(ctx: JobContext): Promise<void> {
  await ensureQueue(ctx.boss, SEND_DIGESTS, { policy: "standard", notify: true, retryLimit: 3, retryDelay: 300 });
  await scheduleJob(ctx, SEND_DIGESTS, "0 7 * * *", { mode: "daily" }, "daily");
  await scheduleJob(ctx, SEND_DIGESTS, "0 7 * * 1", { mode: "weekly" }, "weekly");
  await ctx.boss.work(
    SEND_DIGESTS,
    { includeMetadata: true, pollingIntervalSeconds: 30 },
    async ([job]: JobWithMetadata<{ mode: DigestMode }>[]) => {
      if (!job) return;
      // Without SMTP a digest would only pile up in Kotak Keluar: people read notifications in the app.
      if (!ctx.mailer.delivers) return;
      // The period is the one the job was created for, even when a retry runs after midnight.
      const result = await runDigest(ctx.database.db, {
        mode: job.data.mode,
        now: job.createdOn,
        mailer: ctx.mailer,
        publicUrl: ctx.publicUrl,
      });
      ctx.log.info(result, "notification digest written");
    },
  );
}
