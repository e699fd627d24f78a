import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent } from "../db/schema/index";
import { actorWith, makeOpd } from "../testing/factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";
const SOLOK = "13.72";

let admin: string;
let coordinator: string;
let contributor: string;
let solokCoordinator: string;
let opdBanjar: number;
let opdSolok: number;

beforeAll(async () => {
  const app = t.app();
  opdBanjar = (await makeOpd(app, BANJAR, "Diskominfo")).id;
  opdSolok = (await makeOpd(app, SOLOK, "Diskominfo")).id;
  [admin, coordinator, contributor, solokCoordinator] = (await Promise.all(
    [
      { role: "national_admin" as const },
      { role: "region_coordinator" as const, regionCode: BANJAR },
      { role: "opd_contributor" as const, regionCode: BANJAR, opdId: opdBanjar },
      { role: "region_coordinator" as const, regionCode: SOLOK },
    ].map(async (m) => (await actorWith(app, m)).cookie),
  )) as [string, string, string, string];
}, 60_000);

const inject = (method: "GET" | "POST" | "PATCH", url: string, cookie?: string, payload?: object) =>
  t.app().inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

const regional = (overrides: Record<string, unknown> = {}) => ({
  regionCode: BANJAR,
  code: "BJR-01",
  name: "Persentase layanan perizinan daring",
  concept: "Layanan perizinan yang dapat diajukan tanpa datang ke kantor",
  definition: "Jumlah jenis izin yang dapat diajukan daring dibagi seluruh jenis izin",
  classification: "Pelayanan publik",
  measure: "Jumlah izin daring ÷ jumlah jenis izin × 100",
  unit: "%",
  direction: "higher_is_better",
  producerOpdId: opdBanjar,
  source: "DPMPTSP",
  referenceCodes: [],
  dimensionCode: "governance",
  elementCode: "governance.pelayanan-publik",
  ...overrides,
});

describe("national catalogue", () => {
  it("is seeded with the 91 U4SSC KPIs under their codes, open to everyone, searchable and filterable", async () => {
    const all = await inject("GET", "/api/indicators?scope=national&pageSize=500");
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json().total).toBe(91);
    const search = await inject("GET", "/api/indicators?q=internet");
    expect(search.json().data.map((i: { code: string }) => i.code)).toContain("EC: ICT: ICT: 1C");
    const lower = await inject(
      "GET",
      "/api/indicators?direction=lower_is_better&dimensionCode=society&pageSize=5&page=2",
    );
    const body = lower.json();
    expect(body).toMatchObject({ page: 2, pageSize: 5 });
    expect(body.total).toBeGreaterThan(5);
    expect(
      body.data.every((i: { direction: string; dimensionCode: string }) => i.direction === "lower_is_better"),
    ).toBe(true);
    expect((await inject("GET", "/api/indicators?pageSize=501")).statusCode).toBe(422);
  });

  it("is kept by the national admin only", async () => {
    const body = { ...regional({ regionCode: null, code: "KC-01", producerOpdId: null }) };
    expect((await inject("POST", "/api/indicators", coordinator, body)).statusCode).toBe(403);
    const created = await inject("POST", "/api/indicators", admin, body);
    expect(created.statusCode, created.body).toBe(201);
    const again = await inject("POST", "/api/indicators", admin, { ...body, code: "kc-01" });
    expect(again.json().error.code).toBe("indicator_code_taken");
    expect(again.statusCode).toBe(409);
  });
});

describe("regional indicators", () => {
  it("are added by the region's coordinator with Satu Data metadata, audited, and seen only in the region", async () => {
    expect((await inject("POST", "/api/indicators", contributor, regional())).statusCode).toBe(403);
    expect((await inject("POST", "/api/indicators", solokCoordinator, regional())).statusCode).toBe(403);
    const res = await inject("POST", "/api/indicators", coordinator, regional());
    expect(res.statusCode, res.body).toBe(201);
    const ind = res.json().data;
    expect(ind).toMatchObject({ regionCode: BANJAR, code: "BJR-01", producerOpdId: opdBanjar, can: { update: true } });
    const [event] = await t
      .app()
      .database.db.select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "indicator"), eq(auditEvent.entityId, String(ind.id))));
    expect(event).toMatchObject({ action: "indicator.created", regionCode: BANJAR });

    expect((await inject("GET", `/api/indicators/${ind.id}`, contributor)).json().data.can).toEqual({ update: false });
    expect((await inject("GET", `/api/indicators/${ind.id}`, solokCoordinator)).statusCode).toBe(404);
    expect((await inject("GET", `/api/indicators/${ind.id}`)).statusCode).toBe(404);
    const mine = await inject("GET", `/api/indicators?scope=regional&regionCode=${BANJAR}`, contributor);
    expect(mine.json().data.map((i: { code: string }) => i.code)).toEqual(["BJR-01"]);
    const theirs = await inject("GET", `/api/indicators?scope=regional&regionCode=${BANJAR}`, solokCoordinator);
    expect(theirs.json().total).toBe(0);
    expect(theirs.json().can).toEqual({ createNational: false, createRegional: [SOLOK] });
  });

  it("checks the producer OPD, the framework mapping, a code that repeats a national one, and versions", async () => {
    const bad = await inject(
      "POST",
      "/api/indicators",
      coordinator,
      regional({ code: "BJR-02", producerOpdId: opdSolok, elementCode: "living.kesehatan" }),
    );
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .error.details.issues.map((i: { path: string }) => i.path)
        .sort(),
    ).toEqual(["body.elementCode", "body.producerOpdId"]);
    const clash = await inject("POST", "/api/indicators", coordinator, regional({ code: "ec:ict:ict:1c" }));
    expect(clash.json().error.code).toBe("indicator_code_taken");

    const created = (await inject("POST", "/api/indicators", coordinator, regional({ code: "BJR-03" }))).json().data;
    const changed = await inject("PATCH", `/api/indicators/${created.id}`, coordinator, {
      direction: "lower_is_better",
      active: false,
      version: created.version,
    });
    expect(changed.json().data).toMatchObject({ direction: "lower_is_better", active: false, version: 2 });
    const stale = await inject("PATCH", `/api/indicators/${created.id}`, coordinator, { name: "x", version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("version_conflict");
    const inactive = await inject(
      "GET",
      `/api/indicators?scope=regional&regionCode=${BANJAR}&active=false`,
      coordinator,
    );
    expect(inactive.json().data.map((i: { code: string }) => i.code)).toEqual(["BJR-03"]);
  });
});
