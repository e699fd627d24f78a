import { refreshStatistics } from "../db/statistics";
import { ensureQueue, type JobContext, scheduleJob } from "./queue";

export const REFRESH_STATISTICS = "statistics-refresh";

/**
 * Hourly ANALYZE of the embedded database (PGlite has no autovacuum to do it). A job rather than
 * a timer so that it waits its turn on the one connection like any other work, and is logged.
 * PostgreSQL keeps its own statistics: there the schedule is removed.
 */
export async function setUpStatistics(ctx: JobContext): Promise<void> {
  const embedded = ctx.database.kind === "pglite";
  await ensureQueue(ctx.boss, REFRESH_STATISTICS, { policy: "singleton", retryLimit: 0, expireInSeconds: 600 });
  await scheduleJob(ctx, REFRESH_STATISTICS, "0 * * * *", null, "hourly", embedded);
  if (!embedded) return;
  await ctx.boss.work(REFRESH_STATISTICS, { pollingIntervalSeconds: 60 }, async () => {
    const started = performance.now();
    await refreshStatistics(ctx.database);
    ctx.log.info({ ms: Math.round(performance.now() - started) }, "planner statistics refreshed");
  });
}
