import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent, feedback, notification } from "../db/schema/index";
import {
  BANJAR,
  coordinator,
  form,
  jpegWithLocation,
  opdId,
  opdStaff,
  programId,
  SENDER,
  send,
  setupFeedbackRegion,
  solokCoordinator,
} from "../testing/feedback-fixtures";
import { lastMailTo } from "../testing/outbox";

const t = setupFeedbackRegion();

describe("moderation", () => {
  let id: number;
  let token: string;
  const text = "Mohon jadwal sosialisasi aplikasi antrean di kelurahan disampaikan lebih awal";

  const act = (verb: string, body: object, cookie = coordinator) =>
    t.app().inject({ method: "POST", url: `/api/feedback/${id}/${verb}`, headers: { cookie }, payload: body });
  const publicList = async () =>
    (await t.app().inject({ method: "GET", url: `/api/public/regions/${BANJAR}/feedback?pageSize=50` })).json();

  beforeAll(async () => {
    const res = await send(form({ body: text, email: "ibu.rt@contoh.id", name: "Ibu RT" }), {
      photo: { content: await jpegWithLocation(), type: "image/jpeg", name: "foto.jpg" },
    });
    token = res.json().data.followToken;
    const [row] = await t.app().database.db.select().from(feedback).where(eq(feedback.body, text));
    id = row?.id ?? 0;
  });

  it("is not public while it waits, and only the region's own people see the queue", async () => {
    expect(JSON.stringify(await publicList())).not.toContain(text);
    expect((await t.app().inject({ method: "GET", url: `/api/public/feedback/${id}/photo` })).statusCode).toBe(404);
    const anon = await t.app().inject({ method: "GET", url: `/api/regions/${BANJAR}/feedback` });
    expect(anon.statusCode).toBe(401);
    const other = await t
      .app()
      .inject({ method: "GET", url: `/api/regions/${BANJAR}/feedback`, headers: { cookie: solokCoordinator } });
    expect(other.statusCode).toBe(404);
    const queue = await t
      .app()
      .inject({ method: "GET", url: `/api/regions/${BANJAR}/feedback?pageSize=100`, headers: { cookie: coordinator } });
    expect(queue.statusCode).toBe(200);
    const item = queue.json().data.find((f: { id: number }) => f.id === id);
    expect(item).toMatchObject({
      status: "pending",
      email: "ibu.rt@contoh.id",
      can: { publish: true, markHandled: true },
    });
    expect(queue.json().counts.pending).toBeGreaterThan(0);
    // Another region's coordinator cannot act on it: not found, not forbidden.
    expect((await act("publish", { version: 1 }, solokCoordinator)).statusCode).toBe(404);
    // OPD staff see nothing until it is forwarded to them.
    const opd = await t
      .app()
      .inject({ method: "GET", url: `/api/regions/${BANJAR}/feedback`, headers: { cookie: opdStaff } });
    expect(opd.json().data).toEqual([]);
  });

  it("publishes, replies, forwards and closes, each audited, and the sender and the public both see the reply", async () => {
    const published = await act("publish", { version: 1 });
    expect(published.statusCode).toBe(200);
    expect(published.json().data).toMatchObject({ status: "published", version: 2, can: { publish: false } });
    expect((await act("publish", { version: 2 })).json().error.code).toBe("feedback_action_not_allowed");
    expect((await act("reply", { version: 1, body: "Jawaban yang basi" })).statusCode).toBe(409);

    const reply = "Terima kasih. Jadwal sosialisasi diumumkan di kelurahan dua minggu sebelumnya.";
    expect((await act("reply", { version: 2, body: reply })).statusCode).toBe(200);
    const mail = await lastMailTo(t.app(), "ibu.rt@contoh.id");
    expect(mail.subject).toContain("menjawab");
    expect(mail.text).toContain(reply);

    const list = await publicList();
    const shown = list.data.find((f: { id: number }) => f.id === id);
    expect(shown).toMatchObject({ body: text, name: "Ibu RT", reply: { body: reply, by: "Pemerintah Kota Banjar" } });
    expect(list.counts.published).toBeGreaterThan(0);
    expect(list.counts.bySubject).toContainEqual({ kind: "program", id: programId, published: expect.any(Number) });
    expect(JSON.stringify(list)).not.toContain("ibu.rt@contoh.id");
    const photo = await t.app().inject({ method: "GET", url: shown.photoUrl });
    expect(photo.statusCode).toBe(200);
    expect(photo.headers["content-type"]).toBe("image/jpeg");

    const forwarded = await act("forward", { version: 3, opdId });
    expect(forwarded.json().data.forwardedTo).toEqual({ id: opdId, name: expect.any(String) });
    const [told] = await t
      .app()
      .database.db.select()
      .from(notification)
      .where(eq(notification.kind, "feedback.forwarded"));
    expect(told?.objectId).toBe(String(id));
    const opdQueue = await t
      .app()
      .inject({ method: "GET", url: `/api/regions/${BANJAR}/feedback`, headers: { cookie: opdStaff } });
    const mine = opdQueue.json().data;
    expect(mine.map((f: { id: number }) => f.id)).toEqual([id]);
    expect(mine[0].can).toMatchObject({ markHandled: true, publish: false, reply: false });
    const tasks = await t.app().inject({ method: "GET", url: "/api/me/tasks", headers: { cookie: opdStaff } });
    expect(tasks.json().data.map((x: { kind: string }) => x.kind)).toContain("feedback.handle");

    expect((await act("mark-handled", { version: 4 }, opdStaff)).statusCode).toBe(200);
    const follow = (await t.app().inject({ method: "GET", url: `/api/public/feedback/follow/${token}` })).json().data;
    expect(follow).toMatchObject({
      status: "published",
      handled: true,
      forwardedTo: expect.any(String),
      reply: { body: reply },
    });
    expect((await publicList()).data.find((f: { id: number }) => f.id === id).handled).toBe(true);

    const actions = (
      await t
        .app()
        .database.db.select()
        .from(auditEvent)
        .where(eq(auditEvent.entityId, String(id)))
    )
      .filter((a) => a.entityType === "feedback")
      .map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "feedback.received",
        "feedback.published",
        "feedback.replied",
        "feedback.forwarded",
        "feedback.handled",
      ]),
    );
  });

  it("a rejected feedback leaves the public page and the sender reads why", async () => {
    const rejected = "Tulisan yang ternyata berisi fitnah terhadap seseorang";
    // Sent with an e-mail address, so that its absence below means something.
    const res = await send(form({ body: rejected, email: SENDER }));
    const tok = res.json().data.followToken;
    const [row] = await t.app().database.db.select().from(feedback).where(eq(feedback.body, rejected));
    const r = await t.app().inject({
      method: "POST",
      url: `/api/feedback/${row?.id}/reject`,
      headers: { cookie: coordinator },
      payload: { version: 1, reason: "Berisi tuduhan terhadap pribadi" },
    });
    expect(r.statusCode).toBe(200);
    const follow = (await t.app().inject({ method: "GET", url: `/api/public/feedback/follow/${tok}` })).json().data;
    expect(follow).toMatchObject({ status: "rejected", rejectReason: "Berisi tuduhan terhadap pribadi" });
    for (const url of [
      `/api/public/regions/${BANJAR}/feedback?pageSize=50`,
      `/api/public/regions/${BANJAR}`,
      "/api/public/map",
      "/api/public/figures",
    ]) {
      const body = (await t.app().inject({ method: "GET", url })).body;
      expect(body, url).not.toContain(rejected);
      expect(body, url).not.toContain(SENDER);
      expect(body, url).not.toContain("10.1.");
    }
  });

  it("an unknown follow link is a 404", async () => {
    const res = await t
      .app()
      .inject({ method: "GET", url: "/api/public/feedback/follow/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA" });
    expect(res.statusCode).toBe(404);
  });
});

