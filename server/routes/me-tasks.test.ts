import { describe, expect, it } from "vitest";
import { GMSC_EVALUATION_2022 } from "../db/seed/evaluation-schemes";
import { makeWorkspace, workspaceOf } from "../testing/cohort-factories";
import {
  assignAssessors,
  caller,
  evaluationIds,
  flat,
  moveRound,
  score,
  sheetOf,
} from "../testing/evaluation-factories";
import { actorWith, makeOpd } from "../testing/factories";
import { makeMasterplan } from "../testing/masterplan-factories";
import { linkIndicatorDirect, makeProgram, nationalIndicator, THIS_YEAR } from "../testing/monitoring-factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const call = caller(t.app);
const BANDUNG = "32.73";
const SOLOK = "13.72";

type Task = {
  kind: string;
  title: { id: string; en: string };
  href: string;
  object: { type: string; id: string };
  note: string | null;
  overdue: boolean;
};

async function tasksOf(cookie: string): Promise<Task[]> {
  const res = await call("GET", "/api/me/tasks?pageSize=500", cookie);
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json();
  expect(body.total).toBe(body.data.length);
  return body.data;
}
const kinds = (tasks: Task[]) => tasks.map((x) => x.kind);

async function notificationsOf(cookie: string) {
  const res = await call("GET", "/api/me/notifications?pageSize=100", cookie);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    data: Array<{ id: number; kind: string; title: string; body: string; href: string }>;
    unread: number;
  };
}

