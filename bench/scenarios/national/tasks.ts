import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { jakartaToday } from "../../../domain/reporting-calendar";
import type { Actor } from "../../../domain/roles";
import type { App } from "../../../server/app";
import { recordAudit } from "../../../server/audit/record";
import { loadMemberships } from "../../../server/auth/actor";
import type { Db } from "../../../server/db/client";
import { candidate, cohort, framework, readinessInstrument, user } from "../../../server/db/schema/index";
import { activateWorkspace } from "../../../server/services/bimtek/activate-workspace";
import { tasksQuery } from "../../../server/services/tasks/list-tasks";
import { taskScope } from "../../../server/services/tasks/scope";
import { measure, type Row } from "../../measure";
import { inList, type NationalPlan, rowsOf } from "./monitoring-data";

const COHORT_REGIONS = 50;
const FAN_OUT = 200;

/**
 * Program work spread over the national dataset, so the national admin's Perlu Tindakan has
 * something to compute: a cohort in mentoring with 50 selected regions (four Bimtek stages
 * each, planned a fortnight apart from a year ago, so most are overdue; a third of the
 * deliverables submitted, a sixth approved), and pending invitations.
 */
async function buildProgramWork(db: Db, codes: string[]) {
  const [fw] = await db.select().from(framework).where(eq(framework.isDefault, true));
  const [instrument] = await db.select().from(readinessInstrument).limit(1);
  if (!fw || !instrument) throw new Error("reference data");
  const [co] = await db
    .insert(cohort)
    .values({
      year: 2025,
      name: "GMSC 2025 bench",
      quota: COHORT_REGIONS,
      frameworkId: fw.id,
      instrumentId: instrument.id,
      status: "mentoring",
      selectionPublishedAt: new Date(),
    })
    .returning();
  if (!co) throw new Error("cohort");
  const selected = codes.slice(0, COHORT_REGIONS);
  const candidates = await db
    .insert(candidate)
    .values(selected.map((regionCode) => ({ cohortId: co.id, regionCode, status: "selected" as const })))
    .returning();
  for (const c of candidates) await activateWorkspace(db, { candidateId: c.id, frameworkId: fw.id });
  await db.execute(sql`
    update bimtek_stage st set planned_start = current_date - 365 + st.number * 14 + (st.candidate_id % 7),
                               planned_end = current_date - 365 + st.number * 14 + (st.candidate_id % 7) + 2
    where st.candidate_id in (select id from candidate where cohort_id = ${co.id})`);
  await db.execute(sql`
    update deliverable d set status = case when d.id % 6 = 0 then 'approved' when d.id % 3 = 0 then 'submitted' else 'draft' end,
                             submitted_at = case when d.id % 3 = 0 then now() - (d.id % 40) * interval '1 day' end
    where d.stage_id in (select st.id from bimtek_stage st join candidate c on c.id = st.candidate_id where c.cohort_id = ${co.id})`);
  await db.execute(sql`
    insert into invitation (token_hash, email, name, role, region_code, expires_at)
    select md5(random()::text || g), 'undangan-' || g || '@bench.id', 'Undangan ' || g, 'opd_contributor',
           (array[${inList(codes)}])[1 + g % ${codes.length}], now() + (g % 10) * interval '1 day'
    from generate_series(1, 500) g`);
}

async function actorOf(db: Db, email: string): Promise<Actor> {
  const [u] = await db.select().from(user).where(eq(user.email, email));
  if (!u) throw new Error(email);
  return { userId: u.id, email: u.email, name: u.name, memberships: await loadMemberships(db, u.id) };
}

/**
 * Perlu Tindakan for a coordinator of one of the 250 national plans (its ~330 realisations
 * awaiting verification) and for the national admin, each against the same SQL statement run
 * bare; and the cost of one event told to 200 people inside its transaction, against the same
 * transaction with an audited change that tells no one.
 */
