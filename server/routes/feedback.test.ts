import { readFile } from "node:fs/promises";
import path from "node:path";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { auditEvent, feedback, notification, storedFile } from "../db/schema/index";
import {
  BANJAR,
  form,
  jpegWithLocation,
  quickWinId,
  SENDER,
  send,
  setupFeedbackRegion,
  solokProgramId,
  stored,
} from "../testing/feedback-fixtures";
import { HTML_PAGE } from "../testing/multipart";
import { lastMailTo } from "../testing/outbox";

const t = setupFeedbackRegion();

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
