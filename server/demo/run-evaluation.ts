import type { EvaluationDetail, EvaluationOut, RoundOut } from "../../domain/evaluation/api";
import type { DemoClient } from "./api-client";
import { BANJAR_SELF_ASSESSMENT } from "./banjar/self-assessment";
import { banjarCoordinator } from "./banjar-step";
import { type DemoContext, demoCohort } from "./context";
import {
  BANJAR_ITEM_NOTES,
  demoItemScore,
  OTHER_SELF_ASSESSMENTS,
  type RoundSeed,
  type SelfAnswer,
} from "./evaluation-data";
import { signInOrInvite } from "./join";
import { evidencePdf } from "./pdf";
import { DEMO_PASSWORD, DEMO_PEOPLE } from "./people";
import { placeRound } from "./place-in-story";
import { BANJAR } from "./run-masterplan";

type Data<T> = { data: T };
type Round = RoundOut & { scheme: { items: Array<{ code: string }> } };

/** The round of the seed's year and Tahap as the national admin sees it, or undefined. */
export async function findRound(admin: DemoClient, seed: Pick<RoundSeed, "year" | "tahap">) {
  const rounds = await admin.get<Data<RoundOut[]>>(`/api/evaluation-rounds?year=${seed.year}`);
  return rounds.data.find((r) => r.tahap === seed.tahap);
}

const roundOf = async (admin: DemoClient, id: number) =>
  (await admin.get<Data<Round>>(`/api/evaluation-rounds/${id}`)).data;

/** A region's coordinator signed in (invited by the national admin when they have no account yet). */
export async function coordinatorOf(ctx: DemoContext, regionCode: string): Promise<DemoClient | null> {
  if (regionCode === BANJAR) return banjarCoordinator(ctx);
  const person = [...DEMO_PEOPLE.coordinators, ...DEMO_PEOPLE.evaluationCoordinators].find(
    (c) => c.region === regionCode,
  );
  if (!person) return null;
  return signInOrInvite(
    ctx.app,
    { inviter: ctx.admin, admin: ctx.admin },
    { email: person.email, name: person.name, role: "region_coordinator", regionCode },
  );
}

/**
 * What each region writes: the seed's own answers, else in 2025 Kota Banjar every item with a
 * self score and the others a few lines.
 */
function answersFor(seed: RoundSeed, regionCode: string): SelfAnswer[] {
  if (seed.answers) return [...(seed.answers[regionCode] ?? [])];
  if (seed.year !== 2025) return [];
  if (regionCode !== BANJAR)
    return (OTHER_SELF_ASSESSMENTS[regionCode] ?? []).map(([itemCode, text]) => ({ itemCode, text }));
  return Object.entries(BANJAR_SELF_ASSESSMENT).flatMap(([dimension, answers]) =>
    Object.entries(answers).map(([result, a]) => ({
      itemCode: `${dimension}.${result}`,
      text: a.text,
      score: a.score,
    })),
  );
}

/** The regions' self-assessments (skipping items already answered) and Kota Banjar's evidence, when the seed has some. */
async function selfAssess(ctx: DemoContext, seed: RoundSeed, evaluations: EvaluationOut[]) {
  for (const e of evaluations) {
    const answers = answersFor(seed, e.regionCode);
    if (!answers.length) continue;
    const coordinator = await coordinatorOf(ctx, e.regionCode);
    if (!coordinator) continue;
    const detail = (await coordinator.get<Data<EvaluationDetail>>(`/api/evaluations/${e.id}`)).data;
    const done = new Set(detail.answers.map((a) => a.itemCode));
    for (const a of answers) {
      if (done.has(a.itemCode)) continue;
      await coordinator.put(`/api/evaluations/${e.id}/self-assessment/${a.itemCode}`, {
        narrative: a.text,
        selfScore: a.score ?? null,
        version: 0,
      });
    }
    if (e.regionCode !== BANJAR) continue;
    const attached = new Set(detail.evidence.map((x) => x.itemCode));
    for (const f of seed.evidence ?? [])
      if (!attached.has(f.itemCode))
        await coordinator.upload(`/api/evaluations/${e.id}/evidence`, evidencePdf(f.title, f.lines), {
          itemCode: f.itemCode,
        });
  }
}

