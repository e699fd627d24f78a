import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  framework,
  indicator,
  indicatorTarget,
  observation,
  program,
  programIndicator,
  programProgress,
} from "../db/schema/index";
import { GMSC_EVALUATION_2021, GMSC_EVALUATION_2022 } from "../db/seed/evaluation-schemes";
import { makeCohort, makeSelectedCandidate } from "../testing/cohort-factories";
import {
  assignAssessors,
  caller,
  evaluationIds,
  flat,
  moveRound,
  type Profile,
  score,
  sheetOf,
} from "../testing/evaluation-factories";
import { actorWith } from "../testing/factories";
import { makeMasterplan } from "../testing/masterplan-factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const call = caller(t.app);
const BANJAR = "32.79";
const BANDUNG = "32.73";
const SOLOK = "13.72";
const BUKITTINGGI = "13.75";

let admin: string;
let coordBanjar: string;
let coordSolok: string;
let assessor: { cookie: string; id: string };
let cohortId: number;
let banjarPlanId: number;
const rounds: Record<string, { id: number; ids: Record<string, number> }> = {};

/** Opens a round, has the one assessor score every participant after its profile, and publishes it unless told not to. */
async function runRound(
  key: string,
  body: object,
  profiles: Record<string, Profile>,
  scheme: typeof GMSC_EVALUATION_2021,
  publish = true,
) {
  const res = await call("POST", "/api/evaluation-rounds", admin, body);
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().data.id as number;
  await moveRound(t.app, admin, id, "self_assessment");
  await assignAssessors(t.app, admin, id, [assessor.id]);
  await moveRound(t.app, admin, id, "scoring");
  const ids = await evaluationIds(t.app, admin, id);
  for (const [code, profile] of Object.entries(profiles))
    await score(t.app, assessor.cookie, ids[code] as number, sheetOf(scheme, profile));
  if (publish)
    await moveRound(t.app, admin, id, "published", {
      resultLetterNumber: `B-${id}/DJAI/2024`,
      resultLetterDate: "2024-11-28",
    });
  rounds[key] = { id, ids };
}

beforeAll(async () => {
  const app = t.app();
  const cohort = await makeCohort(app, { year: 2019 });
  cohortId = cohort.id;
  await makeSelectedCandidate(app, { cohortId, regionCode: BANJAR, activate: false });
  await makeSelectedCandidate(app, { cohortId, regionCode: SOLOK, activate: false });
  admin = (await actorWith(app, { role: "national_admin" })).cookie;
  coordBanjar = (await actorWith(app, { role: "region_coordinator", regionCode: BANJAR })).cookie;
  coordSolok = (await actorWith(app, { role: "region_coordinator", regionCode: SOLOK })).cookie;
  const a = await actorWith(app, { role: "assessor", cohortId });
  assessor = { cookie: a.cookie, id: a.user.id };
  banjarPlanId = (await makeMasterplan(app, BANJAR, { status: "enacted" })).id;
  for (const code of [BANDUNG, SOLOK, BUKITTINGGI]) await makeMasterplan(app, code, { status: "enacted" });

  await runRound(
    "2023",
    { year: 2023, tahap: "II", schemeKey: "gmsc-evaluasi@2021" },
    { [BANJAR]: flat(3), [BANDUNG]: flat(4), [SOLOK]: flat(2), [BUKITTINGGI]: flat(3) },
    GMSC_EVALUATION_2021,
  );
  await runRound(
    "2024",
    { year: 2024, tahap: "I", regionCodes: [BANJAR, BANDUNG] },
    { [BANJAR]: { baseline: 3, output: 4, outcome: 3, impact: 2, quick_win: 5 }, [BANDUNG]: flat(4) },
    GMSC_EVALUATION_2022,
  );
  await runRound(
    "2024-II",
    { year: 2024, tahap: "II", regionCodes: [SOLOK] },
    { [SOLOK]: flat(5) },
    GMSC_EVALUATION_2022,
    false,
  );
}, 120_000);

type Row = { regionCode: string; nationalRank: number | null; provincialRank: number | null; index: number };
const codes = (rows: Row[]) => rows.map((r) => r.regionCode);

