import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { MapRegion } from "../../domain/public-map";
import {
  bimtekStage,
  candidate,
  cohort,
  evaluation,
  evaluationResult,
  evaluationRound,
  mou,
  quickWinProgress,
} from "../db/schema/index";
import { makeCohort, makeSelectedCandidate } from "../testing/cohort-factories";
import { makeMasterplan } from "../testing/masterplan-factories";
import { makeProgram, makeQuickWin, THIS_YEAR } from "../testing/monitoring-factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();

async function mapOf(): Promise<Map<string, MapRegion>> {
  const res = await t.app().inject({ method: "GET", url: "/api/public/map" });
  expect(res.statusCode).toBe(200);
  return new Map((res.json().data as MapRegion[]).map((r) => [r.code, r]));
}

async function closeStages(candidateId: number, upTo: number) {
  const db = t.app().database.db;
  for (let n = 1; n <= upTo; n++) {
    await db
      .update(bimtekStage)
      .set({ closedAt: new Date("2024-06-01T00:00:00Z") })
      .where(and(eq(bimtekStage.candidateId, candidateId), eq(bimtekStage.number, n)));
  }
}

async function publishIndex(
  regionCode: string,
  opts: { year: number; tahap: "I" | "II"; status: string; index: number },
) {
  const db = t.app().database.db;
  const [round] = await db
    .insert(evaluationRound)
    .values({
      year: opts.year,
      tahap: opts.tahap,
      name: `Evaluasi ${opts.year} Tahap ${opts.tahap}`,
      schemeKey: "uji",
      scheme: {} as never,
      status: opts.status as "published",
    })
    .onConflictDoNothing()
    .returning();
  const roundId =
    round?.id ??
    (
      await db
        .select()
        .from(evaluationRound)
        .where(and(eq(evaluationRound.year, opts.year), eq(evaluationRound.tahap, opts.tahap)))
    )[0]?.id;
  if (!roundId) throw new Error("round");
  const [ev] = await db.insert(evaluation).values({ roundId, regionCode }).returning();
  if (!ev) throw new Error("evaluation");
  await db.insert(evaluationResult).values({
    evaluationId: ev.id,
    roundId,
    regionCode,
    provinceCode: regionCode.slice(0, 2),
    index: opts.index,
    results: {},
    dimensions: {},
    items: {},
    assessors: 2,
  });
}

