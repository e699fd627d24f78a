// The region monitoring dashboard: what the summary endpoint answers and the pure arithmetic
// behind it (the server only fetches grouped rows).
import { z } from "zod";
import { achievement, type Direction, type Light, lightOf, meanAchievement } from "./achievement";
import { type PeriodValue, PROGRESS_STATUSES, type ProgressStatus, yearValue } from "./monitoring";

const Int = z.number().int();
const StatusCounts = z.object({
  not_started: Int,
  on_track: Int,
  delayed: Int,
  done: Int,
  cancelled: Int,
  no_data: Int.describe("Berjalan pada tahun itu tetapi progresnya belum diisi"),
});
export type StatusCounts = z.infer<typeof StatusCounts>;
const LightCounts = z.object({ green: Int, yellow: Int, red: Int, none: Int });
export type LightCounts = z.infer<typeof LightCounts>;

export const MonitoringSummaryOut = z.object({
  masterplanId: Int,
  regionCode: z.string(),
  periodStart: Int,
  periodEnd: Int,
  year: Int.describe("Tahun yang diringkas untuk progres per dimensi dan quick win"),
  asOf: z.string().describe("Tanggal acuan keterlambatan (YYYY-MM-DD)"),
  dimensions: z.array(z.object({ code: z.string(), nameId: z.string(), nameEn: z.string() })),
  progressByDimension: z.array(
    z.object({
      dimensionCode: z.string(),
      programs: Int.describe("Program yang berjalan pada tahun itu"),
      counts: StatusCounts,
      meanPhysicalProgress: z.number().nullable(),
    }),
  ),
  budgetByYear: z.array(
    z.object({
      year: Int,
      planned: Int.describe("Anggaran indikatif dalam masterplan"),
      allocated: Int.describe("Pagu yang dilaporkan"),
      realised: Int.describe("Realisasi anggaran yang dilaporkan"),
    }),
  ),
  indicatorsByYear: z.array(
    z.object({
      year: Int,
      withTarget: Int,
      lights: LightCounts,
      meanAchievement: z.number().nullable(),
      verified: Int,
      entered: Int.describe("Realisasi yang dihitung tetapi belum diverifikasi"),
    }),
  ),
  indicatorsByDimension: z.array(
    z.object({ dimensionCode: z.string(), lights: LightCounts, meanAchievement: z.number().nullable() }),
  ),
  quickWins: z.object({
    counts: StatusCounts,
    items: z.array(
      z.object({
        id: Int,
        programId: Int,
        programCode: z.string(),
        target: z.string(),
        year: Int,
        ownerOpdId: Int.nullable(),
        status: z.enum(PROGRESS_STATUSES).nullable(),
        physicalProgress: z.number().nullable(),
      }),
    ),
  }),
  overdue: z.object({
    progress: z.object({
      total: Int,
      items: z.array(
        z.object({
          programId: Int,
          programCode: z.string(),
          programName: z.string(),
          ownerOpdId: Int.nullable(),
          year: Int,
        }),
      ),
    }),
    realisations: z.object({
      total: Int,
      items: z.array(
        z.object({
          programIndicatorId: Int,
          programId: Int,
          programCode: z.string(),
          indicatorCode: z.string(),
          indicatorName: z.string(),
          ownerOpdId: Int.nullable(),
          year: Int,
        }),
      ),
    }),
  }),
});
export type MonitoringSummaryOut = z.infer<typeof MonitoringSummaryOut>;

/** Counts per progress status, with programs that run but have no entry as `no_data`. */
export function statusCounts(rows: Array<{ status: ProgressStatus | null; n: number }>): StatusCounts {
  const out: StatusCounts = { not_started: 0, on_track: 0, delayed: 0, done: 0, cancelled: 0, no_data: 0 };
  for (const r of rows) out[r.status ?? "no_data"] += r.n;
  return out;
}

export const emptyLights = (): LightCounts => ({ green: 0, yellow: 0, red: 0, none: 0 });

export type SeriesInput = {
  direction: Direction;
  dimensionCode: string | null;
  targets: Map<number, number>;
  values: PeriodValue[];
};

export type SeriesPoint = {
  year: number;
  target: number | null;
  value: PeriodValue | null;
  achievement: { value: number | null; raw: number | null; light: Light };
};

/** Target, the value that counts, achievement and light of every year of a program indicator. */
export function seriesOf(s: SeriesInput, years: number[]): SeriesPoint[] {
  return years.map((year) => {
    const target = s.targets.get(year) ?? null;
    const value = yearValue(s.values, year);
    const a = achievement(s.direction, target, value?.value ?? null);
    return { year, target, value, achievement: { value: a.value, raw: a.raw, light: lightOf(a.value) } };
  });
}

/**
 * Indicators against targets, per year and per dimension (for one year): only years with a
 * target count; a year with a target and no realisation is `none`, not red.
 */
export function indicatorAggregates(series: SeriesInput[], years: number[], dimensionYear: number) {
  const byYear = years.map((year) => ({
    year,
    withTarget: 0,
    lights: emptyLights(),
    achievements: [] as Array<number | null>,
    verified: 0,
    entered: 0,
  }));
  const byDim = new Map<string, { lights: LightCounts; achievements: Array<number | null> }>();
  for (const s of series) {
    seriesOf(s, years).forEach((p, i) => {
      const agg = byYear[i];
      if (!agg || p.target === null) return;
      agg.withTarget++;
      agg.lights[p.achievement.light]++;
      agg.achievements.push(p.achievement.value);
      if (p.value?.status === "verified") agg.verified++;
      else if (p.value) agg.entered++;
      if (p.year === dimensionYear && s.dimensionCode) {
        const d = byDim.get(s.dimensionCode) ?? { lights: emptyLights(), achievements: [] };
        d.lights[p.achievement.light]++;
        d.achievements.push(p.achievement.value);
        byDim.set(s.dimensionCode, d);
      }
    });
  }
  return {
    byYear: byYear.map(({ achievements, ...rest }) => ({ ...rest, meanAchievement: meanAchievement(achievements) })),
    byDimension: [...byDim].map(([dimensionCode, d]) => ({
      dimensionCode,
      lights: d.lights,
      meanAchievement: meanAchievement(d.achievements),
    })),
  };
}
