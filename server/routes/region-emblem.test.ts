import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent } from "../db/schema/index";
import { pdfImagesOnPage, readDocx, readPdf } from "../documents/read-back";
import { JPEG_20x24, pngImage } from "../documents/test-images";
import { actorWith } from "../testing/factories";
import { makeMasterplan } from "../testing/masterplan-factories";
import { FAKE_EXE, multipartFile, TINY_PDF } from "../testing/multipart";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";
const SOLOK = "13.72";
const cookies: Record<string, string> = {};
let planId: number;

beforeAll(async () => {
  const app = t.app();
  planId = (await makeMasterplan(app, BANJAR)).id;
  const people = {
    admin: { role: "national_admin" as const },
    banjar: { role: "region_coordinator" as const, regionCode: BANJAR },
    solok: { role: "region_coordinator" as const, regionCode: SOLOK },
    mentor: { role: "mentor" as const, regionCode: BANJAR },
  };
  for (const [who, membership] of Object.entries(people)) cookies[who] = (await actorWith(app, membership)).cookie;
}, 60_000);

const get = (url: string, who?: string) =>
  t.app().inject({ method: "GET", url, headers: who ? { cookie: cookies[who] ?? "" } : {} });
const upload = (code: string, content: Buffer, filename: string, who?: string) =>
  t.app().inject({
    method: "POST",
    url: `/api/regions/${code}/emblem`,
    ...multipartFile(content, { filename, contentType: "image/png", cookie: who ? cookies[who] : undefined }),
  });

