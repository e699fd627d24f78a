import type { FrameworkDetail } from "../../domain/framework/schemas";
import { programTotal } from "../../domain/masterplan";
import { CHAPTER_LABELS, type ChapterState, chapterHref } from "../../domain/masterplan-chapters";
import type {
  ChapterStateOut,
  GovernanceBodyOut,
  MasterplanOut,
  ProgramOut,
  QuickWinOut,
  SectionOut,
} from "../../domain/masterplan-responses";
import type { Actor } from "../../domain/roles";
import type { governanceBody, masterplanSection, quickWin } from "../db/schema/index";
import { masterplanPolicy, programPolicy, quickWinPolicy } from "../policies/masterplan";
import type { PlanRow, ProgramRow } from "../services/masterplans/load";

export const planRes = (p: PlanRow) => ({ regionCode: p.regionCode, status: p.status });
export const ownedRes = (p: PlanRow, ownerOpdId: number | null) => ({ ...planRes(p), ownerOpdId });

/**
 * A plan; `complete` is the completeness checklist's verdict when the actor could submit the
 * plan (see `submitCheck`), null when it was not needed.
 */
export function presentMasterplan(actor: Actor | null, p: PlanRow, complete: boolean | null): MasterplanOut {
  return {
    id: p.id,
    regionCode: p.regionCode,
    title: p.title,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
    frameworkId: p.frameworkId,
    status: p.status,
    perkadaNumber: p.perkadaNumber,
    perkadaDate: p.perkadaDate,
    perkadaFileId: p.perkadaFileId,
    perkadaHeadName: p.perkadaHeadName,
    perkadaSecretaryName: p.perkadaSecretaryName,
    perkadaSecretaryNip: p.perkadaSecretaryNip,
    perkadaPromulgatedOn: p.perkadaPromulgatedOn,
    perkadaGazetteYear: p.perkadaGazetteYear,
    perkadaGazetteNumber: p.perkadaGazetteNumber,
    previousId: p.previousId,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    can: masterplanPolicy.abilities(actor, { ...planRes(p), complete: complete ?? undefined }),
    submitBlockedBy: complete === false ? "masterplan_incomplete" : null,
  };
}

export function presentSection(
  actor: Actor | null,
  plan: PlanRow,
  key: string,
  s: typeof masterplanSection.$inferSelect | undefined,
): SectionOut {
  return {
    masterplanId: plan.id,
    key,
    content: s?.content ?? {},
    version: s?.version ?? 0,
    updatedAt: s?.updatedAt.toISOString() ?? null,
    can: { update: masterplanPolicy.can(actor, "update", planRes(plan)) },
  };
}

export function presentProgram(actor: Actor | null, plan: PlanRow, p: ProgramRow): ProgramOut {
  const res = ownedRes(plan, p.ownerOpdId);
  return {
    id: p.id,
    masterplanId: p.masterplanId,
    code: p.code,
    dimensionCode: p.dimensionCode,
    elementCode: p.elementCode,
    name: p.name,
    description: p.description,
    ownerOpdId: p.ownerOpdId,
    supportingOpdIds: p.supportingOpdIds,
    term: p.term,
    startYear: p.startYear,
    endYear: p.endYear,
    budgets: p.budgets,
    totalBudget: programTotal(p.budgets),
    apbdCode: p.apbdCode,
    rpjmdReference: p.rpjmdReference,
    innovation: p.innovation,
    priority: p.priority,
    actionPlan: p.actionPlan,
    version: p.version,
    can: { update: programPolicy.can(actor, "update", res), delete: programPolicy.can(actor, "delete", res) },
  };
}

export function presentQuickWin(actor: Actor | null, plan: PlanRow, q: typeof quickWin.$inferSelect): QuickWinOut {
  const res = ownedRes(plan, q.ownerOpdId);
  return {
    id: q.id,
    masterplanId: q.masterplanId,
    programId: q.programId,
    year: q.year,
    ownerOpdId: q.ownerOpdId,
    target: q.target,
    whyQuick: q.whyQuick,
    version: q.version,
    can: { update: quickWinPolicy.can(actor, "update", res), delete: quickWinPolicy.can(actor, "delete", res) },
  };
}

export function presentGovernanceBody(
  actor: Actor | null,
  plan: PlanRow,
  g: typeof governanceBody.$inferSelect,
): GovernanceBodyOut {
  return {
    id: g.id,
    masterplanId: g.masterplanId,
    kind: g.kind,
    name: g.name,
    decreeNumber: g.decreeNumber,
    decreeDate: g.decreeDate,
    members: g.members,
    version: g.version,
    can: {
      update: masterplanPolicy.can(actor, "update", planRes(plan)),
      delete: masterplanPolicy.can(actor, "update", planRes(plan)),
    },
  };
}

/** Every chapter's state with its link and the Bimtek deliverables of the plan's framework that draft it. */
export function presentChapters(
  plan: PlanRow,
  chapters: readonly ChapterState[],
  framework: Pick<FrameworkDetail, "stages">,
): ChapterStateOut[] {
  return chapters.map((c) => ({
    key: c.key,
    nameId: CHAPTER_LABELS[c.key].id,
    nameEn: CHAPTER_LABELS[c.key].en,
    href: chapterHref(plan.id, c.key),
    complete: c.complete,
    missing: c.missing,
    coveredBy: framework.stages.flatMap((s) =>
      s.deliverables
        .filter((d) => d.covers.includes(c.key))
        .map((d) => ({ stage: s.number, code: d.code, nameId: d.nameId, nameEn: d.nameEn })),
    ),
  }));
}
