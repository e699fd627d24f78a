import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { achievement, lightOf, meanAchievement } from "../../../domain/achievement";
import type { DimensionDrill } from "../../../domain/evaluation/api";
import type { Db } from "../../db/client";
import {
  indicator,
  indicatorTarget,
  masterplan,
  observation,
  program,
  programIndicator,
  programProgress,
} from "../../db/schema/index";
import { AppError } from "../../errors";
import type { LoadedEvaluation } from "./load";

const num = (v: number | string | null | undefined) => (v === null || v === undefined ? null : Number(v));

/**
 * The programs and indicators behind one smart-city dimension of a region's result: the
 * programs of its enacted (else approved) masterplan in that dimension, their progress in
 * the round's year and their indicators' target, verified realisation and achievement.
 * This is live monitoring data, read now — unlike the scores, it is not frozen at publication.
 */
export async function dimensionPrograms(
  db: Db,
  loaded: LoadedEvaluation,
  dimensionCode: string,
): Promise<DimensionDrill> {
  const dim = loaded.round.scheme.smartDimensions.find((d) => d.code === dimensionCode);
  if (!dim) throw new AppError("not_found", { dimension: dimensionCode });
  const year = loaded.round.year;
  const [plan] = await db
    .select({ id: masterplan.id, title: masterplan.title, status: masterplan.status })
    .from(masterplan)
    .where(
      and(eq(masterplan.regionCode, loaded.evaluation.regionCode), inArray(masterplan.status, ["enacted", "approved"])),
    )
    .orderBy(sql`${masterplan.status} = 'enacted' desc`, desc(masterplan.id))
    .limit(1);
  const base = {
    dimension: { code: dim.code, nameId: dim.nameId, nameEn: dim.nameEn },
    year,
    asOf: new Date().toISOString(),
  };
  if (!plan) return { ...base, masterplan: null, programs: [], achievement: null };
  const programs = await db
    .select()
    .from(program)
    .where(and(eq(program.masterplanId, plan.id), eq(program.dimensionCode, dimensionCode)))
    .orderBy(asc(program.code));
  const ids = programs.map((p) => p.id);
  const [progress, links] = ids.length
    ? await Promise.all([
        db
          .select()
          .from(programProgress)
          .where(and(inArray(programProgress.programId, ids), eq(programProgress.year, year))),
        db
          .select({ link: programIndicator, indicator })
          .from(programIndicator)
          .innerJoin(indicator, eq(indicator.id, programIndicator.indicatorId))
          .where(inArray(programIndicator.programId, ids))
          .orderBy(asc(indicator.code)),
      ])
    : [[], []];
  const linkIds = links.map((l) => l.link.id);
  const [targets, observations] = linkIds.length
    ? await Promise.all([
        db
          .select()
          .from(indicatorTarget)
          .where(and(inArray(indicatorTarget.programIndicatorId, linkIds), eq(indicatorTarget.year, year))),
        db
          .select()
          .from(observation)
          .where(
            and(
              inArray(observation.programIndicatorId, linkIds),
              eq(observation.year, year),
              eq(observation.status, "verified"),
            ),
          ),
      ])
    : [[], []];
  // The year's realisation: the whole-year value, else the latest semester.
  const realisationOf = (linkId: number) =>
    observations
      .filter((o) => o.programIndicatorId === linkId)
      .sort((a, b) => (b.semester ?? 3) - (a.semester ?? 3))[0];
  const out = programs.map((p) => {
    const pr = progress.find((x) => x.programId === p.id);
    const indicators = links
      .filter((l) => l.link.programId === p.id)
      .map((l) => {
        const target = num(targets.find((t) => t.programIndicatorId === l.link.id)?.value);
        const obs = realisationOf(l.link.id);
        const realisation = num(obs?.value);
        const a = achievement(l.indicator.direction, target, realisation);
        return {
          id: l.link.id,
          code: l.indicator.code,
          name: l.indicator.name,
          unit: l.indicator.unit,
          direction: l.indicator.direction,
          target,
          realisation,
          semester: obs?.semester ?? null,
          achievement: a.value,
          light: lightOf(a.value),
        };
      });
    return {
      id: p.id,
      code: p.code,
      name: p.name,
      elementCode: p.elementCode,
      progress: pr
        ? {
            status: pr.status,
            physicalProgress: num(pr.physicalProgress),
            budgetAllocated: pr.budgetAllocated,
            budgetRealised: pr.budgetRealised,
          }
        : null,
      indicators,
      achievement: meanAchievement(indicators.map((i) => i.achievement)),
    };
  });
  return {
    ...base,
    masterplan: plan,
    programs: out,
    achievement: meanAchievement(out.flatMap((p) => p.indicators.map((i) => i.achievement))),
  };
}
