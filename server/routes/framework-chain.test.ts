import { beforeAll, describe, expect, it } from "vitest";
import { readDocx } from "../documents/read-back";
import { assignAssessors, evaluationIds, flat, moveRound, score, sheetOf } from "../testing/evaluation-factories";
import { actorWith, makeOpd } from "../testing/factories";
import { programBody } from "../testing/masterplan-factories";
import { setupTestApp } from "../testing/test-app";

// Through the API only: a framework the program office makes (mobilitas in place of branding, a
// Satgas required) is what a cohort, a region's plan, its checklist, Bimtek and the books follow.
const t = setupTestApp();
const BANJAR = "32.79";

type Method = "GET" | "POST" | "PUT" | "PATCH";
const call = (method: Method, url: string, cookie?: string, payload?: object) =>
  t.app().inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
const ok = async (res: Awaited<ReturnType<typeof call>>, status = 200) => {
  if (res.statusCode !== status) throw new Error(`${res.statusCode}: ${res.body}`);
  return res.statusCode === 204 ? null : res.json().data;
};

type Dimension = { code: string; nameId: string; nameEn: string; elements: Array<{ code: string }> };

let admin: string;
let coordinator: string;
let frameworkId: number;
let cohortId: number;
let candidateId: number;
let planId: number;

beforeAll(async () => {
  admin = (await actorWith(t.app(), { role: "national_admin" })).cookie;
  coordinator = (await actorWith(t.app(), { role: "region_coordinator", regionCode: BANJAR })).cookie;
}, 60_000);