describe("GET /api/public/map", () => {
  it("gives every province and kab/kota, not in the program by default, without signing in", async () => {
    const map = await mapOf();
    expect(map.size).toBe(552);
    expect(map.get("32.79")).toEqual({
      code: "32.79",
      name: "Kota Banjar",
      type: "kota",
      provinceCode: "32",
      status: "not_in_program",
      cohortYear: null,
      index: null,
      indexYear: null,
    });
    expect(map.get("32")?.type).toBe("provinsi");
  });

  it("takes the furthest status across cohorts, from published selections, MoUs, closed stages and plans", async () => {
    const db = t.app().database.db;
    const c2023 = await makeCohort(t.app(), { year: 2023 });
    const c2025 = await makeCohort(t.app(), { year: 2025, status: "assessment" });
    // 11.01: selected in 2023 with two stages closed, invited again in 2025.
    const a = await makeSelectedCandidate(t.app(), { cohortId: c2023.id, regionCode: "11.01" });
    await db.insert(mou).values({ candidateId: a.id, signedOn: "2024-03-01" });
    await closeStages(a.id, 2);
    await db.insert(candidate).values({ cohortId: c2025.id, regionCode: "11.01", status: "invited" });
    // 11.02: only a candidate; 11.03 selected; 11.04 MoU signed; 11.05 four stages.
    await db.insert(candidate).values({ cohortId: c2023.id, regionCode: "11.02", status: "not_selected" });
    await makeSelectedCandidate(t.app(), { cohortId: c2023.id, regionCode: "11.03" });
    const d = await makeSelectedCandidate(t.app(), { cohortId: c2023.id, regionCode: "11.04" });
    await db.insert(mou).values({ candidateId: d.id, signedOn: "2024-03-01" });
    const e = await makeSelectedCandidate(t.app(), { cohortId: c2023.id, regionCode: "11.05" });
    await closeStages(e.id, 4);
    // 11.06 approved plan; 11.07 enacted plan next to a newer draft revision.
    await makeMasterplan(t.app(), "11.06", { status: "approved" });
    await makeMasterplan(t.app(), "11.07", { status: "enacted" });
    await makeMasterplan(t.app(), "11.07", { status: "draft" });

    const map = await mapOf();
    expect(map.get("11.01")).toMatchObject({ status: "bimtek_2", cohortYear: 2023 });
    expect(map.get("11.02")).toMatchObject({ status: "candidate", cohortYear: 2023 });
    expect(map.get("11.03")?.status).toBe("selected");
    expect(map.get("11.04")?.status).toBe("mou_signed");
    expect(map.get("11.05")?.status).toBe("bimtek_4");
    expect(map.get("11.06")?.status).toBe("masterplan_approved");
    expect(map.get("11.07")?.status).toBe("perkada_enacted");
  });

  it("shows nothing of an unpublished selection, a draft or in-review plan", async () => {
    const db = t.app().database.db;
    const hidden = await makeCohort(t.app(), { year: 2026, status: "selection" });
    await db.update(cohort).set({ selectionPublishedAt: null }).where(eq(cohort.id, hidden.id));
    await db.insert(candidate).values({ cohortId: hidden.id, regionCode: "12.01", status: "selected" });
    await makeMasterplan(t.app(), "12.02", { status: "draft" });
    await makeMasterplan(t.app(), "12.03", { status: "in_review" });
    const map = await mapOf();
    for (const code of ["12.01", "12.02", "12.03"]) {
      expect(map.get(code)).toMatchObject({ status: "not_in_program", cohortYear: null });
    }
  });

  it("shows the latest published index only, never one of a round not yet published", async () => {
    await publishIndex("13.01", { year: 2024, tahap: "I", status: "published", index: 2.5 });
    await publishIndex("13.01", { year: 2024, tahap: "II", status: "published", index: 3.1 });
    await publishIndex("13.01", { year: 2025, tahap: "I", status: "scoring", index: 4.9 });
    await publishIndex("13.02", { year: 2025, tahap: "I", status: "scoring", index: 4.2 });
    const map = await mapOf();
    expect(map.get("13.01")).toMatchObject({ index: 3.1, indexYear: 2024 });
    expect(map.get("13.02")).toMatchObject({ index: null, indexYear: null });
  });

  it("is cacheable, revalidates with an ETag and is open to any origin", async () => {
    const res = await t
      .app()
      .inject({ method: "GET", url: "/api/public/map", headers: { origin: "https://a.example" } });
    expect(res.headers["cache-control"]).toBe("public, max-age=60");
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await t.app().inject({ method: "GET", url: "/api/public/map", headers: { "if-none-match": etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    expect(again.headers.etag).toBe(etag);
    const weak = await t.app().inject({
      method: "GET",
      url: "/api/public/map",
      headers: { "if-none-match": `"other", W/${etag}` },
    });
    expect(weak.statusCode).toBe(304);
    await makeMasterplan(t.app(), "14.01", { status: "enacted" });
    const changed = await t.app().inject({ method: "GET", url: "/api/public/map", headers: { "if-none-match": etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
  });

  it("is in the OpenAPI document", async () => {
    const doc = (await t.app().inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(doc.paths["/api/public/map"]?.get).toBeDefined();
    expect(doc.paths["/api/public/figures"]?.get).toBeDefined();
  });
});

describe("GET /api/public/figures", () => {
  it("counts regions selected, enacted plans, their programs and quick wins done in the latest year", async () => {
    const before = (await t.app().inject({ method: "GET", url: "/api/public/figures" })).json().data;
    const db = t.app().database.db;
    const co = await makeCohort(t.app(), { year: 2022 });
    await makeSelectedCandidate(t.app(), { cohortId: co.id, regionCode: "15.01", activate: false });
    const co2 = await makeCohort(t.app(), { year: 2023 });
    // The same region selected twice counts once.
    await makeSelectedCandidate(t.app(), { cohortId: co2.id, regionCode: "15.01", activate: false });
    const plan = await makeMasterplan(t.app(), "15.01", { status: "enacted" });
    const p1 = await makeProgram(t.app(), plan.id, null);
    await makeProgram(t.app(), plan.id, null);
    const draft = await makeMasterplan(t.app(), "15.02", { status: "draft" });
    await makeProgram(t.app(), draft.id, null);
    const q1 = await makeQuickWin(t.app(), plan.id, p1.id, null);
    const q2 = await makeQuickWin(t.app(), plan.id, p1.id, null);
    await db.insert(quickWinProgress).values([
      { quickWinId: q1.id, year: THIS_YEAR + 3, status: "done" },
      { quickWinId: q2.id, year: THIS_YEAR + 3, status: "on_track" },
      { quickWinId: q2.id, year: THIS_YEAR + 2, status: "done" },
    ]);
    const res = await t.app().inject({ method: "GET", url: "/api/public/figures" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("public, max-age=60");
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    expect(res.headers.etag).toEqual(expect.any(String));
    expect(res.json().data).toEqual({
      regionsInProgram: before.regionsInProgram + 1,
      plansEnacted: before.plansEnacted + 1,
      programsInEnactedPlans: before.programsInEnactedPlans + 2,
      quickWinsDone: 1,
      quickWinsYear: THIS_YEAR + 3,
    });
  });
});
