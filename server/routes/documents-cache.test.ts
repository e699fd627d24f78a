import { beforeAll, describe, expect, it } from "vitest";
import { readDocx } from "../documents/read-back";
import { makePrintablePlan } from "../documents/test-fixture";
import { actorWith } from "../testing/factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";
const SOLOK = "13.72";

let coordinator: string;
let solokCoordinator: string;
let planId: number;
let solokPlanId: number;

beforeAll(async () => {
  const app = t.app();
  planId = (await makePrintablePlan(app, BANJAR)).plan.id;
  solokPlanId = (await makePrintablePlan(app, SOLOK)).plan.id;
  coordinator = (await actorWith(app, { role: "region_coordinator", regionCode: BANJAR })).cookie;
  solokCoordinator = (await actorWith(app, { role: "region_coordinator", regionCode: SOLOK })).cookie;
}, 60_000);

const get = (url: string, cookie: string) => t.app().inject({ method: "GET", url, headers: { cookie } });
const putVision = (id: number, cookie: string, vision: string, version: number) =>
  t.app().inject({
    method: "PUT",
    url: `/api/masterplans/${id}/sections/vision`,
    headers: { cookie },
    payload: { content: { vision, missions: [{ text: "Layanan publik digital" }], goals: [] }, version },
  });
const versionOf = async (id: number, cookie: string) =>
  (await get(`/api/masterplans/${id}/sections/vision`, cookie)).json().data.version as number;

describe("a book rendered once per state of its plan's data", () => {
  it("serves a repeated download of an unchanged plan from the cache, byte for byte", async () => {
    const url = `/api/masterplans/${planId}/documents/buku-2.docx`;
    const first = await get(url, coordinator);
    expect(first.statusCode).toBe(200);
    expect(first.headers["x-book-cache"]).toBe("miss");
    const again = await get(url, coordinator);
    expect(again.headers["x-book-cache"]).toBe("hit");
    expect(Buffer.compare(again.rawPayload, first.rawPayload)).toBe(0);
    // Each format and book is its own entry.
    expect((await get(`/api/masterplans/${planId}/documents/buku-2.pdf`, coordinator)).headers["x-book-cache"]).toBe(
      "miss",
    );
  });

  it("keeps it when another region changes its plan, renders anew when this plan changes", async () => {
    const url = `/api/masterplans/${planId}/documents/buku-2.docx`;
    const solok = await putVision(
      solokPlanId,
      solokCoordinator,
      "Solok kota cerdas",
      await versionOf(solokPlanId, solokCoordinator),
    );
    expect(solok.statusCode).toBe(200);
    expect((await get(url, coordinator)).headers["x-book-cache"]).toBe("hit");

    const saved = await putVision(
      planId,
      coordinator,
      "Banjar melayani sepenuh hati",
      await versionOf(planId, coordinator),
    );
    expect(saved.statusCode).toBe(200);
    const fresh = await get(url, coordinator);
    expect(fresh.headers["x-book-cache"]).toBe("miss");
    expect((await readDocx(fresh.rawPayload)).text).toContain("Banjar melayani sepenuh hati");
    expect((await get(url, coordinator)).headers["x-book-cache"]).toBe("hit");
  });

  it("answers another region's coordinator with 404 even when the book is cached", async () => {
    const res = await get(`/api/masterplans/${planId}/documents/buku-2.docx`, solokCoordinator);
    expect(res.statusCode).toBe(404);
  });
});
