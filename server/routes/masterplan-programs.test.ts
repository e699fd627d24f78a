import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent } from "../db/schema/index";
import { actorWith, makeOpd } from "../testing/factories";
import { makeMasterplan, programBody } from "../testing/masterplan-factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";
const SOLOK = "13.72";

let coordinator: string;
let diskominfo: string;
let dinkes: string;
let viewer: string;
let solokContributor: string;
let mentor: string;
let opdKominfo: number;
let opdDinkes: number;
let opdSolok: number;
let planId: number;
let solokPlanId: number;
let reviewPlanId: number;

beforeAll(async () => {
  const app = t.app();
  opdKominfo = (await makeOpd(app, BANJAR, "Diskominfo")).id;
  opdDinkes = (await makeOpd(app, BANJAR, "Dinkes")).id;
  opdSolok = (await makeOpd(app, SOLOK, "Diskominfo")).id;
  planId = (await makeMasterplan(app, BANJAR)).id;
  solokPlanId = (await makeMasterplan(app, SOLOK)).id;
  reviewPlanId = (await makeMasterplan(app, "32.73", { status: "in_review" })).id;
  const cookies = await Promise.all(
    [
      { role: "region_coordinator" as const, regionCode: BANJAR },
      { role: "opd_contributor" as const, regionCode: BANJAR, opdId: opdKominfo },
      { role: "opd_contributor" as const, regionCode: BANJAR, opdId: opdDinkes },
      { role: "region_viewer" as const, regionCode: BANJAR },
      { role: "opd_contributor" as const, regionCode: SOLOK, opdId: opdSolok },
      { role: "mentor" as const, regionCode: BANJAR },
    ].map(async (m) => (await actorWith(app, m)).cookie),
  );
  [coordinator, diskominfo, dinkes, viewer, solokContributor, mentor] = cookies as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
}, 60_000);

const inject = (method: "GET" | "POST" | "PATCH" | "DELETE", url: string, cookie?: string, payload?: object) =>
  t.app().inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

