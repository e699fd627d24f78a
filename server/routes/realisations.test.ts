import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent, program } from "../db/schema/index";
import { actorWith, makeOpd } from "../testing/factories";
import { makeMasterplan } from "../testing/masterplan-factories";
import { makeProgram, nationalIndicator, THIS_YEAR } from "../testing/monitoring-factories";
import { FAKE_EXE, multipartFile, TINY_PDF } from "../testing/multipart";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";
const SOLOK = "13.72";
const Y = THIS_YEAR;

let coordinator: string;
let diskominfo: string;
let dinkes: string;
let viewer: string;
let mentor: string;
let solokContributor: string;
let plan: { id: number };
let draftPlan: { id: number };
let ownProgram: number;
let internetId: number;

beforeAll(async () => {
  const app = t.app();
  const kominfo = (await makeOpd(app, BANJAR, "Diskominfo")).id;
  const kes = (await makeOpd(app, BANJAR, "Dinkes")).id;
  const solok = (await makeOpd(app, SOLOK, "Diskominfo")).id;
  plan = await makeMasterplan(app, BANJAR, { status: "enacted", periodStart: Y - 2, periodEnd: Y + 7 });
  draftPlan = await makeMasterplan(app, BANJAR, { status: "draft", periodStart: Y - 2, periodEnd: Y + 7 });
  ownProgram = (await makeProgram(app, plan.id, kominfo)).id;
  await makeProgram(app, plan.id, kes, { name: "Puskesmas Digital" });
  internetId = (await nationalIndicator(app, "EC: ICT: ICT: 1C")).id;
  [coordinator, diskominfo, dinkes, viewer, mentor, solokContributor] = (await Promise.all(
    [
      { role: "region_coordinator" as const, regionCode: BANJAR },
      { role: "opd_contributor" as const, regionCode: BANJAR, opdId: kominfo },
      { role: "opd_contributor" as const, regionCode: BANJAR, opdId: kes },
      { role: "region_viewer" as const, regionCode: BANJAR },
      { role: "mentor" as const, regionCode: BANJAR },
      { role: "opd_contributor" as const, regionCode: SOLOK, opdId: solok },
    ].map(async (m) => (await actorWith(app, m)).cookie),
  )) as [string, string, string, string, string, string];
}, 90_000);

const inject = (method: "GET" | "POST" | "PATCH" | "DELETE" | "PUT", url: string, cookie?: string, payload?: object) =>
  t.app().inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

const targets = [
  { year: Y - 2, value: 60 },
  { year: Y - 1, value: 70 },
  { year: Y, value: 80 },
];

describe("program codes", () => {
  it("are given by the database per plan: P-01, P-02, …", async () => {
    const rows = await t
      .app()
      .database.db.select({ code: program.code })
      .from(program)
      .where(eq(program.masterplanId, plan.id));
    expect(rows.map((r) => r.code).sort()).toEqual(["P-01", "P-02"]);
  });

  it("keep every digit past P-99, also when many are inserted in one statement", async () => {
    const other = await makeMasterplan(t.app(), BANJAR, { periodStart: Y, periodEnd: Y + 9 });
    const rows = await t
      .app()
      .database.db.insert(program)
      .values(
        Array.from({ length: 101 }, (_, i) => ({
          masterplanId: other.id,
          dimensionCode: "governance",
          elementCode: "governance.pelayanan-publik",
          name: `Program ${i + 1}`,
          term: "long" as const,
          startYear: Y,
          endYear: Y + 9,
        })),
      )
      .returning({ code: program.code });
    expect(rows.map((r) => r.code).slice(97)).toEqual(["P-98", "P-99", "P-100", "P-101"]);
  });
});

