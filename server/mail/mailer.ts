import { eq } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import type { Db } from "../db/client";
import { outboxMessage } from "../db/schema/index";

export type MailKind = "invitation" | "password_reset" | "other";
export type Mail = { to: string; subject: string; text: string; kind: MailKind };

export type Mailer = {
  /** Keeps the message in the outbox (inside the caller's transaction) and returns its id. */
  queue: (db: Db, mail: Mail) => Promise<number>;
  /** Sends a queued message through SMTP when configured. Never throws: failures are kept on the message. */
  deliver: (db: Db, id: number) => Promise<void>;
  /** queue then deliver. */
  send: (db: Db, mail: Mail) => Promise<void>;
  readonly delivers: boolean;
};

/** E-mail through SMTP_URL when set; otherwise the outbox is where the admin reads messages. */
export function createMailer(opts: { smtpUrl?: string; from: string; onError?: (err: unknown) => void }): Mailer {
  const transport: Transporter | undefined = opts.smtpUrl ? nodemailer.createTransport(opts.smtpUrl) : undefined;
  const queue = async (db: Db, mail: Mail) => {
    const [row] = await db.insert(outboxMessage).values(mail).returning({ id: outboxMessage.id });
    if (!row) throw new Error("outbox insert returned nothing");
    return row.id;
  };
  const deliver = async (db: Db, id: number) => {
    if (!transport) return;
    const [mail] = await db.select().from(outboxMessage).where(eq(outboxMessage.id, id));
    if (!mail) return;
    try {
      await transport.sendMail({ from: opts.from, to: mail.to, subject: mail.subject, text: mail.text });
      await db.update(outboxMessage).set({ sentAt: new Date(), error: null }).where(eq(outboxMessage.id, id));
    } catch (err) {
      opts.onError?.(err);
      const message = err instanceof Error ? err.message : String(err);
      await db
        .update(outboxMessage)
        .set({ error: message.slice(0, 500) })
        .where(eq(outboxMessage.id, id));
    }
  };
  return {
    delivers: Boolean(transport),
    queue,
    deliver,
    send: async (db, mail) => deliver(db, await queue(db, mail)),
  };
}
