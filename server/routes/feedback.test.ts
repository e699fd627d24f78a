import { readFile } from "node:fs/promises";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent, feedback, notification, storedFile } from "../db/schema/index";
import { makeOpd, makeUser, signIn } from "../testing/factories";
import { makeMasterplan } from "../testing/masterplan-factories";
import { makeProgram, makeQuickWin } from "../testing/monitoring-factories";
import { HTML_PAGE, multipartForm } from "../testing/multipart";
import { lastMailTo } from "../testing/outbox";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";
const SOLOK = "13.72";
const SENDER = "warga.penanya@contoh.id";

let programId: number;
let quickWinId: number;
let solokProgramId: number;
let opdId: number;
let coordinator: string;
let opdStaff: string;
let solokCoordinator: string;
let ipSeq = 0;
/** Each send from its own address unless a test is about the address limit. */
const nextIp = () => `10.1.${Math.floor(++ipSeq / 250)}.${ipSeq % 250}`;

/** A real JPEG that carries a GPS position and a camera owner in its EXIF. */
async function jpegWithLocation() {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: "#3a7" } })
    .jpeg()
    .withExif({
      IFD0: { Artist: "Pemilik Kamera Rahasia", Copyright: "Rahasia" },
      IFD3: { GPSLatitudeRef: "S", GPSLatitude: "7/1 19/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "108/1 32/1 0/1" },
    })
    .toBuffer();
}

const form = (over: Record<string, string | number> = {}) => ({
  subjectKind: "program",
  subjectId: programId,
  category: "question",
  body: "Kapan layanan antrean daring di Mal Pelayanan Publik mulai dibuka untuk warga?",
  name: "Budi Warga",
  email: "",
  website: "",
  ...over,
});

function send(
  fields: Record<string, string | number>,
  opts: { ip?: string; photo?: { content: Buffer; type: string; name: string } } = {},
) {
  const body = multipartForm(
    fields,
    opts.photo
      ? { field: "photo", filename: opts.photo.name, contentType: opts.photo.type, content: opts.photo.content }
      : undefined,
  );
  return t.app().inject({
    method: "POST",
    url: `/api/public/regions/${BANJAR}/feedback`,
    remoteAddress: opts.ip ?? nextIp(),
    ...body,
  });
}

async function stored() {
  const db = t.app().database.db;
  const [f] = await db.select({ n: count() }).from(feedback);
  const [s] = await db.select({ n: count() }).from(storedFile);
  return { feedback: f?.n ?? 0, files: s?.n ?? 0 };
}

beforeAll(async () => {
  const app = t.app();
  const opd = await makeOpd(app, BANJAR, "Diskominfo");
  opdId = opd.id;
  const plan = await makeMasterplan(app, BANJAR, { status: "enacted" });
  programId = (await makeProgram(app, plan.id, opdId)).id;
  quickWinId = (await makeQuickWin(app, plan.id, programId, opdId)).id;
  const draft = await makeMasterplan(app, SOLOK, { status: "draft" });
  solokProgramId = (await makeProgram(app, draft.id, null)).id;
  const c = await makeUser(
    app,
    { role: "region_coordinator", regionCode: BANJAR },
    { email: "koordinator@banjar.go.id" },
  );
  coordinator = await signIn(app, c.email);
  const o = await makeUser(
    app,
    { role: "opd_contributor", regionCode: BANJAR, opdId },
    { email: "staf@kominfo.banjar.go.id" },
  );
  opdStaff = await signIn(app, o.email);
  const s = await makeUser(
    app,
    { role: "region_coordinator", regionCode: SOLOK },
    { email: "koordinator@solok.go.id" },
  );
  solokCoordinator = await signIn(app, s.email);
});

