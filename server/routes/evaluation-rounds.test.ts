import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent } from "../db/schema/index";
import { GMSC_EVALUATION_2022 } from "../db/seed/evaluation-schemes";
import { makeCohort } from "../testing/cohort-factories";
import {
  assignAssessors,
  caller,
  evaluationIds,
  flat,
  moveRound,
  roundVersion,
  score,
  sheetOf,
} from "../testing/evaluation-factories";
import { actorWith } from "../testing/factories";
import { makeMasterplan } from "../testing/masterplan-factories";
import { FAKE_EXE, multipartFile, TINY_PDF } from "../testing/multipart";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const call = caller(t.app);
const BANJAR = "32.79";
const BANDUNG = "32.73";
const SOLOK = "13.72";
const PADANG = "13.71";
const scheme = GMSC_EVALUATION_2022;

let admin: string;
let coordBanjar: string;
let coordSolok: string;
let viewerBanjar: string;
let coordinatorId: string;
let assessorA: { cookie: string; id: string };
let assessorB: { cookie: string; id: string };
let outsider: { cookie: string; id: string };
let roundId: number;
let ids: Record<string, number>;

beforeAll(async () => {
  const app = t.app();
  const cohort = await makeCohort(app, { year: 2019 });
  admin = (await actorWith(app, { role: "national_admin" })).cookie;
  const coordinator = await actorWith(app, { role: "region_coordinator", regionCode: BANJAR });
  coordBanjar = coordinator.cookie;
  coordinatorId = coordinator.user.id;
  coordSolok = (await actorWith(app, { role: "region_coordinator", regionCode: SOLOK })).cookie;
  viewerBanjar = (await actorWith(app, { role: "region_viewer", regionCode: BANJAR })).cookie;
  const assessor = async () => {
    const a = await actorWith(app, { role: "assessor", cohortId: cohort.id });
    return { cookie: a.cookie, id: a.user.id };
  };
  [assessorA, assessorB, outsider] = [await assessor(), await assessor(), await assessor()];
  await makeMasterplan(app, BANJAR, { status: "enacted" });
  await makeMasterplan(app, BANDUNG, { status: "enacted" });
  await makeMasterplan(app, SOLOK, { status: "approved" });
  await makeMasterplan(app, PADANG, { status: "draft" });
}, 60_000);