describe("the region emblem", () => {
  it("starts empty; the coordinator may set it, others may not", async () => {
    const empty = await get(`/api/regions/${BANJAR}/emblem`);
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({ data: null, can: { update: false } });
    expect((await get(`/api/regions/${BANJAR}/emblem`, "banjar")).json().can).toEqual({ update: true });
    expect((await get(`/api/regions/${BANJAR}/emblem`, "solok")).json().can).toEqual({ update: false });
    expect((await get(`/api/regions/${BANJAR}/emblem/image`)).json().error.code).toBe("emblem_not_found");
    expect((await get("/api/regions/99.99/emblem")).statusCode).toBe(404);
  });

  it("prints no image on the cover while there is no emblem", async () => {
    const docx = await get(`/api/masterplans/${planId}/documents/buku-2.docx`, "banjar");
    expect((await readDocx(docx.rawPayload)).media).toEqual([]);
    const pdf = await get(`/api/masterplans/${planId}/documents/buku-2.pdf`, "banjar");
    expect(await pdfImagesOnPage(pdf.rawPayload, 1)).toBe(0);
  });

  it("refuses the public, another region's coordinator and the mentor", async () => {
    const png = pngImage(40, 48);
    expect((await upload(BANJAR, png, "lambang.png")).statusCode).toBe(401);
    const other = await upload(BANJAR, png, "lambang.png", "solok");
    expect(other.statusCode).toBe(403);
    expect(other.json().error.details).toEqual({ reason: "regionEmblem.update" });
    expect((await upload(BANJAR, png, "lambang.png", "mentor")).statusCode).toBe(403);
  });

  it("refuses what is not a PNG or JPEG by its bytes, and what is too large", async () => {
    for (const bytes of [TINY_PDF, FAKE_EXE]) {
      const res = await upload(BANJAR, bytes, "lambang.png", "banjar");
      expect(res.statusCode).toBe(415);
      expect(res.json().error.code).toBe("emblem_type_not_allowed");
    }
    const heavy = await upload(
      BANJAR,
      Buffer.concat([pngImage(8, 8), Buffer.alloc(2 * 1024 * 1024)]),
      "b.png",
      "banjar",
    );
    expect(heavy.statusCode).toBe(413);
    expect(heavy.json().error.code).toBe("emblem_too_large");
    const wide = await upload(BANJAR, pngImage(3001, 4), "lebar.png", "banjar");
    expect(wide.statusCode).toBe(413);
    expect(wide.json().error.details).toMatchObject({ width: 3001, maxPixels: 3000 });
    expect((await get(`/api/regions/${BANJAR}/emblem`)).json().data).toBeNull();
  });

  it("stores a PNG from the coordinator, audited, and shows it to anyone", async () => {
    const png = pngImage(40, 48);
    const res = await upload(BANJAR, png, "Lambang Kota Banjar.png", "banjar");
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ type: "png", width: 40, height: 48, fileName: "Lambang Kota Banjar.png" });
    const shown = (await get(`/api/regions/${BANJAR}/emblem`)).json().data;
    const image = await get(shown.url);
    expect(image.statusCode).toBe(200);
    expect(image.headers["content-type"]).toBe("image/png");
    expect(image.headers["x-content-type-options"]).toBe("nosniff");
    expect(image.rawPayload.equals(png)).toBe(true);
    const [event] = await t
      .app()
      .database.db.select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, "region.emblem_set"), eq(auditEvent.entityId, BANJAR)));
    expect(event?.regionCode).toBe(BANJAR);
  });

  it("puts the emblem on the cover: an image part in the DOCX, an image on the PDF's first page", async () => {
    // Buku 1 of this plan draws no figure: its one picture is the emblem (Buku 2 adds its charts).
    const docx = await get(`/api/masterplans/${planId}/documents/buku-1.docx`, "banjar");
    expect(docx.statusCode).toBe(200);
    const media = (await readDocx(docx.rawPayload)).media;
    expect(media).toHaveLength(1);
    expect(media[0]).toMatch(/^word\/media\/.+\.png$/);
    const pdf = await get(`/api/masterplans/${planId}/documents/perkada.pdf`, "banjar");
    expect(pdf.statusCode).toBe(200);
    // The Perkada has no cover: the emblem heads its first page, above the title (Permendagri 80/2015).
    expect(await pdfImagesOnPage(pdf.rawPayload, 1)).toBe(1);
    const book = await get(`/api/masterplans/${planId}/documents/buku-2.pdf`, "banjar");
    expect(await pdfImagesOnPage(book.rawPayload, 1)).toBe(1);
    expect(await pdfImagesOnPage(book.rawPayload, 2)).toBe(0);
    // The cover still holds the issuer at its foot: the emblem pushed nothing onto the next page.
    const cover = (await readPdf(book.rawPayload)).pages[0];
    expect(cover).toContain("PEMERINTAH KOTA BANJAR");
    expect(cover).toContain("PROVINSI JAWA BARAT");
  });

  it("lets the admin replace it with a JPEG, which the covers then carry", async () => {
    const res = await upload(BANJAR, JPEG_20x24, "lambang.jpg", "admin");
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ type: "jpg", width: 20, height: 24 });
    const docx = await get(`/api/masterplans/${planId}/documents/buku-1.docx`, "banjar");
    expect((await readDocx(docx.rawPayload)).media[0]).toMatch(/\.(jpg|jpeg)$/);
    const pdf = await get(`/api/masterplans/${planId}/documents/buku-1.pdf`, "banjar");
    expect(await pdfImagesOnPage(pdf.rawPayload, 1)).toBe(1);
  });

  it("is removed by the coordinator, audited, and the covers go without it", async () => {
    expect((await t.app().inject({ method: "DELETE", url: `/api/regions/${BANJAR}/emblem` })).statusCode).toBe(401);
    const res = await t
      .app()
      .inject({ method: "DELETE", url: `/api/regions/${BANJAR}/emblem`, headers: { cookie: cookies.banjar ?? "" } });
    expect(res.statusCode).toBe(204);
    expect((await get(`/api/regions/${BANJAR}/emblem`)).json().data).toBeNull();
    const again = await t
      .app()
      .inject({ method: "DELETE", url: `/api/regions/${BANJAR}/emblem`, headers: { cookie: cookies.banjar ?? "" } });
    expect(again.json().error.code).toBe("emblem_not_found");
    const docx = await get(`/api/masterplans/${planId}/documents/buku-2.docx`, "banjar");
    expect((await readDocx(docx.rawPayload)).media).toEqual([]);
    const events = await t
      .app()
      .database.db.select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, "region.emblem_removed"), eq(auditEvent.entityId, BANJAR)));
    expect(events).toHaveLength(1);
  });
});