describe("a framework made by the program office, followed downstream", () => {
  it("is created from the representation GET returns, with mobilitas and a required Satgas, then published", async () => {
    const list = (await call("GET", "/api/frameworks", admin)).json().data as Array<{ id: number; code: string }>;
    const base = list.find((f) => f.code === "kominfo-2017");
    const read = await ok(await call("GET", `/api/frameworks/${base?.id}`, admin));
    const strip = <T extends object>(o: T, ...keys: string[]) =>
      Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
    const def = {
      code: "rpm-2026-uji",
      version: "2026",
      name: "RPM 2026",
      descriptionId: read.descriptionId,
      descriptionEn: read.descriptionEn,
      governanceBodies: [
        { kind: "satgas", nameId: "Satuan Tugas Kota Cerdas", nameEn: "Smart City Task Force", required: true },
        { kind: "tim_pelaksana", nameId: "Tim Pelaksana Kota Cerdas", nameEn: "Implementation Team", required: true },
        { kind: "forum", nameId: "Forum Kota Cerdas", nameEn: "Smart City Forum", required: true },
      ],
      dimensions: read.dimensions.map((d: Dimension & { elements: object[] }) =>
        d.code === "branding"
          ? {
              code: "mobility",
              nameId: "Mobilitas Cerdas",
              nameEn: "Smart Mobility",
              descriptionId: "Perpindahan orang dan barang yang aman, terjangkau dan rendah emisi.",
              descriptionEn: "Safe, affordable, low-emission movement of people and goods.",
              elements: ["angkutan-umum", "lalu-lintas", "pejalan-kaki"].map((slug, i) => ({
                code: `mobility.${slug}`,
                nameId: ["Angkutan Umum", "Lalu Lintas", "Pejalan Kaki"][i],
                nameEn: ["Public Transport", "Traffic", "Walking"][i],
                tag: ["Public Transport", "Traffic", "Walking"][i],
              })),
            }
          : {
              ...strip(d, "id", "order"),
              elements: d.elements.map((e) => strip(e, "id", "order")),
            },
      ),
      stages: read.stages.map((s: { deliverables: object[] }) => ({
        ...strip(s, "id"),
        deliverables: s.deliverables.map((dl) => strip(dl, "id", "order")),
      })),
    };
    const created = await ok(await call("POST", "/api/frameworks", admin, def), 201);
    frameworkId = created.id;
    expect(created).toMatchObject({ status: "draft", governanceBodies: def.governanceBodies });
    const published = await ok(
      await call("POST", `/api/frameworks/${frameworkId}/publish`, admin, { revision: created.revision }),
    );
    expect(published.status).toBe("published");
  });

  it("takes a cohort on it through selection, and the region's Bimtek deliverables show the chapters they cover", async () => {
    const cohort = await ok(
      await call("POST", "/api/cohorts", admin, {
        year: 2026,
        name: "Gerakan Menuju Kota Cerdas 2026 (uji)",
        quota: 1,
        frameworkId,
        plan: { mouDate: "2026-03-05" },
      }),
      201,
    );
    cohortId = cohort.id;
    await ok(await call("POST", `/api/cohorts/${cohortId}/candidates`, admin, { regionCodes: [BANJAR] }), 201);
    const [candidate] = (await call("GET", `/api/cohorts/${cohortId}/candidates`, admin)).json().data;
    candidateId = candidate.id;
    await ok(await call("POST", `/api/cohorts/${cohortId}/transition`, admin, { to: "assessment" }));
    const assessor = await actorWith(t.app(), { role: "assessor", cohortId });
    const criteria = (await ok(await call("GET", `/api/candidates/${candidateId}/assessment`, assessor.cookie)))
      .instrument.criteria as Array<{ id: number }>;
    await ok(
      await call("PUT", `/api/candidates/${candidateId}/scores`, assessor.cookie, {
        scores: criteria.map((c) => ({ criterionId: c.id, score: 4 })),
        interview: { heldOn: "2026-01-20", interviewNote: "Komitmen wali kota kuat." },
      }),
      204,
    );
    await ok(await call("POST", `/api/cohorts/${cohortId}/transition`, admin, { to: "selection" }));
    await ok(
      await call("POST", `/api/cohorts/${cohortId}/selection`, admin, {
        selected: [candidateId],
        publish: true,
        resultLetterNumber: "B-100/DJAI/2026",
        resultLetterDate: "2026-02-20",
      }),
    );

    const stages = await ok(await call("GET", `/api/candidates/${candidateId}/stages`, coordinator));
    expect(stages).toHaveLength(4);
    const covers = stages.flatMap((s: { deliverables: Array<{ template: { code: string }; covers: unknown[] }> }) =>
      s.deliverables.map((d) => [d.template.code, d.covers.length]),
    );
    // Every deliverable that drafts chapters shows them under this framework too (read from the database).
    expect(covers.filter(([, n]: [string, number]) => n > 0).length).toBeGreaterThan(5);
  });

  it("gives the selected region's new plan the cohort's framework without the client naming it", async () => {
    const plan = await ok(
      await call("POST", `/api/regions/${BANJAR}/masterplans`, coordinator, {
        title: "Masterplan Kota Cerdas Kota Banjar 2026–2035",
        periodStart: 2026,
        periodEnd: 2035,
      }),
      201,
    );
    planId = plan.id;
    expect(plan.frameworkId).toBe(frameworkId);
    const roadmap = await ok(await call("GET", `/api/masterplans/${planId}/roadmap`, coordinator));
    const codes = roadmap.dimensions.map((d: { code: string }) => d.code);
    expect(codes).toContain("mobility");
    expect(codes).not.toContain("branding");
    expect(codes).toHaveLength(6);
  });

  it("asks for a mobilitas program and the framework's bodies in the checklist, and refuses a Dewan", async () => {
    const check = await ok(await call("GET", `/api/masterplans/${planId}/completeness`, coordinator));
    const missing = check.items.filter((i: { ok: boolean }) => !i.ok).map((i: { message: string }) => i.message);
    expect(missing).toContain("Mobilitas Cerdas: paling sedikit satu program");
    expect(missing.some((m: string) => m.includes("Branding"))).toBe(false);
    const codes = check.items.map((i: { code: string }) => i.code);
    expect(codes).toEqual(
      expect.arrayContaining(["governance_satgas", "governance_tim_pelaksana", "governance_forum"]),
    );
    expect(codes).not.toContain("governance_dewan");

    const dewan = await call("POST", `/api/masterplans/${planId}/governance-bodies`, coordinator, {
      kind: "dewan",
      members: [],
    });
    expect(dewan.statusCode).toBe(422);
    expect(dewan.json().error.details.issues[0].path).toBe("body.kind");
    const satgas = await ok(
      await call("POST", `/api/masterplans/${planId}/governance-bodies`, coordinator, { kind: "satgas", members: [] }),
      201,
    );
    expect(satgas.name).toBe("Satuan Tugas Kota Cerdas");
    const bodies = (await call("GET", `/api/masterplans/${planId}/governance-bodies`, coordinator)).json();
    expect(bodies.kinds.map((k: { kind: string }) => k.kind)).toEqual(["satgas", "tim_pelaksana", "forum"]);
    const after = await ok(await call("GET", `/api/masterplans/${planId}/completeness`, coordinator));
    expect(after.items.find((i: { code: string }) => i.code === "governance_satgas").ok).toBe(true);
  });

  it("prints Buku 2 with a Mobilitas Cerdas chapter holding its program, and no branding", async () => {
    const opd = await makeOpd(t.app(), BANJAR);
    await ok(
      await call(
        "POST",
        `/api/masterplans/${planId}/programs`,
        coordinator,
        programBody(opd.id, {
          dimensionCode: "mobility",
          elementCode: "mobility.angkutan-umum",
          name: "Bus Trans Banjar terintegrasi",
          startYear: 2026,
          endYear: 2028,
          budgets: [{ year: 2026, source: "APBD", amount: 500_000_000 }],
          actionPlan: [],
        }),
      ),
      201,
    );
    const branding = await call(
      "POST",
      `/api/masterplans/${planId}/programs`,
      coordinator,
      programBody(opd.id, { dimensionCode: "branding", elementCode: "branding.pariwisata", name: "Festival" }),
    );
    expect(branding.statusCode).toBe(422);

    const docx = await call("GET", `/api/masterplans/${planId}/documents/buku-2.docx`, coordinator);
    expect(docx.statusCode).toBe(200);
    const { text } = await readDocx(docx.rawPayload);
    expect(text).toContain("Mobilitas Cerdas");
    expect(text).toContain("Bus Trans Banjar terintegrasi");
    expect(text).not.toContain("Smart Branding");
  });

  it("evaluates the region on a scheme over the framework: items and an index over mobilitas", async () => {
    const scheme = await ok(
      await call("POST", "/api/evaluation-schemes", admin, {
        frameworkId,
        code: "evaluasi-rpm-2026",
        version: "2027",
        year: 2027,
        name: "Skema Evaluasi RPM 2026",
        weights: { baseline: 10, output: 20, outcome: 30, impact: 20, quick_win: 20 },
      }),
      201,
    );
    await ok(await call("POST", `/api/evaluation-schemes/${scheme.id}/publish`, admin, { revision: scheme.revision }));
    const created = await ok(
      await call("POST", "/api/evaluation-rounds", admin, {
        year: 2027,
        tahap: "I",
        schemeKey: "evaluasi-rpm-2026@2027",
        regionCodes: [BANJAR],
      }),
      201,
    );
    const round = await ok(await call("GET", `/api/evaluation-rounds/${created.id}`, admin));
    const dims = round.scheme.smartDimensions.map((d: { code: string }) => d.code);
    expect(dims).toContain("mobility");
    expect(dims).not.toContain("branding");
    await moveRound(t.app, admin, created.id, "self_assessment");
    const assessor = await actorWith(t.app(), { role: "assessor" });
    await assignAssessors(t.app, admin, created.id, [assessor.user.id]);
    await moveRound(t.app, admin, created.id, "scoring");
    const ids = await evaluationIds(t.app, admin, created.id);
    await score(t.app, assessor.cookie, ids[BANJAR] as number, sheetOf(round.scheme, flat(4)));
    const preview = await ok(await call("GET", `/api/evaluation-rounds/${created.id}/preview`, admin));
    expect(preview.find((r: { regionCode: string }) => r.regionCode === BANJAR)).toMatchObject({
      index: 4,
      dimensions: expect.objectContaining({ mobility: 4 }),
    });
  });

  it("refuses edits of the framework now that a cohort and a plan use it, and new cohorts once it is retired", async () => {
    const read = (await call("GET", `/api/frameworks/${frameworkId}`, admin)).json().data;
    const strip = (o: object, ...keys: string[]) =>
      Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
    const def = {
      ...strip(read, "id", "isDefault", "status", "dimensionCount", "elementCount", "stageCount"),
      name: "RPM 2026 diubah",
      dimensions: read.dimensions.map((d: { elements: object[] }) => ({
        ...strip(d, "id", "order"),
        elements: d.elements.map((e) => strip(e, "id", "order")),
      })),
      stages: read.stages.map((st: { deliverables: object[] }) => ({
        ...strip(st, "id"),
        deliverables: st.deliverables.map((dl) => strip(dl, "id", "order")),
      })),
    };
    const edit = await call("PATCH", `/api/frameworks/${frameworkId}`, admin, def);
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe("framework_in_use");
    await ok(await call("POST", `/api/frameworks/${frameworkId}/retire`, admin, { revision: read.revision }));
    const late = await call("POST", "/api/cohorts", admin, {
      year: 2027,
      name: "Angkatan pada kerangka pensiun",
      quota: 1,
      frameworkId,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe("framework_not_published");
  });
});