export async function taskScenarios(
  app: App,
  codes: string[],
  plan: NationalPlan,
  cookies: { admin: string; coordinator: string; adminEmail: string; coordinatorEmail: string },
): Promise<Row[]> {
  const db = app.database.db;
  const t0 = performance.now();
  await buildProgramWork(db, codes);
  await db.execute(sql`analyze`);
  const built = `cohort of ${COHORT_REGIONS} regions and 500 invitations built in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
  const rows: Row[] = [];
  const today = jakartaToday();

  for (const [who, cookie, email] of [
    ["coordinator", cookies.coordinator, cookies.coordinatorEmail],
    ["national admin", cookies.admin, cookies.adminEmail],
  ] as const) {
    const scope = taskScope(await actorOf(db, email), today);
    const first = (await app.inject({ url: "/api/me/tasks?pageSize=50", headers: { cookie } })).json();
    if (!Array.isArray(first.data) || first.total < 1) throw new Error(`no tasks for the ${who}`);
    const api = await measure(
      async () => {
        const res = await app.inject({ url: "/api/me/tasks?pageSize=50", headers: { cookie } });
        if (res.statusCode !== 200) throw new Error(res.body);
      },
      100,
      10,
    );
    const bare = await measure(() => db.execute(tasksQuery(scope, { limit: 50, offset: 0 })), 100, 10);
    rows.push({
      scenario: `GET /api/me/tasks, ${who}`,
      median: api.median,
      p99: api.p99,
      baselineMedian: bare.median,
      note: `${first.total} tasks, page of 50; target ≤ 50 ms median and ≤ 3× bare SQL: ${api.median <= 50 && api.median <= 3 * bare.median ? "met" : "NOT met"}${who === "coordinator" ? `; ${built}` : ""}`,
    });
  }

  // 200 people in the plan's region (OPD contributors) are told of its enactment.
  await db.insert(user).values(
    Array.from({ length: FAN_OUT }, (_, i) => ({
      id: randomUUID(),
      email: `penerima-${i}@bench.id`,
      name: `Penerima ${i}`,
      emailVerified: true,
    })),
  );
  await db.execute(sql`
    insert into membership (user_id, role, region_code)
    select id, 'opd_contributor', ${plan.regionCode} from "user" where email like 'penerima-%@bench.id'`);
  const ctx = { actor: null, ip: null, userAgent: null, requestId: "bench" };
  const inRolledBackTransaction = (action: string) => async () => {
    await db
      .transaction(async (tx) => {
        await recordAudit(tx, ctx, {
          action,
          entityType: "masterplan",
          entityId: plan.id,
          regionCode: plan.regionCode,
        });
        throw new Rollback();
      })
      .catch((err) => {
        if (!(err instanceof Rollback)) throw err;
      });
  };
  const told = await db
    .transaction(async (tx) => {
      await recordAudit(tx, ctx, {
        action: "masterplan.enact",
        entityType: "masterplan",
        entityId: plan.id,
        regionCode: plan.regionCode,
      });
      const [n] = rowsOf<{ n: number }>(
        await tx.execute(sql`select count(*)::int as n from notification where kind = 'masterplan.enacted'`),
      );
      throw new Counted(n?.n ?? 0);
    })
    .catch((err) => (err instanceof Counted ? err.n : Promise.reject(err)));
  const fan = await measure(inRolledBackTransaction("masterplan.enact"), 50, 5);
  const quiet = await measure(inRolledBackTransaction("masterplan.updated"), 50, 5);
  rows.push({
    scenario: `one event told to ${FAN_OUT}+ people, in its transaction`,
    median: fan.median,
    p99: fan.p99,
    baselineMedian: quiet.median,
    note: `${told} notifications written; added ${(fan.median - quiet.median).toFixed(1)} ms (target ≤ 200 ms: ${fan.median - quiet.median <= 200 ? "met" : "NOT met"}); baseline: the same audited transaction telling no one`,
  });
  return rows;
}

class Rollback extends Error {}
class Counted extends Error {
  constructor(readonly n: number) {
    super("counted");
  }
}
