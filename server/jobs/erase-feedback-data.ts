import { randomUUID } from "node:crypto";
import { eraseFeedbackPersonalData } from "../services/feedback/erase-personal-data";
import { ensureQueue, type JobContext, scheduleJob } from "./queue";

export const ERASE_FEEDBACK_DATA = "feedback-personal-data-erase";

/**
 * Nightly at 02:00 WIB: the e-mail and network addresses of citizens whose feedback is older than
 * FEEDBACK_RETENTION_DAYS are erased. Singleton, so two servers never run it at once; running it
 * twice erases nothing twice.
 */
export async function setUpFeedbackErasure(ctx: JobContext): Promise<void> {
  await ensureQueue(ctx.boss, ERASE_FEEDBACK_DATA, { policy: "singleton", retryLimit: 3, expireInSeconds: 600 });
  await scheduleJob(ctx, ERASE_FEEDBACK_DATA, "0 2 * * *", null, "nightly");
  await ctx.boss.work(ERASE_FEEDBACK_DATA, { pollingIntervalSeconds: ctx.tuning.pollingIntervalSeconds }, async () => {
    const erased = await eraseFeedbackPersonalData(ctx.database.db, {
      retentionDays: ctx.feedbackRetentionDays,
      ctx: { actor: null, ip: null, userAgent: "kotacerdas-jobs", requestId: randomUUID() },
    });
    if (erased > 0) ctx.log.info({ erased, retentionDays: ctx.feedbackRetentionDays }, "feedback personal data erased");
  });
}
