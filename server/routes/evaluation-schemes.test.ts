import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { gridScheme } from "../../domain/evaluation/scheme-grid";
import type { SchemeDef } from "../../domain/evaluation/schemes";
import type { FrameworkDef } from "../../domain/framework/types";
import { auditEvent } from "../db/schema/index";
import { makeCohort } from "../testing/cohort-factories";
import { assignAssessors, caller, evaluationIds, moveRound, score, sheetOf } from "../testing/evaluation-factories";
import { actorWith } from "../testing/factories";
import { makeMasterplan } from "../testing/masterplan-factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const call = caller(t.app);
const BANJAR = "32.79";
const WEIGHTS = { baseline: 10, output: 20, outcome: 30, impact: 20, quick_win: 20 };

let admin: string;
let coordinator: string;
let assessor: { cookie: string; id: string };
let frameworkId: number;
let schemeId: number;

/** A framework of two dimensions, one of them Smart Mobility, with one Bimtek stage. */
function mobilityFramework(code: string): FrameworkDef {
  const dim = (c: string, nameId: string, nameEn: string, el: string) => ({
    code: c,
    nameId,
    nameEn,
    descriptionId: nameId,
    descriptionEn: nameEn,
    elements: [{ code: `${c}.${el}`, nameId: el, nameEn: el, tag: el }],
  });
  return {
    code,
    version: "1",
    name: `Kerangka ${code}`,
    descriptionId: "Kerangka uji",
    descriptionEn: "Test framework",
    governanceBodies: [],
    dimensions: [
      dim("governance", "Tata Kelola Cerdas", "Smart Governance", "layanan"),
      dim("mobility", "Mobilitas Cerdas", "Smart Mobility", "angkutan"),
    ],
    stages: [
      {
        number: 1,
        nameId: "Bimtek I",
        nameEn: "Bimtek I",
        focusId: "Visi",
        focusEn: "Vision",
        deliverables: [{ code: "visi-misi", nameId: "Visi", nameEn: "Vision", required: true, covers: ["vision"] }],
      },
    ],
  };
}

/** The full representation of a scheme over a framework, as GET returns it without ids. */
function representation(fw: FrameworkDef, id: number, code: string, year = 2031) {
  const {
    smartDimensions: _s,
    frameworkCode: _f,
    ...def
  }: SchemeDef = gridScheme(fw, year, WEIGHTS, {
    code,
    version: "1",
    name: `Skema ${code}`,
  });
  return { ...def, frameworkId: id };
}

const issuePaths = (res: Awaited<ReturnType<typeof call>>) =>
  (res.json().error.details.issues as Array<{ path: string }>).map((i) => i.path);

async function publishedFramework(code: string): Promise<number> {
  const created = await call("POST", "/api/frameworks", admin, mobilityFramework(code));
  expect(created.statusCode, created.body).toBe(201);
  const { id, revision } = created.json().data;
  const published = await call("POST", `/api/frameworks/${id}/publish`, admin, { revision });
  expect(published.statusCode, published.body).toBe(200);
  return id;
}

beforeAll(async () => {
  const app = t.app();
  const cohort = await makeCohort(app, { year: 2019 });
  admin = (await actorWith(app, { role: "national_admin" })).cookie;
  coordinator = (await actorWith(app, { role: "region_coordinator", regionCode: BANJAR })).cookie;
  const a = await actorWith(app, { role: "assessor", cohortId: cohort.id });
  assessor = { cookie: a.cookie, id: a.user.id };
  await makeMasterplan(app, BANJAR, { status: "enacted" });
  frameworkId = await publishedFramework("kerangka-mobilitas");
}, 60_000);