describe("the national evaluation table", () => {
  it("ranks a round with ties (1, 2, 2, 4) nationally and per province", async () => {
    const res = await call("GET", "/api/evaluation-results?year=2023", coordSolok);
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json().data as Row[];
    expect(rows.map((r) => [r.regionCode, r.index, r.nationalRank, r.provincialRank])).toEqual([
      [BANDUNG, 4, 1, 1],
      [BUKITTINGGI, 3, 2, 1],
      [BANJAR, 3, 2, 2],
      [SOLOK, 2, 4, 2],
    ]);
  });

  it("filters by province, cohort, year and region, sorts and pages", async () => {
    const get = async (q: string) => (await call("GET", `/api/evaluation-results?${q}`, coordBanjar)).json();
    expect(codes((await get("year=2023&province=13")).data)).toEqual([BUKITTINGGI, SOLOK]);
    const cohort = await get(`year=2023&cohortId=${cohortId}`);
    expect(codes(cohort.data)).toEqual([BANJAR, SOLOK]);
    expect(cohort.data[0].cohortName).toMatch(/^GMSC 2019/);
    // Ties stay in Kemendagri-code order whichever way the rank is sorted.
    expect(codes((await get("year=2023&sort=-rank")).data)).toEqual([SOLOK, BUKITTINGGI, BANJAR, BANDUNG]);
    expect(codes((await get("year=2023&sort=region")).data)).toEqual([BANDUNG, BANJAR, BUKITTINGGI, SOLOK]);
    const page = await get("year=2023&pageSize=2&page=2");
    expect(page).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(codes(page.data)).toEqual([BANJAR, SOLOK]);
    // Every published round, newest first; the unpublished Tahap II of 2024 never shows.
    const all = await get("pageSize=50");
    expect(all.total).toBe(6);
    expect(all.data.map((r: { year: number; tahap: string }) => `${r.year}-${r.tahap}`)).toEqual([
      "2024-I",
      "2024-I",
      "2023-II",
      "2023-II",
      "2023-II",
      "2023-II",
    ]);
    expect(codes((await get(`region=${SOLOK}`)).data)).toEqual([SOLOK]);
    expect((await call("GET", "/api/evaluation-results")).statusCode).toBe(401);
    expect((await call("GET", "/api/evaluation-results?tahap=III", admin)).statusCode).toBe(422);
  });

  it("shows the improvement against the region's previous published round", async () => {
    const rows = (await call("GET", "/api/evaluation-results?year=2024&tahap=I", admin)).json().data;
    expect(rows).toEqual([
      expect.objectContaining({
        regionCode: BANDUNG,
        index: 4,
        previousIndex: 4,
        improvement: 0,
        improvementPercent: 0,
      }),
      expect.objectContaining({
        regionCode: BANJAR,
        index: 3.4,
        previousIndex: 3,
        improvement: 0.4,
        improvementPercent: 13.33,
      }),
    ]);
  });

  it("exports the same table as XLSX, one row per region", async () => {
    const res = await call("GET", "/api/evaluation-results.xlsx?year=2023", coordBanjar);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("spreadsheetml");
    expect(res.headers["content-disposition"]).toContain("hasil-evaluasi-2023.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("Hasil Evaluasi");
    expect(sheet?.rowCount).toBe(5);
    const header = sheet?.getRow(1).values as unknown[];
    expect(header).toEqual(
      expect.arrayContaining(["Peringkat nasional", "Kode", "Indeks capaian", "Quick Win", "Smart Governance"]),
    );
    const codeColumn = header.indexOf("Kode");
    const exported = [2, 3, 4, 5].map((n) => sheet?.getRow(n).getCell(codeColumn).value);
    expect(exported).toEqual([BANDUNG, BUKITTINGGI, BANJAR, SOLOK]);
    expect(new Set(exported).size).toBe(4);
    expect(sheet?.getRow(5).getCell(header.indexOf("Indeks capaian")).value).toBe(2);
  });
});

describe("a region's result drilled down", () => {
  it("goes from a dimension to its programs and indicators with their achievement", async () => {
    const db = t.database().db;
    const [fw] = await db.select().from(framework).where(eq(framework.isDefault, true));
    const [p] = await db
      .insert(program)
      .values({
        masterplanId: banjarPlanId,
        dimensionCode: "governance",
        elementCode: "governance.pelayanan-publik",
        code: "P-01",
        name: "Mal Pelayanan Publik Digital",
        term: "medium",
        startYear: 2024,
        endYear: 2026,
      })
      .returning();
    const [ind] = await db
      .insert(indicator)
      .values({
        code: "GOV-01",
        name: "Layanan perizinan daring",
        unit: "layanan",
        direction: "higher_is_better",
        frameworkId: fw?.id as number,
      })
      .returning();
    const [link] = await db
      .insert(programIndicator)
      .values({ programId: p?.id as number, indicatorId: ind?.id as number })
      .returning();
    await db.insert(indicatorTarget).values({ programIndicatorId: link?.id as number, year: 2024, value: 100 });
    await db
      .insert(observation)
      .values({ programIndicatorId: link?.id as number, year: 2024, value: 80, status: "verified" });
    await db
      .insert(programProgress)
      .values({ programId: p?.id as number, year: 2024, status: "on_track", physicalProgress: 60 });

    const id = rounds["2024"]?.ids[BANJAR];
    const res = await call("GET", `/api/evaluations/${id}/result/dimensions/governance`, coordBanjar);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data).toMatchObject({
      year: 2024,
      masterplan: { id: banjarPlanId, status: "enacted" },
      achievement: 80,
      programs: [
        {
          code: "P-01",
          progress: { status: "on_track", physicalProgress: 60 },
          achievement: 80,
          indicators: [{ code: "GOV-01", target: 100, realisation: 80, achievement: 80, light: "yellow" }],
        },
      ],
    });
    expect((await call("GET", `/api/evaluations/${id}/result/dimensions/governance`, coordSolok)).statusCode).toBe(404);
    expect((await call("GET", `/api/evaluations/${id}/result/dimensions/tidak-ada`, coordBanjar)).statusCode).toBe(404);
  });

  it("never shows an unpublished round's result, to the region or in the table", async () => {
    const id = rounds["2024-II"]?.ids[SOLOK];
    const res = await call("GET", `/api/evaluations/${id}/result`, coordSolok);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("evaluation_result_not_found");
    expect((await call("GET", `/api/evaluations/${id}/result/dimensions/governance`, coordSolok)).statusCode).toBe(404);
    expect((await call("GET", "/api/evaluation-results?year=2024&tahap=II", admin)).json().total).toBe(0);
    // A published round is readable by any signed-in user; its regions' self-assessments are not.
    const round = await call("GET", `/api/evaluation-rounds/${rounds["2023"]?.id}`, coordBanjar);
    expect(round.json().data).toMatchObject({ status: "published", assessors: [] });
    expect((await call("GET", `/api/evaluations/${rounds["2023"]?.ids[SOLOK]}`, coordBanjar)).statusCode).toBe(404);
  });
});