describe("an evaluation round from opening to publication", () => {
  it("is opened by the national admin with the regions whose masterplan is approved or enacted", async () => {
    const body = { year: 2024, tahap: "II" };
    expect((await call("POST", "/api/evaluation-rounds", undefined, body)).statusCode).toBe(401);
    expect((await call("POST", "/api/evaluation-rounds", coordBanjar, body)).statusCode).toBe(403);
    const res = await call("POST", "/api/evaluation-rounds", admin, body);
    expect(res.statusCode, res.body).toBe(201);
    const round = res.json().data;
    expect(round).toMatchObject({
      name: "Evaluasi Smart City 2024 Tahap II",
      status: "draft",
      schemeKey: "gmsc-evaluasi@2022",
      weights: [
        { code: "baseline", weight: 10 },
        { code: "output", weight: 20 },
        { code: "outcome", weight: 30 },
        { code: "impact", weight: 20 },
        { code: "quick_win", weight: 20 },
      ],
      counts: { participants: 3, assessors: 0 },
      moves: [{ to: "self_assessment", blockers: [] }],
      can: { manage: true, score: false },
    });
    roundId = round.id;
    ids = await evaluationIds(t.app, admin, roundId);
    expect(Object.keys(ids).sort()).toEqual([SOLOK, BANDUNG, BANJAR].sort());
    expect((await call("POST", "/api/evaluation-rounds", admin, body)).json().error.code).toBe(
      "evaluation_round_exists",
    );
    const [audit] = await t
      .database()
      .db.select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, "evaluation_round.created"), eq(auditEvent.entityId, String(roundId))));
    expect(audit?.changes).toMatchObject({ participants: [null, [SOLOK, BANDUNG, BANJAR]] });
  });

  it("is edited while a draft: participants and scheme, guarded by versions", async () => {
    const url = `/api/evaluation-rounds/${roundId}`;
    const v = () => roundVersion(t.app, admin, roundId);
    const codes = [BANJAR, BANDUNG, SOLOK];
    const unknown = await call("PUT", `${url}/participants`, admin, {
      regionCodes: [...codes, "99.99"],
      version: await v(),
    });
    expect(unknown.json().error).toMatchObject({ code: "unknown_region_codes", details: { unknown: ["99.99"] } });
    const added = await call("PUT", `${url}/participants`, admin, {
      regionCodes: [...codes, PADANG],
      version: await v(),
    });
    expect(added.json().data.counts.participants).toBe(4);
    await call("PUT", `${url}/participants`, admin, { regionCodes: codes, version: await v() });
    const renamed = await call("PATCH", url, admin, { schemeKey: "gmsc-evaluasi@2021", version: await v() });
    expect(renamed.json().data.weights.map((w: { weight: number }) => w.weight)).toEqual([10, 20, 30, 30, 10]);
    const stale = await call("PATCH", url, admin, { schemeKey: "gmsc-evaluasi@2022", version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("version_conflict");
    await call("PATCH", url, admin, { schemeKey: "gmsc-evaluasi@2022", version: await v() });
    expect((await call("PATCH", url, coordBanjar, { name: "Diubah daerah", version: await v() })).statusCode).toBe(404);
    expect(Object.keys(await evaluationIds(t.app, admin, roundId)).sort()).toEqual([SOLOK, BANDUNG, BANJAR].sort());
  });

  it("keeps the phase end dates: set on opening or later, read back, audited, and scoring never ending first", async () => {
    const reversed = await call("POST", "/api/evaluation-rounds", admin, {
      year: 2023,
      tahap: "II",
      regionCodes: [BANJAR],
      selfAssessmentEndsOn: "2023-10-31",
      scoringEndsOn: "2023-10-30",
    });
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json().error.details.issues).toEqual([
      { path: "body.scoringEndsOn", message: "Batas penilaian asesor tidak boleh sebelum batas evaluasi mandiri" },
    ]);
    const opened = await call("POST", "/api/evaluation-rounds", admin, {
      year: 2023,
      tahap: "II",
      regionCodes: [BANJAR],
      selfAssessmentEndsOn: "2023-10-31",
      scoringEndsOn: "2023-10-31",
    });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json().data).toMatchObject({ selfAssessmentEndsOn: "2023-10-31", scoringEndsOn: "2023-10-31" });

    const url = `/api/evaluation-rounds/${roundId}`;
    const v = () => roundVersion(t.app, admin, roundId);
    expect((await call("GET", url, admin)).json().data).toMatchObject({
      selfAssessmentEndsOn: null,
      scoringEndsOn: null,
    });
    const set = await call("PATCH", url, admin, {
      selfAssessmentEndsOn: "2024-10-31",
      scoringEndsOn: "2024-11-22",
      version: await v(),
    });
    expect(set.statusCode, set.body).toBe(200);
    const read = (await call("GET", url, admin)).json().data;
    expect(read).toMatchObject({ selfAssessmentEndsOn: "2024-10-31", scoringEndsOn: "2024-11-22" });
    const [audit] = await t
      .database()
      .db.select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, "evaluation_round.updated"), eq(auditEvent.entityId, String(roundId))))
      .orderBy(desc(auditEvent.id))
      .limit(1);
    expect(audit?.changes).toEqual({
      selfAssessmentEndsOn: [null, "2024-10-31"],
      scoringEndsOn: [null, "2024-11-22"],
    });

    // One date moved past the stored other is refused too, on the field that was sent.
    const tooLate = await call("PATCH", url, admin, { selfAssessmentEndsOn: "2024-11-30", version: await v() });
    expect(tooLate.statusCode).toBe(422);
    expect(tooLate.json().error.details.issues).toEqual([
      {
        path: "body.selfAssessmentEndsOn",
        message: "Batas penilaian asesor tidak boleh sebelum batas evaluasi mandiri",
      },
    ]);
    const bothWrong = await call("PATCH", url, admin, {
      selfAssessmentEndsOn: "2024-11-30",
      scoringEndsOn: "2024-11-01",
      version: await v(),
    });
    expect(bothWrong.json().error.details.issues.map((i: { path: string }) => i.path)).toEqual(["body.scoringEndsOn"]);
    expect((await call("PATCH", url, admin, { scoringEndsOn: "2024-10-01", version: await v() })).statusCode).toBe(422);
    expect((await call("PATCH", url, admin, { scoringEndsOn: "31-10-2024", version: await v() })).statusCode).toBe(422);
    // Clearing one date leaves the other; the rest of the story runs with both set.
    const cleared = await call("PATCH", url, admin, { scoringEndsOn: null, version: await v() });
    expect(cleared.json().data).toMatchObject({ selfAssessmentEndsOn: "2024-10-31", scoringEndsOn: null });
    await call("PATCH", url, admin, { scoringEndsOn: "2024-11-22", version: await v() });
    expect((await call("GET", url, admin)).json().data.scoringEndsOn).toBe("2024-11-22");
  });

  it("stays hidden from the regions while a draft, then opens for their self-assessment", async () => {
    expect((await call("GET", `/api/evaluations/${ids[BANJAR]}`, coordBanjar)).statusCode).toBe(404);
    expect((await call("GET", `/api/evaluation-rounds/${roundId}`, coordBanjar)).statusCode).toBe(404);
    const stale = await call("POST", `/api/evaluation-rounds/${roundId}/transition`, admin, {
      to: "self_assessment",
      version: 99,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe("version_conflict");
    const round = await moveRound(t.app, admin, roundId, "self_assessment");
    expect(round.moves).toEqual([
      { to: "scoring", blockers: [{ code: "no_assessors", message: "Belum ada asesor yang ditugaskan" }] },
      { to: "draft", blockers: [] },
    ]);
  });

  it("lets the coordinator fill the self-assessment item by item, with versions", async () => {
    const url = `/api/evaluations/${ids[BANJAR]}/self-assessment/governance.outcome`;
    const answer = {
      narrative: "Mal Pelayanan Publik melayani 120 jenis izin secara daring.",
      selfScore: 4,
      version: 0,
    };
    const first = await call("PUT", url, coordBanjar, answer);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().data).toEqual({ itemCode: "governance.outcome", version: 1 });
    expect((await call("PUT", url, coordBanjar, answer)).statusCode).toBe(409);
    const second = await call("PUT", url, coordBanjar, { ...answer, narrative: "Diperbarui", version: 1 });
    expect(second.json().data.version).toBe(2);
    const offScale = await call("PUT", url, coordBanjar, { ...answer, selfScore: 7, version: 2 });
    expect(offScale.statusCode).toBe(422);
    expect(offScale.json().error.details.issues[0]).toEqual({
      path: "body.selfScore",
      message: "Nilai harus antara 1 dan 5",
    });
    const unknown = await call(
      "PUT",
      `/api/evaluations/${ids[BANJAR]}/self-assessment/governance.tidak_ada`,
      coordBanjar,
      answer,
    );
    expect(unknown.statusCode).toBe(422);
    expect((await call("PUT", url, viewerBanjar, { ...answer, version: 2 })).statusCode).toBe(403);
  });

  it("takes evidence files, refusing what is not a document", async () => {
    const url = `/api/evaluations/${ids[BANJAR]}/evidence`;
    const ok = await t.app().inject({
      method: "POST",
      url,
      ...multipartFile(TINY_PDF, { filename: "sk-tim-smart-city.pdf", cookie: coordBanjar }),
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const exe = await t.app().inject({
      method: "POST",
      url,
      ...multipartFile(FAKE_EXE, { filename: "bukti.pdf", cookie: coordBanjar }),
    });
    expect(exe.statusCode).toBe(415);
    const detail = (await call("GET", `/api/evaluations/${ids[BANJAR]}`, coordBanjar)).json().data;
    expect(detail.answers).toEqual([
      expect.objectContaining({ itemCode: "governance.outcome", narrative: "Diperbarui" }),
    ]);
    expect(detail.evidence).toHaveLength(1);
    expect(detail.evaluation).toMatchObject({
      progress: { items: 30, selfAssessed: 1, evidence: 1 },
      can: { selfAssess: true },
    });
    const download = await call(
      "GET",
      `/api/evaluations/${ids[BANJAR]}/evidence/${detail.evidence[0].id}`,
      coordBanjar,
    );
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("keeps another region out of Banjar's self-assessment: 404", async () => {
    expect((await call("GET", `/api/evaluations/${ids[BANJAR]}`, coordSolok)).statusCode).toBe(404);
    const put = await call("PUT", `/api/evaluations/${ids[BANJAR]}/self-assessment/governance.output`, coordSolok, {
      narrative: "x",
      version: 0,
    });
    expect(put.statusCode).toBe(404);
    const list = (await call("GET", `/api/evaluation-rounds/${roundId}/evaluations`, coordSolok)).json();
    expect(list).toMatchObject({ total: 1, data: [{ regionCode: SOLOK }] });
  });

  it("needs assessors, who must hold the assessor role, before scoring", async () => {
    const blocked = await call("POST", `/api/evaluation-rounds/${roundId}/transition`, admin, {
      to: "scoring",
      version: await roundVersion(t.app, admin, roundId),
    });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error).toMatchObject({
      code: "evaluation_transition_blocked",
      details: { reasons: [{ code: "no_assessors" }] },
    });
    const wrong = await call("PUT", `/api/evaluation-rounds/${roundId}/assessors`, admin, {
      userIds: [assessorA.id, coordinatorId],
      version: await roundVersion(t.app, admin, roundId),
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.details.issues).toEqual([
      { path: "body.userIds.1", message: "Pengguna ini tidak memegang peran asesor" },
    ]);
    const round = await assignAssessors(t.app, admin, roundId, [assessorA.id, assessorB.id]);
    expect(round.assessors.map((a: { userId: string }) => a.userId).sort()).toEqual(
      [assessorA.id, assessorB.id].sort(),
    );
    await moveRound(t.app, admin, roundId, "scoring");
    const late = await call("PUT", `/api/evaluations/${ids[BANJAR]}/self-assessment/governance.output`, coordBanjar, {
      narrative: "Terlambat",
      version: 0,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe("evaluation_locked");
  });

  it("lets only the assigned assessors score, on the scheme's scale", async () => {
    const sheet = sheetOf(scheme, flat(3));
    expect((await call("GET", `/api/evaluations/${ids[BANJAR]}`, outsider.cookie)).statusCode).toBe(404);
    expect(
      (await call("PUT", `/api/evaluations/${ids[BANJAR]}/scores`, outsider.cookie, { scores: sheet })).statusCode,
    ).toBe(404);
    expect(
      (await call("PUT", `/api/evaluations/${ids[BANJAR]}/scores`, coordBanjar, { scores: sheet })).statusCode,
    ).toBe(403);
    const bad = await call("PUT", `/api/evaluations/${ids[BANJAR]}/scores`, assessorA.cookie, {
      scores: [{ itemCode: "governance.output", score: 6 }],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details.issues[0].path).toBe("body.scores.0.score");

    await score(
      t.app,
      assessorA.cookie,
      ids[BANJAR] as number,
      sheetOf(scheme, { baseline: 3, output: 4, outcome: 3, impact: 2, quick_win: 5 }),
      {
        heldOn: "2024-10-21",
        notes: "Wawancara daring dengan Diskominfo dan Bappeda",
      },
    );
    await score(t.app, assessorB.cookie, ids[BANJAR] as number, sheet);
    await score(t.app, assessorA.cookie, ids[BANDUNG] as number, sheet);
    await score(t.app, assessorA.cookie, ids[SOLOK] as number, sheetOf(scheme, flat(3), 29));
    const own = (await call("GET", `/api/evaluations/${ids[BANJAR]}`, assessorB.cookie)).json().data;
    expect(own.scoreSheets).toEqual([
      expect.objectContaining({ assessorId: assessorB.id, complete: true, interview: null }),
    ]);
    const all = (await call("GET", `/api/evaluations/${ids[BANJAR]}`, admin)).json().data;
    expect(all.scoreSheets).toHaveLength(2);
    // The participant list tells each assessor how far their own sheet is, region by region.
    const mine = async (cookie: string) =>
      Object.fromEntries(
        (await call("GET", `/api/evaluation-rounds/${roundId}/evaluations`, cookie))
          .json()
          .data.map((e: { regionCode: string; progress: { scoredByMe: number } }) => [
            e.regionCode,
            e.progress.scoredByMe,
          ]),
      );
    expect(await mine(assessorA.cookie)).toMatchObject({ [BANJAR]: 30, [BANDUNG]: 30, [SOLOK]: 29 });
    expect(await mine(assessorB.cookie)).toMatchObject({ [BANJAR]: 30, [BANDUNG]: 0, [SOLOK]: 0 });
    expect(await mine(admin)).toMatchObject({ [BANJAR]: 0, [BANDUNG]: 0, [SOLOK]: 0 });
    expect((await call("GET", `/api/evaluations/${ids[BANJAR]}`, coordBanjar)).json().data.scoreSheets).toEqual([]);
  });

  it("shows the region no result before publication, and the admin a preview", async () => {
    const res = await call("GET", `/api/evaluations/${ids[BANJAR]}/result`, coordBanjar);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe("evaluation_result_not_found");
    expect((await call("GET", "/api/evaluation-results?year=2024", coordBanjar)).json()).toMatchObject({
      total: 0,
      data: [],
    });
    expect((await call("GET", `/api/evaluation-rounds/${roundId}/preview`, coordBanjar)).statusCode).toBe(403);
    const preview = (await call("GET", `/api/evaluation-rounds/${roundId}/preview`, admin)).json().data;
    expect(preview.find((r: { regionCode: string }) => r.regionCode === BANJAR)).toMatchObject({
      index: 3.2,
      nationalRank: 1,
    });
  });

  it("refuses to publish without the letter or with a region unscored, then publishes with ranks", async () => {
    const version = await roundVersion(t.app, admin, roundId);
    const noLetter = await call("POST", `/api/evaluation-rounds/${roundId}/transition`, admin, {
      to: "published",
      version,
    });
    expect(noLetter.statusCode).toBe(422);
    const letter = { resultLetterNumber: "B-812/DJAI/AI.01.02/11/2024", resultLetterDate: "2024-11-28" };
    const unscored = await call("POST", `/api/evaluation-rounds/${roundId}/transition`, admin, {
      to: "published",
      version,
      ...letter,
    });
    expect(unscored.statusCode).toBe(409);
    expect(unscored.json().error.details.reasons).toEqual([
      expect.objectContaining({ code: "regions_unscored", regionCodes: [SOLOK] }),
    ]);
    await score(t.app, assessorA.cookie, ids[SOLOK] as number, sheetOf(scheme, flat(3)));
    const round = await moveRound(t.app, admin, roundId, "published", letter);
    expect(round).toMatchObject({ status: "published", ...letter, moves: [] });
    expect(round.publishedAt).toEqual(expect.any(String));
    // Banjar: mean of 3.40 (A) and 3.00 (B); Bandung and Solok tie at 3.00 and share rank 2.
    const table = (await call("GET", `/api/evaluation-results?roundId=${roundId}`, coordSolok)).json();
    expect(
      table.data.map((r: { regionCode: string; index: number; nationalRank: number; provincialRank: number }) => [
        r.regionCode,
        r.index,
        r.nationalRank,
        r.provincialRank,
      ]),
    ).toEqual([
      [BANJAR, 3.2, 1, 1],
      [SOLOK, 3, 2, 1],
      [BANDUNG, 3, 2, 2],
    ]);
    const audit = await t
      .database()
      .db.select()
      .from(auditEvent)
      .where(eq(auditEvent.action, "evaluation_round.published"));
    expect(audit).toHaveLength(1);
  });

  it("shows the region its own result and rank after publication", async () => {
    const res = await call("GET", `/api/evaluations/${ids[BANJAR]}/result`, viewerBanjar);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json().data;
    expect(r).toMatchObject({
      index: 3.2,
      nationalRank: 1,
      provincialRank: 1,
      participants: 3,
      provinceParticipants: 2,
      results: { baseline: 3, output: 3.5, outcome: 3, impact: 2.5, quick_win: 4 },
      resultLetterNumber: "B-812/DJAI/AI.01.02/11/2024",
      previousIndex: null,
      improvement: null,
    });
    const governance = r.smartDimensions.find((d: { code: string }) => d.code === "governance");
    expect(governance.score).toBe(3.2);
    expect(governance.items).toHaveLength(5);
    expect((await call("GET", `/api/evaluations/${ids[BANJAR]}/result`, coordSolok)).statusCode).toBe(404);
    expect(
      (await call("PUT", `/api/evaluations/${ids[BANJAR]}/scores`, assessorA.cookie, { scores: [] })).statusCode,
    ).toBe(409);
  });
});