/**
 * The demo assessors score the regions, region by region over four interview days: every item
 * with the interview, or as far as the seed's `sheets` say (the interview with a complete sheet
 * only). Saving a sheet again changes nothing, so a run cut short is simply repeated.
 */
async function score(ctx: DemoContext, seed: RoundSeed, round: Round, evaluations: EvaluationOut[]) {
  const first = new Date(`${seed.days.interviews}T00:00:00Z`);
  const all = round.scheme.items.length;
  for (const [a, person] of DEMO_PEOPLE.assessors.entries()) {
    const assessor = await ctx.admin.signIn(person.email, DEMO_PASSWORD);
    for (const [i, e] of evaluations.entries()) {
      const count = seed.sheets ? Math.min(all, seed.sheets[a]?.[e.regionCode] ?? 0) : all;
      if (count === 0) continue;
      const heldOn = new Date(first.getTime() + (i % 4) * 86_400_000).toISOString().slice(0, 10);
      const notes = seed.interviews[e.regionCode]?.[a] || null;
      await assessor.put(`/api/evaluations/${e.id}/scores`, {
        scores: round.scheme.items.slice(0, count).map((item) => ({
          itemCode: item.code,
          score: demoItemScore(seed, e.regionCode, item.code, a),
          note:
            a === 0 && seed.year === 2025 && seed.tahap === "I" && e.regionCode === BANJAR
              ? (BANJAR_ITEM_NOTES[item.code] ?? null)
              : null,
        })),
        ...(count === all ? { interview: { heldOn, notes } } : {}),
      });
    }
  }
}

/**
 * One evaluation round carried by the people who run it: the national admin opens it for the
 * seed's regions of the 2024 cohort with its phase end dates and assigns the two demo
 * assessors, the regions' coordinators write their self-assessments, the assessors score and
 * record interviews, and the admin publishes it with its result letter — or, for a seed without
 * a letter, leaves it in scoring with the sheets written so far. Starts from whatever phase the
 * round is in.
 */
export async function runRound(ctx: DemoContext, seed: RoundSeed) {
  const { admin } = ctx;
  let found = await findRound(admin, seed);
  if (!found) {
    const cohort = await demoCohort(admin);
    found = (
      await admin.post<Data<RoundOut>>("/api/evaluation-rounds", {
        year: seed.year,
        tahap: seed.tahap,
        schemeKey: seed.schemeKey,
        name: seed.name,
        cohortId: cohort.id,
        regionCodes: [...seed.regions],
        selfAssessmentEndsOn: seed.ends.selfAssessment,
        scoringEndsOn: seed.ends.scoring,
      })
    ).data;
  }
  let round = await roundOf(admin, found.id);
  const move = async (to: string, extra: object = {}) => {
    round = (
      await admin.post<Data<Round>>(`/api/evaluation-rounds/${round.id}/transition`, {
        to,
        version: round.version,
        ...extra,
      })
    ).data;
  };
  if (round.status === "draft") {
    const ids: string[] = [];
    for (const a of DEMO_PEOPLE.assessors) {
      const users = await admin.get<Data<Array<{ id: string; email: string }>>>(
        `/api/users?q=${encodeURIComponent(a.email)}`,
      );
      const id = users.data.find((u) => u.email === a.email)?.id;
      if (!id) throw new Error(`demo assessor ${a.email} missing`);
      ids.push(id);
    }
    round = (
      await admin.put<Data<Round>>(`/api/evaluation-rounds/${round.id}/assessors`, {
        userIds: ids,
        version: round.version,
      })
    ).data;
    await move("self_assessment");
  }
  const evaluations = (
    await admin.get<Data<EvaluationOut[]>>(`/api/evaluation-rounds/${round.id}/evaluations?pageSize=500`)
  ).data;
  if (round.status === "self_assessment") {
    await selfAssess(ctx, seed, evaluations);
    await move("scoring");
  }
  if (round.status === "scoring") {
    await score(ctx, seed, round, evaluations);
    if (seed.letter)
      await move("published", { resultLetterNumber: seed.letter.number, resultLetterDate: seed.letter.date });
  }
  await placeRound(ctx.app, round.id, seed.days);
}
