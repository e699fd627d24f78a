import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { InstrumentDef } from "../../domain/instruments/editor";
import { GMSC_READINESS_2017 } from "../../domain/instruments/gmsc-readiness";
import { auditEvent, cohort, readinessInstrument } from "../db/schema/index";
import { actorWith } from "../testing/factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";

let admin: string;
let coordinator: string;

type Method = "GET" | "POST" | "PATCH";
const call = (method: Method, url: string, cookie?: string, payload?: object) =>
  t.app().inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

/** A small instrument of three criteria over two lenses, weights 40 + 30 + 30. */
function smallInstrument(code: string): InstrumentDef {
  return {
    code,
    version: "1",
    name: `Instrumen ${code}`,
    scale: { min: 1, max: 4 },
    criteria: [
      { code: "S1", lens: "struktur", textId: "Anggaran TIK", textEn: "ICT budget", weight: 40 },
      { code: "S2", lens: "struktur", textId: "Tata kelola", textEn: "Governance", weight: 30 },
      { code: "I1", lens: "infrastruktur", textId: "Jaringan", textEn: "Network", weight: 30 },
    ],
  };
}

const issues = (res: Awaited<ReturnType<typeof call>>) =>
  res.json().error.details.issues as Array<{ path: string; message: string }>;
const issuePaths = (res: Awaited<ReturnType<typeof call>>) => issues(res).map((i) => i.path);

const newCohort = (name: string, instrumentId?: number) =>
  call("POST", "/api/cohorts", admin, { year: 2032, name, quota: 3, ...(instrumentId ? { instrumentId } : {}) });

beforeAll(async () => {
  admin = (await actorWith(t.app(), { role: "national_admin" })).cookie;
  coordinator = (await actorWith(t.app(), { role: "region_coordinator", regionCode: BANJAR })).cookie;
}, 60_000);

