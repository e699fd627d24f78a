import { beforeAll, describe, expect, it } from "vitest";
import { actorWith, makeOpd, signIn } from "../testing/factories";
import { lastMailTo } from "../testing/outbox";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";
const SOLOK = "13.72";

let admin: { cookie: string; user: { id: string } };
let coordinator: { cookie: string; user: { id: string } };
let opdId: number;

beforeAll(async () => {
  admin = await actorWith(t.app(), { role: "national_admin" });
  coordinator = await actorWith(t.app(), { role: "region_coordinator", regionCode: BANJAR });
  opdId = (await makeOpd(t.app(), BANJAR, "Dinkes")).id;
}, 60_000);

const call = (method: "GET" | "POST" | "PATCH" | "DELETE", url: string, cookie?: string, payload?: object) =>
  t.app().inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

const tokenOf = (path: string | undefined) => path?.split("/undangan/")[1] ?? "";

describe("invitations", () => {
  it("takes a coordinator for Kota Banjar from invitation to signed-in", async () => {
    const invite = await call("POST", "/api/invitations", admin.cookie, {
      email: "Rina@BanjarKota.go.id",
      name: "Rina Koordinator",
      role: "region_coordinator",
      regionCode: BANJAR,
    });
    expect(invite.statusCode).toBe(201);
    expect(invite.json().data).toMatchObject({
      email: "rina@banjarkota.go.id",
      status: "pending",
      regionName: "Kota Banjar",
    });

    const mail = await lastMailTo(t.app(), "rina@banjarkota.go.id");
    expect(mail.subject).toBe("Undangan bergabung di Kota Cerdas sebagai Koordinator daerah");
    expect(mail.text).toContain("untuk Kota Banjar");
    const token = tokenOf(mail.path);
    expect(token.length).toBeGreaterThan(30);

    const preview = await call("GET", `/api/invitations/by-token/${token}`);
    expect(preview.json().data).toMatchObject({
      email: "rina@banjarkota.go.id",
      role: "region_coordinator",
      scope: "Kota Banjar",
      isSetup: false,
    });

    const weak = await call("POST", `/api/invitations/by-token/${token}/accept`, undefined, {
      name: "Rina",
      password: "pendek",
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error.details.issues[0]).toEqual({
      path: "body.password",
      message: "Kata sandi minimal 10 karakter",
    });

    const accepted = await call("POST", `/api/invitations/by-token/${token}/accept`, undefined, {
      name: "Rina Wulandari",
      password: "sandi-rina-yang-panjang",
    });
    expect(accepted.statusCode).toBe(201);
    const again = await call("POST", `/api/invitations/by-token/${token}/accept`, undefined, {
      name: "Orang Lain",
      password: "sandi-lain-yang-panjang",
    });
    expect(again.statusCode).toBe(410);

    const cookie = await signIn(t.app(), "rina@banjarkota.go.id", "sandi-rina-yang-panjang");
    const me = (await call("GET", "/api/me", cookie)).json();
    expect(me.data).toMatchObject({ name: "Rina Wulandari", email: "rina@banjarkota.go.id" });
    expect(me.data.memberships).toMatchObject([
      { role: "region_coordinator", regionCode: BANJAR, regionName: "Kota Banjar" },
    ]);
    expect(me.can).toMatchObject({ manageUsers: true, readAudit: true, readOutbox: false, coordinatorOf: [BANJAR] });
  });

  it("keeps the token out of the database: only its hash is stored", async () => {
    await call("POST", "/api/invitations", admin.cookie, {
      email: "hash@contoh.go.id",
      role: "region_viewer",
      regionCode: BANJAR,
    });
    const mail = await lastMailTo(t.app(), "hash@contoh.go.id");
    const rows = await t.app().database.db.execute("select token_hash from invitation");
    const hashes = (rows as unknown as { rows: Array<{ token_hash: string }> }).rows.map((r) => r.token_hash);
    expect(hashes).not.toContain(tokenOf(mail.path));
  });

  it("lets a coordinator invite OPD contributors of their region only", async () => {
    const ok = await call("POST", "/api/invitations", coordinator.cookie, {
      email: "staf.dinkes@banjarkota.go.id",
      role: "opd_contributor",
      regionCode: BANJAR,
      opdId,
    });
    expect(ok.statusCode).toBe(201);
    const higher = await call("POST", "/api/invitations", coordinator.cookie, {
      email: "x@banjarkota.go.id",
      role: "region_coordinator",
      regionCode: BANJAR,
    });
    expect(higher.statusCode).toBe(403);
    const elsewhere = await call("POST", "/api/invitations", coordinator.cookie, {
      email: "y@solokkota.go.id",
      role: "region_viewer",
      regionCode: SOLOK,
    });
    expect(elsewhere.statusCode).toBe(403);
    const wrongOpd = await call("POST", "/api/invitations", admin.cookie, {
      email: "z@solokkota.go.id",
      role: "opd_contributor",
      regionCode: SOLOK,
      opdId,
    });
    expect(wrongOpd.statusCode).toBe(404);
    expect(wrongOpd.json().error.code).toBe("opd_not_found");
  });

  it("checks that a role gets the scope it needs", async () => {
    const res = await call("POST", "/api/invitations", admin.cookie, {
      email: "m@x.id",
      role: "opd_contributor",
      regionCode: BANJAR,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.issues).toContainEqual({
      path: "body.opdId",
      message: "Pilih OPD untuk peran kontributor OPD",
    });
  });

  it("refuses an e-mail that already has an account", async () => {
    const res = await call("POST", "/api/invitations", admin.cookie, {
      email: "rina@banjarkota.go.id",
      role: "region_viewer",
      regionCode: SOLOK,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("email_taken");
  });

  it("revokes a pending invitation so its link stops working", async () => {
    const created = (
      await call("POST", "/api/invitations", admin.cookie, {
        email: "batal@contoh.go.id",
        role: "mentor",
        regionCode: BANJAR,
      })
    ).json().data;
    const token = tokenOf((await lastMailTo(t.app(), "batal@contoh.go.id")).path);
    expect((await call("DELETE", `/api/invitations/${created.id}`, coordinator.cookie)).statusCode).toBe(403);
    expect((await call("DELETE", `/api/invitations/${created.id}`, admin.cookie)).statusCode).toBe(204);
    expect((await call("GET", `/api/invitations/by-token/${token}`)).statusCode).toBe(410);
  });
});

describe("users", () => {
  it("shows the admin everyone and a coordinator only people of their region", async () => {
    const all = (await call("GET", "/api/users?pageSize=500", admin.cookie)).json();
    expect(all.total).toBeGreaterThanOrEqual(3);
    expect((await call("GET", "/api/users", coordinator.cookie)).statusCode).toBe(403);
    const mine = (await call("GET", `/api/users?region=${BANJAR}`, coordinator.cookie)).json();
    expect(
      mine.data.every((u: { memberships: Array<{ regionCode: string }> }) =>
        u.memberships.some((m) => m.regionCode === BANJAR),
      ),
    ).toBe(true);
    expect((await call("GET", `/api/users?region=${SOLOK}`, coordinator.cookie)).statusCode).toBe(403);
    expect((await call("GET", `/api/users/${admin.user.id}`, coordinator.cookie)).statusCode).toBe(404);
    expect((await call("GET", "/api/users")).statusCode).toBe(401);
  });

  it("deactivates an account, ending its sessions and refusing its sign-in", async () => {
    const viewer = await actorWith(t.app(), { role: "region_viewer", regionCode: BANJAR });
    expect((await call("GET", "/api/me", viewer.cookie)).statusCode).toBe(200);
    const res = await call("POST", `/api/users/${viewer.user.id}/deactivate`, admin.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ active: false, can: { activate: true, deactivate: false } });
    expect((await call("GET", "/api/me", viewer.cookie)).statusCode).toBe(401);
    const signInAgain = await call("POST", "/api/auth/sign-in/email", undefined, {
      email: viewer.user.email,
      password: viewer.user.password,
    });
    expect(signInAgain.statusCode).toBe(403);
    expect(signInAgain.json().error.code).toBe("account_disabled");
    expect((await call("POST", `/api/users/${viewer.user.id}/activate`, admin.cookie)).json().data.active).toBe(true);
    expect((await call("POST", `/api/users/${viewer.user.id}/deactivate`, coordinator.cookie)).statusCode).toBe(403);
  });

  it("grants and revokes roles, never leaving the platform without a national admin", async () => {
    const person = await actorWith(t.app(), { role: "region_viewer", regionCode: BANJAR });
    const granted = await call("POST", `/api/users/${person.user.id}/memberships`, coordinator.cookie, {
      role: "opd_contributor",
      regionCode: BANJAR,
      opdId,
    });
    expect(granted.statusCode).toBe(201);
    const membership = granted.json().data.memberships.find((m: { role: string }) => m.role === "opd_contributor");
    const dup = await call("POST", `/api/users/${person.user.id}/memberships`, coordinator.cookie, {
      role: "opd_contributor",
      regionCode: BANJAR,
      opdId,
    });
    expect(dup.statusCode).toBe(409);
    expect((await call("DELETE", `/api/memberships/${membership.id}`, coordinator.cookie)).statusCode).toBe(204);

    const me = (await call("GET", "/api/me", admin.cookie)).json().data;
    const adminMembership = me.memberships[0];
    expect((await call("DELETE", `/api/memberships/${adminMembership.id}`, admin.cookie)).statusCode).toBe(409);
  });
});
