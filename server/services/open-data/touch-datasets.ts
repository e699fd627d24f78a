import { sql } from "drizzle-orm";
import { DATASET_KIND_DEFS, type DatasetKind } from "../../../domain/open-data/kinds";
import type { Db } from "../../db/client";

/** Which datasets an audited change of each kind of object can alter. */
const AFFECTS: Record<string, DatasetKind[]> = {
  realisation: ["indicator_realisations"],
  program_indicator: ["indicator_realisations"],
  indicator: ["indicator_realisations", "indicator_catalogue"],
  opd: ["indicator_realisations", "program_budgets"],
  masterplan: ["indicator_realisations", "program_budgets", "implementation_progress", "gmsc_participation"],
  program: ["indicator_realisations", "program_budgets", "implementation_progress"],
  quick_win: ["implementation_progress"],
  program_progress: ["implementation_progress"],
  quick_win_progress: ["implementation_progress"],
  evaluation_round: ["evaluation_results", "national_evaluation_results"],
  evaluation: ["evaluation_results", "national_evaluation_results"],
  cohort: ["gmsc_participation"],
  candidate: ["gmsc_participation"],
  mou: ["gmsc_participation"],
  bimtek_stage: ["gmsc_participation"],
};

const list = (kinds: DatasetKind[]) =>
  sql`(${sql.join(
    kinds.map((k) => sql`${k}`),
    sql`, `,
  )})`;

/**
 * Moves the modification time of the datasets an audited change touches (in the change's own
 * transaction), so CKAN harvesters asking for `metadata_modified:[X TO *]` fetch them again and
 * their cached sizes are recomputed. A change without a region touches every region's dataset of
 * those kinds (e.g. a round's results published).
 */
export async function touchDatasets(db: Db, entry: { entityType: string; regionCode?: string | null }): Promise<void> {
  const kinds = AFFECTS[entry.entityType];
  if (!kinds) return;
  const regional = kinds.filter((k) => DATASET_KIND_DEFS[k].scope === "region");
  const national = kinds.filter((k) => DATASET_KIND_DEFS[k].scope === "national");
  const region = entry.regionCode ?? null;
  const parts = [];
  if (regional.length)
    parts.push(
      region
        ? sql`(kind in ${list(regional)} and region_code = ${region})`
        : sql`(kind in ${list(regional)} and region_code is not null)`,
    );
  if (national.length) parts.push(sql`(kind in ${list(national)} and region_code is null)`);
  await db.execute(sql`update dataset set data_modified_at = now() where ${sql.join(parts, sql` or `)}`);
}