describe("creating an instrument", () => {
  it("is for the national admin only: 401 anonymous, 403 others", async () => {
    expect((await call("POST", "/api/readiness-instruments", undefined, smallInstrument("anon"))).statusCode).toBe(401);
    const forbidden = await call("POST", "/api/readiness-instruments", coordinator, smallInstrument("koord"));
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.details).toEqual({ reason: "instrument.create" });
  });

  it("takes the whole representation (as GET returns it) and starts it as a draft, audited", async () => {
    const res = await call("POST", "/api/readiness-instruments", admin, smallInstrument("baru"));
    expect(res.statusCode, res.body).toBe(201);
    const { data, can } = res.json();
    expect(data).toMatchObject({ code: "baru", status: "draft", revision: 1, criterionCount: 3, cohortCount: 0 });
    expect(data.scale).toEqual({ min: 1, max: 4 });
    expect(data.criteria[2]).toMatchObject({
      code: "I1",
      lens: "infrastruktur",
      lensNameId: "Infrastruktur",
      order: 3,
    });
    expect(can).toMatchObject({ update: true, publish: true, retire: false });
    const [event] = await t
      .app()
      .database.db.select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "readiness_instrument"), eq(auditEvent.entityId, String(data.id))));
    expect(event?.action).toBe("instrument.created");

    // What GET returns, without ids, goes back in as a new version.
    const read = (await call("GET", `/api/readiness-instruments/${data.id}`, admin)).json().data;
    const { id: _id, ...rest } = read;
    const again = await call("POST", "/api/readiness-instruments", admin, {
      ...rest,
      version: "2",
      criteria: read.criteria.map(({ id: _c, ...c }: { id: number }) => c),
    });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().data).toMatchObject({ code: "baru", version: "2", status: "draft", criterionCount: 3 });
    // The same code and version twice is a conflict.
    const taken = await call("POST", "/api/readiness-instruments", admin, smallInstrument("baru"));
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe("instrument_code_taken");
  });

  it("copies an existing instrument under a new code, version and name", async () => {
    const [gmsc] = await t
      .app()
      .database.db.select()
      .from(readinessInstrument)
      .where(eq(readinessInstrument.code, GMSC_READINESS_2017.code));
    const res = await call("POST", "/api/readiness-instruments", admin, {
      copyOf: gmsc?.id,
      code: "gmsc-kesiapan",
      version: "2027",
      name: "Instrumen Kesiapan GMSC 2027",
    });
    expect(res.statusCode, res.body).toBe(201);
    const { data } = res.json();
    expect(data).toMatchObject({ version: "2027", status: "draft", scale: GMSC_READINESS_2017.scale });
    expect(data.criteria.map((c: { code: string; weight: number }) => [c.code, c.weight])).toEqual(
      GMSC_READINESS_2017.criteria.map((c) => [c.code, c.weight]),
    );
    const missing = await call("POST", "/api/readiness-instruments", admin, {
      copyOf: 999999,
      code: "x",
      version: "1",
      name: "X",
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe("instrument_not_found");
  });

  it("answers 422 with the field paths: weights not adding up to 100, duplicate codes, blanks, a lens outside GMSC", async () => {
    const light = smallInstrument("ringan");
    (light.criteria[0] as { weight: number }).weight = 30;
    const lightRes = await call("POST", "/api/readiness-instruments", admin, light);
    expect(lightRes.statusCode).toBe(422);
    expect(issues(lightRes)).toContainEqual(
      expect.objectContaining({ path: "body.criteria", message: expect.stringContaining("90") }),
    );

    const dup = smallInstrument("ganda");
    (dup.criteria[2] as { code: string }).code = "S1";
    const dupRes = await call("POST", "/api/readiness-instruments", admin, dup);
    expect(dupRes.statusCode).toBe(422);
    expect(issuePaths(dupRes)).toEqual(["body.criteria.2.code"]);

    const blank = smallInstrument("kosong");
    (blank.criteria[1] as { textId: string }).textId = "   ";
    const blankRes = await call("POST", "/api/readiness-instruments", admin, { ...blank, name: "" });
    expect(blankRes.statusCode).toBe(422);
    expect(issuePaths(blankRes)).toEqual(expect.arrayContaining(["body.name", "body.criteria.1.textId"]));

    const odd = smallInstrument("aneh");
    const lensRes = await call("POST", "/api/readiness-instruments", admin, {
      ...odd,
      scale: { min: 5, max: 1 },
      criteria: [{ ...odd.criteria[0], lens: "ekonomi" }, ...odd.criteria.slice(1)],
    });
    expect(lensRes.statusCode).toBe(422);
    expect(issuePaths(lensRes)).toContain("body.criteria.0.lens");

    const upsideDown = await call("POST", "/api/readiness-instruments", admin, {
      ...odd,
      scale: { min: 5, max: 1 },
    });
    expect(upsideDown.statusCode).toBe(422);
    expect(issuePaths(upsideDown)).toEqual(["body.scale.max"]);

    const empty = await call("POST", "/api/readiness-instruments", admin, {
      code: "tanpa",
      version: "1",
      name: "Tanpa",
    });
    expect(issuePaths(empty)).toEqual(expect.arrayContaining(["body.scale", "body.criteria"]));
  });
});

