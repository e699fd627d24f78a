import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { STARTER_OPDS } from "../../domain/opd";
import { auditEvent } from "../db/schema/index";
import { actorWith, makeOpd } from "../testing/factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";
const SOLOK = "13.72";

let admin: string;
let coordinator: string;
let coordinatorSolok: string;
let viewer: string;
let contributor: string;
let banjarOpdId: number;
let solokOpdId: number;

beforeAll(async () => {
  const app = t.app();
  const banjarOpd = await makeOpd(app, BANJAR, "Diskominfo");
  const solokOpd = await makeOpd(app, SOLOK, "Diskominfo");
  banjarOpdId = banjarOpd.id;
  solokOpdId = solokOpd.id;
  const cookies = await Promise.all(
    [
      { role: "national_admin" as const },
      { role: "region_coordinator" as const, regionCode: BANJAR },
      { role: "region_coordinator" as const, regionCode: SOLOK },
      { role: "region_viewer" as const, regionCode: BANJAR },
      { role: "opd_contributor" as const, regionCode: BANJAR, opdId: banjarOpd.id },
    ].map(async (m) => (await actorWith(app, m)).cookie),
  );
  [admin, coordinator, coordinatorSolok, viewer, contributor] = cookies as [string, string, string, string, string];
}, 60_000);

const inject = (method: "GET" | "POST" | "PATCH", url: string, cookie?: string, payload?: object) =>
  t.app().inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

describe("GET /api/regions/:code/opds", () => {
  it("is 401 for the public", async () => {
    const res = await inject("GET", `/api/regions/${BANJAR}/opds`);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe("unauthenticated");
  });

  it("is 404 for a coordinator of another region, as if the workspace did not exist", async () => {
    const res = await inject("GET", `/api/regions/${BANJAR}/opds`, coordinatorSolok);
    expect(res.statusCode).toBe(404);
  });

  it("lists the region's OPD with `can` for members and the admin", async () => {
    const asViewer = (await inject("GET", `/api/regions/${BANJAR}/opds`, viewer)).json();
    expect(asViewer.data.map((o: { abbreviation: string }) => o.abbreviation)).toEqual(["Diskominfo"]);
    expect(asViewer.can).toEqual({ create: false });
    expect(asViewer.data[0].can).toEqual({ update: false });
    const asCoordinator = (await inject("GET", `/api/regions/${BANJAR}/opds`, coordinator)).json();
    expect(asCoordinator.can).toEqual({ create: true });
    expect(asCoordinator.data[0].can).toEqual({ update: true });
    const asAdmin = await inject("GET", `/api/regions/${SOLOK}/opds`, admin);
    expect(asAdmin.statusCode).toBe(200);
  });
});

describe("creating and changing OPD", () => {
  it("lets the coordinator add an OPD, audited in the same transaction", async () => {
    const res = await inject("POST", `/api/regions/${BANJAR}/opds`, coordinator, {
      name: "Badan Perencanaan Pembangunan Daerah",
      abbreviation: "Bappeda",
      kind: "badan",
    });
    expect(res.statusCode).toBe(201);
    const created = res.json().data;
    expect(created).toMatchObject({ regionCode: BANJAR, abbreviation: "Bappeda", version: 1, active: true });
    const events = await t
      .app()
      .database.db.select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "opd"), eq(auditEvent.entityId, String(created.id))));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "opd.created", regionCode: BANJAR });
    expect(events[0]?.changes).toMatchObject({ abbreviation: [null, "Bappeda"] });
  });

  it("refuses a taken abbreviation with 409 and stores nothing", async () => {
    const res = await inject("POST", `/api/regions/${BANJAR}/opds`, coordinator, {
      name: "Dinas Komunikasi lain",
      abbreviation: "Diskominfo",
      kind: "dinas",
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("opd_abbreviation_taken");
  });

  it("is 403 with a reason for members who may only read, 404 for another region", async () => {
    const body = { name: "Dinas Kesehatan", abbreviation: "Dinkes", kind: "dinas" };
    for (const cookie of [viewer, contributor]) {
      const res = await inject("POST", `/api/regions/${BANJAR}/opds`, cookie, body);
      expect(res.statusCode).toBe(403);
      expect(res.json().error).toMatchObject({ code: "forbidden", details: { reason: "opd.create" } });
    }
    expect((await inject("POST", `/api/regions/${BANJAR}/opds`, coordinatorSolok, body)).statusCode).toBe(404);
    expect(
      (await inject("PATCH", `/api/opds/${banjarOpdId}`, coordinatorSolok, { version: 1, active: false })).statusCode,
    ).toBe(404);
    expect(
      (await inject("PATCH", `/api/opds/${solokOpdId}`, coordinator, { version: 1, active: false })).statusCode,
    ).toBe(404);
  });

  it("validates the body with field paths in Indonesian", async () => {
    const res = await inject("POST", `/api/regions/${BANJAR}/opds`, coordinator, {
      name: "D",
      abbreviation: "<x>",
      kind: "desa",
    });
    expect(res.statusCode).toBe(422);
    const issues = res.json().error.details.issues as Array<{ path: string; message: string }>;
    expect(issues.map((i) => i.path).sort()).toEqual(["body.abbreviation", "body.kind", "body.name"]);
    expect(issues.find((i) => i.path === "body.name")?.message).toBe("Nama OPD minimal 3 huruf");
  });

  it("updates with the version and answers a stale version with 409 and the current row", async () => {
    const first = await inject("PATCH", `/api/opds/${banjarOpdId}`, coordinator, {
      version: 1,
      name: "Dinas Kominfo Kota Banjar",
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().data).toMatchObject({ version: 2, name: "Dinas Kominfo Kota Banjar" });
    const stale = await inject("PATCH", `/api/opds/${banjarOpdId}`, coordinator, { version: 1, active: false });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: "version_conflict", details: { currentVersion: 2 } });
    const viewerTry = await inject("PATCH", `/api/opds/${banjarOpdId}`, viewer, { version: 2, active: false });
    expect(viewerTry.statusCode).toBe(403);
  });

  it("adds the usual OPD list once, skipping abbreviations already present", async () => {
    const res = await inject("POST", `/api/regions/${SOLOK}/opds/starter`, coordinatorSolok);
    expect(res.statusCode).toBe(201);
    expect(res.json().added).toBe(STARTER_OPDS.length - 1); // Diskominfo was there already
    const again = await inject("POST", `/api/regions/${SOLOK}/opds/starter`, coordinatorSolok);
    expect(again.json().added).toBe(0);
  });
});
