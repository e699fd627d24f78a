import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { KOMINFO_2017 } from "../../domain/framework/kominfo-2017";
import { auditEvent, masterplanSection } from "../db/schema/index";
import { actorWith, makeOpd } from "../testing/factories";
import { ENACTMENT, FOREWORD_CONTENT, programBody, writeForeword } from "../testing/masterplan-factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";
const SOLOK = "13.72";

let admin: string;
let coordinator: string;
let coordinatorSolok: string;
let viewer: string;
let mentor: string;
let mentorSolok: string;
let contributor: string;
let opdId: number;

beforeAll(async () => {
  const app = t.app();
  opdId = (await makeOpd(app, BANJAR, "Diskominfo")).id;
  const cookies = await Promise.all(
    [
      { role: "national_admin" as const },
      { role: "region_coordinator" as const, regionCode: BANJAR },
      { role: "region_coordinator" as const, regionCode: SOLOK },
      { role: "region_viewer" as const, regionCode: BANJAR },
      { role: "mentor" as const, regionCode: BANJAR },
      { role: "mentor" as const, regionCode: SOLOK },
      { role: "opd_contributor" as const, regionCode: BANJAR, opdId },
    ].map(async (m) => (await actorWith(app, m)).cookie),
  );
  [admin, coordinator, coordinatorSolok, viewer, mentor, mentorSolok, contributor] = cookies as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
}, 60_000);

const inject = (method: "GET" | "POST" | "PATCH" | "PUT", url: string, cookie?: string, payload?: object) =>
  t.app().inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

type Plan = { id: number; version: number; status: string; can: Record<string, boolean> };
let plan: Plan;

async function expectOk(res: Awaited<ReturnType<typeof inject>>, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.json().data;
}

describe("starting and reading a plan", () => {
  it("lets the coordinator start Kota Banjar's 2024–2033 plan on the default framework, audited", async () => {
    const res = await inject("POST", `/api/regions/${BANJAR}/masterplans`, coordinator, {
      title: "Masterplan Smart City Kota Banjar 2024–2033",
      periodStart: 2024,
      periodEnd: 2033,
    });
    plan = await expectOk(res, 201);
    // A new plan misses everything on the checklist: its coordinator may not submit it yet, and is told why.
    expect(plan).toMatchObject({
      status: "draft",
      version: 1,
      previousId: null,
      can: { update: true, submit: false },
      submitBlockedBy: "masterplan_incomplete",
    });
    const [event] = await t
      .app()
      .database.db.select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "masterplan"), eq(auditEvent.entityId, String(plan.id))));
    expect(event).toMatchObject({ action: "masterplan.created", regionCode: BANJAR });
  });

  it("refuses a second plan while one is in progress, and plans from others", async () => {
    const body = { title: "Kedua", periodStart: 2024, periodEnd: 2033 };
    // The coordinator is not offered a second plan from scratch once the region has one; the empty Solok is.
    expect((await inject("GET", `/api/regions/${BANJAR}/masterplans`, coordinator)).json().can).toEqual({
      create: false,
    });
    expect((await inject("GET", `/api/regions/${SOLOK}/masterplans`, coordinatorSolok)).json().can).toEqual({
      create: true,
    });
    const again = await inject("POST", `/api/regions/${BANJAR}/masterplans`, coordinator, body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: "masterplan_exists", details: { openId: plan.id } });
    expect((await inject("POST", `/api/regions/${BANJAR}/masterplans`, viewer, body)).statusCode).toBe(403);
    expect((await inject("POST", `/api/regions/${BANJAR}/masterplans`, coordinatorSolok, body)).statusCode).toBe(404);
    const badPeriod = await inject("POST", `/api/regions/${SOLOK}/masterplans`, coordinatorSolok, {
      ...body,
      periodEnd: 2020,
    });
    expect(badPeriod.statusCode).toBe(422);
    expect(badPeriod.json().error.details.issues[0].path).toBe("body.periodEnd");
  });

  it("shows the plan to members, the mentor and the admin with `can`; 404 for other regions and their mentors", async () => {
    for (const cookie of [viewer, mentor, admin, contributor]) {
      expect((await inject("GET", `/api/masterplans/${plan.id}`, cookie)).statusCode).toBe(200);
    }
    const asMentor = await inject("GET", `/api/masterplans/${plan.id}`, mentor);
    expect(asMentor.json().data.can).toMatchObject({ read: true, update: false, approve: false });
    for (const cookie of [coordinatorSolok, mentorSolok]) {
      const res = await inject("GET", `/api/masterplans/${plan.id}`, cookie);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe("masterplan_not_found");
    }
    expect((await inject("GET", `/api/masterplans/${plan.id}`)).statusCode).toBe(401);
    const list = (await inject("GET", `/api/regions/${BANJAR}/masterplans`, viewer)).json();
    expect(list.data.map((p: Plan) => p.id)).toEqual([plan.id]);
    expect(list.can).toEqual({ create: false });
  });

  it("answers a stale PATCH with 409 and the current plan", async () => {
    const ok = await inject("PATCH", `/api/masterplans/${plan.id}`, coordinator, {
      title: "Masterplan Kota Banjar",
      version: 1,
    });
    plan = await expectOk(ok);
    const stale = await inject("PATCH", `/api/masterplans/${plan.id}`, coordinator, { title: "Lama", version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: "version_conflict",
      details: { currentVersion: 2, current: { title: "Masterplan Kota Banjar" } },
    });
    expect((await inject("PATCH", `/api/masterplans/${plan.id}`, viewer, { title: "x", version: 2 })).statusCode).toBe(
      403,
    );
  });
});

