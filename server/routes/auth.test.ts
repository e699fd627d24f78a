import { Writable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app";
import { LOCK_AFTER_FAILURES } from "../services/auth/sign-in-limits";
import { actorWith, makeUser, signIn, TEST_PASSWORD } from "../testing/factories";
import { lastMailTo } from "../testing/outbox";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
let admin: string;

beforeAll(async () => {
  admin = (await actorWith(t.app(), { role: "national_admin" })).cookie;
}, 60_000);

const signInCall = (email: string, password: string, headers: Record<string, string> = {}) =>
  t.app().inject({ method: "POST", url: "/api/auth/sign-in/email", payload: { email, password }, headers });

describe("sign-in", () => {
  it("sets an HttpOnly, SameSite=Lax session cookie and keeps the token out of the body", async () => {
    const u = await makeUser(t.app(), { role: "region_viewer", regionCode: "32.79" });
    const res = await signInCall(u.email, TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name.includes("session_token"));
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(res.json().token).toBeUndefined();
    expect(res.json().user.email).toBe(u.email);
  });

  it("answers a wrong password and an unknown e-mail alike, in the error shape", async () => {
    const u = await makeUser(t.app(), { role: "region_viewer", regionCode: "32.79" });
    const wrong = await signInCall(u.email, "bukan-sandinya-123");
    const unknown = await signInCall("tidak.ada@contoh.go.id", "bukan-sandinya-123");
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toMatchObject({ code: "invalid_credentials", message: "E-mail atau kata sandi salah" });
    }
  });

  it(`locks an e-mail after ${LOCK_AFTER_FAILURES} failures, even for the right password`, async () => {
    const u = await makeUser(t.app(), { role: "region_viewer", regionCode: "32.79" });
    for (let i = 0; i < LOCK_AFTER_FAILURES; i++)
      expect((await signInCall(u.email, "salah-salah-salah")).statusCode).toBe(401);
    const locked = await signInCall(u.email, TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe("account_locked");
    // Another account is not affected.
    const other = await makeUser(t.app(), { role: "region_viewer", regionCode: "32.79" });
    expect((await signInCall(other.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it("writes successful and failed sign-ins to the audit trail without the password", async () => {
    const u = await makeUser(t.app(), { role: "region_viewer", regionCode: "32.79" });
    await signInCall(u.email, "sandi-yang-keliru-1");
    await signInCall(u.email, TEST_PASSWORD);
    const events = (
      await t.app().inject({ url: `/api/audit-events?entityType=user&pageSize=500`, headers: { cookie: admin } })
    ).json().data as Array<{ action: string; actorEmail: string | null; changes: Record<string, unknown> }>;
    expect(events.find((e) => e.action === "auth.signed_in" && e.actorEmail === u.email)).toBeTruthy();
    const failed = events.find(
      (e) => e.action === "auth.sign_in_failed" && JSON.stringify(e.changes).includes(u.email),
    );
    expect(failed).toBeTruthy();
    expect(JSON.stringify(events)).not.toContain("sandi-yang-keliru-1");
  });
});

describe("passwords", () => {
  it("changes the password with the current one", async () => {
    const u = await makeUser(t.app(), { role: "region_viewer", regionCode: "32.79" });
    const cookie = await signIn(t.app(), u.email);
    const wrong = await t.app().inject({
      method: "POST",
      url: "/api/auth/change-password",
      headers: { cookie },
      payload: { currentPassword: "bukan-yang-lama-1", newPassword: "sandi-baru-yang-panjang" },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe("invalid_password");
    const ok = await t.app().inject({
      method: "POST",
      url: "/api/auth/change-password",
      headers: { cookie },
      payload: { currentPassword: TEST_PASSWORD, newPassword: "sandi-baru-yang-panjang" },
    });
    expect(ok.statusCode).toBe(200);
    expect((await signInCall(u.email, "sandi-baru-yang-panjang")).statusCode).toBe(200);
  });

  it("resets a forgotten password through the e-mailed link, once", async () => {
    const u = await makeUser(t.app(), { role: "region_viewer", regionCode: "32.79" });
    const req = await t.app().inject({
      method: "POST",
      url: "/api/auth/request-password-reset",
      payload: { email: u.email, redirectTo: "/atur-ulang-sandi" },
    });
    expect(req.statusCode).toBe(200);
    const unknown = await t.app().inject({
      method: "POST",
      url: "/api/auth/request-password-reset",
      payload: { email: "siapa@contoh.go.id", redirectTo: "/atur-ulang-sandi" },
    });
    expect(unknown.statusCode).toBe(200); // no way to learn which e-mails exist
    const mail = await lastMailTo(t.app(), u.email);
    expect(mail.subject).toBe("Atur ulang kata sandi Kota Cerdas");
    const token = new URL(mail.link ?? "").searchParams.get("token") ?? "";
    expect(mail.path).toMatch(/^\/atur-ulang-sandi\?token=/);
    const reset = () =>
      t.app().inject({
        method: "POST",
        url: "/api/auth/reset-password",
        payload: { token, newPassword: "sandi-hasil-reset-1" },
      });
    expect((await reset()).statusCode).toBe(200);
    expect((await signInCall(u.email, "sandi-hasil-reset-1")).statusCode).toBe(200);
    const reused = await reset();
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error.code).toBe("invalid_token");
  });
});

describe("hardening", () => {
  it("refuses a cookie-authenticated write from another site", async () => {
    const crossSite = await t.app().inject({
      method: "PATCH",
      url: "/api/me",
      headers: { cookie: admin, origin: "https://penyerang.example", "sec-fetch-site": "cross-site" },
      payload: { name: "Diretas" },
    });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().error.code).toBe("csrf_rejected");
    const sameSite = await t.app().inject({
      method: "PATCH",
      url: "/api/me",
      headers: { cookie: admin, origin: "http://localhost:80", host: "localhost:80" },
      payload: { name: "Admin Nasional" },
    });
    expect(sameSite.statusCode).toBe(200);
  });

  it("sends security headers with a CSP that allows no inline script", async () => {
    const res = await t.app().inject("/api/health");
    expect(res.headers["content-security-policy"]).toContain("script-src 'self'");
    expect(res.headers["content-security-policy"]).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-frame-options"]).toBe("SAMEORIGIN");
  });

  it("never writes passwords or session cookies to the log", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logged = await buildApp({ database: t.database(), webDir: false, logger: { level: "trace", stream } });
    const u = await makeUser(logged, { role: "region_viewer", regionCode: "32.79" });
    const res = await logged.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      payload: { email: u.email, password: TEST_PASSWORD },
    });
    const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    await logged.inject({ url: "/api/me", headers: { cookie } });
    await logged.close();
    const text = lines.join("");
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toContain(res.cookies[0]?.value ?? "no-cookie");
  });
});