describe("program indicators", () => {
  let linkId: number;

  it("link an indicator with baseline and targets inside the plan period, for the owning OPD only", async () => {
    const body = { indicatorId: internetId, baselineValue: 55, baselineYear: Y - 3, targets };
    expect((await inject("POST", `/api/programs/${ownProgram}/indicators`, dinkes, body)).statusCode).toBe(403);
    expect((await inject("POST", `/api/programs/${ownProgram}/indicators`, solokContributor, body)).statusCode).toBe(
      404,
    );
    const outside = await inject("POST", `/api/programs/${ownProgram}/indicators`, diskominfo, {
      ...body,
      targets: [{ year: Y + 8, value: 90 }],
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.details.issues[0]).toMatchObject({ path: "body.targets.0.year" });
    const res = await inject("POST", `/api/programs/${ownProgram}/indicators`, diskominfo, body);
    expect(res.statusCode, res.body).toBe(201);
    const out = res.json().data;
    linkId = out.id;
    expect(out).toMatchObject({
      indicator: { code: "EC: ICT: ICT: 1C", unit: "% rumah tangga", direction: "higher_is_better" },
      baselineValue: 55,
      targets,
      can: { update: true, delete: true, enter: true },
    });
    expect(out.years).toHaveLength(10);
    expect(out.years[0]).toEqual({
      year: Y - 2,
      target: 60,
      realisation: null,
      status: null,
      achievement: { value: null, raw: null, light: "none" },
    });
    const twice = await inject("POST", `/api/programs/${ownProgram}/indicators`, diskominfo, body);
    expect(twice.json().error.code).toBe("program_indicator_exists");
  });

  it("are locked while the plan is in review, and read-only for viewers and mentors", async () => {
    const read = await inject("GET", `/api/programs/${ownProgram}/indicators`, mentor);
    expect(read.statusCode).toBe(200);
    expect(read.json().can).toEqual({ create: false });
    expect(read.json().data[0].can).toEqual({ update: false, delete: false, enter: false });
    const change = await inject("PATCH", `/api/program-indicators/${linkId}`, viewer, { note: "x", version: 1 });
    expect(change.statusCode).toBe(403);
    const reviewPlan = await makeMasterplan(t.app(), BANJAR, { status: "in_review", periodStart: Y, periodEnd: Y + 9 });
    const p = await makeProgram(t.app(), reviewPlan.id, null, { startYear: Y, endYear: Y + 1 });
    const locked = await inject("POST", `/api/programs/${p.id}/indicators`, coordinator, { indicatorId: internetId });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.code).toBe("indicator_targets_locked");
  });

  it("replace targets with a version", async () => {
    const res = await inject("PATCH", `/api/program-indicators/${linkId}`, coordinator, {
      targets: [...targets, { year: Y + 1, value: 85 }],
      version: 1,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.targets).toHaveLength(4);
    const stale = await inject("PATCH", `/api/program-indicators/${linkId}`, coordinator, { note: "x", version: 1 });
    expect(stale.statusCode).toBe(409);
  });
});

describe("realisations", () => {
  let linkId: number;
  beforeAll(async () => {
    const list = await inject("GET", `/api/programs/${ownProgram}/indicators`, coordinator);
    linkId = list.json().data[0].id;
  });

  it("are entered by the owning OPD only: another OPD 403, another region 404, a draft plan 409", async () => {
    const body = { year: Y - 1, value: 63, note: "Survei Susenas" };
    expect((await inject("POST", `/api/program-indicators/${linkId}/realisations`, dinkes, body)).statusCode).toBe(403);
    expect((await inject("POST", `/api/program-indicators/${linkId}/realisations`, viewer, body)).statusCode).toBe(403);
    const other = await inject("POST", `/api/program-indicators/${linkId}/realisations`, solokContributor, body);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe("program_indicator_not_found");
    const badYear = await inject("POST", `/api/program-indicators/${linkId}/realisations`, diskominfo, {
      ...body,
      year: Y - 3,
    });
    expect(badYear.statusCode).toBe(422);
    const nextYear = await inject("POST", `/api/program-indicators/${linkId}/realisations`, diskominfo, {
      ...body,
      year: Y + 1,
    });
    expect(nextYear.statusCode).toBe(422);
    expect(nextYear.json().error.details.issues).toEqual([
      { path: "body.year", message: `Tahun ${Y + 1} belum berjalan; realisasi hanya untuk tahun ${Y} dan sebelumnya` },
    ]);

    const draftProgram = await makeProgram(t.app(), draftPlan.id, null);
    const link = await inject("POST", `/api/programs/${draftProgram.id}/indicators`, coordinator, {
      indicatorId: internetId,
    });
    expect(link.statusCode, link.body).toBe(201);
    const notOpen = await inject(
      "POST",
      `/api/program-indicators/${link.json().data.id}/realisations`,
      coordinator,
      body,
    );
    expect(notOpen.statusCode).toBe(409);
    expect(notOpen.json().error.code).toBe("monitoring_not_open");
  });

  it("go entered → returned (with a note) → entered → verified, each audited, with evidence and achievement", async () => {
    const created = await inject("POST", `/api/program-indicators/${linkId}/realisations`, diskominfo, {
      year: Y - 1,
      value: 63,
    });
    expect(created.statusCode, created.body).toBe(201);
    const r = created.json().data;
    expect(r).toMatchObject({ status: "entered", semester: null, value: 63, can: { update: true, verify: false } });

    expect((await inject("POST", `/api/realisations/${r.id}/verify`, diskominfo, { version: 1 })).statusCode).toBe(403);
    const noNote = await inject("POST", `/api/realisations/${r.id}/return`, coordinator, { version: 1, note: "" });
    expect(noNote.statusCode).toBe(422);
    const returned = await inject("POST", `/api/realisations/${r.id}/return`, coordinator, {
      version: 1,
      note: "Lampirkan hasil survei",
    });
    expect(returned.json().data).toMatchObject({
      status: "returned",
      reviewNote: "Lampirkan hasil survei",
      version: 2,
    });

    const pdf = await inject("POST", `/api/realisations/${r.id}/evidence`, undefined, {});
    expect(pdf.statusCode).toBe(401);
    const upload = await t.app().inject({
      method: "POST",
      url: `/api/realisations/${r.id}/evidence`,
      ...multipartFile(TINY_PDF, { filename: "survei.pdf", cookie: diskominfo }),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    expect(upload.json().data.evidence).toMatchObject([{ name: "survei.pdf", mimeType: "application/pdf" }]);
    const exe = await t.app().inject({
      method: "POST",
      url: `/api/realisations/${r.id}/evidence`,
      ...multipartFile(FAKE_EXE, { filename: "survei.pdf", cookie: diskominfo }),
    });
    expect(exe.statusCode).toBe(415);

    const fixed = await inject("PATCH", `/api/realisations/${r.id}`, diskominfo, { value: 64.5, version: 2 });
    // The note stays until the next review, so the coordinator sees what was asked.
    expect(fixed.json().data).toMatchObject({
      status: "entered",
      value: 64.5,
      reviewNote: "Lampirkan hasil survei",
      version: 3,
    });
    const verified = await inject("POST", `/api/realisations/${r.id}/verify`, coordinator, { version: 3 });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json().data).toMatchObject({
      status: "verified",
      can: { update: false, verify: false, return: true },
    });

    const edit = await inject("PATCH", `/api/realisations/${r.id}`, diskominfo, { value: 99, version: 4 });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe("realisation_transition_not_allowed");
    const dup = await inject("POST", `/api/program-indicators/${linkId}/realisations`, diskominfo, {
      year: Y - 1,
      value: 1,
    });
    expect(dup.json().error.code).toBe("realisation_exists");

    const events = await t
      .app()
      .database.db.select({ action: auditEvent.action })
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "realisation"), eq(auditEvent.entityId, String(r.id))));
    expect(events.map((e) => e.action)).toEqual([
      "realisation.created",
      "realisation.returned",
      "realisation.evidence_attached",
      "realisation.updated",
      "realisation.verified",
    ]);

    // 64,5 against a target of 70: 92,14 % → green; shown on the program indicator.
    const list = await inject("GET", `/api/programs/${ownProgram}/indicators`, viewer);
    const point = list.json().data[0].years.find((p: { year: number }) => p.year === Y - 1);
    expect(point).toEqual({
      year: Y - 1,
      target: 70,
      realisation: 64.5,
      status: "verified",
      achievement: { value: 92.14, raw: 92.14, light: "green" },
    });
    const queue = await inject("GET", `/api/masterplans/${plan.id}/realisations?status=verified`, coordinator);
    expect(queue.json()).toMatchObject({
      total: 1,
      data: [{ id: r.id, program: { code: "P-01" }, indicator: { code: "EC: ICT: ICT: 1C" } }],
    });
  });

  it("count semester 2 for the year when there is no whole-year value", async () => {
    const s1 = await inject("POST", `/api/program-indicators/${linkId}/realisations`, coordinator, {
      year: Y,
      semester: 1,
      value: 40,
    });
    expect(s1.statusCode, s1.body).toBe(201);
    let point = (await inject("GET", `/api/programs/${ownProgram}/indicators`, coordinator))
      .json()
      .data[0].years.find((p: { year: number }) => p.year === Y);
    expect(point.realisation).toBeNull();
    await inject("POST", `/api/program-indicators/${linkId}/realisations`, coordinator, {
      year: Y,
      semester: 2,
      value: 76,
    });
    point = (await inject("GET", `/api/programs/${ownProgram}/indicators`, coordinator))
      .json()
      .data[0].years.find((p: { year: number }) => p.year === Y);
    expect(point).toMatchObject({ realisation: 76, achievement: { value: 95, light: "green" } });
    const unlink = await inject("DELETE", `/api/program-indicators/${linkId}?version=2`, coordinator);
    expect(unlink.json().error.code).toBe("program_indicator_has_realisations");
  });
});

