import { randomBytes } from "node:crypto";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import type { CohortStatus } from "../../domain/cohort";
import type { App } from "../app";
import {
  bimtekStage,
  candidate,
  cohort,
  deliverable,
  deliverableTemplate,
  framework,
  readinessInstrument,
  region,
} from "../db/schema/index";
import { activateWorkspace } from "../services/bimtek/activate-workspace";

/** A cohort on the default framework and the first readiness instrument, in the phase asked for. */
export async function makeCohort(app: App, opts: { status?: CohortStatus; year?: number } = {}) {
  const db = app.database.db;
  const [fw] = await db.select().from(framework).where(eq(framework.isDefault, true));
  const [instrument] = await db.select().from(readinessInstrument).orderBy(asc(readinessInstrument.id)).limit(1);
  if (!fw || !instrument) throw new Error("reference data not seeded");
  const year = opts.year ?? 2024;
  const [row] = await db
    .insert(cohort)
    .values({
      year,
      name: `GMSC ${year} uji ${randomBytes(3).toString("hex")}`,
      quota: 10,
      frameworkId: fw.id,
      instrumentId: instrument.id,
      status: opts.status ?? "mentoring",
      selectionPublishedAt: new Date("2024-02-01T00:00:00Z"),
    })
    .returning();
  if (!row) throw new Error("cohort insert failed");
  return row;
}

/** A selected candidate of a cohort; its Bimtek workspace is opened unless `activate: false`. */
export async function makeSelectedCandidate(
  app: App,
  opts: { cohortId: number; regionCode: string; activate?: boolean },
) {
  const db = app.database.db;
  const [c] = await db
    .insert(candidate)
    .values({ cohortId: opts.cohortId, regionCode: opts.regionCode, status: "selected" })
    .returning();
  const [co] = await db.select().from(cohort).where(eq(cohort.id, opts.cohortId));
  if (!c || !co) throw new Error("candidate insert failed");
  if (opts.activate !== false) await activateWorkspace(db, { candidateId: c.id, frameworkId: co.frameworkId });
  return c;
}

/** A cohort in mentoring with one selected region whose workspace is open: `{ cohort, candidate }`. */
export async function makeWorkspace(app: App, regionCode: string, opts: { status?: CohortStatus } = {}) {
  const co = await makeCohort(app, { status: opts.status ?? "mentoring" });
  const c = await makeSelectedCandidate(app, { cohortId: co.id, regionCode });
  return { cohort: co, candidate: c };
}

/** The stages of a candidate with their deliverables' ids and template codes, in order. */
export async function workspaceOf(app: App, candidateId: number) {
  const db = app.database.db;
  const stages = await db
    .select()
    .from(bimtekStage)
    .where(eq(bimtekStage.candidateId, candidateId))
    .orderBy(asc(bimtekStage.number));
  const deliverables = await db
    .select({
      id: deliverable.id,
      stageId: deliverable.stageId,
      code: deliverableTemplate.code,
      required: deliverableTemplate.required,
    })
    .from(deliverable)
    .innerJoin(deliverableTemplate, eq(deliverableTemplate.id, deliverable.templateId))
    .orderBy(asc(deliverableTemplate.order));
  return stages.map((s) => ({ ...s, deliverables: deliverables.filter((d) => d.stageId === s.id) }));
}

/**
 * The 2023 shape of a cohort: 50 kab/kota (20 of Jawa Barat, 25 of Jawa Tengah and the 5 of
 * DI Yogyakarta) and the provinces of Jawa Barat and DI Yogyakarta, all selected, workspaces not
 * opened. Returns the cohort and the candidates by region code.
 */
export async function makeCohort2023(app: App, opts: { status?: CohortStatus } = {}) {
  const db = app.database.db;
  const co = await makeCohort(app, { status: opts.status ?? "mou", year: 2023 });
  await db.update(cohort).set({ quota: 52 }).where(eq(cohort.id, co.id));
  const regencies = await db
    .select({ code: region.code, provinceCode: region.provinceCode })
    .from(region)
    .where(and(ne(region.type, "provinsi"), inArray(region.provinceCode, ["32", "33", "34"])))
    .orderBy(asc(region.code));
  const take = { "32": 20, "33": 25, "34": 5 } as Record<string, number>;
  const codes = [
    ...["32", "33", "34"].flatMap((p) =>
      regencies
        .filter((r) => r.provinceCode === p)
        .slice(0, take[p])
        .map((r) => r.code),
    ),
    "32",
    "34",
  ];
  const rows = await db
    .insert(candidate)
    .values(codes.map((regionCode) => ({ cohortId: co.id, regionCode, status: "selected" as const })))
    .returning();
  return { cohort: { ...co, quota: 52 }, candidates: new Map(rows.map((r) => [r.regionCode, r])) };
}
