import { beforeAll, describe, expect, it } from "vitest";
import { observation, programBudget, programProgress, quickWinProgress } from "../db/schema/index";
import { actorWith, makeOpd } from "../testing/factories";
import { makeMasterplan } from "../testing/masterplan-factories";
import {
  linkIndicatorDirect,
  makeProgram,
  makeQuickWin,
  nationalIndicator,
  THIS_YEAR,
} from "../testing/monitoring-factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";
const Y = THIS_YEAR;
const M = 1_000_000;

let coordinator: string;
let solok: string;
let planId: number;

beforeAll(async () => {
  const app = t.app();
  const db = app.database.db;
  const kominfo = (await makeOpd(app, BANJAR, "Diskominfo")).id;
  const kes = (await makeOpd(app, BANJAR, "Dinkes")).id;
  planId = (await makeMasterplan(app, BANJAR, { status: "enacted", periodStart: Y - 2, periodEnd: Y + 7 })).id;
  const a = await makeProgram(app, planId, kominfo, { startYear: Y - 2, endYear: Y + 2 });
  const b = await makeProgram(app, planId, kominfo, { name: "Satu Data", startYear: Y - 1, endYear: Y + 1 });
  const c = await makeProgram(app, planId, kes, {
    name: "Puskesmas Digital",
    dimensionCode: "living",
    elementCode: "living.kesehatan",
    startYear: Y - 2,
    endYear: Y + 7,
  });
  const d = await makeProgram(app, planId, kes, {
    name: "Pasar Daring",
    dimensionCode: "economy",
    elementCode: "economy.industri",
    startYear: Y - 2,
    endYear: Y + 3,
  });
  await db.insert(programBudget).values({ programId: a.id, year: Y - 1, source: "APBD", amount: 300 * M });
  await db.insert(programProgress).values([
    {
      programId: a.id,
      year: Y - 2,
      status: "on_track",
      physicalProgress: 50,
      budgetAllocated: 100 * M,
      budgetRealised: 80 * M,
    },
    {
      programId: a.id,
      year: Y - 1,
      status: "on_track",
      physicalProgress: 70,
      budgetAllocated: 200 * M,
      budgetRealised: 150 * M,
    },
    {
      programId: b.id,
      year: Y - 1,
      status: "delayed",
      physicalProgress: 20,
      budgetAllocated: 50 * M,
      budgetRealised: 10 * M,
    },
    // Cancelled: no entry is owed for the years after.
    { programId: d.id, year: Y - 2, status: "cancelled" },
  ]);
  const internet = await nationalIndicator(app, "EC: ICT: ICT: 1C");
  const unemployment = await nationalIndicator(app, "EC: P: EM: 1C");
  const la = await linkIndicatorDirect(app, a.id, internet.id, { [Y - 2]: 60, [Y - 1]: 70 });
  const lc = await linkIndicatorDirect(app, c.id, unemployment.id, { [Y - 1]: 5 });
  await db.insert(observation).values([
    { programIndicatorId: la.id, year: Y - 2, value: 54, status: "verified" },
    // A returned value does not count: Y - 1 stays without a realisation.
    { programIndicatorId: la.id, year: Y - 1, value: 99, status: "returned" },
    { programIndicatorId: lc.id, year: Y - 1, value: 6 },
  ]);
  const qw = await makeQuickWin(app, planId, a.id, kominfo);
  await makeQuickWin(app, planId, c.id, kes);
  await db.insert(quickWinProgress).values({ quickWinId: qw.id, year: Y - 1, status: "done", physicalProgress: 100 });
  coordinator = (await actorWith(app, { role: "region_coordinator", regionCode: BANJAR })).cookie;
  solok = (await actorWith(app, { role: "region_coordinator", regionCode: "13.72" })).cookie;
}, 90_000);

const get = (url: string, cookie: string) => t.app().inject({ method: "GET", url, headers: { cookie } });

