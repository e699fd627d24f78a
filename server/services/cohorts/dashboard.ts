import { and, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import {
  currentStep,
  type DashboardQuery,
  funnel,
  funnelsByKind,
  type ParticipantKind,
  participantKind,
  type RegionProgress,
} from "../../../domain/cohort-dashboard";
import { displayRegionName } from "../../../domain/regions";
import type { Db } from "../../db/client";
import {
  bimtekStage,
  candidate,
  deliverable,
  masterplan,
  membership,
  mou,
  region,
  stageTemplate,
  user,
} from "../../db/schema/index";
import type { CohortRow } from "./load";

const province = alias(region, "province");

export type DashboardFilter = DashboardQuery & { today?: string };

/**
 * The cohort at a glance: a funnel per kind of participant (kab/kota, and provinces when the
 * cohort has any) and one row per region with its current step, mentors and overdue items.
 * Province and kind filters narrow the funnels as well as the rows; the step filter narrows the
 * rows only, since a funnel of the regions standing at one step would only repeat that step.
 * A handful of set-based queries, whatever the cohort's size.
 */
export async function cohortDashboard(db: Db, c: CohortRow, f: DashboardFilter = {}) {
  const today = f.today ?? new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const [candidates, templates] = await Promise.all([
    db
      .select({
        id: candidate.id,
        regionCode: candidate.regionCode,
        status: candidate.status,
        regionName: region.name,
        regionType: region.type,
        provinceCode: region.provinceCode,
        provinceName: province.name,
        mouSignedOn: mou.signedOn,
        assessors: sql<number>`(select count(distinct assessor_id)::int from assessment_score s where s.candidate_id = ${candidate.id})`,
      })
      .from(candidate)
      .innerJoin(region, eq(region.code, candidate.regionCode))
      .innerJoin(province, eq(province.code, region.provinceCode))
      .leftJoin(mou, eq(mou.candidateId, candidate.id))
      .where(eq(candidate.cohortId, c.id))
      .orderBy(candidate.regionCode),
    db
      .select({ number: stageTemplate.number })
      .from(stageTemplate)
      .where(eq(stageTemplate.frameworkId, c.frameworkId))
      .orderBy(stageTemplate.number),
  ]);
  const ids = candidates.map((x) => x.id);
  const codes = candidates.map((x) => x.regionCode);
  const [stages, pendingReview, mentors, plans] = ids.length
    ? await Promise.all([
        db
          .select({
            candidateId: bimtekStage.candidateId,
            number: bimtekStage.number,
            closedAt: bimtekStage.closedAt,
            plannedEnd: bimtekStage.plannedEnd,
          })
          .from(bimtekStage)
          .where(inArray(bimtekStage.candidateId, ids)),
        db
          .select({ candidateId: bimtekStage.candidateId, n: sql<number>`count(*)::int` })
          .from(deliverable)
          .innerJoin(bimtekStage, eq(bimtekStage.id, deliverable.stageId))
          .where(and(inArray(bimtekStage.candidateId, ids), eq(deliverable.status, "submitted")))
          .groupBy(bimtekStage.candidateId),
        db
          .select({ regionCode: membership.regionCode, name: user.name })
          .from(membership)
          .innerJoin(user, eq(user.id, membership.userId))
          .where(and(eq(membership.role, "mentor"), inArray(membership.regionCode, codes), eq(user.active, true))),
        // The furthest any of the region's plans has come (a revision in draft keeps the enacted one).
        db
          .select({
            regionCode: masterplan.regionCode,
            enacted: sql<boolean>`bool_or(${masterplan.status} = 'enacted')`,
            approved: sql<boolean>`bool_or(${masterplan.status} = 'approved')`,
          })
          .from(masterplan)
          .where(inArray(masterplan.regionCode, codes))
          .groupBy(masterplan.regionCode),
      ])
    : [[], [], [], []];

  const rows = candidates.map((x) => {
    const own = stages.filter((s) => s.candidateId === x.id).sort((a, b) => a.number - b.number);
    const progress: RegionProgress = {
      status: x.status,
      assessed: x.assessors > 0 || ["assessed", "selected", "not_selected"].includes(x.status),
      mouSigned: x.mouSignedOn !== null,
      stages: own.map((s) => ({ number: s.number, closed: s.closedAt !== null })),
      plan: planStage(plans.find((pl) => pl.regionCode === x.regionCode)),
    };
    const overdue = own
      .filter((s) => !s.closedAt && s.plannedEnd && s.plannedEnd < today)
      .map((s) => `bimtek:${s.number}`);
    return {
      candidateId: x.id,
      regionCode: x.regionCode,
      regionName: displayRegionName({ name: x.regionName, type: x.regionType }),
      regionType: x.regionType,
      provinceCode: x.provinceCode,
      provinceName: x.provinceName,
      status: x.status,
      step: currentStep(progress),
      mouSignedOn: x.mouSignedOn,
      stagesClosed: progress.stages.filter((s) => s.closed).length,
      mentors: mentors.filter((m) => m.regionCode === x.regionCode).map((m) => m.name),
      overdue,
      pendingReview: pendingReview.find((p) => p.candidateId === x.id)?.n ?? 0,
      progress,
    };
  });
  const stageNumbers = templates.map((t) => t.number);
  // A province's own provinceCode is its code, so the province filter keeps the province too.
  const inScope = rows.filter(
    (r) => (!f.province || r.provinceCode === f.province) && (!f.kind || participantKind(r.regionType) === f.kind),
  );
  const present = new Set<ParticipantKind>(["kabkota", ...rows.map((r) => participantKind(r.regionType))]);
  const kinds = [...present].filter((k) => !f.kind || k === f.kind);
  const progress = inScope.map((r) => ({ ...r.progress, regionType: r.regionType }));
  return {
    funnel: funnel(progress, stageNumbers),
    funnels: funnelsByKind(progress, stageNumbers, kinds),
    stageCount: stageNumbers.length,
    rows: inScope.filter((r) => !f.step || r.step === f.step).map(({ progress: _p, ...r }) => r),
  };
}

export type CohortDashboard = Awaited<ReturnType<typeof cohortDashboard>>;

/** Where a region's plans stand, from the aggregate of its plans (none when it has no plan). */
function planStage(p: { enacted: boolean; approved: boolean } | undefined): RegionProgress["plan"] {
  if (!p) return "none";
  if (p.enacted) return "enacted";
  return p.approved ? "approved" : "drafted";
}
