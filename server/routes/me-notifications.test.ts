import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "../audit/record";
import { masterplan, notification, user } from "../db/schema/index";
import { makeWorkspace, workspaceOf } from "../testing/cohort-factories";
import { caller } from "../testing/evaluation-factories";
import { actorWith } from "../testing/factories";
import { makeMasterplan } from "../testing/masterplan-factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const call = caller(t.app);
const PALU = "72.71";

type Actor = Awaited<ReturnType<typeof actorWith>>;
let coordinator: Actor;
let mentor: Actor;
let viewer: Actor;
let outsider: Actor;
let planId: number;
let deliverableIds: number[];

const kindsOf = async (who: Actor) =>
  ((await call("GET", "/api/me/notifications?pageSize=100", who.cookie)).json().data as Array<{ kind: string }>).map(
    (n) => n.kind,
  );
const submit = async (id: number) => {
  expect(
    (await call("PATCH", `/api/deliverables/${id}`, coordinator.cookie, { link: "https://contoh.go.id/x", version: 1 }))
      .statusCode,
  ).toBe(200);
  const res = await call("POST", `/api/deliverables/${id}/actions`, coordinator.cookie, { action: "submit" });
  expect(res.statusCode, res.body).toBe(200);
};

beforeAll(async () => {
  const app = t.app();
  const { candidate } = await makeWorkspace(app, PALU);
  deliverableIds = (await workspaceOf(app, candidate.id))[0]?.deliverables.map((d) => d.id) ?? [];
  coordinator = await actorWith(app, { role: "region_coordinator", regionCode: PALU });
  mentor = await actorWith(app, { role: "mentor", regionCode: PALU });
  viewer = await actorWith(app, { role: "region_viewer", regionCode: PALU });
  outsider = await actorWith(app, { role: "region_coordinator", regionCode: "13.72" });
  planId = (await makeMasterplan(app, PALU)).id;
}, 60_000);

