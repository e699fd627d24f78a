import { and, eq, sql } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import type { Db } from "../db/client";
import { outboxMessage } from "../db/schema/index";

export type MailKind = "invitation" | "password_reset" | "notification" | "digest" | "feedback" | "other";
export type Mail = { to: string; subject: string; text: string; html?: string | null; kind: MailKind };

/** Gives freshly queued messages to the job queue, in the same transaction that wrote their rows. */
export type MailHandOff = (db: Db, ids: number[]) => Promise<void>;

/** What one delivery attempt came to; `retry` leaves the message queued for a later attempt. */
export type Attempt = { outcome: "sent" | "retry" | "failed" | "skipped"; error?: string };

export type Mailer = {
  /** Keeps the message in the outbox (inside the caller's transaction) and returns its id. */
  queue: (db: Db, mail: Mail) => Promise<number>;
  /** Several messages with one insert (digests); ids in the order given. */
  queueAll: (db: Db, mails: Mail[]) => Promise<number[]>;
  /**
   * After the caller's commit: sends the message now when no job queue delivers (tests, the CLI,
   * the first seconds of a start). Never throws: failures are kept on the message.
   */
  deliver: (db: Db, id: number) => Promise<void>;
  /** queue then deliver. */
  send: (db: Db, mail: Mail) => Promise<void>;
  /** One attempt through SMTP: counts it, and records the error (as failed when `last`). */
  attempt: (db: Db, id: number, opts: { last: boolean }) => Promise<Attempt>;
  /** From now on every queued message is given to the job queue, which retries with backoff. */
  handOver: (handOff: MailHandOff | undefined) => void;
  readonly delivers: boolean;
};

// An unreachable server must not hold a request (or a worker) for nodemailer's default two minutes.
const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

/** E-mail through SMTP_URL when set; otherwise the outbox is where the admin reads messages. */
export function createMailer(opts: { smtpUrl?: string; from: string; onError?: (err: unknown) => void }): Mailer {
  const transport: Transporter | undefined = opts.smtpUrl
    ? nodemailer.createTransport({ url: opts.smtpUrl, ...TIMEOUTS })
    : undefined;
  let handOff: MailHandOff | undefined;

  const queueAll = async (db: Db, mails: Mail[]) => {
    if (mails.length === 0) return [];
    const rows = await db
      .insert(outboxMessage)
      .values(mails.map((m) => ({ to: m.to, subject: m.subject, text: m.text, html: m.html ?? null, kind: m.kind })))
      .returning({ id: outboxMessage.id });
    const ids = rows.map((r) => r.id);
    // Without SMTP nothing will ever deliver them: they wait in Kotak Keluar, as before.
    if (handOff && transport) await handOff(db, ids);
    return ids;
  };
  const queue = async (db: Db, mail: Mail) => {
    const [id] = await queueAll(db, [mail]);
    if (id === undefined) throw new Error("outbox insert returned nothing");
    return id;
  };

  const attempt = async (db: Db, id: number, { last }: { last: boolean }): Promise<Attempt> => {
    if (!transport) return { outcome: "skipped" };
    // Counting the attempt is also the claim: a message already sent or failed is left alone.
    const [mail] = await db
      .update(outboxMessage)
      .set({ attempts: sql`${outboxMessage.attempts} + 1` })
      .where(and(eq(outboxMessage.id, id), eq(outboxMessage.status, "queued")))
      .returning();
    if (!mail) return { outcome: "skipped" };
    try {
      await transport.sendMail({
        from: opts.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
      });
      await db
        .update(outboxMessage)
        .set({ status: "sent", sentAt: new Date(), error: null })
        .where(eq(outboxMessage.id, id));
      return { outcome: "sent" };
    } catch (err) {
      opts.onError?.(err);
      const error = (err instanceof Error ? err.message : String(err)).slice(0, 500);
      await db
        .update(outboxMessage)
        .set(last ? { error, status: "failed" } : { error })
        .where(eq(outboxMessage.id, id));
      return { outcome: last ? "failed" : "retry", error };
    }
  };

  const deliver = async (db: Db, id: number) => {
    if (handOff || !transport) return;
    // Left queued when it fails: the job queue's sweep takes it up once it runs.
    await attempt(db, id, { last: false });
  };

  return {
    get delivers() {
      return Boolean(transport);
    },
    queue,
    queueAll,
    deliver,
    attempt,
    send: async (db, mail) => deliver(db, await queue(db, mail)),
    handOver: (next) => {
      handOff = next;
    },
  };
}
