import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { schemeKey } from "../../domain/evaluation/schemes";
import {
  bimtekStage,
  cohort,
  comment,
  evaluation,
  evaluationAnswer,
  evaluationResult,
  evaluationRound,
  masterplan,
  masterplanSection,
  mou,
  observation,
  programBudget,
  programProgress,
  quickWinProgress,
} from "../db/schema/index";
import { GMSC_EVALUATION_2022 } from "../db/seed/evaluation-schemes";
import { makeCohort, makeSelectedCandidate } from "../testing/cohort-factories";
import { makeOpd, makeUser } from "../testing/factories";
import { makeMasterplan } from "../testing/masterplan-factories";
import { linkIndicatorDirect, makeProgram, makeQuickWin, nationalIndicator } from "../testing/monitoring-factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";
const SOLOK = "13.72";
const M = 1_000_000;

// Everything that must never reach the public page, each a string that cannot occur by chance.
const SECRET = {
  draftTitle: "Draf Rahasia Kota Solok",
  revisionTitle: "Revisi Draf Banjar Belum Ditetapkan",
  enteredValue: "77777.5",
  returnedValue: "88888.5",
  returnedNote: "Catatan pengembalian rahasia QX",
  selfAssessment: "Narasi penilaian mandiri rahasia NX",
  unpublishedRound: "Putaran Evaluasi Rahasia RX",
  unpublishedCohort: "Angkatan Belum Diumumkan CX",
  commentBody: "Komentar mentor rahasia KX",
  userEmail: "siti.rahasia@contoh.go.id",
  userName: "Siti Rahasia Pengguna",
  progressNote: "Catatan progres internal PX",
};

let planId: number;