describe("Perlu Tindakan", () => {
  it("needs a session", async () => {
    expect((await call("GET", "/api/me/tasks")).statusCode).toBe(401);
  });

  it("is empty for a region viewer", async () => {
    const viewer = await actorWith(t.app(), { role: "region_viewer", regionCode: BANDUNG });
    const res = await call("GET", "/api/me/tasks", viewer.cookie);
    expect(res.json()).toEqual({ data: [], total: 0, page: 1, pageSize: 50 });
  });

  it("follows a deliverable from the coordinator to the mentor and away once approved", async () => {
    const app = t.app();
    const { candidate } = await makeWorkspace(app, BANDUNG);
    const coordinator = await actorWith(app, { role: "region_coordinator", regionCode: BANDUNG });
    const mentor = await actorWith(app, { role: "mentor", regionCode: BANDUNG });
    const otherMentor = await actorWith(app, { role: "mentor", regionCode: SOLOK });
    const [stage1] = await workspaceOf(app, candidate.id);
    const first = stage1?.deliverables[0];
    if (!stage1 || !first) throw new Error("workspace without deliverables");

    // Only the first open stage's deliverables wait for the coordinator.
    const before = await tasksOf(coordinator.cookie);
    expect(before.filter((x) => x.kind === "deliverable.complete").map((x) => Number(x.object.id))).toEqual(
      expect.arrayContaining(stage1.deliverables.map((d) => d.id)),
    );
    expect(before.filter((x) => x.kind === "deliverable.complete")).toHaveLength(stage1.deliverables.length);
    expect(await tasksOf(mentor.cookie)).toEqual([]);

    expect(
      (
        await call("PATCH", `/api/deliverables/${first.id}`, coordinator.cookie, {
          link: "https://contoh.go.id/gap",
          version: 1,
        })
      ).statusCode,
    ).toBe(200);
    const submit = await call("POST", `/api/deliverables/${first.id}/actions`, coordinator.cookie, {
      action: "submit",
    });
    expect(submit.statusCode, submit.body).toBe(200);

    const review = (await tasksOf(mentor.cookie)).filter((x) => x.kind === "deliverable.review");
    expect(review).toHaveLength(1);
    expect(review[0]?.href).toBe(`/kandidat/${candidate.id}?tab=bimtek#keluaran-${first.id}`);
    expect(await tasksOf(otherMentor.cookie)).toEqual([]);
    expect(
      (await tasksOf(coordinator.cookie)).some(
        (x) => x.object.type === "deliverable" && x.object.id === String(first.id),
      ),
    ).toBe(false);
    const told = await notificationsOf(mentor.cookie);
    expect(told.data.map((n) => n.kind)).toEqual(["deliverable.submitted"]);
    expect(told.data[0]?.href).toBe(review[0]?.href);
    expect(told.unread).toBe(1);
    // The coordinator acted: nobody tells them of their own submission.
    expect((await notificationsOf(coordinator.cookie)).data).toEqual([]);

    const approve = await call("POST", `/api/deliverables/${first.id}/actions`, mentor.cookie, { action: "approve" });
    expect(approve.statusCode, approve.body).toBe(200);
    expect(kinds(await tasksOf(mentor.cookie))).not.toContain("deliverable.review");
    const coordinatorNews = await notificationsOf(coordinator.cookie);
    expect(coordinatorNews.data.map((n) => n.kind)).toEqual(["deliverable.approved"]);
    expect(coordinatorNews.data[0]?.title).toContain("Kota Bandung");

    // Once every deliverable of stage I is approved, the mentor is asked to close it and the
    // coordinator sees it waiting on the mentor; closing settles both.
    for (const d of stage1.deliverables.slice(1)) {
      await call("PATCH", `/api/deliverables/${d.id}`, coordinator.cookie, {
        link: "https://contoh.go.id/d",
        version: 1,
      });
      expect(
        (await call("POST", `/api/deliverables/${d.id}/actions`, coordinator.cookie, { action: "submit" })).statusCode,
      ).toBe(200);
      expect(
        (await call("POST", `/api/deliverables/${d.id}/actions`, mentor.cookie, { action: "approve" })).statusCode,
      ).toBe(200);
    }
    const close = (await tasksOf(mentor.cookie)).filter((x) => x.kind === "stage.close");
    expect(close.map((x) => x.href)).toEqual([`/kandidat/${candidate.id}?tab=bimtek#tahap-1`]);
    expect(kinds(await tasksOf(coordinator.cookie))).toContain("stage.close_waiting");
    expect((await call("POST", `/api/stages/${stage1.id}/close`, mentor.cookie)).statusCode).toBe(200);
    expect(kinds(await tasksOf(mentor.cookie))).not.toContain("stage.close");
    const after = await tasksOf(coordinator.cookie);
    expect(kinds(after)).not.toContain("stage.close_waiting");
    // Stage II's deliverables are the coordinator's now.
    expect(after.filter((x) => x.kind === "deliverable.complete").every((x) => x.title.id.includes("Tahap 2"))).toBe(
      true,
    );
  });

  it("sends a realisation between the OPD and the coordinator until it is verified", async () => {
    const app = t.app();
    const plan = await makeMasterplan(app, SOLOK, {
      status: "enacted",
      periodStart: THIS_YEAR - 2,
      periodEnd: THIS_YEAR + 7,
    });
    const dinas = await makeOpd(app, SOLOK, "DISKOMINFO");
    const coordinator = await actorWith(app, { role: "region_coordinator", regionCode: SOLOK });
    const contributor = await actorWith(app, { role: "opd_contributor", regionCode: SOLOK, opdId: dinas.id });
    const program = await makeProgram(app, plan.id, dinas.id, { startYear: THIS_YEAR - 1 });
    const indicator = await nationalIndicator(app, "EC: ICT: ICT: 1C");
    const link = await linkIndicatorDirect(app, program.id, indicator.id, { [THIS_YEAR - 1]: 80, [THIS_YEAR]: 90 });

    // Last year and this year are open for reporting; nothing is entered yet.
    const reports = (await tasksOf(contributor.cookie)).filter((x) => x.kind === "program.report");
    expect(reports.map((x) => x.href)).toEqual([
      `/masterplan/${plan.id}/monitoring/program/${program.id}?year=${THIS_YEAR - 1}`,
      `/masterplan/${plan.id}/monitoring/program/${program.id}?year=${THIS_YEAR}`,
    ]);

    const entered = await call("POST", `/api/program-indicators/${link.id}/realisations`, contributor.cookie, {
      year: THIS_YEAR - 1,
      value: 75,
    });
    expect(entered.statusCode, entered.body).toBe(201);
    const realisation = entered.json().data;
    const verify = (await tasksOf(coordinator.cookie)).filter((x) => x.kind === "realisation.verify");
    expect(verify.map((x) => x.object.id)).toEqual([String(realisation.id)]);

    const returned = await call("POST", `/api/realisations/${realisation.id}/return`, coordinator.cookie, {
      version: realisation.version,
      note: "Lampirkan laporan triwulan IV sebagai bukti",
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect(kinds(await tasksOf(coordinator.cookie))).not.toContain("realisation.verify");
    const fix = (await tasksOf(contributor.cookie)).filter((x) => x.kind === "realisation.fix");
    expect(fix).toHaveLength(1);
    expect(fix[0]?.note).toBe("Lampirkan laporan triwulan IV sebagai bukti");
    const news = await notificationsOf(contributor.cookie);
    expect(news.data[0]).toMatchObject({
      kind: "realisation.returned",
      body: "Lampirkan laporan triwulan IV sebagai bukti",
    });

    const corrected = await call("PATCH", `/api/realisations/${realisation.id}`, contributor.cookie, {
      value: 78,
      version: returned.json().data.version,
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(kinds(await tasksOf(contributor.cookie))).not.toContain("realisation.fix");
    expect(kinds(await tasksOf(coordinator.cookie))).toContain("realisation.verify");

    const verified = await call("POST", `/api/realisations/${realisation.id}/verify`, coordinator.cookie, {
      version: corrected.json().data.version,
    });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(kinds(await tasksOf(coordinator.cookie))).not.toContain("realisation.verify");
    expect((await notificationsOf(contributor.cookie)).data.map((n) => n.kind)).toEqual([
      "realisation.verified",
      "realisation.returned",
    ]);
  });

  it("owes an assessor the items they have not scored while scoring is open, and the admin a round to publish", async () => {
    const app = t.app();
    const admin = await actorWith(app, { role: "national_admin" });
    const assessor = await actorWith(app, { role: "assessor", cohortId: 1 });
    const region = "51.04";
    await makeMasterplan(app, region, { status: "enacted" });
    const coordinator = await actorWith(app, { role: "region_coordinator", regionCode: region });
    const created = await call("POST", "/api/evaluation-rounds", admin.cookie, {
      year: 2023,
      tahap: "I",
      regionCodes: [region],
    });
    expect(created.statusCode, created.body).toBe(201);
    const roundId = created.json().data.id;
    await assignAssessors(t.app, admin.cookie, roundId, [assessor.user.id]);
    await moveRound(t.app, admin.cookie, roundId, "self_assessment");
    const ids = await evaluationIds(t.app, admin.cookie, roundId);
    const evaluationId = ids[region];
    const selfAssess = (await tasksOf(coordinator.cookie)).filter((x) => x.kind === "evaluation.self_assess");
    expect(selfAssess.map((x) => x.href)).toEqual([`/evaluasi/wilayah/${evaluationId}?tab=mandiri`]);
    expect((await notificationsOf(coordinator.cookie)).data.map((n) => n.kind)).toContain("evaluation.phase_opened");

    await moveRound(t.app, admin.cookie, roundId, "scoring");
    expect(kinds(await tasksOf(coordinator.cookie))).not.toContain("evaluation.self_assess");
    if (!evaluationId) throw new Error("no evaluation");
    await score(t.app, assessor.cookie, evaluationId, sheetOf(GMSC_EVALUATION_2022, flat(3), 5));
    const owed = (await tasksOf(assessor.cookie)).filter((x) => x.kind === "evaluation.score");
    expect(owed.map((x) => x.href)).toEqual([`/evaluasi/wilayah/${evaluationId}?tab=nilai`]);
    expect(kinds(await tasksOf(admin.cookie))).not.toContain("round.publish");

    await score(t.app, assessor.cookie, evaluationId, sheetOf(GMSC_EVALUATION_2022, flat(3)));
    expect(kinds(await tasksOf(assessor.cookie))).not.toContain("evaluation.score");
    const publish = (await tasksOf(admin.cookie)).filter((x) => x.kind === "round.publish");
    expect(publish.map((x) => x.href)).toEqual([`/evaluasi/${roundId}?tab=pratinjau`]);
  });

  it("pages like every list, sorted by due date", async () => {
    const app = t.app();
    const { candidate } = await makeWorkspace(app, "33.74");
    const coordinator = await actorWith(app, { role: "region_coordinator", regionCode: "33.74" });
    const all = await tasksOf(coordinator.cookie);
    expect(all.length).toBeGreaterThan(2);
    const page2 = (await call("GET", "/api/me/tasks?page=2&pageSize=2", coordinator.cookie)).json();
    expect(page2.total).toBe(all.length);
    expect(page2.data.map((x: Task) => x.href)).toEqual(all.slice(2, 4).map((x) => x.href));
    const beyond = (await call("GET", "/api/me/tasks?page=99&pageSize=2", coordinator.cookie)).json();
    expect(beyond).toMatchObject({ data: [], total: all.length, page: 99 });
    expect(all.every((x) => x.href.startsWith(`/kandidat/${candidate.id}`))).toBe(true);
    expect((await call("GET", "/api/me/tasks?pageSize=0", coordinator.cookie)).statusCode).toBe(422);
  });
});