describe("retention", () => {
  it("erases senders' e-mail and network addresses after the retention period, keeping the feedback", async () => {
    const { eraseFeedbackPersonalData } = await import("../services/feedback/erase-personal-data");
    const db = t.app().database.db;
    const res = await send(form({ email: "lama.sekali@contoh.id", body: "Masukan lama yang sudah lewat masa simpan" }));
    expect(res.statusCode).toBe(201);
    const fresh = await send(form({ email: "baru.saja@contoh.id", body: "Masukan baru yang masih dalam masa simpan" }));
    expect(fresh.statusCode).toBe(201);
    await db
      .update(feedback)
      .set({ createdAt: new Date(Date.now() - 181 * 86_400_000) })
      .where(eq(feedback.senderEmail, "lama.sekali@contoh.id"));
    const ctx = { actor: null, ip: null, userAgent: null, requestId: "uji-retensi" };
    expect(await eraseFeedbackPersonalData(db, { retentionDays: 180, ctx })).toBe(1);
    const [old] = await db
      .select()
      .from(feedback)
      .where(eq(feedback.body, "Masukan lama yang sudah lewat masa simpan"));
    expect(old).toMatchObject({ senderEmail: null, senderIp: null });
    expect(old?.personalDataErasedAt).toBeInstanceOf(Date);
    const [kept] = await db
      .select()
      .from(feedback)
      .where(eq(feedback.body, "Masukan baru yang masih dalam masa simpan"));
    expect(kept?.senderEmail).toBe("baru.saja@contoh.id");
    // A second run finds nothing more to erase.
    expect(await eraseFeedbackPersonalData(db, { retentionDays: 180, ctx })).toBe(0);
    const [audit] = await db.select().from(auditEvent).where(eq(auditEvent.action, "feedback.personal_data_erased"));
    expect(JSON.stringify(audit?.changes)).not.toContain("lama.sekali");
    // The follow link still works: the text and the moderation stay.
    const follow = await t
      .app()
      .inject({ method: "GET", url: `/api/public/feedback/follow/${res.json().data.followToken}` });
    expect(follow.statusCode).toBe(200);
  });
});
