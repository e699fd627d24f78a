import { describe, expect, it } from "vitest";
import type { NotificationOut, TaskOut } from "../../domain/notifications";
import { jakartaToday } from "../../domain/reporting-calendar";
import { signIn } from "../testing/factories";
import { setupTestApp } from "../testing/test-app";
import { DEMO_ACCOUNTS } from "./accounts";
import { addDays } from "./evaluation-2025-ii";
import { FEEDBACK_LETTERS } from "./feedback-step";
import { RETURNED_REALISATION } from "./inbox-step";
import { DEMO_ADMIN, DEMO_PASSWORD, DEMO_PEOPLE, SELECTED_2024 } from "./people";
import { BANJAR_PERWALI, BANJAR_PERWALI_ENACTMENT, BANJAR_PLAN_TITLE } from "./run-masterplan";
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
    // Kota Banjar's plan is enacted: the funnel knows it from the masterplan module.
    expect(dashboard.funnel.find((f: { key: string }) => f.key === "masterplan_approved").count).toBe(1);
    expect(dashboard.funnel.find((f: { key: string }) => f.key === "perkada_enacted").count).toBe(1);
    const banjar = dashboard.rows.find((r: { regionCode: string }) => r.regionCode === "32.79");
    expect(banjar).toMatchObject({
      step: "perkada_enacted",
      mouSignedOn: "2024-03-05",
      stagesClosed: 4,
      pendingReview: 0,
    });
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
      perkadaHeadName: BANJAR_PERWALI_ENACTMENT.headName,
      perkadaSecretaryNip: BANJAR_PERWALI_ENACTMENT.secretaryNip,
      perkadaGazetteNumber: "45",
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
    // The stunting value in January 2026; the other is the inbox step's, checked below.
    expect(returned.total).toBe(2);

    const round = (await get("/api/evaluation-rounds?year=2025")).data.find((r: { tahap: string }) => r.tahap === "I");
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

  // Reads what the inbox step left, then does the work and sees each task go.
  it("leaves every demo account work in Perlu Tindakan and unread notifications, and a task goes once its work is done", async () => {
    const app = t.app();
    const cookies = new Map<string, string>();
    const as = async (email: string) => {
      const known = cookies.get(email);
      if (known) return known;
      const cookie = await signIn(app, email, DEMO_PASSWORD);
      cookies.set(email, cookie);
      return cookie;
    };
    const call = async (email: string, method: "GET" | "POST" | "PATCH" | "PUT", url: string, payload?: object) => {
      const res = await app.inject({
        method,
        url,
        headers: { cookie: await as(email) },
        ...(payload ? { payload } : {}),
      });
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
      return res.body ? res.json() : null;
    };
    const tasksOf = async (email: string) => (await call(email, "GET", "/api/me/tasks?pageSize=500")).data as TaskOut[];
    const kinds = (tasks: TaskOut[]) => {
      const out: Record<string, number> = {};
      for (const x of tasks) out[x.kind] = (out[x.kind] ?? 0) + 1;
      return out;
    };
    const unread = async (email: string) => {
      const res = await call(email, "GET", "/api/me/notifications?unread=true&pageSize=500");
      return res.data as NotificationOut[];
    };
    const today = jakartaToday();

    const everyone = [
      DEMO_ADMIN,
      ...DEMO_PEOPLE.assessors,
      ...DEMO_PEOPLE.mentors,
      ...DEMO_PEOPLE.coordinators,
      ...DEMO_PEOPLE.evaluationCoordinators,
      ...DEMO_PEOPLE.opdContributors,
    ].map((p) => p.email);
    for (const a of DEMO_ACCOUNTS) expect(everyone).toContain(a.email);
    for (const email of everyone) {
      expect((await tasksOf(email)).length, `tasks of ${email}`).toBeGreaterThan(0);
      expect((await unread(email)).length, `unread notifications of ${email}`).toBeGreaterThan(0);
    }

    // The printed accounts, one per role, each with exactly what the demo left for them.
    const [admin, banjar, solok, mentor, assessor, opd] = DEMO_ACCOUNTS.map((a) => a.email) as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    expect(kinds(await tasksOf(admin))).toEqual({ "stage.overdue": 9 });
    expect(kinds(await tasksOf(banjar))).toEqual({ "realisation.verify": 4, "feedback.moderate": 2 });
    expect(kinds(await tasksOf(solok))).toEqual({ "deliverable.complete": 3 });
    const [review] = await tasksOf(mentor);
    expect(await tasksOf(mentor)).toEqual([
      expect.objectContaining({ kind: "deliverable.review", regionCode: "13.72", regionName: "Kota Solok" }),
    ]);
    const scoring = await tasksOf(assessor);
    expect(kinds(scoring)).toEqual({ "evaluation.score": 7 });
    expect(scoring.every((x) => x.dueOn === addDays(today, 14) && !x.overdue)).toBe(true);
    const opdTasks = await tasksOf(opd);
    // Program reports depend on the year the demo is loaded in; the returned value does not.
    expect(Object.keys(kinds(opdTasks)).sort()).toEqual(["feedback.handle", "program.report", "realisation.fix"]);
    const fix = opdTasks.filter((x) => x.kind === "realisation.fix");
    expect(fix).toEqual([
      expect.objectContaining({
        note: RETURNED_REALISATION.note,
        title: expect.objectContaining({ id: expect.stringContaining("semester 1") }),
      }),
    ]);
    // Each of the other two mentors has one region's deliverable to review.
    for (const m of DEMO_PEOPLE.mentors.slice(1))
      expect(kinds(await tasksOf(m.email)), m.email).toEqual({ "deliverable.review": 1 });
    expect(kinds(await tasksOf(DEMO_PEOPLE.assessors[1].email))).toEqual({ "evaluation.score": 8 });

    // The news of the inbox step is unread at the top of each bell.
    const titles = async (email: string) => (await unread(email)).map((n) => `${n.kind} ${n.title}`);
    expect(await titles(admin)).toContainEqual(expect.stringMatching(/^invitation\.accepted /));
    expect(await titles(mentor)).toContainEqual(
      "deliverable.submitted Kota Solok: keluaran Tahap 1 diajukan — Rancangan visi, misi dan tujuan",
    );
    expect((await unread(opd)).find((n) => n.kind === "realisation.returned")).toMatchObject({
      body: RETURNED_REALISATION.note,
    });
    expect((await unread(opd))[0]).toMatchObject({ kind: "feedback.forwarded" });
    expect(await titles(banjar)).toContainEqual(
      expect.stringMatching(/^feedback\.received Kota Banjar: masukan warga baru/),
    );

    // Kota Banjar's public page shows the published feedback with the region's replies, never the rejected one.
    const published = (
      await app.inject({ method: "GET", url: "/api/public/regions/32.79/feedback?pageSize=50" })
    ).json();
    expect(published.counts).toMatchObject({ published: 3, replied: 2 });
    const rejected = FEEDBACK_LETTERS.find((l) => !l.fate.publish && l.fate.reject);
    expect(JSON.stringify(published)).not.toContain(rejected?.body);

    // Open data: Kota Banjar's four datasets and the three national ones are published.
    const datasets = (await app.inject({ method: "GET", url: "/api/public/datasets?rows=50" })).json();
    expect(datasets.meta.total).toBe(7);
    expect(datasets.facets.publisher.map((p: { name: string }) => p.name).sort()).toEqual(["32.79", "kementerian"]);
    expect((await unread(assessor))[0]).toMatchObject({
      kind: "evaluation.phase_opened",
      title: "Penilaian evaluasi dibuka: Evaluasi GMSC 2025 Tahap II",
      body: `Batas akhir ${addDays(today, 14).split("-").reverse().join("-")}`,
    });
    expect(await titles(banjar)).toContain(
      "evaluation.phase_opened Evaluasi mandiri dibuka: Evaluasi GMSC 2025 Tahap II",
    );
    // Kota Banjar's plan was news for its own mentor only, not for the mentors of other regions.
    expect((await unread(DEMO_PEOPLE.mentors[1].email)).map((n) => n.kind)).toEqual(["deliverable.submitted"]);

    const [round] = (await call(admin, "GET", "/api/evaluation-rounds?year=2025")).data.filter(
      (r: { tahap: string }) => r.tahap === "II",
    );
    expect(round).toMatchObject({
      name: "Evaluasi GMSC 2025 Tahap II",
      status: "scoring",
      selfAssessmentEndsOn: addDays(today, -8),
      scoringEndsOn: addDays(today, 14),
      counts: { participants: 10, assessors: 2 },
    });

    // The mentor approves Kota Solok's deliverable: the review is gone, the coordinator is told.
    await call(mentor, "POST", `/api/deliverables/${review?.object.id}/actions`, { action: "approve" });
    expect(await tasksOf(mentor)).toEqual([]);
    expect((await unread(solok))[0]).toMatchObject({
      kind: "deliverable.approved",
      title: "Kota Solok: keluaran Tahap 1 disetujui — Rancangan visi, misi dan tujuan",
    });
    expect(kinds(await tasksOf(solok))).toEqual({ "deliverable.complete": 3 });

    // The coordinator verifies one entered value: one verification fewer.
    const verify = (await tasksOf(banjar)).filter((x) => x.kind === "realisation.verify");
    const first = verify[0] as TaskOut;
    const value = (await call(banjar, "GET", `/api/realisations/${first.object.id}`)).data;
    await call(banjar, "POST", `/api/realisations/${first.object.id}/verify`, { version: value.version });
    const left = (await tasksOf(banjar)).filter((x) => x.kind === "realisation.verify").map((x) => x.object.id);
    expect(left).toHaveLength(3);
    expect(left).not.toContain(first.object.id);

    // The OPD corrects the returned value: its fix is gone and it waits for the coordinator again.
    const returnedId = fix[0]?.object.id;
    const returned = (await call(opd, "GET", `/api/realisations/${returnedId}`)).data;
    expect(returned).toMatchObject({ status: "returned", value: 86, reviewNote: RETURNED_REALISATION.note });
    await call(opd, "PATCH", `/api/realisations/${returnedId}`, {
      value: 84,
      note: "Dua layanan nonperizinan belum dapat dilacak daring; tidak dihitung.",
      version: returned.version,
    });
    expect((await tasksOf(opd)).filter((x) => x.kind === "realisation.fix")).toEqual([]);
    const again = await tasksOf(banjar);
    expect(kinds(again)).toEqual({ "realisation.verify": 4, "feedback.moderate": 2 });
    expect(again.map((x) => x.object.id)).toContain(returnedId);

    // The coordinator publishes a waiting feedback, the OPD closes the one forwarded to it: both leave the lists.
    const moderate = again.find((x) => x.kind === "feedback.moderate") as TaskOut;
    const queue = (await call(banjar, "GET", "/api/regions/32.79/feedback?status=pending")).data;
    const waiting = queue.find((f: { id: number }) => String(f.id) === moderate.object.id);
    await call(banjar, "POST", `/api/feedback/${waiting.id}/publish`, { version: waiting.version });
    expect(kinds(await tasksOf(banjar))).toEqual({ "realisation.verify": 4, "feedback.moderate": 1 });
    const handle = (await tasksOf(opd)).find((x) => x.kind === "feedback.handle") as TaskOut;
    const forwarded = (await call(opd, "GET", "/api/regions/32.79/feedback")).data[0];
    expect(String(forwarded.id)).toBe(handle.object.id);
    await call(opd, "POST", `/api/feedback/${forwarded.id}/mark-handled`, { version: forwarded.version });
    expect((await tasksOf(opd)).filter((x) => x.kind === "feedback.handle")).toEqual([]);

    // The assessor scores the rest of Kota Banjar's items: that sheet leaves the list.
    const banjarSheet = scoring.find((x) => x.regionCode === "32.79") as TaskOut;
    expect(banjarSheet.title.id).toBe("Nilai evaluasi (10 dari 30 butir): Evaluasi GMSC 2025 Tahap II");
    const detail = (await call(admin, "GET", `/api/evaluation-rounds/${round.id}`)).data;
    await call(assessor, "PUT", `/api/evaluations/${banjarSheet.object.id}/scores`, {
      scores: detail.scheme.items.slice(10).map((item: { code: string }) => ({ itemCode: item.code, score: 4 })),
    });
    const after = await tasksOf(assessor);
    expect(kinds(after)).toEqual({ "evaluation.score": 6 });
    expect(after.map((x) => x.object.id)).not.toContain(banjarSheet.object.id);

    // What the people did since counts as the step's work being there: a new run adds nothing.
    expect(await seedDemo(app, () => {})).toEqual({ skipped: true });
  }, 120_000);
});
