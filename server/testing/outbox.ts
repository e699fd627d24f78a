import { desc, eq } from "drizzle-orm";
import type { App } from "../app";
import { outboxMessage } from "../db/schema/index";

/** The newest e-mail to an address and the first link in it. */
export async function lastMailTo(app: App, to: string) {
  const [mail] = await app.database.db
    .select()
    .from(outboxMessage)
    .where(eq(outboxMessage.to, to))
    .orderBy(desc(outboxMessage.id))
    .limit(1);
  if (!mail) throw new Error(`no e-mail to ${to}`);
  const link = mail.text.match(/https?:\/\/\S+/)?.[0];
  return { ...mail, link, path: link ? new URL(link).pathname + new URL(link).search : undefined };
}
