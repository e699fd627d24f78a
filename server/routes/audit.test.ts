import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { actorWith } from "../testing/factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";
const SOLOK = "13.72";
let admin: string;
let coordinator: string;
let coordinatorSolok: string;

beforeAll(async () => {
  const app = t.app();
  admin = (await actorWith(app, { role: "national_admin" })).cookie;
  coordinator = (await actorWith(app, { role: "region_coordinator", regionCode: BANJAR })).cookie;
  coordinatorSolok = (await actorWith(app, { role: "region_coordinator", regionCode: SOLOK })).cookie;
  for (const [cookie, code, abbreviation] of [
    [coordinator, BANJAR, "Bappeda"],
    [coordinatorSolok, SOLOK, "Bapp"],
  ] as const) {
    const res = await app.inject({
      method: "POST",
      url: `/api/regions/${code}/opds`,
      headers: { cookie },
      payload: { name: `Badan ${abbreviation}`, abbreviation, kind: "badan" },
    });
    if (res.statusCode !== 201) throw new Error(res.body);
  }
}, 60_000);

const get = (url: string, cookie?: string) => t.app().inject({ url, headers: cookie ? { cookie } : {} });

describe("audit trail", () => {
  it("shows the admin every event with filters", async () => {
    const all = (await get("/api/audit-events?pageSize=500", admin)).json();
    expect(all.total).toBeGreaterThanOrEqual(2);
    const banjar = (await get(`/api/audit-events?region=${BANJAR}&entityType=opd`, admin)).json();
    expect(banjar.data).toHaveLength(1);
    expect(banjar.data[0]).toMatchObject({
      action: "opd.created",
      regionCode: BANJAR,
      changes: { abbreviation: [null, "Bappeda"] },
    });
    expect(banjar.data[0].actorRoles).toBe(`region_coordinator@${BANJAR}`);
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    expect((await get(`/api/audit-events?from=${today}&to=${today}&entityType=opd`, admin)).json().total).toBe(2);
    expect((await get("/api/audit-events?from=2020-01-01&to=2020-12-31", admin)).json().total).toBe(0);
    expect((await get("/api/audit-events?from=kemarin", admin)).statusCode).toBe(422);
  });

  it("shows a coordinator only their region and nothing to others", async () => {
    expect((await get(`/api/audit-events?region=${BANJAR}`, coordinator)).statusCode).toBe(200);
    expect((await get(`/api/audit-events?region=${SOLOK}`, coordinator)).statusCode).toBe(403);
    expect((await get("/api/audit-events", coordinator)).statusCode).toBe(403);
    expect((await get("/api/audit-events")).statusCode).toBe(401);
  });

  it("exports CSV with the same filters", async () => {
    const res = await get(`/api/audit-events.csv?entityType=opd`, admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    expect(res.headers["content-disposition"]).toMatch(/attachment; filename="jejak-audit-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = res.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n");
    expect(lines[0]).toBe("waktu,pelaku,peran,aksi,objek,id_objek,wilayah,perubahan,ip,peramban");
    expect(lines).toHaveLength(3);
    expect((await get(`/api/audit-events.csv?region=${SOLOK}`, coordinator)).statusCode).toBe(403);
  });

  it("offers no route that changes or removes an event", async () => {
    for (const method of ["POST", "PATCH", "PUT", "DELETE"] as const) {
      const res = await t.app().inject({ method, url: "/api/audit-events/1", headers: { cookie: admin } });
      expect(res.statusCode).toBe(404);
    }
  });

  it("refuses UPDATE, DELETE and TRUNCATE of events even in SQL", async () => {
    const db = t.database().db;
    await expect(db.execute(sql`update audit_event set action = 'x'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_event`)).rejects.toThrow();
    await expect(db.execute(sql`truncate audit_event`)).rejects.toThrow();
    expect((await get("/api/audit-events", admin)).json().total).toBeGreaterThan(0);
  });
});
