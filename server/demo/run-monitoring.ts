import type { IndicatorOut } from "../../domain/indicator-api";
import type { ProgramIndicatorOut, RealisationOut } from "../../domain/monitoring-api";
import type { DemoClient } from "./api-client";
import { INDICATOR_LINKS, type LinkSeed } from "./banjar/indicators";
import { REGIONAL_INDICATORS } from "./banjar/regional-indicators";
import { evidencePdf } from "./pdf";
import type { MonitoringClock } from "./place-in-story";
import { BANJAR } from "./run-masterplan";

type Data<T> = { data: T };

/** Who writes Kota Banjar's monitoring: the coordinator, and each OPD's contributor for its own programs. */
export type MonitoringTeam = {
  coordinator: DemoClient;
  contributors: ReadonlyMap<string, DemoClient>;
  /** The client acting for an OPD (its contributor, else the coordinator on its behalf). */
  as: (opd: string) => DemoClient;
};

/**
 * Banjar's own indicators, added by the coordinator when missing, then the whole catalogue the
 * region sees (national plus its own) by code.
 */
export async function ensureRegionalIndicators(
  team: MonitoringTeam,
  opdIds: ReadonlyMap<string, number>,
  clock: MonitoringClock,
): Promise<Map<string, number>> {
  const catalogue = async () =>
    (await team.coordinator.get<Data<IndicatorOut[]>>(`/api/indicators?regionCode=${BANJAR}&pageSize=500`)).data;
  const have = new Set((await catalogue()).filter((i) => i.regionCode === BANJAR).map((i) => i.code));
  for (const [n, r] of REGIONAL_INDICATORS.entries()) {
    if (have.has(r.code)) continue;
    const { producer, elementCode, ...fields } = r;
    const res = await team.coordinator.post<Data<IndicatorOut>>("/api/indicators", {
      ...fields,
      regionCode: BANJAR,
      concept: `${r.name}: indikator daerah Kota Banjar untuk memantau program masterplan smart city.`,
      classification: "Indikator daerah · Masterplan Smart City Kota Banjar 2024–2033",
      frequency: "annual",
      producerOpdId: opdIds.get(producer) ?? null,
      dimensionCode: elementCode.split(".")[0],
      elementCode,
    });
    clock.add({ kind: "indicator", id: res.data.id, at: `2025-01-0${6 + (n % 3)} 10:00` });
  }
  return new Map((await catalogue()).map((i) => [i.code, i.id]));
}

/**
 * One program indicator: linked with baseline and targets (skipped when already there), then
 * the 2025 value entered by the owner, with evidence, returned once when the seed says so and
 * verified by the coordinator; and the first-semester value of 2026 awaiting verification.
 */
export async function carryIndicator(opts: {
  seed: LinkSeed;
  programId: number;
  indicatorId: number;
  owner: DemoClient;
  coordinator: DemoClient;
  clock: MonitoringClock;
  order: number;
}) {
  const { seed, owner, coordinator, clock } = opts;
  const listed = await owner.get<Data<ProgramIndicatorOut[]>>(`/api/programs/${opts.programId}/indicators`);
  let link = listed.data.find((l) => l.indicator.id === opts.indicatorId);
  if (!link) {
    const from = seed.from ?? 2025;
    const created = await owner.post<Data<ProgramIndicatorOut>>(`/api/programs/${opts.programId}/indicators`, {
      indicatorId: opts.indicatorId,
      baselineValue: seed.baseline[1],
      baselineYear: seed.baseline[0],
      targets: seed.targets.map((value, i) => ({ year: from + i, value })),
      note: seed.note ?? "",
    });
    link = created.data;
    clock.add({ kind: "program_indicator", id: link.id, at: `2025-01-${String(13 + (opts.order % 12))} 09:00` });
  }
  const url = `/api/program-indicators/${link.id}/realisations`;
  const existing = (await owner.get<Data<RealisationOut[]>>(url)).data;
  const y = seed.y2025;
  if (y && !existing.some((r) => r.year === 2025 && r.semester === null)) {
    const first = y.returned ?? y;
    let r = (await owner.post<Data<RealisationOut>>(url, { year: 2025, value: first.value, note: first.note })).data;
    if (y.returned) {
      const back = await coordinator.post<Data<RealisationOut>>(`/api/realisations/${r.id}/return`, {
        version: r.version,
        note: y.returned.reviewNote,
      });
      r = (
        await owner.patch<Data<RealisationOut>>(`/api/realisations/${r.id}`, {
          value: y.value,
          note: y.note,
          version: back.data.version,
        })
      ).data;
    }
    if (y.evidence)
      r = (
        await owner.upload<Data<RealisationOut>>(
          `/api/realisations/${r.id}/evidence`,
          evidencePdf(y.evidence.title, y.evidence.lines),
        )
      ).data;
    if (y.verifiedAt) await coordinator.post(`/api/realisations/${r.id}/verify`, { version: r.version });
    clock.add({
      kind: "observation",
      id: r.id,
      enteredAt: first.at,
      at: y.at,
      ...(y.verifiedAt ? { reviewedAt: y.verifiedAt } : {}),
    });
  }
  const s1 = seed.s1_2026;
  if (s1 && !existing.some((r) => r.year === 2026 && r.semester === 1)) {
    const r = await owner.post<Data<RealisationOut>>(url, { year: 2026, semester: 1, value: s1.value, note: s1.note });
    clock.add({ kind: "observation", id: r.data.id, at: s1.at });
  }
}

/** Every link of the seed, each program by the client of its owner OPD. */
export async function carryIndicators(opts: {
  team: MonitoringTeam;
  programs: ReadonlyMap<string, { id: number; owner: string }>;
  catalogue: ReadonlyMap<string, number>;
  clock: MonitoringClock;
}) {
  for (const [order, seed] of INDICATOR_LINKS.entries()) {
    const program = opts.programs.get(seed.program);
    const indicatorId = opts.catalogue.get(seed.indicator);
    if (!program || !indicatorId) throw new Error(`demo indicator link ${seed.program} × ${seed.indicator} missing`);
    await carryIndicator({
      seed,
      programId: program.id,
      indicatorId,
      owner: opts.team.as(program.owner),
      coordinator: opts.team.coordinator,
      clock: opts.clock,
      order,
    });
  }
}
