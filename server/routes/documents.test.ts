import { beforeAll, describe, expect, it } from "vitest";
import { makePrintablePlan } from "../documents/test-fixture";
import { actorWith } from "../testing/factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";
const SOLOK = "13.72";
const BANDUNG = "32.73";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

let coordinator: string;
let viewer: string;
let solokCoordinator: string;
let draftId: number;
let enactedId: number;

beforeAll(async () => {
  const app = t.app();
  draftId = (await makePrintablePlan(app, BANJAR)).plan.id;
  enactedId = (
    await makePrintablePlan(app, BANDUNG, { status: "enacted", perkada: { number: "7", date: "2025-06-30" } })
  ).plan.id;
  coordinator = (await actorWith(app, { role: "region_coordinator", regionCode: BANJAR })).cookie;
  viewer = (await actorWith(app, { role: "region_viewer", regionCode: BANJAR })).cookie;
  solokCoordinator = (await actorWith(app, { role: "region_coordinator", regionCode: SOLOK })).cookie;
}, 60_000);

const get = (url: string, cookie?: string) => t.app().inject({ method: "GET", url, headers: cookie ? { cookie } : {} });

describe("GET /api/masterplans/:id/documents/:book.:format", () => {
  it("gives the coordinator Buku 2 as PDF under its official file name", async () => {
    const res = await get(`/api/masterplans/${draftId}/documents/buku-2.pdf`, coordinator);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toContain(
      'filename="Buku-2-Masterplan-Smart-City-Kota-Banjar-2024-2033.pdf"',
    );
    expect(res.headers["cache-control"]).toBe("private, no-store");
    expect(res.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("gives a region viewer the Perkada draft as DOCX", async () => {
    const res = await get(`/api/masterplans/${draftId}/documents/perkada.docx`, viewer);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe(DOCX);
    expect(res.headers["content-disposition"]).toContain("Rancangan-Perkada-Masterplan-Smart-City-Kota-Banjar");
    expect(res.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });

  it("hides another region's draft (404), asks the public to sign in for a draft (401)", async () => {
    const other = await get(`/api/masterplans/${draftId}/documents/buku-2.pdf`, solokCoordinator);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe("masterplan_not_found");
    const anonymous = await get(`/api/masterplans/${draftId}/documents/buku-2.docx`);
    expect(anonymous.statusCode).toBe(401);
    expect((await get(`/api/masterplans/999999/documents/buku-2.pdf`)).statusCode).toBe(401);
    expect((await get(`/api/masterplans/999999/documents/buku-2.pdf`, coordinator)).statusCode).toBe(404);
  });

  it("lets anyone download the books of an enacted plan", async () => {
    const res = await get(`/api/masterplans/${enactedId}/documents/buku-3.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["cache-control"]).toBe("public, max-age=300");
    const docx = await get(`/api/masterplans/${enactedId}/documents/ringkasan-eksekutif.docx`, solokCoordinator);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers["content-disposition"]).toContain("Ringkasan-Eksekutif-Masterplan-Smart-City-Kota-Bandung");
  });

  it("refuses an unknown book or format with a validation error", async () => {
    const book = await get(`/api/masterplans/${draftId}/documents/buku-9.pdf`, coordinator);
    expect(book.statusCode).toBe(422);
    expect(book.json().error.code).toBe("validation_failed");
    expect((await get(`/api/masterplans/${draftId}/documents/buku-2.odt`, coordinator)).statusCode).toBe(422);
  });
});

describe("GET /api/masterplans/:id/documents", () => {
  it("lists the six books with titles, draft flag and download addresses", async () => {
    const res = await get(`/api/masterplans/${draftId}/documents`, coordinator);
    expect(res.statusCode).toBe(200);
    const { data, can } = res.json();
    expect(can).toEqual({ download: true });
    expect(data.map((d: { book: string }) => d.book)).toEqual([
      "buku-1",
      "buku-2",
      "buku-3",
      "buku-4",
      "ringkasan-eksekutif",
      "perkada",
    ]);
    expect(data[1]).toMatchObject({
      label: "Buku 2",
      title: "Masterplan",
      draft: true,
      formats: [
        {
          format: "docx",
          url: `/api/masterplans/${draftId}/documents/buku-2.docx`,
          fileName: "Buku-2-Masterplan-Smart-City-Kota-Banjar-2024-2033.docx",
        },
        { format: "pdf", url: `/api/masterplans/${draftId}/documents/buku-2.pdf` },
      ],
    });
  });

  it("is public for an enacted plan only", async () => {
    expect((await get(`/api/masterplans/${draftId}/documents`)).statusCode).toBe(401);
    const res = await get(`/api/masterplans/${enactedId}/documents`);
    expect(res.statusCode).toBe(200);
    expect(res.json().data[0].draft).toBe(false);
  });

  it("is described in the OpenAPI document", async () => {
    const res = await get("/api/openapi.json");
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    expect(paths).toContain("/api/masterplans/{id}/documents");
    expect(paths.some((p) => p.startsWith("/api/masterplans/{id}/documents/{book}"))).toBe(true);
  });
});
