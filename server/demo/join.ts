import type { App } from "../app";
import { DemoClient } from "./api-client";
import { DEMO_PASSWORD } from "./people";

type Person = { email: string; name: string } & Record<string, unknown>;

/**
 * Invites a person by e-mail (as `inviter`) and accepts the invitation with the demo password,
 * as they would: the link is read from the outbox, which only the national admin sees.
 */
export async function invite(
  app: App,
  people: { inviter: DemoClient; admin: DemoClient },
  person: Person,
): Promise<DemoClient> {
  await people.inviter.post("/api/invitations", person);
  const outbox = await people.admin.get<{ data: Array<{ to: string; text: string }> }>("/api/outbox?pageSize=5");
  const mail = outbox.data.find((m) => m.to === person.email);
  const token = mail?.text.match(/\/undangan\/([\w-]+)/)?.[1];
  if (!token) throw new Error(`no invitation link for ${person.email}`);
  await new DemoClient(app).post(`/api/invitations/by-token/${token}/accept`, {
    name: person.name,
    password: DEMO_PASSWORD,
  });
  return new DemoClient(app).signIn(person.email, DEMO_PASSWORD);
}

/** Signs a demo person in, inviting them first when they have no account yet (a demo loaded by an older version). */
export async function signInOrInvite(
  app: App,
  people: { inviter: DemoClient; admin: DemoClient },
  person: Person,
): Promise<DemoClient> {
  const found = await people.admin.get<{ data: Array<{ email: string }> }>(
    `/api/users?q=${encodeURIComponent(person.email)}`,
  );
  if (found.data.some((u) => u.email === person.email)) return new DemoClient(app).signIn(person.email, DEMO_PASSWORD);
  return invite(app, people, person);
}