describe("chapters", () => {
  it("sanitizes narratives on the server: no script, style or event handler survives", async () => {
    const key = "element:governance.pelayanan-publik";
    const res = await inject("PUT", `/api/masterplans/${plan.id}/sections/${key}`, coordinator, {
      content: {
        condition: '<p onclick="steal()">Layanan <strong>masih</strong> luring</p><script>alert(1)</script>',
        problems: '<style>body{display:none}</style><ul><li>Antrean <a href="javascript:x()">panjang</a></li></ul>',
        strategy: '<p>Digitalisasi layanan<img src=x onerror="alert(1)"></p>',
      },
      version: 0,
    });
    const data = await expectOk(res);
    expect(data.content).toEqual({
      condition: "<p>Layanan <strong>masih</strong> luring</p>",
      problems: "<ul><li>Antrean panjang</li></ul>",
      strategy: "<p>Digitalisasi layanan</p>",
    });
    expect(data.version).toBe(1);
    const stored = await inject("GET", `/api/masterplans/${plan.id}/sections/${key}`, viewer);
    expect(JSON.stringify(stored.json().data)).not.toMatch(/script|style|onclick|onerror|javascript/i);
  });

  it("refuses a second creation (version 0) and a stale save with 409, an unknown element or bad content with 422", async () => {
    const key = "element:governance.pelayanan-publik";
    const body = { content: { condition: "", problems: "", strategy: "<p>x</p>" }, version: 0 };
    const again = await inject("PUT", `/api/masterplans/${plan.id}/sections/${key}`, coordinator, body);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details.currentVersion).toBe(1);
    const unknown = await inject(
      "PUT",
      `/api/masterplans/${plan.id}/sections/element:governance.tidak-ada`,
      coordinator,
      body,
    );
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.details.issues[0].path).toBe("params.key");
    const badKey = await inject("PUT", `/api/masterplans/${plan.id}/sections/bab-lain`, coordinator, body);
    expect(badKey.statusCode).toBe(422);
    const badVision = await inject("PUT", `/api/masterplans/${plan.id}/sections/vision`, coordinator, {
      content: { vision: "V", missions: [{ text: "" }], goals: [] },
      version: 0,
    });
    expect(badVision.statusCode).toBe(422);
    expect(badVision.json().error.details.issues[0].path).toBe("body.content.missions.0.text");
    expect((await inject("PUT", `/api/masterplans/${plan.id}/sections/vision`, contributor, body)).statusCode).toBe(
      403,
    );
  });

  it("answers an unwritten chapter with version 0 and empty content", async () => {
    const res = await inject("GET", `/api/masterplans/${plan.id}/sections/swot`, viewer);
    expect(await expectOk(res)).toMatchObject({ key: "swot", version: 0, content: {}, can: { update: false } });
  });
});

