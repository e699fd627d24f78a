import type { PgBoss } from "pg-boss";
import { refreshDatasetStats, staleDatasetIds } from "../services/open-data/dataset-stats";
import { ensureQueue, type JobContext, scheduleJob } from "./queue";

export const REFRESH_DATASET_STATS = "dataset-stats-refresh";

/**
 * Every five minutes: the published datasets whose stats (row count, download sizes, coverage)
 * are missing or older than their data get them recounted, one by one, oldest change first.
 * Singleton, so two servers never count the same data at once; a dataset that fails is logged
 * and left for the next sweep, the others go on.
 */
export async function setUpDatasetStats(ctx: JobContext): Promise<void> {
  await ensureQueue(ctx.boss, REFRESH_DATASET_STATS, { policy: "singleton", retryLimit: 0, expireInSeconds: 1800 });
  await scheduleJob(ctx, REFRESH_DATASET_STATS, "*/5 * * * *", null, "every-5-minutes");
  await ctx.boss.work(
    REFRESH_DATASET_STATS,
    { pollingIntervalSeconds: ctx.tuning.pollingIntervalSeconds },
    async () => {
      await sweepDatasetStats(ctx);
    },
  );
}

/** One sweep: recounts every stale published dataset; returns how many were refreshed. */
export async function sweepDatasetStats(ctx: Pick<JobContext, "database" | "log">): Promise<number> {
  let refreshed = 0;
  // Each dataset once per sweep: one whose data changes while it is counted waits for the next.
  const seen = new Set<string>();
  for (;;) {
    const ids = (await staleDatasetIds(ctx.database, 50)).filter((id) => !seen.has(id));
    if (!ids.length) return refreshed;
    for (const id of ids) {
      seen.add(id);
      const started = performance.now();
      try {
        const stats = await refreshDatasetStats(ctx.database, id);
        refreshed++;
        ctx.log.info(
          { dataset: id, rows: stats?.rowCount, ms: Math.round(performance.now() - started) },
          "dataset stats refreshed",
        );
      } catch (err) {
        ctx.log.error({ err, dataset: id }, "dataset stats refresh failed");
      }
    }
  }
}

/**
 * Asks for the stats to be recounted soon, e.g. right after a dataset is published or its data
 * changed: a sweep is queued (singleton: one waiting is enough). Without a queue (tests, CLI),
 * call refreshDatasetStats (services/open-data/dataset-stats) directly.
 */
export async function requestDatasetStatsRefresh(boss: PgBoss): Promise<void> {
  await boss.send(REFRESH_DATASET_STATS, {}, { singletonKey: "sweep" });
}