describe("notifications", () => {
  it("are written with the change and vanish when its transaction rolls back", async () => {
    const db = t.app().database.db;
    const ctx = { actor: null, ip: null, userAgent: null, requestId: "uji" };
    await expect(
      db.transaction(async (tx) => {
        await recordAudit(tx, ctx, { action: "masterplan.submit", entityType: "masterplan", entityId: planId });
        const [n] = await tx.select().from(notification).where(eq(notification.userId, mentor.user.id));
        expect(n?.kind).toBe("masterplan.submitted");
        throw new Error("batal");
      }),
    ).rejects.toThrow("batal");
    expect(await db.select().from(notification).where(eq(notification.userId, mentor.user.id))).toEqual([]);
  });

  it("are the reader's own: list, unread count, read one, another's is a 404, read all", async () => {
    const [first, second] = deliverableIds;
    if (!first || !second) throw new Error("no deliverables");
    await submit(first);
    await submit(second);
    const list = (await call("GET", "/api/me/notifications", mentor.cookie)).json();
    expect(list).toMatchObject({ total: 2, unread: 2, page: 1, pageSize: 50 });
    expect(list.data[0]).toMatchObject({ kind: "deliverable.submitted", readAt: null, regionCode: PALU });
    expect(list.data[0].title).toMatch(/^Kota Palu: keluaran Tahap 1 diajukan — /);

    const id = list.data[0].id;
    expect((await call("POST", `/api/me/notifications/${id}/read`)).statusCode).toBe(401);
    expect((await call("POST", `/api/me/notifications/${id}/read`, outsider.cookie)).json().error.code).toBe(
      "notification_not_found",
    );
    expect((await call("POST", `/api/me/notifications/abc/read`, mentor.cookie)).statusCode).toBe(422);
    const read = await call("POST", `/api/me/notifications/${id}/read`, mentor.cookie);
    expect(read.statusCode).toBe(200);
    expect(read.json().data.readAt).not.toBeNull();
    expect((await call("GET", "/api/me/notifications?unread=true", mentor.cookie)).json()).toMatchObject({
      total: 1,
      unread: 1,
    });
    expect((await call("POST", "/api/me/notifications/read-all", mentor.cookie)).json().data.updated).toBe(1);
    expect((await call("GET", "/api/me/notifications", mentor.cookie)).json().unread).toBe(0);
  });

  it("speak the reader's language", async () => {
    await call("PATCH", "/api/me", mentor.cookie, { language: "en" });
    const [n] = (await call("GET", "/api/me/notifications", mentor.cookie)).json().data;
    expect(n.title).toMatch(/^Kota Palu: stage 1 deliverable submitted — /);
    await call("PATCH", "/api/me", mentor.cookie, { language: "id" });
  });

  it("reach a mention only when the person may read the plan, and a reply reaches the thread", async () => {
    const mention = (who: Actor) => `@[${who.user.name}](${who.user.id})`;
    const thread = await call("POST", `/api/masterplans/${planId}/comments`, mentor.cookie, {
      targetType: "masterplan",
      targetId: String(planId),
      body: `Mohon lengkapi visi, ${mention(viewer)} dan ${mention(outsider)}.`,
    });
    expect(thread.statusCode, thread.body).toBe(201);
    expect(await kindsOf(viewer)).toEqual(["comment.mentioned"]);
    expect(await kindsOf(outsider)).toEqual([]);

    const reply = await call("POST", `/api/masterplans/${planId}/comments`, coordinator.cookie, {
      targetType: "masterplan",
      targetId: String(planId),
      parentId: thread.json().data.id,
      body: "Sudah kami lengkapi.",
    });
    expect(reply.statusCode, reply.body).toBe(201);
    expect((await kindsOf(mentor))[0]).toBe("comment.replied");
    // The viewer was told by the mention and did not write in the thread.
    expect(await kindsOf(viewer)).toEqual(["comment.mentioned"]);
    const threadId = thread.json().data.id;
    const [replied] = (await call("GET", "/api/me/notifications", mentor.cookie)).json().data;
    expect(replied.href).toBe(`/masterplan/${planId}#komentar-${threadId}`);

    // The thread waits for the mentor in Perlu Tindakan until they answer it.
    const answer = async () =>
      ((await call("GET", "/api/me/tasks", mentor.cookie)).json().data as Array<{ kind: string; href: string }>).filter(
        (x) => x.kind === "comment.answer",
      );
    expect((await answer()).map((x) => x.href)).toEqual([`/masterplan/${planId}#komentar-${threadId}`]);
    await call("POST", `/api/masterplans/${planId}/comments`, mentor.cookie, {
      targetType: "masterplan",
      targetId: String(planId),
      parentId: threadId,
      body: "Terima kasih, sudah sesuai.",
    });
    expect(await answer()).toEqual([]);

    // A thread on a chapter links to its tab.
    const onVision = await call("POST", `/api/masterplans/${planId}/comments`, mentor.cookie, {
      targetType: "section",
      targetId: "vision",
      body: `Misi ketiga perlu diperjelas, ${mention(coordinator)}.`,
    });
    expect(onVision.statusCode, onVision.body).toBe(201);
    const [toCoordinator] = (await call("GET", "/api/me/notifications", coordinator.cookie)).json().data;
    expect(toCoordinator.href).toBe(`/masterplan/${planId}?tab=visi#komentar-${onVision.json().data.id}`);
  });

  it("respect preferences: validated, versioned, muted kinds skipped, critical kinds kept", async () => {
    const url = "/api/me/notification-preferences";
    const initial = (await call("GET", url, viewer.cookie)).json();
    expect(initial.data).toEqual({ emailMode: "daily", mutedKinds: [], version: 1 });
    expect(initial.kinds.find((k: { kind: string }) => k.kind === "deadline.missed").critical).toBe(true);

    const bad = await call("PUT", url, viewer.cookie, {
      emailMode: "hourly",
      mutedKinds: ["deadline.missed"],
      version: 1,
    });
    expect(bad.statusCode).toBe(422);
    const paths = bad.json().error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["body.emailMode", "body.mutedKinds.0"]));

    const saved = await call("PUT", url, viewer.cookie, {
      emailMode: "weekly",
      mutedKinds: ["comment.mentioned"],
      version: 1,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().data).toEqual({ emailMode: "weekly", mutedKinds: ["comment.mentioned"], version: 2 });
    expect((await call("PUT", url, viewer.cookie, { emailMode: "none", mutedKinds: [], version: 1 })).statusCode).toBe(
      409,
    );

    await call("POST", `/api/masterplans/${planId}/comments`, mentor.cookie, {
      targetType: "masterplan",
      targetId: String(planId),
      body: `Cek lagi, @[${viewer.user.name}](${viewer.user.id}).`,
    });
    expect(await kindsOf(viewer)).toEqual(["comment.mentioned"]);
  });

  it("stop for a deactivated person", async () => {
    const db = t.app().database.db;
    await db.update(user).set({ active: false }).where(eq(user.id, mentor.user.id));
    const before = await db.select().from(notification).where(eq(notification.userId, mentor.user.id));
    const third = deliverableIds[2];
    if (!third) throw new Error("no third deliverable");
    await submit(third);
    const after = await db.select().from(notification).where(eq(notification.userId, mentor.user.id));
    expect(after).toHaveLength(before.length);
    await db.update(user).set({ active: true }).where(eq(user.id, mentor.user.id));
  });

  it("tell the mentor of a plan submitted for review", async () => {
    const db = t.app().database.db;
    await db.update(masterplan).set({ status: "in_review" }).where(eq(masterplan.id, planId));
    const [plan] = await db.select().from(masterplan).where(eq(masterplan.id, planId));
    const res = await call("POST", `/api/masterplans/${planId}/transition`, mentor.cookie, {
      action: "return",
      note: "Lengkapi indikator setiap program",
      version: plan?.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    const [n] = (await call("GET", "/api/me/notifications", coordinator.cookie)).json().data;
    expect(n).toMatchObject({ kind: "masterplan.returned", body: "Lengkapi indikator setiap program" });
    expect(n.href).toBe(`/masterplan/${planId}`);
    // Only the plan's own region is told: a coordinator elsewhere hears nothing.
    expect(await kindsOf(outsider)).not.toContain("masterplan.returned");
  });
});
