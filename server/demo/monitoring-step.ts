import type { OpdOut } from "../../domain/opd";
import type { DemoClient } from "./api-client";
import { QUICK_WINS } from "./banjar/governance";
import { PROGRESS_2024, PROGRESS_2025, type ProgressSeed, QUICK_WIN_PROGRESS_2025 } from "./banjar/progress";
import { banjarContributors, banjarCoordinator } from "./banjar-step";
import type { DemoContext, DemoStep } from "./context";
import { evidencePdf } from "./pdf";
import { MonitoringClock } from "./place-in-story";
import { BANJAR, BANJAR_PLAN_TITLE, PROGRAMS } from "./run-masterplan";
import { carryIndicators, ensureRegionalIndicators, type MonitoringTeam } from "./run-monitoring";

type Data<T> = { data: T };
type Progress = { id: number; year: number };
type Summary = {
  indicatorsByYear: Array<{ year: number; verified: number }>;
  quickWins: { counts: { done: number } };
};

/** Kota Banjar's enacted plan id, or null before the masterplan step ran. */
export async function banjarPlanId(client: DemoClient): Promise<number | null> {
  const plans = await client.get<Data<Array<{ id: number; title: string }>>>(`/api/regions/${BANJAR}/masterplans`);
  return plans.data.find((p) => p.title === BANJAR_PLAN_TITLE)?.id ?? null;
}

/** A year's progress of each program of the seed, unless already reported, by the owner OPD. */
async function reportProgress(
  team: MonitoringTeam,
  programs: ReadonlyMap<string, { id: number; owner: string }>,
  year: number,
  rows: readonly ProgressSeed[],
  clock: MonitoringClock,
) {
  for (const [i, p] of rows.entries()) {
    const program = programs.get(p.program);
    if (!program) throw new Error(`demo program ${p.program} missing`);
    const who = team.as(program.owner);
    const have = await who.get<Data<Progress[]>>(`/api/programs/${program.id}/progress`);
    if (have.data.some((e) => e.year === year)) continue;
    const saved = await who.put<Data<Progress>>(`/api/programs/${program.id}/progress/${year}`, {
      status: p.status,
      physicalProgress: p.physical,
      budgetAllocated: p.allocated * 1_000_000,
      budgetRealised: p.realised * 1_000_000,
      note: p.note,
      version: 0,
    });
    const day = String(6 + (i % 20)).padStart(2, "0");
    clock.add({ kind: "program_progress", id: saved.data.id, at: `${year + 1}-01-${day} 10:00` });
  }
}

/** The quick wins' 2025 progress (reported in December 2025), by the OPD that owns each. */
async function reportQuickWins(team: MonitoringTeam, planId: number, clock: MonitoringClock) {
  type QuickWin = { id: number; programId: number; progress: Progress[] };
  const [list, programs] = await Promise.all([
    team.coordinator.get<Data<QuickWin[]>>(`/api/masterplans/${planId}/monitoring/quick-wins`),
    team.coordinator.get<Data<Array<{ id: number; name: string }>>>(`/api/masterplans/${planId}/programs?pageSize=500`),
  ]);
  for (const q of QUICK_WIN_PROGRESS_2025) {
    const name = PROGRAMS.find((p) => p.key === q.program)?.name;
    const programId = programs.data.find((p) => p.name === name)?.id;
    const quickWin = list.data.find((w) => w.programId === programId);
    const owner = QUICK_WINS.find((w) => w.program === q.program)?.owner;
    if (!quickWin || !owner) throw new Error(`demo quick win ${q.program} missing`);
    if (quickWin.progress.some((e) => e.year === 2025)) continue;
    const who = team.as(owner);
    const saved = await who.put<Data<Progress>>(`/api/quick-wins/${quickWin.id}/progress/2025`, {
      status: q.status,
      physicalProgress: q.physical,
      note: q.note,
      version: 0,
    });
    if (q.evidence)
      await who.upload(
        `/api/quick-win-progress/${saved.data.id}/evidence`,
        evidencePdf(q.evidence.title, q.evidence.lines),
      );
    clock.add({ kind: "quick_win_progress", id: saved.data.id, at: q.at });
  }
}

/**
 * Kota Banjar's first years under the Perwali: its own indicators and program indicators with
 * baselines and targets, 2025 realisations entered by the OPDs (with evidence) and verified by
 * the coordinator (one returned and corrected, two still waiting, one not yet reported), the
 * first semester of 2026 for three indicators, program progress for 2024 and 2025 with budgets,
 * and the progress of the five quick wins.
 */
export const banjarMonitoringStep: DemoStep = {
  title: "Monitoring Kota Banjar 2025 …",
  done: async ({ admin }) => {
    const planId = await banjarPlanId(admin);
    if (!planId) return false;
    const s = await admin.get<Data<Summary>>(`/api/masterplans/${planId}/monitoring/summary?year=2025`);
    return (
      (s.data.indicatorsByYear.find((y) => y.year === 2025)?.verified ?? 0) > 0 && s.data.quickWins.counts.done > 0
    );
  },
  run: async (ctx: DemoContext) => {
    const coordinator = await banjarCoordinator(ctx);
    const planId = await banjarPlanId(coordinator);
    if (!planId) throw new Error("Kota Banjar's masterplan missing");
    const opds = (await coordinator.get<Data<OpdOut[]>>(`/api/regions/${BANJAR}/opds`)).data;
    const opdIds = new Map(opds.map((o) => [o.abbreviation, o.id]));
    const contributors = await banjarContributors(ctx, coordinator, opdIds);
    const team: MonitoringTeam = { coordinator, contributors, as: (opd) => contributors.get(opd) ?? coordinator };

    const listed = await coordinator.get<Data<Array<{ id: number; name: string }>>>(
      `/api/masterplans/${planId}/programs?pageSize=500`,
    );
    const programs = new Map<string, { id: number; owner: string }>();
    for (const p of PROGRAMS) {
      const id = listed.data.find((x) => x.name === p.name)?.id;
      if (id) programs.set(p.key, { id, owner: p.owner });
    }

    const clock = new MonitoringClock();
    const catalogue = await ensureRegionalIndicators(team, opdIds, clock);
    await carryIndicators({ team, programs, catalogue, clock });
    await reportProgress(team, programs, 2024, PROGRESS_2024, clock);
    await reportProgress(team, programs, 2025, PROGRESS_2025, clock);
    await reportQuickWins(team, planId, clock);
    await clock.place(ctx.app);
  },
};
