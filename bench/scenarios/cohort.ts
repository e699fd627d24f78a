import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { App } from "../../server/app";
import type { Database } from "../../server/db/client";
import {
  assessmentScore,
  bimtekStage,
  candidate,
  cohort,
  framework,
  membership,
  mou,
  readinessCriterion,
  readinessInstrument,
  region,
  user,
} from "../../server/db/schema/index";
import { activateWorkspace } from "../../server/services/bimtek/activate-workspace";
import { createAccount } from "../../server/services/people/create-account";
import { signIn } from "../../server/testing/factories";
import { measure, type Row } from "../measure";

const PASSWORD = "bench-password-123";

/**
 * A national-scale cohort: 160 candidates drawn by a fixed stride over the 514 kab/kota,
 * 4 assessors scoring every criterion, 50 selected with MoU and four stages, one mentor per
 * region, stage I closed for half of them.
 */
async function buildCohort(app: App): Promise<number> {
  const db = app.database.db;
  const [fw] = await db.select().from(framework).where(eq(framework.isDefault, true));
  const [instrument] = await db.select().from(readinessInstrument).limit(1);
  if (!fw || !instrument) throw new Error("reference data missing");
  const criteria = await db.select().from(readinessCriterion).where(eq(readinessCriterion.instrumentId, instrument.id));
  const regencies = await db
    .select({ code: region.code })
    .from(region)
    .where(sql`${region.type} <> 'provinsi'`)
    .orderBy(region.code);
  const picked = Array.from({ length: 160 }, (_, i) => regencies[(i * 3) % regencies.length]?.code as string);
  const [c] = await db
    .insert(cohort)
    .values({
      year: 2030,
      name: "Bench 2030",
      quota: 50,
      frameworkId: fw.id,
      instrumentId: instrument.id,
      status: "mentoring",
    })
    .returning();
  if (!c) throw new Error("cohort");
  const cands = await db
    .insert(candidate)
    .values(picked.map((regionCode) => ({ cohortId: c.id, regionCode })))
    .returning();
  const assessors = await Promise.all(
    [1, 2, 3, 4].map((i) =>
      createAccount(db, app.auth, {
        email: `asesor${i}@bench.id`,
        name: `Asesor ${i}`,
        password: PASSWORD,
        membership: { role: "assessor", cohortId: c.id },
        createdBy: null,
      }),
    ),
  );
  const scores = cands.flatMap((cand, ci) =>
    assessors.flatMap((a, ai) =>
      criteria.map((k, ki) => ({
        candidateId: cand.id,
        criterionId: k.id,
        assessorId: a.id,
        score: 1 + ((ci + ai + ki) % 5),
      })),
    ),
  );
  for (let i = 0; i < scores.length; i += 2000) await db.insert(assessmentScore).values(scores.slice(i, i + 2000));
  const selected = cands.slice(0, 50);
  await db
    .update(candidate)
    .set({ status: "selected" })
    .where(sql`${candidate.id} in ${selected.map((s) => s.id)}`);
  await db
    .update(candidate)
    .set({ status: "not_selected" })
    .where(sql`${candidate.cohortId} = ${c.id} and ${candidate.status} = 'invited'`);
  for (const s of selected) await activateWorkspace(db, { candidateId: s.id, frameworkId: fw.id });
  await db
    .insert(mou)
    .values(selected.map((s) => ({ candidateId: s.id, signedOn: "2030-03-05", mode: "virtual" as const })));
  await db
    .update(bimtekStage)
    .set({ closedAt: new Date(), plannedEnd: "2030-04-30" })
    .where(sql`${bimtekStage.number} = 1 and ${bimtekStage.candidateId} in ${selected.slice(0, 25).map((s) => s.id)}`);
  const mentorIds = selected.map(() => randomUUID());
  await db.insert(user).values(mentorIds.map((id, i) => ({ id, email: `mentor${i}@bench.id`, name: `Mentor ${i}` })));
  await db
    .insert(membership)
    .values(
      selected.map((s, i) => ({ userId: mentorIds[i] as string, role: "mentor" as const, regionCode: s.regionCode })),
    );
  return c.id;
}

/** The equivalent of the dashboard as one hand-written SQL query: the baseline. */
const rawDashboard = (cohortId: number) => sql`
  select c.id, c.region_code, r.name, p.name as province, c.status, m.signed_on,
    (select count(*) from bimtek_stage s where s.candidate_id = c.id and s.closed_at is not null) as closed,
    (select count(*) from deliverable d join bimtek_stage s on s.id = d.stage_id where s.candidate_id = c.id and d.status = 'submitted') as pending,
    (select string_agg(u.name, ', ') from membership ms join "user" u on u.id = ms.user_id where ms.role = 'mentor' and ms.region_code = c.region_code) as mentors
  from candidate c join region r on r.code = c.region_code join region p on p.code = r.province_code
  left join mou m on m.candidate_id = c.id where c.cohort_id = ${cohortId} order by c.region_code`;

export async function cohortScenarios(app: App, database: Database): Promise<Row[]> {
  const cohortId = await buildCohort(app);
  const admin = await createAccount(app.database.db, app.auth, {
    email: "admin2@bench.id",
    name: "Admin",
    password: PASSWORD,
    membership: { role: "national_admin" },
    createdBy: null,
  });
  const cookie = await signIn(app, admin.email, PASSWORD);
  const api = await measure(async () => {
    const res = await app.inject({ url: `/api/cohorts/${cohortId}/dashboard`, headers: { cookie } });
    if (res.statusCode !== 200 || res.json().data.rows.length !== 160) throw new Error(`dashboard → ${res.statusCode}`);
  }, 100);
  const base = await measure(() => database.db.execute(rawDashboard(cohortId)), 100);
  const ranking = await measure(async () => {
    const res = await app.inject({ url: `/api/cohorts/${cohortId}/ranking`, headers: { cookie } });
    if (res.statusCode !== 200) throw new Error(`ranking → ${res.statusCode}`);
  }, 50);
  return [
    {
      scenario: "GET /api/cohorts/:id/dashboard (160 cand., 50 sel.)",
      median: api.median,
      p99: api.p99,
      baselineMedian: base.median,
      note: `target < 50 ms median: ${api.median < 50 ? "met" : "NOT met"}`,
    },
    {
      scenario: "GET /api/cohorts/:id/ranking (160 × 4 × 12 scores)",
      median: ranking.median,
      p99: ranking.p99,
      baselineMedian: base.median,
      note: "vs the dashboard's raw SQL",
    },
  ];
}