describe("the shipped schemes", () => {
  it("are seeded published on Kominfo 2017 and listed to everyone signed in", async () => {
    expect((await call("GET", "/api/evaluation-schemes")).statusCode).toBe(401);
    const res = await call("GET", "/api/evaluation-schemes", coordinator);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().can).toEqual({ create: false });
    const shipped = res.json().data.filter((s: { code: string }) => s.code === "gmsc-evaluasi");
    expect(shipped.map((s: { key: string; status: string }) => [s.key, s.status])).toEqual([
      ["gmsc-evaluasi@2021", "published"],
      ["gmsc-evaluasi@2022", "published"],
    ]);
    expect(shipped[0]).toMatchObject({ frameworkCode: "kominfo-2017", rounds: 0 });
    expect(shipped[0].items).toHaveLength(30);
  });
});

describe("editing a scheme", () => {
  it("is for the national admin only: 401 anonymous, 403 others", async () => {
    const body = representation(mobilityFramework("x"), frameworkId, "skema-anon");
    expect((await call("POST", "/api/evaluation-schemes", undefined, body)).statusCode).toBe(401);
    const forbidden = await call("POST", "/api/evaluation-schemes", coordinator, body);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.details).toEqual({ reason: "evaluation_scheme.create" });
  });

  it("takes the full representation over a framework and starts it as a draft, audited", async () => {
    const body = representation(mobilityFramework("kerangka-mobilitas"), frameworkId, "skema-mobilitas");
    const res = await call("POST", "/api/evaluation-schemes", admin, body);
    expect(res.statusCode, res.body).toBe(201);
    const { data, can } = res.json();
    schemeId = data.id;
    expect(data).toMatchObject({
      key: "skema-mobilitas@1",
      status: "draft",
      revision: 1,
      frameworkId,
      frameworkCode: "kerangka-mobilitas",
      rounds: 0,
    });
    // The smart-city dimensions are the framework's, with its names.
    expect(data.smartDimensions).toEqual([
      { code: "governance", nameId: "Tata Kelola Cerdas", nameEn: "Smart Governance" },
      { code: "mobility", nameId: "Mobilitas Cerdas", nameEn: "Smart Mobility" },
    ]);
    expect(can).toMatchObject({ update: true, publish: true, retire: false });
    const [event] = await t
      .app()
      .database.db.select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "evaluation_scheme"), eq(auditEvent.entityId, String(schemeId))));
    expect(event?.action).toBe("evaluation_scheme.created");
    const again = await call("POST", "/api/evaluation-schemes", admin, body);
    expect(again.json().error.code).toBe("scheme_code_taken");
  });

  it("answers 422 with the field paths: weights not summing to 100, an item over a dimension the framework lacks", async () => {
    const fw = mobilityFramework("kerangka-mobilitas");
    const heavy = representation(fw, frameworkId, "skema-berat");
    heavy.resultDimensions = heavy.resultDimensions.map((r) => (r.code === "impact" ? { ...r, weight: 35 } : r));
    const res = await call("POST", "/api/evaluation-schemes", admin, heavy);
    expect(res.statusCode).toBe(422);
    expect(issuePaths(res)).toContain("body.resultDimensions");

    const health = representation(fw, frameworkId, "skema-kesehatan");
    const item = health.items[3];
    if (!item) throw new Error("fixture");
    health.items[3] = { ...item, code: "health.impact", smartDimension: "health" };
    const unknown = await call("POST", "/api/evaluation-schemes", admin, health);
    expect(unknown.statusCode, unknown.body).toBe(422);
    expect(issuePaths(unknown)).toEqual(expect.arrayContaining(["body.items.3.smartDimension", "body.items"]));

    const generated = await call("POST", "/api/evaluation-schemes", admin, {
      frameworkId,
      code: "skema-bobot",
      version: "1",
      year: 2031,
      name: "Skema bobot",
      weights: { ...WEIGHTS, impact: 10 },
    });
    expect(generated.statusCode).toBe(422);
    expect(issuePaths(generated)).toContain("body.weights");
  });

  it("edits a draft with the revision read; a stale revision is a 409", async () => {
    const body = representation(mobilityFramework("kerangka-mobilitas"), frameworkId, "skema-mobilitas");
    const patch = (cookie: string, revision: number, name = "Skema mobilitas 2031") =>
      call("PATCH", `/api/evaluation-schemes/${schemeId}`, cookie, { ...body, name, revision });
    expect((await patch(coordinator, 1)).statusCode).toBe(403);
    const res = await patch(admin, 1);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ name: "Skema mobilitas 2031", revision: 2 });
    const stale = await patch(admin, 1, "Lagi");
    expect(stale.json().error).toMatchObject({ code: "version_conflict", details: { currentVersion: 2 } });
  });

  it("keeps drafts from everyone but the program office, and filters by framework", async () => {
    expect((await call("GET", `/api/evaluation-schemes/${schemeId}`, coordinator)).statusCode).toBe(404);
    const keys = async (cookie: string, query = "") =>
      (await call("GET", `/api/evaluation-schemes${query}`, cookie)).json().data.map((s: { key: string }) => s.key);
    expect(await keys(coordinator)).not.toContain("skema-mobilitas@1");
    expect(await keys(admin)).toContain("skema-mobilitas@1");
    expect(await keys(admin, `?frameworkId=${frameworkId}`)).toEqual(["skema-mobilitas@1"]);
  });
});