describe("progress", () => {
  it("is saved per year with versions by the owning OPD, checked, and refused for others", async () => {
    const url = `/api/programs/${ownProgram}/progress/${Y - 1}`;
    const body = {
      status: "on_track",
      physicalProgress: 40,
      budgetAllocated: 1_000_000_000,
      budgetRealised: 350_000_000,
      version: 0,
    };
    expect((await inject("PUT", url, dinkes, body)).statusCode).toBe(403);
    expect((await inject("PUT", url, solokContributor, body)).statusCode).toBe(404);
    const done80 = await inject("PUT", url, diskominfo, { ...body, status: "done", physicalProgress: 80 });
    expect(done80.statusCode).toBe(422);
    const created = await inject("PUT", url, diskominfo, body);
    expect(created.statusCode, created.body).toBe(200);
    expect(created.json().data).toMatchObject({
      year: Y - 1,
      status: "on_track",
      budgetRealised: 350_000_000,
      version: 1,
    });
    expect((await inject("PUT", url, diskominfo, body)).statusCode).toBe(409);
    const updated = await inject("PUT", url, coordinator, { ...body, status: "delayed", version: 1 });
    expect(updated.json().data).toMatchObject({ status: "delayed", version: 2 });
    const outside = await inject("PUT", `/api/programs/${ownProgram}/progress/${Y + 8}`, coordinator, body);
    expect(outside.statusCode).toBe(422);
    const list = await inject("GET", `/api/programs/${ownProgram}/progress`, dinkes);
    expect(list.json()).toMatchObject({ data: [{ year: Y - 1, status: "delayed" }], can: { update: false } });
    expect(list.json().years[0]).toBe(Y - 2);
  });

  it("takes evidence files on a progress entry, from the owning OPD only, and lets them go again", async () => {
    const entry = (await inject("GET", `/api/programs/${ownProgram}/progress`, coordinator)).json().data[0];
    const asDinkes = await t.app().inject({
      method: "POST",
      url: `/api/program-progress/${entry.id}/evidence`,
      ...multipartFile(TINY_PDF, { filename: "foto.pdf", cookie: dinkes }),
    });
    expect(asDinkes.statusCode).toBe(403);
    const res = await t.app().inject({
      method: "POST",
      url: `/api/program-progress/${entry.id}/evidence`,
      ...multipartFile(TINY_PDF, { filename: "foto-lapangan.pdf", cookie: diskominfo }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const [file] = res.json().data.evidence;
    expect(file).toMatchObject({ name: "foto-lapangan.pdf", url: `/api/files/${file.fileId}` });
    expect((await inject("GET", file.url, viewer)).statusCode).toBe(200);
    expect((await inject("GET", file.url, solokContributor)).statusCode).toBe(404);
    const gone = await inject("DELETE", `/api/program-progress/${entry.id}/evidence/${file.fileId}`, diskominfo);
    expect(gone.statusCode).toBe(204);
    expect((await inject("GET", `/api/programs/${ownProgram}/progress`, coordinator)).json().data[0].evidence).toEqual(
      [],
    );
  });
});