beforeAll(async () => {
  const app = t.app();
  const db = app.database.db;
  const person = await makeUser(
    app,
    { role: "region_coordinator", regionCode: BANJAR },
    { email: SECRET.userEmail, name: SECRET.userName },
  );
  const kominfo = (await makeOpd(app, BANJAR, "Diskominfo")).id;

  // Participation: one published selection (MoU, two stages closed), one not yet announced.
  const co = await makeCohort(app, { year: 2024 });
  const cand = await makeSelectedCandidate(app, { cohortId: co.id, regionCode: BANJAR });
  await db.insert(mou).values({ candidateId: cand.id, signedOn: "2024-03-05", regionSignatoryName: "Wali Kota" });
  const stages = await db.select().from(bimtekStage).where(eq(bimtekStage.candidateId, cand.id));
  for (const s of stages.filter((s) => s.number <= 2))
    await db
      .update(bimtekStage)
      .set({ closedAt: new Date("2024-06-01T00:00:00Z") })
      .where(eq(bimtekStage.id, s.id));
  const hidden = await makeCohort(app, { year: 2026 });
  await db
    .update(cohort)
    .set({ name: SECRET.unpublishedCohort, selectionPublishedAt: null })
    .where(eq(cohort.id, hidden.id));
  await makeSelectedCandidate(app, { cohortId: hidden.id, regionCode: BANJAR, activate: false });

  // The enacted plan with content, progress, budgets, indicators; a draft revision of it.
  const plan = await makeMasterplan(app, BANJAR, { status: "enacted" });
  planId = plan.id;
  await db
    .update(masterplan)
    .set({ title: "Masterplan Smart City Kota Banjar 2024–2033", perkadaNumber: "45/2024", perkadaDate: "2024-09-10" })
    .where(eq(masterplan.id, plan.id));
  await db.insert(masterplanSection).values({
    masterplanId: plan.id,
    key: "vision",
    content: { vision: "Banjar kota cerdas yang melayani", missions: [{ text: "Layanan publik digital" }], goals: [] },
  });
  const revision = await makeMasterplan(app, BANJAR, { status: "draft" });
  await db
    .update(masterplan)
    .set({ title: SECRET.revisionTitle, previousId: plan.id })
    .where(eq(masterplan.id, revision.id));

  const a = await makeProgram(app, plan.id, kominfo, { startYear: 2024, endYear: 2027 });
  const b = await makeProgram(app, plan.id, kominfo, { name: "Satu Data Banjar", startYear: 2024, endYear: 2026 });
  await db.insert(programBudget).values([
    { programId: a.id, year: 2024, source: "APBD", amount: 300 * M },
    { programId: a.id, year: 2025, source: "APBN", amount: 200 * M },
  ]);
  await db.insert(programProgress).values([
    {
      programId: a.id,
      year: 2024,
      status: "on_track",
      physicalProgress: 40,
      budgetAllocated: 100 * M,
      budgetRealised: 90 * M,
    },
    {
      programId: a.id,
      year: 2025,
      status: "on_track",
      physicalProgress: 70,
      budgetAllocated: 200 * M,
      budgetRealised: 150 * M,
      note: SECRET.progressNote,
      enteredBy: person.id,
    },
    {
      programId: b.id,
      year: 2025,
      status: "delayed",
      physicalProgress: 30,
      budgetAllocated: 50 * M,
      budgetRealised: 10 * M,
    },
  ]);
  const qw = await makeQuickWin(app, plan.id, a.id, kominfo);
  await db.insert(quickWinProgress).values({ quickWinId: qw.id, year: 2025, status: "done", physicalProgress: 100 });

  const internet = await nationalIndicator(app, "EC: ICT: ICT: 1C");
  const link = await linkIndicatorDirect(app, a.id, internet.id, { 2024: 60, 2025: 70, 2026: 80 });
  await db.insert(observation).values([
    { programIndicatorId: link.id, year: 2024, value: 54, status: "verified", reviewedBy: person.id },
    { programIndicatorId: link.id, year: 2025, value: Number(SECRET.enteredValue), enteredBy: person.id },
    {
      programIndicatorId: link.id,
      year: 2026,
      value: Number(SECRET.returnedValue),
      status: "returned",
      reviewNote: SECRET.returnedNote,
    },
  ]);
  await db.insert(comment).values({
    masterplanId: plan.id,
    targetType: "masterplan",
    targetId: String(plan.id),
    authorId: person.id,
    body: SECRET.commentBody,
  });

  // Evaluation: a published round with a result, an unpublished one (with a result row already).
  const round = async (name: string, status: "published" | "scoring", tahap: "I" | "II") => {
    const [r] = await db
      .insert(evaluationRound)
      .values({
        year: 2025,
        tahap,
        name,
        schemeKey: schemeKey(GMSC_EVALUATION_2022),
        scheme: GMSC_EVALUATION_2022,
        status,
        publishedAt: status === "published" ? new Date("2025-07-01T00:00:00Z") : null,
      })
      .returning();
    if (!r) throw new Error("round insert failed");
    const [ev] = await db.insert(evaluation).values({ roundId: r.id, regionCode: BANJAR }).returning();
    if (!ev) throw new Error("evaluation insert failed");
    await db
      .insert(evaluationAnswer)
      .values({ evaluationId: ev.id, itemCode: "B1", narrative: SECRET.selfAssessment, updatedBy: person.id });
    return { round: r, evaluation: ev };
  };
  const pub = await round("Evaluasi GMSC 2025 Tahap I", "published", "I");
  const unpub = await round(SECRET.unpublishedRound, "scoring", "II");
  const result = (e: typeof pub, index: number, rank: number) => ({
    evaluationId: e.evaluation.id,
    roundId: e.round.id,
    regionCode: BANJAR,
    provinceCode: "32",
    index,
    results: {},
    dimensions: {},
    items: {},
    assessors: 2,
    improvement: 0.25,
    nationalRank: rank,
  });
  await db.insert(evaluationResult).values([result(pub, 3.1, 2), result(unpub, 3.9, 1)]);

  // A second region with only a draft plan.
  const draft = await makeMasterplan(app, SOLOK, { status: "draft" });
  await db.update(masterplan).set({ title: SECRET.draftTitle }).where(eq(masterplan.id, draft.id));
}, 120_000);

const get = (url: string, headers: Record<string, string> = {}) => t.app().inject({ method: "GET", url, headers });