describe("sending feedback", () => {
  it("stores a question with its photo re-encoded without location, tells the coordinator, and mails the sender a private link", async () => {
    const photo = await jpegWithLocation();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const res = await send(form({ email: SENDER, category: "report" }), {
      photo: { content: photo, type: "image/jpeg", name: "IMG_0001.jpg" },
    });
    expect(res.statusCode).toBe(201);
    const { data } = res.json();
    expect(data.status).toBe("pending");
    expect(data.followPath).toBe(`/masukan/${data.followToken}`);

    const db = t.app().database.db;
    const [row] = await db.select().from(feedback).where(eq(feedback.senderEmail, SENDER));
    expect(row?.followTokenHash).not.toContain(data.followToken);
    expect(row?.senderIp).toMatch(/^10\.1\./);
    const [file] = await db
      .select()
      .from(storedFile)
      .where(eq(storedFile.id, row?.photoFileId ?? ""));
    const bytes = await readFile(path.join(t.app().files.dir, file?.id ?? ""));
    const meta = await sharp(bytes).metadata();
    expect(meta.format).toBe("jpeg");
    expect(meta.exif).toBeUndefined();
    expect(bytes.includes(Buffer.from("Pemilik Kamera Rahasia"))).toBe(false);

    const [told] = await db
      .select()
      .from(notification)
      .where(eq(notification.objectId, String(row?.id)));
    expect(told?.kind).toBe("feedback.received");
    expect(told?.href).toBe(`/wilayah/${BANJAR}/masukan#masukan-${row?.id}`);

    const mail = await lastMailTo(t.app(), SENDER);
    expect(mail.path).toBe(`/masukan/${data.followToken}`);

    // The audit trail is permanent: neither the e-mail nor the network address goes into it.
    const [audit] = await db.select().from(auditEvent).where(eq(auditEvent.action, "feedback.received"));
    expect(audit?.ip).toBeNull();
    expect(JSON.stringify(audit)).not.toContain(SENDER);

    const follow = await t.app().inject({ method: "GET", url: `/api/public/feedback/follow/${data.followToken}` });
    expect(follow.statusCode).toBe(200);
    expect(follow.headers["cache-control"]).toContain("no-store");
    expect(follow.json().data).toMatchObject({ status: "pending", category: "report", photo: true, reply: null });
  });

  it("takes feedback on a quick win, and a PNG photo stays a PNG", async () => {
    const png = await sharp({ create: { width: 20, height: 20, channels: 4, background: "#fff0" } })
      .png()
      .toBuffer();
    const res = await send(form({ subjectKind: "quick_win", subjectId: quickWinId, category: "suggestion" }), {
      photo: { content: png, type: "image/png", name: "tangkapan.png" },
    });
    expect(res.statusCode).toBe(201);
  });

  it("refuses a program of a plan that is not enacted as if it did not exist", async () => {
    const before = await stored();
    const res = await send(form({ subjectId: solokProgramId }));
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("feedback_subject_not_found");
    expect(await stored()).toEqual(before);
  });

  it("marks invalid fields in the error shape and stores nothing", async () => {
    const before = await stored();
    const res = await send(form({ body: "pendek", email: "bukan-email", category: "keluhan" }));
    expect(res.statusCode).toBe(422);
    const paths = res.json().error.details.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(["body.body", "body.email", "body.category"]));
    const long = await send(form({ body: "a ".repeat(1001) }));
    expect(long.statusCode).toBe(422);
    expect(await stored()).toEqual(before);
  });

  it("refuses the honeypot, too many links and advertising words as spam, storing nothing", async () => {
    const before = await stored();
    const spam: Array<Record<string, string>> = [
      { website: "http://spam.example" },
      { body: "Lihat http://a.example dan http://b.example serta http://c.example sekarang juga" },
      { body: "Daftar slot gacor sekarang, bonus besar untuk warga Banjar!" },
    ];
    for (const over of spam) {
      const res = await send(form(over));
      expect(res.statusCode).toBe(422);
      expect(res.json().error.code).toBe("spam_suspected");
    }
    expect(await stored()).toEqual(before);
  });

  it("limits one network address per hour, with Retry-After", async () => {
    const ip = "10.9.9.9";
    for (let i = 0; i < 5; i++)
      expect((await send(form({ body: `Pertanyaan nomor ${i} tentang layanan` }), { ip })).statusCode).toBe(201);
    const res = await send(form({ body: "Pertanyaan keenam tentang layanan" }), { ip });
    expect(res.statusCode).toBe(429);
    expect(res.json().error).toMatchObject({ code: "too_many_attempts", details: { by: "address" } });
    expect(res.headers["retry-after"]).toBe("3600");
  });

  it("limits one e-mail address per day whatever the network address", async () => {
    const email = "rajin.menulis@contoh.id";
    for (let i = 0; i < 5; i++)
      expect((await send(form({ email, body: `Usulan ke-${i} untuk program ini` }))).statusCode).toBe(201);
    const res = await send(form({ email: "Rajin.Menulis@contoh.id", body: "Usulan keenam untuk program ini" }));
    expect(res.statusCode).toBe(429);
    expect(res.json().error.details.by).toBe("email");
  });

  it("refuses the same text twice in a day from the same sender", async () => {
    const ip = "10.8.8.8";
    expect((await send(form({ body: "Jalan di depan kantor kecamatan rusak parah" }), { ip })).statusCode).toBe(201);
    const res = await send(form({ body: "Jalan di depan kantor kecamatan rusak parah" }), { ip });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("feedback_duplicate");
  });

  it("refuses an oversized photo, a fake image and a broken JPEG, storing nothing", async () => {
    const before = await stored();
    const big = await send(form({ body: "Foto terlalu besar untuk dikirim" }), {
      photo: { content: Buffer.alloc(5 * 1024 * 1024 + 1, 0xff), type: "image/jpeg", name: "besar.jpg" },
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe("photo_too_large");
    const fake = await send(form({ body: "Ini sebenarnya halaman web" }), {
      photo: { content: HTML_PAGE, type: "image/jpeg", name: "foto.jpg" },
    });
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.code).toBe("file_type_not_allowed");
    const jpeg = await jpegWithLocation();
    const broken = Buffer.concat([jpeg.subarray(0, 200), Buffer.alloc(400, 0x11)]);
    const bad = await send(form({ body: "Foto yang rusak di tengah jalan" }), {
      photo: { content: broken, type: "image/jpeg", name: "rusak.jpg" },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe("photo_unreadable");
    expect(await stored()).toEqual(before);
  });
});

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
    const res = await send(form({ body: rejected }));
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
