import { sql } from "drizzle-orm";
import { type SendFeedback, spamReason } from "../../../domain/feedback";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/query-rows";
import { AppError } from "../../errors";
import type { FeedbackSettings } from "./settings";

/**
 * The abuse controls of the public form, before anything is stored: the honeypot, spam rules,
 * rate limits per network address (per hour) and per e-mail address (per day), and the same text
 * twice in a day. Counted from the feedback table itself, so every instance sees the same counts.
 */
export async function checkFeedbackAbuse(
  db: Db,
  opts: { input: SendFeedback; ip: string | null; settings: FeedbackSettings },
): Promise<void> {
  const { input, ip, settings } = opts;
  if (input.website.trim() !== "") throw new AppError("spam_suspected", { reason: "honeypot" });
  const reason = spamReason(input.body);
  if (reason) throw new AppError("spam_suspected", { reason });
  const email = input.email.toLowerCase() || null;
  const [counts] = await queryRows<{ byIp: number; byEmail: number; same: number }>(
    db,
    sql`select
      (select count(*) from feedback where ${ip}::text is not null and sender_ip = ${ip}
         and created_at > now() - interval '1 hour')::int as "byIp",
      (select count(*) from feedback where ${email}::text is not null and sender_email = ${email}
         and created_at > now() - interval '1 day')::int as "byEmail",
      (select count(*) from feedback where body = ${input.body} and created_at > now() - interval '1 day'
         and ((${ip}::text is not null and sender_ip = ${ip}) or (${email}::text is not null and sender_email = ${email})))::int as same`,
  );
  if (!counts) return;
  if (counts.byIp >= settings.perAddressPerHour)
    throw new AppError("too_many_attempts", {
      by: "address",
      limit: settings.perAddressPerHour,
      retryAfterSeconds: 3600,
    });
  if (counts.byEmail >= settings.perEmailPerDay)
    throw new AppError("too_many_attempts", { by: "email", limit: settings.perEmailPerDay, retryAfterSeconds: 86400 });
  if (counts.same > 0) throw new AppError("feedback_duplicate");
}