describe("editing, publishing, using and retiring", () => {
  let id: number;

  it("edits a draft with the revision read; a stale revision is a 409", async () => {
    id = (await call("POST", "/api/readiness-instruments", admin, smallInstrument("sunting"))).json().data.id;
    const def = smallInstrument("sunting");
    def.criteria.push({ code: "A1", lens: "alam", textId: "Potensi alam", textEn: "Nature", weight: 10 });
    (def.criteria[0] as { weight: number }).weight = 30;
    expect(
      (await call("PATCH", `/api/readiness-instruments/${id}`, coordinator, { ...def, revision: 1 })).statusCode,
    ).toBe(403);
    const res = await call("PATCH", `/api/readiness-instruments/${id}`, admin, { ...def, revision: 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ revision: 2, criterionCount: 4 });
    expect(res.json().data.criteria[3]).toMatchObject({ code: "A1", lens: "alam", lensNameEn: "Nature", weight: 10 });
    const stale = await call("PATCH", `/api/readiness-instruments/${id}`, admin, { ...def, revision: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: "version_conflict", details: { currentVersion: 2 } });
    const heavy = await call("PATCH", `/api/readiness-instruments/${id}`, admin, {
      ...def,
      criteria: [...def.criteria, { code: "B1", lens: "budaya", textId: "Budaya", textEn: "Culture", weight: 5 }],
      revision: 2,
    });
    expect(heavy.statusCode).toBe(422);
    expect(issuePaths(heavy)).toEqual(["body.criteria"]);
  });

  it("keeps a draft from everyone but the program office, and from new cohorts", async () => {
    expect((await call("GET", `/api/readiness-instruments/${id}`, coordinator)).statusCode).toBe(404);
    expect((await call("GET", `/api/readiness-instruments/${id}`)).statusCode).toBe(404);
    const listed = (await call("GET", "/api/readiness-instruments?pageSize=100", coordinator)).json();
    expect(listed.data.every((i: { status: string }) => i.status !== "draft")).toBe(true);
    expect(listed.can).toEqual({ create: false });
    const adminList = (await call("GET", "/api/readiness-instruments?pageSize=100", admin)).json();
    expect(adminList.data.map((i: { id: number }) => i.id)).toContain(id);
    expect(adminList.can).toEqual({ create: true });

    const onDraft = await newCohort("Angkatan pada draf instrumen", id);
    expect(onDraft.statusCode).toBe(409);
    expect(onDraft.json().error).toMatchObject({ code: "instrument_not_published", details: { status: "draft" } });
  });

  it("publishes a draft once; a cohort then takes it by default, and it no longer changes", async () => {
    expect(
      (await call("POST", `/api/readiness-instruments/${id}/publish`, coordinator, { revision: 2 })).statusCode,
    ).toBe(403);
    const res = await call("POST", `/api/readiness-instruments/${id}/publish`, admin, { revision: 2 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({ status: "published", revision: 3 });
    const again = await call("POST", `/api/readiness-instruments/${id}/publish`, admin, { revision: 3 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("instrument_transition_not_allowed");
    expect((await call("GET", `/api/readiness-instruments/${id}`, coordinator)).statusCode).toBe(200);

    // The newest published instrument is the default of a new cohort.
    const created = await newCohort("Angkatan instrumen baru");
    expect(created.statusCode, created.body).toBe(201);
    const [row] = await t.app().database.db.select().from(cohort).where(eq(cohort.id, created.json().data.id));
    expect(row?.instrumentId).toBe(id);

    const patch = await call("PATCH", `/api/readiness-instruments/${id}`, admin, {
      ...smallInstrument("sunting"),
      revision: 3,
    });
    expect(patch.statusCode).toBe(409);
    expect(patch.json().error).toMatchObject({ code: "instrument_in_use", details: { cohorts: 1 } });
    const read = (await call("GET", `/api/readiness-instruments/${id}`, admin)).json();
    expect(read.data.cohortCount).toBe(1);
    expect(read.can).toMatchObject({ update: false, publish: false, retire: true, copy: true });
  });

  it("retires a published instrument, never the last one; each change audited", async () => {
    const res = await call("POST", `/api/readiness-instruments/${id}/retire`, admin, { revision: 3 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.status).toBe("retired");
    const onRetired = await newCohort("Angkatan pada instrumen pensiun", id);
    expect(onRetired.statusCode).toBe(409);
    expect(onRetired.json().error).toMatchObject({ code: "instrument_not_published", details: { status: "retired" } });

    const [gmsc] = await t
      .app()
      .database.db.select()
      .from(readinessInstrument)
      .where(and(eq(readinessInstrument.code, GMSC_READINESS_2017.code), eq(readinessInstrument.version, "2017")));
    const last = await call("POST", `/api/readiness-instruments/${gmsc?.id}/retire`, admin, {
      revision: gmsc?.revision,
    });
    expect(last.statusCode).toBe(409);
    expect(last.json().error).toMatchObject({
      code: "instrument_transition_not_allowed",
      details: { reason: "last_published" },
    });

    const actions = (
      await t
        .app()
        .database.db.select({ action: auditEvent.action })
        .from(auditEvent)
        .where(and(eq(auditEvent.entityType, "readiness_instrument"), eq(auditEvent.entityId, String(id))))
        .orderBy(desc(auditEvent.id))
    ).map((e) => e.action);
    expect(actions).toEqual(["instrument.retired", "instrument.published", "instrument.updated", "instrument.created"]);
  });
});
