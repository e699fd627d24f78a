import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { KOMINFO_2017 } from "../../domain/framework/kominfo-2017";
import { RPM_2026 } from "../../domain/framework/rpm-2026";
import type { FrameworkDef } from "../../domain/framework/types";
import { auditEvent, cohort, framework } from "../db/schema/index";
import { makeCohort, makeSelectedCandidate } from "../testing/cohort-factories";
import { actorWith } from "../testing/factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";

let admin: string;
let coordinator: string;

type Method = "GET" | "POST" | "PATCH";
const call = (method: Method, url: string, cookie?: string, payload?: object) =>
  t.app().inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

/** A small framework of two dimensions and one Bimtek stage. */
function smallFramework(code: string): FrameworkDef {
  return {
    code,
    version: "1",
    name: `Kerangka ${code}`,
    descriptionId: "Kerangka uji",
    descriptionEn: "Test framework",
    governanceBodies: [],
    dimensions: [
      {
        code: "governance",
        nameId: "Tata Kelola",
        nameEn: "Governance",
        descriptionId: "Tata kelola",
        descriptionEn: "Governance",
        elements: [{ code: "governance.layanan", nameId: "Layanan", nameEn: "Service", tag: "Service" }],
      },
      {
        code: "mobility",
        nameId: "Mobilitas Cerdas",
        nameEn: "Smart Mobility",
        descriptionId: "Mobilitas",
        descriptionEn: "Mobility",
        elements: [
          { code: "mobility.angkutan", nameId: "Angkutan Umum", nameEn: "Public Transport", tag: "Transport" },
        ],
      },
    ],
    stages: [
      {
        number: 1,
        nameId: "Bimtek I",
        nameEn: "Bimtek I",
        focusId: "Visi",
        focusEn: "Vision",
        deliverables: [
          { code: "visi-misi", nameId: "Visi misi", nameEn: "Vision", required: true, covers: ["vision"] },
        ],
      },
    ],
  };
}

const issuePaths = (res: Awaited<ReturnType<typeof call>>) =>
  (res.json().error.details.issues as Array<{ path: string }>).map((i) => i.path);

beforeAll(async () => {
  admin = (await actorWith(t.app(), { role: "national_admin" })).cookie;
  coordinator = (await actorWith(t.app(), { role: "region_coordinator", regionCode: BANJAR })).cookie;
}, 60_000);

describe("creating a framework", () => {
  it("is for the national admin only: 401 anonymous, 403 others", async () => {
    expect((await call("POST", "/api/frameworks", undefined, smallFramework("anon"))).statusCode).toBe(401);
    const forbidden = await call("POST", "/api/frameworks", coordinator, smallFramework("coord"));
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.details).toEqual({ reason: "framework.create" });
  });

  it("takes the whole definition and starts it as a draft, audited", async () => {
    const res = await call("POST", "/api/frameworks", admin, smallFramework("baru"));
    expect(res.statusCode, res.body).toBe(201);
    const { data, can } = res.json();
    expect(data).toMatchObject({ code: "baru", status: "draft", isDefault: false, revision: 1, dimensionCount: 2 });
    expect(data.dimensions[1].elements[0]).toMatchObject({ code: "mobility.angkutan", tag: "Transport", order: 1 });
    expect(data.stages[0].deliverables[0].covers).toEqual(["vision"]);
    expect(can).toMatchObject({ update: true, publish: true, retire: false });
    const [event] = await t
      .app()
      .database.db.select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "framework"), eq(auditEvent.entityId, String(data.id))));
    expect(event?.action).toBe("framework.created");
    // The same code and version twice is a conflict.
    expect((await call("POST", "/api/frameworks", admin, smallFramework("baru"))).statusCode).toBe(409);
  });

  it("copies an existing framework under a new code, version and name", async () => {
    const [kominfo] = await t.app().database.db.select().from(framework).where(eq(framework.isDefault, true));
    const res = await call("POST", "/api/frameworks", admin, {
      copyOf: kominfo?.id,
      code: "kominfo-2017-salinan",
      version: "2017.1",
      name: "Kominfo 2017 (salinan)",
    });
    expect(res.statusCode, res.body).toBe(201);
    const { data } = res.json();
    expect(data).toMatchObject({
      code: "kominfo-2017-salinan",
      status: "draft",
      descriptionId: KOMINFO_2017.descriptionId,
    });
    expect(data.dimensions.map((d: { code: string }) => d.code)).toEqual(KOMINFO_2017.dimensions.map((d) => d.code));
    expect(data.stages[0].deliverables.map((d: { covers: string[] }) => d.covers)).toEqual(
      KOMINFO_2017.stages[0]?.deliverables.map((d) => d.covers),
    );
    expect(
      (await call("POST", "/api/frameworks", admin, { copyOf: 999999, code: "x", version: "1", name: "X" })).statusCode,
    ).toBe(404);
  });

  it("answers 422 with the field paths: duplicate codes, empty names, chapters that do not exist", async () => {
    const dup = smallFramework("ganda");
    const second = dup.dimensions[1];
    if (!second) throw new Error("fixture");
    second.code = "governance";
    second.elements = [{ code: "governance.lain", nameId: "Lain", nameEn: "Other", tag: "Other" }];
    const res = await call("POST", "/api/frameworks", admin, dup);
    expect(res.statusCode).toBe(422);
    expect(issuePaths(res)).toContain("body.dimensions.1.code");

    const empty = smallFramework("kosong");
    const el = empty.dimensions[0]?.elements[0];
    if (!el) throw new Error("fixture");
    el.nameId = "   ";
    const emptyRes = await call("POST", "/api/frameworks", admin, { ...empty, name: "" });
    expect(emptyRes.statusCode).toBe(422);
    expect(issuePaths(emptyRes)).toEqual(expect.arrayContaining(["body.name", "body.dimensions.0.elements.0.nameId"]));

    const nowhere = smallFramework("bab");
    const dl = nowhere.stages[0]?.deliverables[0] as unknown as { covers: string[] };
    dl.covers = ["buku_5"];
    const nowhereRes = await call("POST", "/api/frameworks", admin, nowhere);
    expect(nowhereRes.statusCode).toBe(422);
    expect(issuePaths(nowhereRes)).toContain("body.stages.0.deliverables.0.covers.0");

    const noDims = await call("POST", "/api/frameworks", admin, { code: "tanpa", version: "1", name: "Tanpa isi" });
    expect(noDims.statusCode).toBe(422);
    expect(issuePaths(noDims)).toEqual(expect.arrayContaining(["body.dimensions", "body.stages"]));
  });
});

