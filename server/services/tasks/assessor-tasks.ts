import { type SQL, sql } from "drizzle-orm";
import { inList, type TaskScope } from "./scope";

/**
 * An assessor's scores still owed while the phase is open: readiness criteria of the cohorts they
 * assess (until the assessment end in the cohort's plan), and items of the evaluation rounds they
 * are assigned to while scoring is open (until its end date).
 */
export function assessorTasks(s: TaskScope): SQL[] {
  const out: SQL[] = [];
  if (s.assessorOfCohorts.length > 0)
    out.push(sql`select 'assessment.score', 'candidate', c.id::text, '/kandidat/' || c.id || '?tab=penilaian',
        c.region_code, (co.plan->>'assessmentEnd')::date, c.invited_at,
        'Nilai kesiapan (' || coalesce(mine.n, 0) || ' dari ' || crit.n || ' kriteria): ' || co.name,
        'Score readiness (' || coalesce(mine.n, 0) || ' of ' || crit.n || ' criteria): ' || co.name, null::text
      from candidate c
      join cohort co on co.id = c.cohort_id
      cross join lateral (select count(*)::int as n from readiness_criterion rc where rc.instrument_id = co.instrument_id) crit
      left join lateral (select count(*)::int as n from assessment_score a
                         where a.candidate_id = c.id and a.assessor_id = ${s.userId}) mine on true
      where co.status = 'assessment' and c.status <> 'withdrawn' and ${inList(sql`co.id`, s.assessorOfCohorts)}
        and coalesce(mine.n, 0) < crit.n`);
  out.push(sql`select 'evaluation.score', 'evaluation', e.id::text, '/evaluasi/wilayah/' || e.id || '?tab=nilai',
        e.region_code, r.scoring_ends_on, r.updated_at,
        'Nilai evaluasi (' || coalesce(mine.n, 0) || ' dari ' || jsonb_array_length(r.scheme->'items') || ' butir): ' || r.name,
        'Score the evaluation (' || coalesce(mine.n, 0) || ' of ' || jsonb_array_length(r.scheme->'items') || ' items): ' || r.name,
        null::text
      from evaluation_assessor ea
      join evaluation_round r on r.id = ea.round_id
      join evaluation e on e.round_id = r.id
      left join lateral (select count(distinct es.item_code)::int as n from evaluation_score es
                         where es.evaluation_id = e.id and es.assessor_id = ${s.userId}) mine on true
      where ea.user_id = ${s.userId} and r.status = 'scoring'
        and coalesce(mine.n, 0) < jsonb_array_length(r.scheme->'items')`);
  return out;
}