describe("a round on a scheme of another framework", () => {
  let roundId: number;

  it("takes only a published scheme: a draft is a 409, an unknown key a 422", async () => {
    const body = { year: 2031, tahap: "I", schemeKey: "skema-mobilitas@1", regionCodes: [BANJAR] };
    const draft = await call("POST", "/api/evaluation-rounds", admin, body);
    expect(draft.json().error).toMatchObject({ code: "scheme_not_published", details: { status: "draft" } });
    const unknown = await call("POST", "/api/evaluation-rounds", admin, { ...body, schemeKey: "tidak-ada@1" });
    expect(unknown.statusCode).toBe(422);
    expect(issuePaths(unknown)).toEqual(["body.schemeKey"]);
  });

  it("publishes a scheme only over a published framework", async () => {
    const draftFw = await call("POST", "/api/frameworks", admin, mobilityFramework("kerangka-draf"));
    const generated = await call("POST", "/api/evaluation-schemes", admin, {
      frameworkId: draftFw.json().data.id,
      code: "skema-draf",
      version: "1",
      year: 2031,
      name: "Skema atas kerangka draf",
      weights: WEIGHTS,
    });
    expect(generated.statusCode, generated.body).toBe(201);
    expect(generated.json().data.items).toHaveLength(10);
    const refused = await call("POST", `/api/evaluation-schemes/${generated.json().data.id}/publish`, admin, {
      revision: 1,
    });
    expect(refused.json().error).toMatchObject({ code: "framework_not_published", details: { status: "draft" } });

    expect(
      (await call("POST", `/api/evaluation-schemes/${schemeId}/publish`, coordinator, { revision: 2 })).statusCode,
    ).toBe(403);
    const res = await call("POST", `/api/evaluation-schemes/${schemeId}/publish`, admin, { revision: 2 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ status: "published", revision: 3 });
    expect((await call("GET", `/api/evaluation-schemes/${schemeId}`, coordinator)).statusCode).toBe(200);
  });

  it("copies the scheme's items over the framework's dimensions, Smart Mobility included, and computes an index", async () => {
    const res = await call("POST", "/api/evaluation-rounds", admin, {
      year: 2031,
      tahap: "I",
      schemeKey: "skema-mobilitas@1",
      regionCodes: [BANJAR],
    });
    expect(res.statusCode, res.body).toBe(201);
    roundId = res.json().data.id;
    const round = (await call("GET", `/api/evaluation-rounds/${roundId}`, admin)).json().data;
    expect(round.schemeKey).toBe("skema-mobilitas@1");
    expect(round.scheme.smartDimensions.map((d: { code: string }) => d.code)).toEqual(["governance", "mobility"]);
    expect(round.scheme.items.map((i: { code: string }) => i.code)).toContain("mobility.quick_win");

    await moveRound(t.app, admin, roundId, "self_assessment");
    await assignAssessors(t.app, admin, roundId, [assessor.id]);
    await moveRound(t.app, admin, roundId, "scoring");
    const ids = await evaluationIds(t.app, admin, roundId);
    const profile = { baseline: 3, output: 4, outcome: 3, impact: 2, quick_win: 5 };
    await score(t.app, assessor.cookie, ids[BANJAR] as number, sheetOf(round.scheme, profile));
    const preview = (await call("GET", `/api/evaluation-rounds/${roundId}/preview`, admin)).json().data;
    // (10·3 + 20·4 + 30·3 + 20·2 + 20·5) / 100 = 3.40, for each dimension and overall.
    expect(preview.find((r: { regionCode: string }) => r.regionCode === BANJAR)).toMatchObject({
      index: 3.4,
      dimensions: { governance: 3.4, mobility: 3.4 },
    });
  });

  it("leaves a used scheme as it is (409), retires it, and then offers it to no new round", async () => {
    const body = representation(mobilityFramework("kerangka-mobilitas"), frameworkId, "skema-mobilitas");
    const patch = await call("PATCH", `/api/evaluation-schemes/${schemeId}`, admin, { ...body, revision: 3 });
    expect(patch.statusCode).toBe(409);
    expect(patch.json().error).toMatchObject({ code: "scheme_in_use", details: { rounds: 1 } });
    const detail = (await call("GET", `/api/evaluation-schemes/${schemeId}`, admin)).json();
    expect(detail.data.rounds).toBe(1);
    expect(detail.can).toMatchObject({ update: false, retire: true });

    const retired = await call("POST", `/api/evaluation-schemes/${schemeId}/retire`, admin, { revision: 3 });
    expect(retired.json().data.status).toBe("retired");
    const late = await call("POST", "/api/evaluation-rounds", admin, {
      year: 2031,
      tahap: "II",
      schemeKey: "skema-mobilitas@1",
      regionCodes: [BANJAR],
    });
    expect(late.json().error.code).toBe("scheme_not_published");
    const actions = (
      await t
        .app()
        .database.db.select({ action: auditEvent.action })
        .from(auditEvent)
        .where(and(eq(auditEvent.entityType, "evaluation_scheme"), eq(auditEvent.entityId, String(schemeId))))
        .orderBy(desc(auditEvent.id))
    ).map((e) => e.action);
    expect(actions).toEqual([
      "evaluation_scheme.retired",
      "evaluation_scheme.published",
      "evaluation_scheme.updated",
      "evaluation_scheme.created",
    ]);
  });

  it("copies a scheme as a new draft version, and defaults a round to the newest scheme of the default framework", async () => {
    const copy = await call("POST", "/api/evaluation-schemes", admin, {
      copyOf: schemeId,
      code: "skema-mobilitas",
      version: "2",
      name: "Skema mobilitas v2",
    });
    expect(copy.statusCode, copy.body).toBe(201);
    expect(copy.json().data).toMatchObject({ key: "skema-mobilitas@2", status: "draft", frameworkId, year: 2031 });
    expect(copy.json().data.items).toHaveLength(10);
    // What GET returns goes back as it is: ids, status, key and the framework's dimensions are left aside.
    const got = (await call("GET", `/api/evaluation-schemes/${copy.json().data.id}`, admin)).json().data;
    const again = await call("POST", "/api/evaluation-schemes", admin, { ...got, version: "3" });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().data).toMatchObject({ key: "skema-mobilitas@3", status: "draft", revision: 1 });

    const round = await call("POST", "/api/evaluation-rounds", admin, {
      year: 2032,
      tahap: "I",
      regionCodes: [BANJAR],
    });
    expect(round.statusCode, round.body).toBe(201);
    expect(round.json().data.schemeKey).toBe("gmsc-evaluasi@2022");
  });
});
