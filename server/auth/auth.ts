import { randomUUID } from "node:crypto";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError } from "better-auth/api";
import { eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { account, session, user, verification } from "../db/schema/index";
import type { Mailer } from "../mail/mailer";
import { passwordResetMail } from "../mail/templates";

export const SESSION_DAYS = 7;
export const MIN_PASSWORD_LENGTH = 10;

export type AuthOptions = {
  db: Db;
  secret: string;
  publicUrl: string;
  mailer: Mailer;
};

/** The request's own origin, so the platform trusts itself whatever host name it is reached by. */
function ownOrigin(request?: Request): string | undefined {
  if (!request) return undefined;
  try {
    return new URL(request.url).origin;
  } catch {
    return undefined;
  }
}

/**
 * Identity and sessions (better-auth): e-mail and password, sessions in the database,
 * password change and reset. Sign-up is closed: accounts come from invitations.
 */
export function createAuth(opts: AuthOptions) {
  const { db, publicUrl, mailer } = opts;
  return betterAuth({
    appName: "Kota Cerdas",
    baseURL: publicUrl,
    basePath: "/api/auth",
    secret: opts.secret,
    trustedOrigins: (request) => [new URL(publicUrl).origin, ownOrigin(request)],
    database: drizzleAdapter(db, { provider: "pg", schema: { user, session, account, verification } }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 128,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user: u, token }) => {
        await mailer.send(db, passwordResetMail({ to: u.email, name: u.name, publicUrl, token }));
      },
    },
    user: {
      additionalFields: {
        language: { type: "string", defaultValue: "id", input: false },
        active: { type: "boolean", defaultValue: true, input: false },
      },
    },
    session: { expiresIn: SESSION_DAYS * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    advanced: {
      cookiePrefix: "kotacerdas",
      useSecureCookies: publicUrl.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      database: { generateId: () => randomUUID() },
    },
    // Sign-in limits are ours and live in the database, shared by every instance.
    rateLimit: { enabled: false },
    databaseHooks: {
      session: {
        create: {
          before: async (s) => {
            const [u] = await db.select({ active: user.active }).from(user).where(eq(user.id, s.userId));
            if (!u?.active)
              throw new APIError("FORBIDDEN", { message: "Akun dinonaktifkan", code: "ACCOUNT_DISABLED" });
          },
        },
      },
    },
    logger: { level: "error" },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;
