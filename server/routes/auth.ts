import { fromNodeHeaders } from "better-auth/node";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { ErrorCode } from "../../domain/errors";
import { errorMessage } from "../../domain/errors";
import { recordAudit, requestContext } from "../audit/record";
import { loadMemberships } from "../auth/actor";
import { requestLanguage } from "../errors";
import { checkSignInAllowed, recordSignInAttempt } from "../services/auth/sign-in-limits";

// better-auth's error codes → ours, so the API keeps one error shape.
const CODES: Record<string, ErrorCode> = {
  INVALID_EMAIL_OR_PASSWORD: "invalid_credentials",
  INVALID_PASSWORD: "invalid_password",
  PASSWORD_TOO_SHORT: "password_too_short",
  PASSWORD_TOO_LONG: "password_too_long",
  INVALID_TOKEN: "invalid_token",
  ACCOUNT_DISABLED: "account_disabled",
  UNAUTHORIZED: "unauthenticated",
  VALIDATION_ERROR: "validation_failed",
  INVALID_EMAIL: "validation_failed",
};

// Successful calls that change something are written to the audit trail.
const AUDITED: Record<string, string> = {
  "/sign-in/email": "auth.signed_in",
  "/sign-out": "auth.signed_out",
  "/change-password": "auth.password_changed",
  "/request-password-reset": "auth.password_reset_requested",
  "/reset-password": "auth.password_reset",
};

/**
 * Identity endpoints under /api/auth/*, served by better-auth through a web Request.
 * Adds what the library leaves to us: lockout on failed sign-ins, one error shape, the audit trail.
 */
export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.route({
    method: ["GET", "POST"],
    url: "/api/auth/*",
    schema: { hide: true },
    handler: async (req: FastifyRequest, reply: FastifyReply) => {
      const path = req.url.replace(/^\/api\/auth/, "").split("?")[0] ?? "";
      const body = (req.body ?? {}) as Record<string, unknown>;
      const email = typeof body.email === "string" ? body.email.trim().toLowerCase() : "";
      const isSignIn = req.method === "POST" && path === "/sign-in/email";
      if (isSignIn && email) await checkSignInAllowed(app.database.db, { email, ip: req.ip });

      const sessionBefore = path === "/sign-out" ? req.actor : null;
      const res = await app.auth.handler(
        // The request's own address, so the library's origin check trusts this host as reached.
        new Request(new URL(req.url, `${req.protocol}://${req.headers.host ?? new URL(app.publicUrl).host}`), {
          method: req.method,
          headers: fromNodeHeaders(req.headers),
          body: req.method === "POST" ? JSON.stringify(req.body ?? {}) : undefined,
        }),
      );

      if (isSignIn && email) await recordSignInAttempt(app.database.db, { email, ip: req.ip, succeeded: res.ok });
      await auditAuthCall(req, path, res, { email, sessionBefore });

      reply.status(res.status);
      res.headers.forEach((value, key) => {
        if (key !== "set-cookie" && key !== "content-length") reply.header(key, value);
      });
      const cookies = res.headers.getSetCookie();
      if (cookies.length) reply.header("set-cookie", cookies);
      const text = await res.text();
      if (res.ok) return reply.send(withoutSessionToken(text));
      return reply.type("application/json; charset=utf-8").send(toErrorBody(text, res.status, requestLanguage(req)));
    },
  });

  async function auditAuthCall(
    req: FastifyRequest,
    path: string,
    res: Response,
    info: { email: string; sessionBefore: FastifyRequest["actor"] },
  ) {
    const action = res.ok ? AUDITED[path] : path === "/sign-in/email" ? "auth.sign_in_failed" : undefined;
    if (!action) return;
    const ctx = requestContext(req);
    if (path === "/sign-in/email" && res.ok) {
      const data = (await res.clone().json()) as { user?: { id: string; email: string; name: string } };
      if (data.user) {
        ctx.actor = {
          userId: data.user.id,
          email: data.user.email,
          name: data.user.name,
          memberships: await loadMemberships(app.database.db, data.user.id),
        };
      }
    }
    if (path === "/sign-out") ctx.actor = info.sessionBefore;
    await recordAudit(app.database.db, ctx, {
      action,
      entityType: "user",
      entityId: ctx.actor?.userId ?? null,
      // The e-mail typed at a failed sign-in or a reset request is kept; passwords never are.
      after: ctx.actor ? null : info.email ? { email: info.email } : null,
    });
  }
};

/** The session lives in an HttpOnly cookie; its token is not handed to scripts in the body too. */
function withoutSessionToken(text: string): string | null {
  if (!text) return null;
  try {
    const body = JSON.parse(text) as unknown;
    if (body && typeof body === "object" && "token" in body) {
      const { token: _hidden, ...rest } = body as Record<string, unknown>;
      return JSON.stringify(rest);
    }
  } catch {
    // not JSON: pass through
  }
  return text;
}

function toErrorBody(text: string, status: number, lang: "id" | "en") {
  let libraryCode = "";
  try {
    libraryCode = (JSON.parse(text) as { code?: string }).code ?? "";
  } catch {
    // not JSON: keep the status only
  }
  const code: ErrorCode =
    CODES[libraryCode] ?? (status === 401 ? "unauthenticated" : status === 404 ? "not_found" : "auth_error");
  return {
    error: { code, message: errorMessage(code, lang), ...(libraryCode ? { details: { reason: libraryCode } } : {}) },
  };
}