async function newProgram(cookie: string, ownerOpdId: number | null, overrides: Record<string, unknown> = {}) {
  const res = await inject("POST", `/api/masterplans/${planId}/programs`, cookie, programBody(ownerOpdId, overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json().data as { id: number; version: number; totalBudget: number; can: Record<string, boolean> };
}

describe("programs: who edits what", () => {
  it("lets an OPD contributor add and edit their own OPD's program, audited with the region", async () => {
    const p = await newProgram(diskominfo, opdKominfo);
    expect(p).toMatchObject({ totalBudget: 1_500_000_000, can: { update: true, delete: true } });
    const res = await inject("PATCH", `/api/programs/${p.id}`, diskominfo, {
      name: "Mal Pelayanan Publik Digital Terpadu",
      budgets: [{ year: 2026, source: "CSR", amount: 250_000_000 }],
      version: p.version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({
      name: "Mal Pelayanan Publik Digital Terpadu",
      budgets: [{ year: 2026, source: "CSR", amount: 250_000_000 }],
      actionPlan: [
        { year: 2024, step: "Kajian kebutuhan" },
        { year: 2025, step: "Pembangunan aplikasi" },
      ],
      version: 2,
    });
    const events = await t
      .app()
      .database.db.select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "program"), eq(auditEvent.entityId, String(p.id))));
    expect(events.map((e) => [e.action, e.regionCode])).toEqual([
      ["program.created", BANJAR],
      ["program.updated", BANJAR],
    ]);
    expect(events[1]?.changes).toMatchObject({
      name: ["Mal Pelayanan Publik Digital", "Mal Pelayanan Publik Digital Terpadu"],
    });
  });

  it("refuses another OPD's program with 403 and another region's with 404", async () => {
    const p = await newProgram(coordinator, opdKominfo);
    const asDinkes = await inject("PATCH", `/api/programs/${p.id}`, dinkes, {
      name: "Diambil alih",
      version: p.version,
    });
    expect(asDinkes.statusCode).toBe(403);
    expect(asDinkes.json().error.details).toEqual({ reason: "program.update" });
    expect((await inject("DELETE", `/api/programs/${p.id}?version=1`, viewer)).statusCode).toBe(403);
    const asSolok = await inject("PATCH", `/api/programs/${p.id}`, solokContributor, { name: "x", version: 1 });
    expect(asSolok.statusCode).toBe(404);
    expect(asSolok.json().error.code).toBe("program_not_found");
    expect((await inject("GET", `/api/masterplans/${planId}/programs`, solokContributor)).statusCode).toBe(404);
    // Reading is open to every member of the region; `can` tells the contributor it is not theirs.
    const read = await inject("GET", `/api/programs/${p.id}`, dinkes);
    expect(read.json().data.can).toEqual({ update: false, delete: false });
  });

  it("does not let a contributor add a program for another OPD, nor hand theirs to one", async () => {
    const other = await inject("POST", `/api/masterplans/${planId}/programs`, diskominfo, programBody(opdDinkes));
    expect(other.statusCode).toBe(403);
    const own = await newProgram(diskominfo, opdKominfo);
    const handOver = await inject("PATCH", `/api/programs/${own.id}`, diskominfo, {
      ownerOpdId: opdDinkes,
      version: own.version,
    });
    expect(handOver.statusCode).toBe(403);
    const unowned = await inject("POST", `/api/masterplans/${planId}/programs`, diskominfo, programBody(null));
    expect(unowned.statusCode).toBe(403);
  });

  it("answers a stale version with 409 and the current program", async () => {
    const p = await newProgram(coordinator, opdKominfo);
    expect((await inject("PATCH", `/api/programs/${p.id}`, coordinator, { priority: 3, version: 1 })).statusCode).toBe(
      200,
    );
    const stale = await inject("PATCH", `/api/programs/${p.id}`, diskominfo, { priority: 2, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: "version_conflict",
      details: { currentVersion: 2, current: { id: p.id, priority: 3, budgets: expect.any(Array) } },
    });
    const staleDelete = await inject("DELETE", `/api/programs/${p.id}?version=1`, coordinator);
    expect(staleDelete.statusCode).toBe(409);
    expect((await inject("DELETE", `/api/programs/${p.id}?version=2`, coordinator)).statusCode).toBe(204);
    expect((await inject("GET", `/api/programs/${p.id}`, coordinator)).statusCode).toBe(404);
  });

  it("refuses edits while the plan is in review: 409 for the coordinator, 403 for the viewer", async () => {
    const app = t.app();
    const reviewCoord = (await actorWith(app, { role: "region_coordinator", regionCode: "32.73" })).cookie;
    const reviewViewer = (await actorWith(app, { role: "region_viewer", regionCode: "32.73" })).cookie;
    const add = await inject("POST", `/api/masterplans/${reviewPlanId}/programs`, reviewCoord, programBody(null));
    expect(add.statusCode).toBe(409);
    expect(add.json().error.code).toBe("masterplan_locked");
    const asViewer = await inject("POST", `/api/masterplans/${reviewPlanId}/programs`, reviewViewer, programBody(null));
    expect(asViewer.statusCode).toBe(403);
  });
});

describe("program validation", () => {
  it("rejects a malformed APBD code, bad budgets and years outside the period with field paths", async () => {
    const res = await inject(
      "POST",
      `/api/masterplans/${planId}/programs`,
      coordinator,
      programBody(opdKominfo, { apbdCode: "2.16.2", budgets: [{ year: 2024, source: "HIBAH", amount: -5 }] }),
    );
    expect(res.statusCode).toBe(422);
    const issues = res.json().error.details.issues as Array<{ path: string; message: string }>;
    expect(issues.map((i) => i.path).sort()).toEqual([
      "body.apbdCode",
      "body.budgets.0.amount",
      "body.budgets.0.source",
    ]);
    expect(issues.find((i) => i.path === "body.apbdCode")?.message).toContain("program");

    const years = await inject(
      "POST",
      `/api/masterplans/${planId}/programs`,
      coordinator,
      programBody(opdKominfo, { startYear: 2023, endYear: 2024, term: "short", budgets: [], actionPlan: [] }),
    );
    expect(years.statusCode).toBe(422);
    expect(years.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual(["body.startYear"]);
  });

  it("refuses new years that would leave stored budget lines and action steps outside, until they are changed too", async () => {
    const created = await inject("POST", `/api/masterplans/${planId}/programs`, coordinator, programBody(opdKominfo));
    expect(created.statusCode, created.body).toBe(201);
    const p = created.json().data;
    const narrowed = await inject("PATCH", `/api/programs/${p.id}`, coordinator, {
      startYear: 2025,
      endYear: 2026,
      version: p.version,
    });
    expect(narrowed.statusCode).toBe(422);
    const issues = narrowed.json().error.details.issues as Array<{ path: string; message: string }>;
    expect(issues.map((i) => i.path)).toEqual(["body.endYear", "body.endYear"]);
    expect(issues[0]?.message).toContain("Tahun anggaran 2024 di luar tahun program 2025–2026; ubah juga anggarannya");
    expect(issues[1]?.message).toContain("rencana aksi 2024");
    const withChildren = await inject("PATCH", `/api/programs/${p.id}`, coordinator, {
      startYear: 2025,
      endYear: 2026,
      budgets: [{ year: 2025, source: "APBN", amount: 500_000_000 }],
      actionPlan: [{ year: 2025, step: "Pembangunan aplikasi" }],
      version: p.version,
    });
    expect(withChildren.statusCode, withChildren.body).toBe(200);
    expect(withChildren.json().data).toMatchObject({ startYear: 2025, totalBudget: 500_000_000 });
  });

  it("rejects a term that does not match the years, an element of another dimension and another region's OPD", async () => {
    const res = await inject(
      "POST",
      `/api/masterplans/${planId}/programs`,
      coordinator,
      programBody(opdSolok, {
        term: "short",
        elementCode: "living.kesehatan",
        supportingOpdIds: [opdDinkes, opdSolok],
      }),
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual([
      "body.elementCode",
      "body.term",
      "body.ownerOpdId",
      "body.supportingOpdIds.1",
    ]);
  });
});

describe("program list", () => {
  it("filters by dimension, element, OPD (owner or supporting) and term with the page envelope", async () => {
    const plan = (await makeMasterplan(t.app(), BANJAR, { status: "draft" })).id;
    const add = (body: object) => inject("POST", `/api/masterplans/${plan}/programs`, coordinator, body);
    await add(programBody(opdKominfo));
    await add(
      programBody(opdDinkes, {
        dimensionCode: "living",
        elementCode: "living.kesehatan",
        name: "Telemedisin Puskesmas",
        supportingOpdIds: [opdKominfo],
        term: "long",
        endYear: 2030,
      }),
    );
    await add(
      programBody(opdDinkes, { dimensionCode: "living", elementCode: "living.kesehatan", name: "Rekam Medis" }),
    );
    const list = async (q: string) =>
      (await inject("GET", `/api/masterplans/${plan}/programs${q}`, viewer)).json() as {
        data: Array<{ name: string }>;
        total: number;
        page: number;
        pageSize: number;
        can: { create: boolean };
      };
    const all = await list("");
    expect(all).toMatchObject({ total: 3, page: 1, pageSize: 50, can: { create: false } });
    expect((await list("?dimension=living")).total).toBe(2);
    expect((await list("?element=living.kesehatan&term=long")).data.map((p) => p.name)).toEqual([
      "Telemedisin Puskesmas",
    ]);
    expect((await list(`?opd=${opdKominfo}`)).data.map((p) => p.name).sort()).toEqual([
      "Mal Pelayanan Publik Digital",
      "Telemedisin Puskesmas",
    ]);
    const paged = await list("?pageSize=2&page=2");
    expect(paged).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(paged.data).toHaveLength(1);
    expect((await inject("GET", `/api/masterplans/${plan}/programs`, diskominfo)).json().can).toEqual({ create: true });
  });
});

describe("quick wins and governance bodies", () => {
  it("lets the owning OPD manage its quick win; others get 403; deleting the program waits for it", async () => {
    const p = await newProgram(diskominfo, opdKominfo);
    const body = {
      programId: p.id,
      year: 2024,
      ownerOpdId: opdKominfo,
      target: "MPP daring",
      whyQuick: "Aplikasi sudah ada",
    };
    const created = await inject("POST", `/api/masterplans/${planId}/quick-wins`, diskominfo, body);
    expect(created.statusCode, created.body).toBe(201);
    const q = created.json().data;
    expect(q.can).toEqual({ update: true, delete: true });
    expect((await inject("PATCH", `/api/quick-wins/${q.id}`, dinkes, { target: "x", version: 1 })).statusCode).toBe(
      403,
    );
    expect(
      (await inject("PATCH", `/api/quick-wins/${q.id}`, solokContributor, { target: "x", version: 1 })).statusCode,
    ).toBe(404);
    const blocked = await inject("DELETE", `/api/programs/${p.id}?version=1`, diskominfo);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.code).toBe("program_has_quick_wins");
    const upd = await inject("PATCH", `/api/quick-wins/${q.id}`, diskominfo, { year: 2025, version: 1 });
    expect(upd.json().data).toMatchObject({ year: 2025, version: 2 });
    expect((await inject("PATCH", `/api/quick-wins/${q.id}`, coordinator, { year: 2026, version: 1 })).statusCode).toBe(
      409,
    );
    const outside = await inject("POST", `/api/masterplans/${planId}/quick-wins`, coordinator, { ...body, year: 2040 });
    expect(outside.statusCode).toBe(422);
    const foreignProgram = await inject("POST", `/api/masterplans/${solokPlanId}/quick-wins`, coordinator, body);
    expect(foreignProgram.statusCode).toBe(404);
    expect((await inject("DELETE", `/api/quick-wins/${q.id}?version=2`, diskominfo)).statusCode).toBe(204);
    expect((await inject("DELETE", `/api/programs/${p.id}?version=1`, diskominfo)).statusCode).toBe(204);
  });

  it("lets only the coordinator record governance bodies, with versions", async () => {
    const body = {
      kind: "dewan",
      decreeNumber: "188.45/Kpts.12-Diskominfo/2024",
      decreeDate: "2024-04-01",
      members: [{ name: "Wali Kota Banjar", position: "Wali Kota", role: "Ketua" }],
    };
    expect((await inject("POST", `/api/masterplans/${planId}/governance-bodies`, diskominfo, body)).statusCode).toBe(
      403,
    );
    expect((await inject("POST", `/api/masterplans/${planId}/governance-bodies`, mentor, body)).statusCode).toBe(403);
    const res = await inject("POST", `/api/masterplans/${planId}/governance-bodies`, coordinator, body);
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toMatchObject({ name: "Dewan Smart City", kind: "dewan", can: { update: true } });
    const id = res.json().data.id;
    const upd = await inject("PATCH", `/api/governance-bodies/${id}`, coordinator, {
      members: [...body.members, { name: "Sekda", position: "Sekretaris Daerah", role: "Wakil Ketua" }],
      version: 1,
    });
    expect(upd.json().data.members).toHaveLength(2);
    expect(
      (await inject("PATCH", `/api/governance-bodies/${id}`, coordinator, { name: "x", version: 1 })).statusCode,
    ).toBe(409);
    const list = (await inject("GET", `/api/masterplans/${planId}/governance-bodies`, viewer)).json();
    expect(list.can).toEqual({ create: false });
    expect(list.data[0].can).toEqual({ update: false, delete: false });
  });
});
