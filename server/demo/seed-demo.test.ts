import { describe, expect, it } from "vitest";
import { signIn } from "../testing/factories";
import { setupTestApp } from "../testing/test-app";
import { DEMO_ADMIN, DEMO_PASSWORD, DEMO_PEOPLE, SELECTED_2024 } from "./people";
import { BANJAR_PERWALI, BANJAR_PLAN_TITLE } from "./run-masterplan";
import { seedDemo } from "./seed-demo";

const t = setupTestApp();

type Plan = { id: number; title: string; status: string; perkadaNumber: string | null; perkadaFileId: string | null };

describe("kotacerdas seed --demo", () => {
  it("runs the 2024 cohort through the platform: ten regions selected, MoU on 5 March 2024, Kota Banjar's Bimtek complete, its masterplan enacted, and a second run adds nothing", async () => {
    const app = t.app();
    // The cohort alone first (as a demo loaded before the masterplan existed), then the rest.
    expect(await seedDemo(app, () => {}, { steps: [] })).toEqual({ skipped: false });
    expect(await seedDemo(app, () => {})).toEqual({ skipped: false });
    const cookie = await signIn(app, DEMO_ADMIN.email, DEMO_PASSWORD);
    const get = async (url: string, as = cookie) => (await app.inject({ url, headers: { cookie: as } })).json();

    const [cohort] = (await get("/api/cohorts")).data;
    expect(cohort).toMatchObject({
      year: 2024,
      quota: 10,
      status: "mentoring",
      counts: { candidates: 16, selected: 10 },
    });
    const candidates = (await get(`/api/cohorts/${cohort.id}/candidates`)).data as Array<{
      regionCode: string;
      status: string;
      id: number;
    }>;
    expect(
      candidates
        .filter((c) => c.status === "selected")
        .map((c) => c.regionCode)
        .sort(),
    ).toEqual([...SELECTED_2024].sort());

    const dashboard = (await get(`/api/cohorts/${cohort.id}/dashboard`)).data;
    expect(dashboard.funnel.find((f: { key: string }) => f.key === "mou_signed").count).toBe(10);
    expect(dashboard.funnel.find((f: { key: string }) => f.key === "bimtek:4").count).toBe(1);
    const banjar = dashboard.rows.find((r: { regionCode: string }) => r.regionCode === "32.79");
    expect(banjar).toMatchObject({ step: "bimtek_done", mouSignedOn: "2024-03-05", stagesClosed: 4, pendingReview: 0 });
    expect(banjar.mentors).toEqual(["Ir. Agus Prasetyo, M.T."]);

    const banjarId = candidates.find((c) => c.regionCode === "32.79")?.id;
    const mou = (await get(`/api/candidates/${banjarId}/mou`)).data;
    expect(mou).toMatchObject({ signedOn: "2024-03-05", mode: "virtual", complete: true });
    const stages = (await get(`/api/candidates/${banjarId}/stages`)).data;
    expect(stages.map((s: { closedAt: string }) => s.closedAt.slice(0, 10))).toEqual([
      "2024-04-30",
      "2024-06-04",
      "2024-07-09",
      "2024-08-13",
    ]);

    // Kota Banjar's plan, as its coordinator sees it.
    const coordinator = await signIn(app, DEMO_PEOPLE.coordinators[0].email, DEMO_PASSWORD);
    const plans = (await get("/api/regions/32.79/masterplans", coordinator)).data as Plan[];
    expect(plans).toHaveLength(1);
    const plan = plans[0] as Plan;
    expect(plan).toMatchObject({
      title: BANJAR_PLAN_TITLE,
      periodStart: 2024,
      periodEnd: 2033,
      status: "enacted",
      perkadaNumber: BANJAR_PERWALI.number,
      perkadaDate: "2024-12-16",
      createdAt: expect.stringMatching(/^2024-04-24/),
    });
    const pdf = await app.inject({ url: `/api/files/${plan.perkadaFileId}`, headers: { cookie: coordinator } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect((await get(`/api/masterplans/${plan.id}/completeness`, coordinator)).data).toMatchObject({ ok: true });

    const programs = await get(`/api/masterplans/${plan.id}/programs?pageSize=100`, coordinator);
    expect(programs.total).toBeGreaterThanOrEqual(24);
    expect(programs.total).toBeLessThanOrEqual(30);
    type P = { dimensionCode: string; elementCode: string; term: string; ownerOpdId: number; budgets: unknown[] };
    const rows = programs.data as P[];
    expect(new Set(rows.map((p) => p.dimensionCode))).toEqual(
      new Set(["governance", "branding", "economy", "living", "society", "environment"]),
    );
    expect(new Set(rows.map((p) => p.elementCode)).size).toBe(18);
    expect(new Set(rows.map((p) => p.term))).toEqual(new Set(["short", "medium", "long"]));
    expect(rows.every((p) => p.ownerOpdId > 0 && p.budgets.length > 0)).toBe(true);
    const profile = (await get(`/api/masterplans/${plan.id}/sections/profile`, coordinator)).data;
    expect(profile.content.figures).toContainEqual(
      expect.objectContaining({ label: "Jumlah penduduk", source: "BPS Kota Banjar, Kota Banjar Dalam Angka 2024" }),
    );
    expect((await get(`/api/masterplans/${plan.id}/quick-wins`, coordinator)).data).toHaveLength(5);
    const bodies = (await get(`/api/masterplans/${plan.id}/governance-bodies`, coordinator)).data;
    expect(bodies.map((b: { kind: string }) => b.kind)).toEqual(["dewan", "tim_pelaksana", "forum"]);
    expect(bodies.every((b: { decreeNumber: string | null }) => b.decreeNumber)).toBe(true);
    const threads = (await get(`/api/masterplans/${plan.id}/comments`, coordinator)).data as Array<{
      resolvedAt: string | null;
      createdAt: string;
      replies: unknown[];
    }>;
    expect(threads.filter((c) => c.resolvedAt).length).toBeGreaterThanOrEqual(4);
    expect(threads.filter((c) => !c.resolvedAt).length).toBeGreaterThanOrEqual(1);
    expect(threads.every((c) => c.createdAt.startsWith("2024-"))).toBe(true);

    // Kota Solok has only started: a draft that does not pass the checklist yet.
    const solok = (await get("/api/regions/13.72/masterplans")).data as Plan[];
    expect(solok.map((p) => p.status)).toEqual(["draft"]);
    expect((await get(`/api/masterplans/${solok[0]?.id}/completeness`)).data.ok).toBe(false);

    const audit = await get("/api/audit-events?pageSize=1");
    expect(audit.total).toBeGreaterThan(300);
    expect(await seedDemo(app, () => {})).toEqual({ skipped: true });
    expect((await get("/api/regions/32.79/masterplans", coordinator)).data).toHaveLength(1);
  }, 180_000);

  // Reads what the run above loaded after the plan: monitoring of 2024–2026 and the evaluations.
  it("shows Kota Banjar's 2025 monitoring (verified values, progress, quick wins) and its rank in the published Evaluasi GMSC 2025 Tahap I", async () => {
    const app = t.app();
    const coordinator = await signIn(app, DEMO_PEOPLE.coordinators[0].email, DEMO_PASSWORD);
    const get = async (url: string) => (await app.inject({ url, headers: { cookie: coordinator } })).json();
    const [plan] = (await get("/api/regions/32.79/masterplans")).data as Plan[];

    const summary = (await get(`/api/masterplans/${plan?.id}/monitoring/summary?year=2025`)).data;
    const y2025 = summary.indicatorsByYear.find((y: { year: number }) => y.year === 2025);
    expect(y2025).toMatchObject({ verified: 16, entered: 2 });
    expect(y2025.lights.green).toBeGreaterThan(y2025.lights.yellow + y2025.lights.red);
    expect(y2025.meanAchievement).toBeGreaterThan(90);
    const counts = (k: string) =>
      summary.progressByDimension.reduce(
        (n: number, d: { counts: Record<string, number> }) => n + (d.counts[k] ?? 0),
        0,
      );
    expect([counts("on_track"), counts("delayed"), counts("not_started"), counts("done"), counts("no_data")]).toEqual([
      21, 2, 1, 1, 0,
    ]);
    const budget = summary.budgetByYear.find((b: { year: number }) => b.year === 2025);
    expect(budget.allocated).toBeGreaterThan(0.8 * budget.planned);
    expect(budget.realised).toBeLessThan(budget.allocated);
    expect(summary.quickWins.counts).toMatchObject({ done: 4, delayed: 1 });
    expect(summary.overdue.realisations.items).toContainEqual(
      expect.objectContaining({ indicatorCode: "EC: ICT: ICT: 1C", year: 2025 }),
    );

    // The stunting value was returned once and corrected before it was verified, with its evidence.
    type Value = {
      status: string;
      value: number;
      reviewedAt: string;
      evidence: unknown[];
      indicator: { code: string };
    };
    const verified = (await get(`/api/masterplans/${plan?.id}/realisations?status=verified&year=2025`)).data as Value[];
    const stunting = verified.find((r) => r.indicator.code === "BJR-03");
    expect(stunting).toMatchObject({ value: 16.3, evidence: [expect.anything()] });
    expect(stunting?.reviewedAt).toMatch(/^2026-01-22/);
    const returned = await (
      await app.inject({
        url: "/api/audit-events?action=realisation.returned",
        headers: { cookie: await signIn(app, DEMO_ADMIN.email, DEMO_PASSWORD) },
      })
    ).json();
    expect(returned.total).toBe(1);

    const [round] = (await get("/api/evaluation-rounds?year=2025")).data;
    expect(round).toMatchObject({
      name: "Evaluasi GMSC 2025 Tahap I",
      schemeKey: "gmsc-evaluasi@2022",
      status: "published",
      resultLetterDate: "2025-06-30",
      publishedAt: expect.stringMatching(/^2025-06-30/),
      counts: { participants: 10, assessors: 2 },
    });
    const table = (await get(`/api/evaluation-results?roundId=${round.id}`)).data as Array<Record<string, unknown>>;
    expect(table).toHaveLength(10);
    const banjar = table.find((r) => r.regionCode === "32.79");
    expect(banjar).toMatchObject({ nationalRank: 2, provincialRank: 1, assessors: 2 });
    expect(banjar?.index).toBeGreaterThan(3);
    expect(banjar?.improvement).toBeGreaterThan(0);
    const result = (await get(`/api/evaluations/${banjar?.evaluationId}/result`)).data;
    expect(result).toMatchObject({ nationalRank: 2, resultLetterNumber: round.resultLetterNumber });
  }, 60_000);
});