describe("region monitoring summary", () => {
  it("adds up progress by dimension, budgets by year, indicators against targets, quick wins and overdue entries", async () => {
    const res = await get(`/api/masterplans/${planId}/monitoring/summary?year=${Y - 1}`, coordinator);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json().data;
    expect(s).toMatchObject({ year: Y - 1, periodStart: Y - 2, periodEnd: Y + 7, regionCode: BANJAR });
    expect(s.dimensions).toHaveLength(6);
    const dim = (code: string) =>
      s.progressByDimension.find((d: { dimensionCode: string }) => d.dimensionCode === code);
    expect(dim("governance")).toEqual({
      dimensionCode: "governance",
      programs: 2,
      counts: { not_started: 0, on_track: 1, delayed: 1, done: 0, cancelled: 0, no_data: 0 },
      meanPhysicalProgress: 45,
    });
    expect(dim("living")).toMatchObject({ programs: 1, counts: { no_data: 1 }, meanPhysicalProgress: null });
    // A program cancelled (or done) in an earlier year keeps that status.
    expect(dim("economy")).toMatchObject({ programs: 1, counts: { cancelled: 1, no_data: 0 } });
    expect(dim("branding")).toMatchObject({ programs: 0, meanPhysicalProgress: null });

    expect(s.budgetByYear.slice(0, 3)).toEqual([
      { year: Y - 2, planned: 0, allocated: 100 * M, realised: 80 * M },
      { year: Y - 1, planned: 300 * M, allocated: 250 * M, realised: 160 * M },
      { year: Y, planned: 0, allocated: 0, realised: 0 },
    ]);
    expect(s.indicatorsByYear.slice(0, 3)).toEqual([
      {
        year: Y - 2,
        withTarget: 1,
        lights: { green: 1, yellow: 0, red: 0, none: 0 },
        meanAchievement: 90,
        verified: 1,
        entered: 0,
      },
      {
        year: Y - 1,
        withTarget: 2,
        lights: { green: 0, yellow: 1, red: 0, none: 1 },
        meanAchievement: 80,
        verified: 0,
        entered: 1,
      },
      {
        year: Y,
        withTarget: 0,
        lights: { green: 0, yellow: 0, red: 0, none: 0 },
        meanAchievement: null,
        verified: 0,
        entered: 0,
      },
    ]);
    expect(s.indicatorsByDimension).toEqual(
      expect.arrayContaining([
        { dimensionCode: "governance", lights: { green: 0, yellow: 0, red: 0, none: 1 }, meanAchievement: null },
        { dimensionCode: "living", lights: { green: 0, yellow: 1, red: 0, none: 0 }, meanAchievement: 80 },
      ]),
    );
    expect(s.quickWins.counts).toEqual({ not_started: 0, on_track: 0, delayed: 0, done: 1, cancelled: 0, no_data: 1 });
    expect(s.quickWins.items[0]).toMatchObject({ programCode: "P-01", status: "done", physicalProgress: 100 });

    // Program C has no entry for either passed year; D was cancelled, so nothing is owed after.
    expect(s.overdue.progress).toEqual({
      total: 2,
      items: [Y - 2, Y - 1].map((year) => ({
        programId: expect.any(Number),
        programCode: "P-03",
        programName: "Puskesmas Digital",
        ownerOpdId: expect.any(Number),
        year,
      })),
    });
    expect(s.overdue.realisations).toMatchObject({
      total: 1,
      items: [{ programCode: "P-01", indicatorCode: "EC: ICT: ICT: 1C", year: Y - 1 }],
    });
  });

  it("tells who may import and verify: the coordinator both, an OPD contributor import, the mentor neither", async () => {
    const app = t.app();
    const opdId = (await makeOpd(app, BANJAR, "Dishub")).id;
    const contributor = (await actorWith(app, { role: "opd_contributor", regionCode: BANJAR, opdId })).cookie;
    const mentor = (await actorWith(app, { role: "mentor", regionCode: BANJAR })).cookie;
    const can = async (cookie: string) =>
      (await get(`/api/masterplans/${planId}/monitoring/summary`, cookie)).json().can;
    expect(await can(coordinator)).toEqual({ import: true, verify: true });
    expect(await can(contributor)).toEqual({ import: true, verify: false });
    expect(await can(mentor)).toEqual({ import: false, verify: false });
  });

  it("is another region's plan: not found", async () => {
    expect((await get(`/api/masterplans/${planId}/monitoring/summary`, solok)).statusCode).toBe(404);
  });

  it("lists programs with their indicator series and the quick-win view", async () => {
    const ind = await get(`/api/masterplans/${planId}/monitoring/indicators?dimensionCode=living`, coordinator);
    expect(ind.statusCode, ind.body).toBe(200);
    expect(ind.json()).toMatchObject({
      total: 1,
      data: [{ program: { code: "P-03" }, indicators: [{ indicator: { code: "EC: P: EM: 1C" } }] }],
    });
    const point = ind.json().data[0].indicators[0].years.find((p: { year: number }) => p.year === Y - 1);
    expect(point).toMatchObject({ target: 5, realisation: 6, achievement: { value: 80, light: "yellow" } });
    const qw = await get(`/api/masterplans/${planId}/monitoring/quick-wins`, coordinator);
    expect(qw.json().data).toHaveLength(2);
    expect(qw.json().data[0]).toMatchObject({
      programCode: "P-01",
      progress: [{ year: Y - 1, status: "done" }],
      can: { update: true },
    });
  });
});
