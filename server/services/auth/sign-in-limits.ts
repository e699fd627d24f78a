import { randomUUID } from "node:crypto";
import { and, count, desc, eq, gt } from "drizzle-orm";
import type { Db } from "../../db/client";
import { signInAttempt } from "../../db/schema/index";
import { AppError } from "../../errors";

/** After this many failures for one e-mail within the window, the e-mail is locked for the window. */
export const LOCK_AFTER_FAILURES = 5;
/** Failures from one address within the window before it is refused. */
export const IP_FAILURE_LIMIT = 30;
export const WINDOW_MINUTES = 15;

/** Refuses a sign-in while its e-mail is locked or its address has failed too often. */
export async function checkSignInAllowed(db: Db, opts: { email: string; ip: string | null; now?: Date }) {
  const since = new Date((opts.now ?? new Date()).getTime() - WINDOW_MINUTES * 60_000);
  const email = opts.email.toLowerCase();
  // Failures after the last success count: a successful sign-in clears the slate.
  const [lastSuccess] = await db
    .select({ at: signInAttempt.at })
    .from(signInAttempt)
    .where(and(eq(signInAttempt.email, email), eq(signInAttempt.succeeded, true), gt(signInAttempt.at, since)))
    .orderBy(desc(signInAttempt.at))
    .limit(1);
  const [byEmail] = await db
    .select({ n: count() })
    .from(signInAttempt)
    .where(
      and(
        eq(signInAttempt.email, email),
        eq(signInAttempt.succeeded, false),
        gt(signInAttempt.at, lastSuccess?.at ?? since),
      ),
    );
  if ((byEmail?.n ?? 0) >= LOCK_AFTER_FAILURES) {
    throw new AppError("account_locked", { retryAfterMinutes: WINDOW_MINUTES });
  }
  if (opts.ip) {
    const [byIp] = await db
      .select({ n: count() })
      .from(signInAttempt)
      .where(and(eq(signInAttempt.ip, opts.ip), eq(signInAttempt.succeeded, false), gt(signInAttempt.at, since)));
    if ((byIp?.n ?? 0) >= IP_FAILURE_LIMIT)
      throw new AppError("too_many_attempts", { retryAfterMinutes: WINDOW_MINUTES });
  }
}

export async function recordSignInAttempt(db: Db, opts: { email: string; ip: string | null; succeeded: boolean }) {
  await db
    .insert(signInAttempt)
    .values({ id: randomUUID(), email: opts.email.toLowerCase(), ip: opts.ip, succeeded: opts.succeeded });
}
