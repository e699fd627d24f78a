import { achievement, lightOf } from "../../domain/achievement";
import { BOOKS, DOCUMENT_FORMATS } from "../../domain/documents";
import { statusCounts } from "../../domain/monitoring-summary";
import { PUBLIC_RULES, type PublicRegionOut } from "../../domain/public-region";
import { displayRegionName } from "../../domain/regions";
import type { PublicRegionData } from "../services/public/get-public-region";

const num = (v: unknown) => Number(v ?? 0);
const orNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const round2 = (n: number) => Math.round(n * 100) / 100;

/** The public region page: only enacted, verified and published facts, each roll-up with its rule. */
export function presentPublicRegion(d: PublicRegionData): PublicRegionOut {
  const { region } = d;
  return {
    region: {
      code: region.code,
      name: region.name,
      displayName: displayRegionName(region),
      type: region.type,
      province: { code: region.provinceCode, name: region.provinceName },
    },
    participation: d.participation.map((p) => ({
      ...p,
      cohortYear: num(p.cohortYear),
      bimtekStageClosed: orNull(p.bimtekStageClosed),
    })),
    masterplan: presentPlan(d),
    evaluation: d.evaluation && {
      roundName: d.evaluation.roundName,
      year: num(d.evaluation.year),
      tahap: d.evaluation.tahap,
      index: orNull(d.evaluation.index),
      nationalRank: orNull(d.evaluation.nationalRank),
      improvement: orNull(d.evaluation.improvement),
      rule: PUBLIC_RULES.evaluation,
    },
  };
}

function presentPlan(d: PublicRegionData): PublicRegionOut["masterplan"] {
  const { region, plan } = d;
  if (!plan || region.planId === null) return null;
  const { content, implementation, indicators } = plan;
  const progressRows = implementation.progress.filter((r) => r.dimensionCode !== null);
  const progressYear = orNull(implementation.progress[0]?.year);
  return {
    id: region.planId,
    title: region.title ?? "",
    periodStart: num(region.periodStart),
    periodEnd: num(region.periodEnd),
    perkadaNumber: region.perkadaNumber,
    perkadaDate: region.perkadaDate,
    vision: content.vision,
    missions: content.missions,
    dimensions: content.dimensions.map((dim) => ({
      ...dim,
      programs: content.programs
        .filter((p) => p.dimensionCode === dim.code)
        .map(({ dimensionCode: _, ...p }) => ({ ...p, id: num(p.id), budgetTotal: num(p.budgetTotal) })),
    })),
    programBudgetRule: PUBLIC_RULES.programBudget,
    quickWins: content.quickWins.map((q) => ({
      ...q,
      year: num(q.year),
      physicalProgress: orNull(q.physicalProgress),
    })),
    quickWinRule: PUBLIC_RULES.quickWins,
    progress: {
      year: progressYear,
      byDimension: content.dimensions.map((dim) => {
        const rows = progressRows
          .filter((r) => r.dimensionCode === dim.code)
          .map((r) => ({ ...r, n: num(r.n), physicalSum: num(r.physicalSum), physicalN: num(r.physicalN) }));
        const n = rows.reduce((s, r) => s + r.physicalN, 0);
        return {
          dimensionCode: dim.code,
          programs: rows.reduce((s, r) => s + r.n, 0),
          counts: statusCounts(rows),
          meanPhysicalProgress: n ? round2(rows.reduce((s, r) => s + r.physicalSum, 0) / n) : null,
        };
      }),
      rule: PUBLIC_RULES.progressByDimension,
    },
    budget: {
      byYear: implementation.budget.map((b) => ({
        year: num(b.year),
        allocated: num(b.allocated),
        realised: num(b.realised),
      })),
      rule: PUBLIC_RULES.budgetByYear,
    },
    indicators: {
      items: indicators.map((i) => {
        const target = orNull(i.target);
        const realisation = orNull(i.realisation);
        const a = achievement(i.direction, target, realisation);
        return {
          programCode: i.programCode,
          code: i.code,
          name: i.name,
          unit: i.unit,
          direction: i.direction,
          year: orNull(i.year),
          target,
          realisation,
          achievement: a.value,
          light: lightOf(a.value),
        };
      }),
      rule: PUBLIC_RULES.indicators,
    },
    documents: BOOKS.flatMap((book) =>
      DOCUMENT_FORMATS.map((format) => ({
        book,
        format,
        href: `/api/masterplans/${region.planId}/documents/${book}.${format}`,
      })),
    ),
  };
}