describe("GET /api/public/regions/{code}", () => {
  it("shows, without sign-in, the participation, the enacted plan, progress, verified indicators and the published result", async () => {
    const res = await get(`/api/public/regions/${BANJAR}`);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json().data;
    expect(d.region).toEqual({
      code: BANJAR,
      name: "Kota Banjar",
      displayName: "Kota Banjar",
      type: "kota",
      province: { code: "32", name: "Jawa Barat" },
    });
    expect(d.participation).toEqual([
      {
        cohortName: expect.stringMatching(/^GMSC 2024/),
        cohortYear: 2024,
        candidateStatus: "selected",
        mouDate: "2024-03-05",
        bimtekStageClosed: 2,
      },
    ]);
    const p = d.masterplan;
    expect(p).toMatchObject({
      id: planId,
      title: "Masterplan Smart City Kota Banjar 2024–2033",
      periodStart: 2024,
      periodEnd: 2033,
      perkadaNumber: "45/2024",
      perkadaDate: "2024-09-10",
      vision: "Banjar kota cerdas yang melayani",
      missions: ["Layanan publik digital"],
    });
    expect(p.dimensions).toHaveLength(6);
    expect(p.dimensions[0]).toMatchObject({
      code: "governance",
      programs: [
        { code: "P-01", ownerOpd: expect.any(String), startYear: 2024, endYear: 2027, budgetTotal: 500 * M },
        { code: "P-02", name: "Satu Data Banjar", budgetTotal: 0 },
      ],
    });
    expect(p.programBudgetRule).toMatch(/jumlah anggaran/);
    expect(p.quickWins).toEqual([
      expect.objectContaining({ programCode: "P-01", status: "done", physicalProgress: 100 }),
    ]);
    expect(p.progress.year).toBe(2025);
    expect(p.progress.rule).toMatch(/^% per dimensi = rata-rata progres fisik/);
    expect(p.progress.byDimension[0]).toEqual({
      dimensionCode: "governance",
      programs: 2,
      counts: { not_started: 0, on_track: 1, delayed: 1, done: 0, cancelled: 0, no_data: 0 },
      meanPhysicalProgress: 50,
    });
    expect(p.budget.byYear).toEqual([
      { year: 2024, allocated: 100 * M, realised: 90 * M },
      { year: 2025, allocated: 250 * M, realised: 160 * M },
    ]);
    // The latest verified value (2024), not the entered 2025 one nor the returned 2026 one.
    expect(p.indicators.items).toEqual([
      expect.objectContaining({
        programCode: "P-01",
        code: "EC: ICT: ICT: 1C",
        year: 2024,
        target: 60,
        realisation: 54,
        achievement: 90,
        light: "green",
      }),
    ]);
    expect(p.indicators.rule).toMatch(/terverifikasi/);
    expect(p.documents).toContainEqual({
      book: "buku-2",
      format: "pdf",
      href: `/api/masterplans/${planId}/documents/buku-2.pdf`,
    });
    expect(d.evaluation).toEqual({
      roundName: "Evaluasi GMSC 2025 Tahap I",
      year: 2025,
      tahap: "I",
      index: 3.1,
      nationalRank: 2,
      improvement: 0.25,
      rule: expect.stringMatching(/diumumkan/),
    });
  });

  it("never carries drafts, unverified or returned values, self-assessments, unpublished rounds, comments or people", async () => {
    for (const code of [BANJAR, SOLOK]) {
      const body = (await get(`/api/public/regions/${code}`)).body;
      for (const [what, secret] of Object.entries(SECRET)) expect(body, `${code}: ${what}`).not.toContain(secret);
      expect(body).not.toMatch(/@contoh\.go\.id/);
    }
  });

  it("gives the document links that anonymous visitors may follow", async () => {
    const res = await get(`/api/masterplans/${planId}/documents/ringkasan-eksekutif.docx`);
    expect(res.statusCode).toBe(200);
  });

  it("shows a region with only a draft plan as having no plan", async () => {
    const res = await get(`/api/public/regions/${SOLOK}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({ region: { name: "Kota Solok" }, masterplan: null, evaluation: null });
  });

  it("shows an enacted plan with nothing reported yet with empty roll-ups, not zeros", async () => {
    const bandung = "32.73";
    await makeMasterplan(t.app(), bandung, { status: "enacted" });
    const res = await get(`/api/public/regions/${bandung}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.masterplan).toMatchObject({
      vision: null,
      missions: [],
      quickWins: [],
      progress: { year: null },
      budget: { byYear: [] },
      indicators: { items: [] },
    });
    const byDim = res.json().data.masterplan.progress.byDimension;
    expect(byDim).toHaveLength(6);
    expect(byDim[0]).toMatchObject({ programs: 0, meanPhysicalProgress: null });
  });

  it("answers an unknown code with 404 and the error shape, not publicly cached", async () => {
    const res = await get("/api/public/regions/32.99");
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      error: { code: "region_not_found", message: expect.any(String), details: expect.anything() },
    });
    expect(res.headers["cache-control"] ?? "").not.toMatch(/public/);
  });

  it("is cacheable for a minute, readable from other sites, and answers 304 to a matching ETag", async () => {
    const res = await get(`/api/public/regions/${BANJAR}`, { origin: "https://data.example.org" });
    expect(res.headers["cache-control"]).toBe("public, max-age=60");
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get(`/api/public/regions/${BANJAR}`, { "if-none-match": etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    expect(again.headers.etag).toBe(etag);
    const other = await get(`/api/public/regions/${BANJAR}`, { "if-none-match": '"something-else"' });
    expect(other.statusCode).toBe(200);
  });

  it("is in the OpenAPI document", async () => {
    const doc = (await get("/api/openapi.json")).json();
    expect(doc.paths["/api/public/regions/{code}"].get.tags).toEqual(["Publik"]);
  });
});
