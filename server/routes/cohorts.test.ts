import { count, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { bimtekStage, deliverable, membership } from "../db/schema/index";
import { actorWith } from "../testing/factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANGLI = "51.06";
const GIANYAR = "51.04";
const SOLOK = "13.72";
const BANJAR = "32.79";

let admin: string;
let coordBangli: string;
let coordBanjar: string;
let assessorA: { cookie: string; user: { id: string } };
let assessorB: { cookie: string; user: { id: string } };
let cohortId: number;
let candidates: Record<string, number> = {};
let criteria: Array<{ id: number }> = [];

type Method = "GET" | "POST" | "PUT" | "PATCH";
const call = (method: Method, url: string, cookie?: string, payload?: object) =>
  t.app().inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  const app = t.app();
  admin = (await actorWith(app, { role: "national_admin" })).cookie;
  coordBangli = (await actorWith(app, { role: "region_coordinator", regionCode: BANGLI })).cookie;
  coordBanjar = (await actorWith(app, { role: "region_coordinator", regionCode: BANJAR })).cookie;
  assessorA = await actorWith(app, { role: "assessor" });
  assessorB = await actorWith(app, { role: "assessor" });
}, 60_000);

describe("a cohort from invitation to published selection", () => {
  it("is created by the national admin only", async () => {
    const body = { year: 2024, name: "Gerakan Menuju Smart City 2024", quota: 2, plan: { mouDate: "2024-03-05" } };
    expect((await call("POST", "/api/cohorts", undefined, body)).statusCode).toBe(401);
    expect((await call("POST", "/api/cohorts", coordBangli, body)).statusCode).toBe(403);
    const res = await call("POST", "/api/cohorts", admin, body);
    expect(res.statusCode).toBe(201);
    expect(res.json().data).toMatchObject({
      status: "draft",
      quota: 2,
      nextStatuses: ["assessment"],
      can: { manage: true },
    });
    cohortId = res.json().data.id;
    expect((await call("POST", "/api/cohorts", admin, body)).statusCode).toBe(409);
    // Assessors are assigned to this cohort.
    for (const a of [assessorA, assessorB]) {
      await app().database.db.update(membership).set({ cohortId }).where(eq(membership.userId, a.user.id));
    }
  });

  it("invites regions all or nothing, reporting unknown codes", async () => {
    const bad = await call("POST", `/api/cohorts/${cohortId}/candidates`, admin, {
      codesText: `${BANGLI}\n99.99\nBangli`,
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error).toMatchObject({
      code: "unknown_region_codes",
      details: { unknown: ["99.99"], malformed: ["Bangli"] },
    });
    expect((await call("GET", `/api/cohorts/${cohortId}/candidates`, admin)).json().data).toEqual([]);

    const ok = await call("POST", `/api/cohorts/${cohortId}/candidates`, admin, {
      codesText: `kode\n${BANGLI}, ${GIANYAR}\n${SOLOK}`,
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().data.added).toEqual([BANGLI, GIANYAR, SOLOK]);
    const again = await call("POST", `/api/cohorts/${cohortId}/candidates`, admin, { regionCodes: [BANGLI] });
    expect(again.json().data).toEqual({ added: [], alreadyCandidates: [BANGLI] });
    const list = (await call("GET", `/api/cohorts/${cohortId}/candidates`, admin)).json().data;
    candidates = Object.fromEntries(list.map((c: { regionCode: string; id: number }) => [c.regionCode, c.id]));
    expect(list.map((c: { regionCode: string }) => c.regionCode)).toEqual([SOLOK, GIANYAR, BANGLI]);
    expect(list[1]).toMatchObject({ regionName: "Kabupaten Gianyar", provinceName: "Bali", status: "invited" });
  });

  it("shows a region only its own candidacy, and other regions nothing", async () => {
    const mine = (await call("GET", `/api/cohorts/${cohortId}/candidates`, coordBangli)).json().data;
    expect(mine.map((c: { regionCode: string }) => c.regionCode)).toEqual([BANGLI]);
    expect((await call("GET", `/api/cohorts/${cohortId}`, coordBanjar)).statusCode).toBe(404);
    expect((await call("GET", `/api/candidates/${candidates[GIANYAR]}`, coordBangli)).statusCode).toBe(404);
    expect((await call("GET", `/api/cohorts/${cohortId}/ranking`, coordBangli)).statusCode).toBe(403);
  });

  it("moves phase by the transition map only", async () => {
    const skip = await call("POST", `/api/cohorts/${cohortId}/transition`, admin, { to: "mou" });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.code).toBe("transition_not_allowed");
    const res = await call("POST", `/api/cohorts/${cohortId}/transition`, admin, { to: "assessment" });
    expect(res.json().data.status).toBe("assessment");
  });

  it("takes the region's self-assessment and the assessors' scores", async () => {
    const a = (await call("GET", `/api/candidates/${candidates[BANGLI]}/assessment`, coordBangli)).json().data;
    criteria = a.instrument.criteria;
    expect(a.instrument.scale).toEqual({ min: 1, max: 5 });
    expect(a.candidate.can).toMatchObject({ selfAssess: true, score: false });
    const answer = await call(
      "PUT",
      `/api/candidates/${candidates[BANGLI]}/self-assessment/${criteria[0]?.id}`,
      coordBangli,
      {
        answer: "Diskominfo memiliki 12 ASN bersertifikat TIK.",
        selfScore: 4,
      },
    );
    expect(answer.statusCode).toBe(204);
    expect(
      (await call("PUT", `/api/candidates/${candidates[BANGLI]}/scores`, coordBangli, { scores: [] })).statusCode,
    ).toBe(403);

    const score = (cookie: string, code: string, value: (i: number) => number) =>
      call("PUT", `/api/candidates/${candidates[code]}/scores`, cookie, {
        scores: criteria.map((c, i) => ({ criterionId: c.id, score: value(i) })),
        interview: { heldOn: "2024-01-20", interviewNote: "Komitmen bupati kuat." },
      });
    const outOfScale = await call("PUT", `/api/candidates/${candidates[BANGLI]}/scores`, assessorA.cookie, {
      scores: [{ criterionId: criteria[0]?.id, score: 9 }],
    });
    expect(outOfScale.statusCode).toBe(422);
    expect(outOfScale.json().error.details.issues[0]).toEqual({
      path: "body.scores.0.score",
      message: "Nilai harus 1–5",
    });
    for (const a of [assessorA, assessorB]) {
      expect((await score(a.cookie, BANGLI, () => 5)).statusCode).toBe(204);
      expect((await score(a.cookie, GIANYAR, () => 4)).statusCode).toBe(204);
      expect((await score(a.cookie, SOLOK, () => 3)).statusCode).toBe(204);
    }
    const statuses = (await call("GET", `/api/cohorts/${cohortId}/candidates`, admin)).json().data;
    expect(statuses.map((c: { status: string }) => c.status)).toEqual(["assessed", "assessed", "assessed"]);
    const mine = (await call("GET", `/api/candidates/${candidates[BANGLI]}/assessment`, assessorA.cookie)).json().data;
    expect(mine.scores).toHaveLength(1);
    expect(mine.result).toBeNull();
    const all = (await call("GET", `/api/candidates/${candidates[BANGLI]}/assessment`, admin)).json().data;
    expect(all.scores).toHaveLength(2);
    expect(all.result).toMatchObject({ mean: 100, spread: 0, assessors: 2 });
    expect(all.answers[0]).toMatchObject({ answer: "Diskominfo memiliki 12 ASN bersertifikat TIK.", selfScore: 4 });
  });

  it("ranks, refuses an unexplained deviation and publishes the selection", async () => {
    await call("POST", `/api/cohorts/${cohortId}/transition`, admin, { to: "selection" });
    const ranking = (await call("GET", `/api/cohorts/${cohortId}/ranking`, assessorA.cookie)).json();
    expect(ranking.data.map((r: { regionCode: string }) => r.regionCode)).toEqual([BANGLI, GIANYAR, SOLOK]);
    expect(ranking.data.map((r: { withinQuota: boolean }) => r.withinQuota)).toEqual([true, true, false]);

    const deviate = { selected: [candidates[BANGLI], candidates[SOLOK]], reasons: {} };
    const refused = await call("POST", `/api/cohorts/${cohortId}/selection`, admin, deviate);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe("selection_invalid");
    const noLetter = await call("POST", `/api/cohorts/${cohortId}/selection`, admin, {
      selected: [candidates[BANGLI], candidates[GIANYAR]],
      publish: true,
    });
    expect(noLetter.statusCode).toBe(422);
    expect((await call("POST", `/api/cohorts/${cohortId}/transition`, admin, { to: "mou" })).json().error.code).toBe(
      "selection_not_published",
    );

    const published = await call("POST", `/api/cohorts/${cohortId}/selection`, admin, {
      selected: [candidates[BANGLI], candidates[GIANYAR]],
      publish: true,
      resultLetterNumber: "B-454/DJAI/AI.01.02/05/2023",
      resultLetterDate: "2023-05-31",
    });
    expect(published.statusCode).toBe(200);
    expect(published.json().data.nextStatuses).toEqual(["mou"]);
    expect(published.json().data).toMatchObject({
      resultLetterNumber: "B-454/DJAI/AI.01.02/05/2023",
      resultLetterDate: "2023-05-31",
      counts: { candidates: 3, selected: 2 },
    });
    const statuses = (await call("GET", `/api/cohorts/${cohortId}/candidates`, admin))
      .json()
      .data.map((c: { regionCode: string; status: string }) => [c.regionCode, c.status]);
    expect(statuses).toEqual([
      [SOLOK, "not_selected"],
      [GIANYAR, "selected"],
      [BANGLI, "selected"],
    ]);
    // Selected regions' workspaces are open: four stages with their deliverables.
    const db = t.database().db;
    const [stages] = await db
      .select({ n: count() })
      .from(bimtekStage)
      .where(eq(bimtekStage.candidateId, candidates[BANGLI] ?? 0));
    expect(stages?.n).toBe(4);
    const [deliverables] = await db.select({ n: count() }).from(deliverable);
    expect(deliverables?.n).toBe(2 * 14);
    expect((await call("POST", `/api/cohorts/${cohortId}/selection`, admin, { selected: [] })).statusCode).toBe(409);
  });

  it("holds the cohort in the MoU phase until every selected region has signed", async () => {
    expect((await call("POST", `/api/cohorts/${cohortId}/transition`, admin, { to: "mou" })).statusCode).toBe(200);
    const blocked = await call("POST", `/api/cohorts/${cohortId}/transition`, admin, { to: "mentoring" });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error).toMatchObject({ code: "mou_incomplete", details: { selected: 2, mouSigned: 0 } });
  });

  it("shows the dashboard funnel and table, also as XLSX", async () => {
    const d = (await call("GET", `/api/cohorts/${cohortId}/dashboard`, admin)).json().data;
    expect(d.funnel.slice(0, 4)).toEqual([
      { key: "invited", count: 3 },
      { key: "assessed", count: 3 },
      { key: "selected", count: 2 },
      { key: "mou_signed", count: 0 },
    ]);
    // Kab/kota only: one funnel, the same as the all-kinds one.
    expect(d.funnels).toEqual([{ kind: "kabkota", steps: d.funnel }]);
    expect(d.rows.find((r: { regionCode: string }) => r.regionCode === BANGLI)).toMatchObject({
      step: "mou",
      stagesClosed: 0,
      regionType: "kabupaten",
    });
    const filtered = (await call("GET", `/api/cohorts/${cohortId}/dashboard?step=not_selected`, admin)).json().data;
    expect(filtered.rows.map((r: { regionCode: string }) => r.regionCode)).toEqual([SOLOK]);
    expect((await call("GET", `/api/cohorts/${cohortId}/dashboard`, coordBangli)).statusCode).toBe(403);

    const xlsx = await call("GET", `/api/cohorts/${cohortId}/dashboard.xlsx`, admin);
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("Wilayah");
    expect(sheet?.rowCount).toBe(4);
    expect(sheet?.getRow(3).getCell(2).value).toBe("Kabupaten Gianyar");
    expect(sheet?.getRow(3).getCell(3).value).toBe("Kabupaten");
    expect(sheet?.getRow(3).getCell(6).value).toBe("Menunggu Nota Kesepakatan");
    expect(sheet?.getRow(2).getCell(6).value).toBe("Tidak terpilih");
    const funnelSheet = wb.getWorksheet("Corong");
    expect(funnelSheet?.getRow(1).values).toEqual([undefined, "Langkah", "Jumlah kabupaten/kota"]);
    expect(funnelSheet?.getRow(4).values).toEqual([undefined, "Terpilih", 2]);
  });
});

function app() {
  return t.app();
}
