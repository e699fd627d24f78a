import { describe, expect, it } from "vitest";
import { signIn } from "../../testing/factories";
import { setupTestApp } from "../../testing/test-app";
import { ensureFirstAdmin } from "./first-admin";

const t = setupTestApp();

describe("first national admin", () => {
  it("issues a one-time set-up link once, which makes the admin; then nothing more is needed", async () => {
    const app = t.app();
    const opts = { publicUrl: "http://localhost:3000" };
    const first = await ensureFirstAdmin(app.database.db, app.auth, opts);
    expect(first.kind).toBe("link");
    expect(await ensureFirstAdmin(app.database.db, app.auth, opts)).toEqual({ kind: "link-already-issued" });

    const token = first.kind === "link" ? first.link.split("/undangan/")[1] : "";
    const preview = (await app.inject(`/api/invitations/by-token/${token}`)).json().data;
    expect(preview).toMatchObject({ isSetup: true, email: null, role: "national_admin" });
    const noEmail = await app.inject({
      method: "POST",
      url: `/api/invitations/by-token/${token}/accept`,
      payload: { name: "Admin Pertama", password: "sandi-admin-pertama" },
    });
    expect(noEmail.statusCode).toBe(422);
    const accepted = await app.inject({
      method: "POST",
      url: `/api/invitations/by-token/${token}/accept`,
      payload: { name: "Admin Pertama", password: "sandi-admin-pertama", email: "admin@komdigi.go.id" },
    });
    expect(accepted.statusCode).toBe(201);
    const cookie = await signIn(app, "admin@komdigi.go.id", "sandi-admin-pertama");
    expect((await app.inject({ url: "/api/me", headers: { cookie } })).json().can.readOutbox).toBe(true);
    expect(await ensureFirstAdmin(app.database.db, app.auth, opts)).toEqual({ kind: "exists" });
  });

  it("creates the admin directly from ADMIN_EMAIL and ADMIN_PASSWORD when forced (CLI)", async () => {
    const app = t.app();
    const res = await ensureFirstAdmin(app.database.db, app.auth, {
      publicUrl: "http://localhost:3000",
      admin: { email: "kedua@komdigi.go.id", password: "sandi-admin-kedua", name: "Admin Kedua" },
      force: true,
    });
    expect(res).toEqual({ kind: "created", email: "kedua@komdigi.go.id" });
    await signIn(app, "kedua@komdigi.go.id", "sandi-admin-kedua");
  });
});
