import { eq } from "drizzle-orm";
import type { App } from "../app";
import { cohort, user } from "../db/schema/index";
import { createAccount } from "../services/people/create-account";
import { DemoClient } from "./api-client";
import { banjarMasterplanStep } from "./banjar-step";
import type { DemoContext, DemoStep } from "./context";
import { evaluationSteps } from "./evaluation-step";
import { feedbackStep } from "./feedback-step";
import { inboxStep } from "./inbox-step";
import { banjarMonitoringStep } from "./monitoring-step";
import { openDataStep } from "./open-data-step";
import { DEMO_ADMIN, DEMO_COHORT, DEMO_PASSWORD } from "./people";
import { seedCohort } from "./seed-cohort";
import { solokDraftStep } from "./solok-step";

export type { DemoContext, DemoStep };
export { DEMO_COHORT };

/**
 * What the demo loads after the 2024 cohort, in order. Each step asks the API whether its
 * work is already there and is skipped if so: Kota Banjar's enacted masterplan, Kota Solok's
 * draft, Kota Banjar's monitoring of 2024–2026, the published evaluation rounds of the 2024
 * regions, and last the work left waiting for each demo account (inbox-step.ts).
 */
export const DEMO_STEPS: readonly DemoStep[] = [
  banjarMasterplanStep,
  solokDraftStep,
  banjarMonitoringStep,
  ...evaluationSteps,
  inboxStep,
  feedbackStep,
  openDataStep,
];

/**
 * Loads the demo through the platform's own API: the GMSC 2024 cohort (skipped when it
 * exists), then every step of `steps` not yet done. `skipped` is true when nothing was added.
 * Tests and journeys that need the cohort alone pass `{ steps: [] }`.
 */
export async function seedDemo(
  app: App,
  log: (line: string) => void = console.log,
  opts: { steps?: readonly DemoStep[] } = {},
): Promise<{ skipped: boolean }> {
  const db = app.database.db;
  let skipped = true;
  const [account] = await db.select({ id: user.id }).from(user).where(eq(user.email, DEMO_ADMIN.email));
  if (!account)
    await createAccount(db, app.auth, {
      email: DEMO_ADMIN.email,
      name: DEMO_ADMIN.name,
      password: DEMO_PASSWORD,
      membership: { role: "national_admin" },
      createdBy: null,
    });
  const admin = await new DemoClient(app).signIn(DEMO_ADMIN.email, DEMO_PASSWORD);

  const [existing] = await db.select({ id: cohort.id }).from(cohort).where(eq(cohort.name, DEMO_COHORT));
  if (!existing) {
    await seedCohort(app, admin, log);
    skipped = false;
  }

  const ctx: DemoContext = { app, admin, log };
  for (const step of opts.steps ?? DEMO_STEPS) {
    if (await step.done(ctx)) continue;
    log(step.title);
    await step.run(ctx);
    skipped = false;
  }
  return { skipped };
}
