import type { App } from "../app";
import type { DemoClient } from "./api-client";
import { DEMO_COHORT } from "./people";

/** What every demo step gets: the app, the national admin signed in, and a line logger. */
export type DemoContext = { app: App; admin: DemoClient; log: (line: string) => void };

/**
 * One part of the demo loaded after the cohort. `done` asks the API whether its work is
 * already there, so `seed --demo` on a database loaded by an older version adds only what
 * is missing, and a second run adds nothing.
 */
export type DemoStep = {
  title: string;
  done: (ctx: DemoContext) => Promise<boolean>;
  run: (ctx: DemoContext) => Promise<void>;
};

type Cohort = { id: number; name: string };
type Candidate = { id: number; regionCode: string };

/** The demo cohort and its candidates, as the admin sees them. */
export async function demoCohort(admin: DemoClient): Promise<{ id: number; candidates: Candidate[] }> {
  const cohorts = (await admin.get<{ data: Cohort[] }>("/api/cohorts")).data;
  const c = cohorts.find((x) => x.name === DEMO_COHORT);
  if (!c) throw new Error(`demo cohort "${DEMO_COHORT}" missing`);
  const candidates = (await admin.get<{ data: Candidate[] }>(`/api/cohorts/${c.id}/candidates`)).data;
  return { id: c.id, candidates };
}
