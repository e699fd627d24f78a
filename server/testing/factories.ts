import { randomBytes } from "node:crypto";
import type { MembershipInput } from "../../domain/roles";
import type { App } from "../app";
import { opd } from "../db/schema/index";
import { createAccount } from "../services/people/create-account";

export const TEST_PASSWORD = "kata-sandi-uji-123";

/** A user holding one role, created directly in the database. */
export async function makeUser(app: App, membership: MembershipInput, opts: { email?: string; name?: string } = {}) {
  const email = opts.email ?? `u-${randomBytes(4).toString("hex")}@contoh.go.id`;
  const u = await createAccount(app.database.db, app.auth, {
    email,
    name: opts.name ?? `Pengguna ${membership.role}`,
    password: TEST_PASSWORD,
    membership,
    createdBy: null,
  });
  return { ...u, password: TEST_PASSWORD };
}

/** Signs in through the public endpoint and returns the Cookie header for later requests. */
export async function signIn(app: App, email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await app.inject({
    method: "POST",
    url: "/api/auth/sign-in/email",
    payload: { email, password },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in failed for ${email}: ${res.statusCode} ${res.body}`);
  return res.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

/** A user with a role, signed in: `{ user, cookie }`. */
export async function actorWith(app: App, membership: MembershipInput) {
  const user = await makeUser(app, membership);
  return { user, cookie: await signIn(app, user.email) };
}

/** An OPD of a region, inserted directly. */
export async function makeOpd(app: App, regionCode: string, abbreviation = `OPD${randomBytes(2).toString("hex")}`) {
  const [row] = await app.database.db
    .insert(opd)
    .values({ regionCode, name: `Dinas ${abbreviation}`, abbreviation, kind: "dinas" })
    .returning();
  if (!row) throw new Error("OPD insert failed");
  return row;
}