describe("completeness, review and enactment", () => {
  const transition = (cookie: string, body: object) =>
    inject("POST", `/api/masterplans/${plan.id}/transition`, cookie, { version: plan.version, ...body });

  it("refuses submission with the checklist while the plan is incomplete", async () => {
    const res = await transition(coordinator, { action: "submit" });
    expect(res.statusCode).toBe(409);
    const { code, details } = res.json().error;
    expect(code).toBe("masterplan_incomplete");
    const missing = details.items.filter((i: { ok: boolean }) => !i.ok).map((i: { code: string }) => i.code);
    expect(missing).toContain("vision");
    expect(missing).toContain("quick_win");
    expect(missing).toContain("governance_dewan");
    // Governance has a strategy already (Pelayanan Publik), the other dimensions do not.
    const strategies = details.items.filter((i: { code: string }) => i.code === "dimension_strategy");
    expect(strategies).toHaveLength(KOMINFO_2017.dimensions.length);
    expect(strategies.filter((i: { ok: boolean }) => i.ok).map((i: { target: string }) => i.target)).toEqual([
      "dimension:governance",
    ]);
  });

  it("passes once the small Kota Banjar plan is complete, and the coordinator submits it", async () => {
    const put = (key: string, content: object) =>
      inject("PUT", `/api/masterplans/${plan.id}/sections/${key}`, coordinator, { content, version: 0 });
    await expectOk(
      await put("vision", {
        vision: "Banjar Kota Cerdas yang melayani dan berdaya saing",
        rpjmdVision: "Banjar Maju, Sejahtera dan Berbudaya",
        missions: [{ text: "Mewujudkan layanan publik digital", rpjmdMission: "Misi 1 RPJMD" }],
        goals: [{ text: "Semua layanan perizinan daring", missionIndex: 0 }],
      }),
    );
    for (const [i, d] of KOMINFO_2017.dimensions.entries()) {
      const element = d.elements[0];
      if (!element) throw new Error("framework without elements");
      if (i > 0)
        await expectOk(
          await put(`element:${element.code}`, {
            condition: "",
            problems: "",
            strategy: `<p>Strategi ${d.nameId}</p>`,
          }),
        );
      await expectOk(
        await inject(
          "POST",
          `/api/masterplans/${plan.id}/programs`,
          coordinator,
          programBody(opdId, {
            dimensionCode: d.code,
            elementCode: element.code,
            name: `Program ${d.nameId}`,
            budgets: [{ year: 2024, source: "APBD", amount: (i + 1) * 100_000_000 }],
            actionPlan: [],
          }),
        ),
        201,
      );
    }
    const incomplete = (await inject("GET", `/api/masterplans/${plan.id}/completeness`, viewer)).json().data;
    expect(incomplete.items.filter((i: { ok: boolean }) => !i.ok).map((i: { code: string }) => i.code)).toEqual([
      "foreword",
      "quick_win",
      "governance_dewan",
    ]);
    // A foreword without its signatory is refused; a whole one completes that line.
    const partial = await inject("PUT", `/api/masterplans/${plan.id}/sections/foreword`, coordinator, {
      content: { ...FOREWORD_CONTENT, signatoryName: "", signatoryNip: "12345" },
      version: 0,
    });
    expect(partial.statusCode).toBe(422);
    expect(partial.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual([
      "body.content.signatoryName",
      "body.content.signatoryNip",
    ]);
    await writeForeword(t.app(), plan.id, coordinator);
    const programs = (await inject("GET", `/api/masterplans/${plan.id}/programs`, viewer)).json().data;
    await expectOk(
      await inject("POST", `/api/masterplans/${plan.id}/quick-wins`, contributor, {
        programId: programs[0].id,
        year: 2024,
        ownerOpdId: opdId,
        target: "Perizinan daring di MPP",
        whyQuick: "Aplikasi nasional tersedia",
      }),
      201,
    );
    await expectOk(
      await inject("POST", `/api/masterplans/${plan.id}/governance-bodies`, coordinator, {
        kind: "dewan",
        decreeNumber: "100.3.3.2/Kpts.45/2024",
        decreeDate: "2024-05-02",
        members: [{ name: "Wali Kota Banjar", position: "Wali Kota", role: "Ketua" }],
      }),
      201,
    );
    const done = (await inject("GET", `/api/masterplans/${plan.id}/completeness`, viewer)).json().data;
    expect(done.ok).toBe(true);
    expect((await transition(viewer, { action: "submit" })).statusCode).toBe(403);
    plan = await expectOk(await transition(coordinator, { action: "submit", note: "Siap ditelaah" }));
    expect(plan).toMatchObject({ status: "in_review", can: { update: false, submit: false } });
  });

  it("locks the plan during review and lets only the region's mentor or the admin approve or return it", async () => {
    const edit = await inject("PUT", `/api/masterplans/${plan.id}/sections/swot`, coordinator, {
      content: { lenses: [] },
      version: 0,
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe("masterplan_locked");
    expect((await transition(coordinator, { action: "approve" })).statusCode).toBe(403);
    expect((await transition(mentorSolok, { action: "approve" })).statusCode).toBe(404);
    expect(
      (await transition(mentor, { action: "enact", perkadaNumber: "1", perkadaDate: "2025-01-01", ...ENACTMENT }))
        .statusCode,
    ).toBe(403);
    expect((await transition(mentor, { action: "approve", version: 1 })).statusCode).toBe(409);
    plan = await expectOk(await transition(mentor, { action: "return", note: "Lengkapi SWOT" }));
    expect(plan.status).toBe("draft");
    plan = await expectOk(await transition(coordinator, { action: "submit" }));
    plan = await expectOk(await transition(mentor, { action: "approve" }));
    expect(plan.status).toBe("approved");
    expect((await transition(mentor, { action: "approve" })).statusCode).toBe(409);
  });

  it("is enacted with the Perkada number and date, audited with every move", async () => {
    const missing = await transition(coordinator, { action: "enact" });
    expect(missing.statusCode).toBe(422);
    // Without who signed and promulgated it, the Perkada would print blanks: each field is named.
    const unsigned = await transition(coordinator, {
      action: "enact",
      perkadaNumber: "Perwali Banjar No. 12 Tahun 2025",
      perkadaDate: "2025-02-03",
      secretaryNip: "19700512",
    });
    expect(unsigned.statusCode).toBe(422);
    const issues = unsigned.json().error.details.issues as Array<{ path: string; message: string }>;
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        "body.headName",
        "body.secretaryName",
        "body.secretaryNip",
        "body.promulgatedOn",
        "body.gazetteYear",
        "body.gazetteNumber",
      ]),
    );
    expect(issues.find((i) => i.path === "body.secretaryNip")?.message).toBe("NIP terdiri dari 18 angka");
    expect(issues.find((i) => i.path === "body.headName")?.message).toBe(
      "Nama kepala daerah yang menandatangani wajib diisi",
    );
    // A foreword emptied behind the checklist's back (data from before it was required) blocks enactment.
    const foreword = and(eq(masterplanSection.masterplanId, plan.id), eq(masterplanSection.key, "foreword"));
    await t
      .app()
      .database.db.update(masterplanSection)
      .set({ content: { ...FOREWORD_CONTENT, signatoryName: "" } })
      .where(foreword);
    const blank = await transition(coordinator, {
      action: "enact",
      perkadaNumber: "Perwali Banjar No. 12 Tahun 2025",
      perkadaDate: "2025-02-03",
      ...ENACTMENT,
    });
    expect(blank.statusCode).toBe(422);
    expect(blank.json().error).toMatchObject({
      code: "masterplan_foreword_missing",
      details: { missing: ["nama penanda tangan"] },
    });
    await t.app().database.db.update(masterplanSection).set({ content: FOREWORD_CONTENT }).where(foreword);
    plan = await expectOk(
      await transition(coordinator, {
        action: "enact",
        perkadaNumber: "Perwali Banjar No. 12 Tahun 2025",
        perkadaDate: "2025-02-03",
        ...ENACTMENT,
      }),
    );
    expect(plan).toMatchObject({
      status: "enacted",
      perkadaNumber: "Perwali Banjar No. 12 Tahun 2025",
      perkadaDate: "2025-02-03",
      perkadaHeadName: ENACTMENT.headName,
      perkadaSecretaryName: ENACTMENT.secretaryName,
      perkadaSecretaryNip: ENACTMENT.secretaryNip,
      perkadaPromulgatedOn: ENACTMENT.promulgatedOn,
      perkadaGazetteYear: 2025,
      perkadaGazetteNumber: "12",
    });
    const [enactEvent] = await t
      .app()
      .database.db.select({ changes: auditEvent.changes })
      .from(auditEvent)
      .where(and(eq(auditEvent.action, "masterplan.enact"), eq(auditEvent.entityId, String(plan.id))));
    expect(enactEvent?.changes).toMatchObject({
      perkadaHeadName: [null, ENACTMENT.headName],
      perkadaSecretaryName: [null, ENACTMENT.secretaryName],
      perkadaSecretaryNip: [null, ENACTMENT.secretaryNip],
      perkadaPromulgatedOn: [null, ENACTMENT.promulgatedOn],
      perkadaGazetteYear: [null, 2025],
      perkadaGazetteNumber: [null, "12"],
    });
    const events = await t
      .app()
      .database.db.select({ action: auditEvent.action })
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "masterplan"), eq(auditEvent.entityId, String(plan.id))))
      .orderBy(asc(auditEvent.id));
    expect(events.map((e) => e.action)).toEqual([
      "masterplan.created",
      "masterplan.updated",
      "masterplan.submit",
      "masterplan.return",
      "masterplan.submit",
      "masterplan.approve",
      "masterplan.enact",
    ]);
  });

  it("derives the roadmap per year × dimension with budget sums", async () => {
    const data = (await inject("GET", `/api/masterplans/${plan.id}/roadmap`, viewer)).json().data;
    const dims = KOMINFO_2017.dimensions.length;
    expect(data.dimensions).toHaveLength(dims);
    expect(data.cells).toHaveLength(10 * dims);
    // Programs run 2024–2026 with budgets only in 2024: (1+…+n) × 100 million.
    const total = ((dims * (dims + 1)) / 2) * 100_000_000;
    expect(data.totals).toMatchObject({ total, byYear: { 2024: total }, bySource: { APBD: total } });
    expect(data.totals.byDimension.governance).toBe(100_000_000);
    expect(
      data.cells.find((c: { year: number; dimensionCode: string }) => c.year === 2025 && c.dimensionCode === "living"),
    ).toEqual({
      year: 2025,
      dimensionCode: "living",
      programs: 1,
      budget: 0,
    });
    expect(data.cells.filter((c: { year: number; programs: number }) => c.year === 2027 && c.programs > 0)).toEqual([]);
  });

  it("starts a revision from the enacted plan as a draft copy, leaving the enacted plan as it was", async () => {
    const body = { title: "Masterplan Kota Banjar (revisi)", periodStart: 2026, periodEnd: 2035 };
    const fresh = await inject("POST", `/api/regions/${BANJAR}/masterplans`, coordinator, body);
    expect(fresh.statusCode).toBe(409);
    expect(fresh.json().error.details).toEqual({ reviseId: plan.id });
    const res = await inject("POST", `/api/regions/${BANJAR}/masterplans`, coordinator, {
      ...body,
      periodStart: 2024,
      periodEnd: 2033,
      previousId: plan.id,
    });
    const revision = await expectOk(res, 201);
    expect(revision).toMatchObject({ status: "draft", previousId: plan.id, version: 1 });
    // The revision is not enacted: nothing of the old Perkada's signing is carried over.
    expect(revision).toMatchObject({
      perkadaNumber: null,
      perkadaHeadName: null,
      perkadaSecretaryName: null,
      perkadaSecretaryNip: null,
      perkadaPromulgatedOn: null,
      perkadaGazetteYear: null,
      perkadaGazetteNumber: null,
    });
    const programs = (await inject("GET", `/api/masterplans/${revision.id}/programs`, viewer)).json();
    expect(programs.total).toBe(KOMINFO_2017.dimensions.length);
    const check = (await inject("GET", `/api/masterplans/${revision.id}/completeness`, viewer)).json().data;
    expect(check.ok).toBe(true);
    const old = (await inject("GET", `/api/masterplans/${plan.id}`, viewer)).json().data;
    expect(old).toMatchObject({ status: "enacted", version: plan.version });
    const list = (await inject("GET", `/api/regions/${BANJAR}/masterplans`, viewer)).json().data;
    expect(list.map((p: Plan) => p.id)).toEqual([revision.id, plan.id]);
  });
});