describe("editing, publishing and retiring", () => {
  let id: number;

  it("edits a draft with the revision read; a stale revision is a 409", async () => {
    id = (await call("POST", "/api/frameworks", admin, smallFramework("sunting"))).json().data.id;
    const def = smallFramework("sunting");
    def.dimensions[0]?.elements.push({
      code: "governance.birokrasi",
      nameId: "Birokrasi",
      nameEn: "Bureaucracy",
      tag: "B",
    });
    expect((await call("PATCH", `/api/frameworks/${id}`, coordinator, { ...def, revision: 1 })).statusCode).toBe(403);
    const res = await call("PATCH", `/api/frameworks/${id}`, admin, {
      ...def,
      name: "Kerangka disunting",
      revision: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ name: "Kerangka disunting", revision: 2, elementCount: 3 });
    const stale = await call("PATCH", `/api/frameworks/${id}`, admin, { ...def, revision: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: "version_conflict", details: { currentVersion: 2 } });
    const bad = await call("PATCH", `/api/frameworks/${id}`, admin, { ...def, revision: 2, stages: [] });
    expect(bad.statusCode).toBe(422);
    expect(issuePaths(bad)).toContain("body.stages");
  });

  it("publishes a draft, then refuses to publish it again; a used published framework is immutable", async () => {
    expect((await call("POST", `/api/frameworks/${id}/publish`, coordinator, { revision: 2 })).statusCode).toBe(403);
    const res = await call("POST", `/api/frameworks/${id}/publish`, admin, { revision: 2 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ status: "published", revision: 3 });
    const again = await call("POST", `/api/frameworks/${id}/publish`, admin, { revision: 3 });
    expect(again.json().error.code).toBe("framework_transition_not_allowed");

    const co = await makeCohort(t.app(), { status: "draft", year: 2030 });
    await t.app().database.db.update(cohort).set({ frameworkId: id }).where(eq(cohort.id, co.id));
    const patch = await call("PATCH", `/api/frameworks/${id}`, admin, { ...smallFramework("sunting"), revision: 3 });
    expect(patch.statusCode).toBe(409);
    expect(patch.json().error).toMatchObject({ code: "framework_in_use", details: { cohorts: 1 } });
    expect((await call("GET", `/api/frameworks/${id}`, admin)).json().can).toMatchObject({
      update: false,
      retire: true,
    });
  });

  it("retires a published framework, never the default; each change audited", async () => {
    const res = await call("POST", `/api/frameworks/${id}/retire`, admin, { revision: 3 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.status).toBe("retired");
    const [kominfo] = await t.app().database.db.select().from(framework).where(eq(framework.isDefault, true));
    const def = await call("POST", `/api/frameworks/${kominfo?.id}/retire`, admin, { revision: kominfo?.revision });
    expect(def.json().error.code).toBe("framework_transition_not_allowed");
    const actions = (
      await t
        .app()
        .database.db.select({ action: auditEvent.action })
        .from(auditEvent)
        .where(and(eq(auditEvent.entityType, "framework"), eq(auditEvent.entityId, String(id))))
        .orderBy(desc(auditEvent.id))
    ).map((e) => e.action);
    expect(actions).toEqual(["framework.retired", "framework.published", "framework.updated", "framework.created"]);
  });
});

describe("a plan takes its cohort's framework", () => {
  it("offers new cohorts only published frameworks", async () => {
    const draft = (await call("POST", "/api/frameworks", admin, smallFramework("belum-terbit"))).json().data;
    const res = await call("POST", "/api/cohorts", admin, {
      year: 2031,
      name: "Angkatan pada draf",
      quota: 2,
      frameworkId: draft.id,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: "framework_not_published", details: { status: "draft" } });
  });

  it("starts a region's plan on the framework of the cohort that selected it (the 2026 draft, published here)", async () => {
    const db = t.app().database.db;
    const [rpm] = await db.select().from(framework).where(eq(framework.code, RPM_2026.code));
    if (!rpm) throw new Error("RPM 2026 not seeded");
    await call("POST", `/api/frameworks/${rpm.id}/publish`, admin, { revision: rpm.revision });
    const co = await makeCohort(t.app(), { status: "mentoring", year: 2026 });
    await db.update(cohort).set({ frameworkId: rpm.id }).where(eq(cohort.id, co.id));
    await makeSelectedCandidate(t.app(), { cohortId: co.id, regionCode: BANJAR, activate: false });
    const res = await call("POST", `/api/regions/${BANJAR}/masterplans`, coordinator, {
      title: "Masterplan Kota Cerdas Kota Banjar 2026–2035",
      periodStart: 2026,
      periodEnd: 2035,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().data.frameworkId).toBe(rpm.id);
  });
});
