import { sql } from "drizzle-orm";
import type { App } from "../../server/app";
import { runDigest } from "../../server/jobs/send-digests";
import { createMailer } from "../../server/mail/mailer";
import type { Row } from "../measure";

const PEOPLE = 5_000;
const ITEMS_EACH = 4;

/** 5,000 people on the default daily digest, each with four notifications not yet e-mailed. */
async function buildInboxes(app: App, tag: string) {
  await app.database.db.execute(sql`
    insert into "user" (id, email, name, email_verified)
    select ${tag} || g, 'digest-' || ${tag} || g || '@bench.id', 'Penerima ' || g, true from generate_series(1, ${PEOPLE}) g`);
  await app.database.db.execute(sql`
    insert into notification (user_id, kind, title_id, title_en, body_id, body_en, href, object_type, object_id, created_at)
    select ${tag} || g, 'deliverable.submitted', 'Kota Contoh: keluaran Tahap ' || k || ' diajukan — Analisis SWOT',
           'Kota Contoh: stage ' || k || ' deliverable submitted — SWOT analysis', 'Catatan mentor ' || k, 'Mentor note ' || k,
           '/kandidat/' || g || '?tab=bimtek#keluaran-' || (g * 10 + k), 'deliverable', (g * 10 + k)::text,
           now() - interval '1 hour'
    from generate_series(1, ${PEOPLE}) g, generate_series(1, ${ITEMS_EACH}) k`);
  await app.database.db.execute(sql`analyze`);
}

/**
 * A daily digest for 5,000 people (20,000 items): the job as it runs at 07:00 WIB (one mail per
 * person, composed in Indonesian as text and HTML, digest_run taken, items marked e-mailed, in
 * batches of 200), with the process's heap before and after. Baseline: the same database work
 * as bare SQL in one statement per step — one outbox row per person with the items' titles
 * joined, then the items marked e-mailed — without composition, batches or the run guard.
 */
export async function digestScenarios(app: App): Promise<Row[]> {
  const mailer = createMailer({ from: "Kota Cerdas <no-reply@bench.id>" });
  await buildInboxes(app, "dj-");
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 50);
  const result = await runDigest(app.database.db, {
    mode: "daily",
    mailer,
    publicUrl: "http://localhost:3000",
    now: new Date(),
  });
  clearInterval(sampler);
  // Other groups' people may have digests waiting too; these 5,000 must all be in it.
  if (result.mails < PEOPLE || result.items < PEOPLE * ITEMS_EACH)
    throw new Error(`digest wrote ${result.mails} mails with ${result.items} items`);

  await buildInboxes(app, "dk-");
  const t0 = performance.now();
  await app.database.db.transaction(async (tx) => {
    await tx.execute(sql`
      insert into outbox_message ("to", subject, text, kind)
      select u.email, 'Ringkasan harian', string_agg(n.title_id || E'\\n' || n.href, E'\\n\\n' order by n.id), 'digest'
      from notification n join "user" u on u.id = n.user_id
      where n.emailed_at is null and n.user_id like 'dk-%'
      group by u.email`);
    await tx.execute(sql`update notification set emailed_at = now() where emailed_at is null and user_id like 'dk-%'`);
  });
  const bare = performance.now() - t0;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  return [
    {
      scenario: `daily digest, ${PEOPLE.toLocaleString("id-ID")} people × ${ITEMS_EACH} items`,
      median: result.ms,
      p99: result.ms,
      baselineMedian: bare,
      note: `one run, ${result.mails} mails with ${result.items} items; heap ${mb(heapBefore)} → peak ${mb(peak)}; target ≤ 60 s: ${result.ms <= 60_000 ? "met" : "NOT met"}`,
    },
  ];
}
