import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent, candidate } from "../db/schema/index";
import { makeCohort, makeWorkspace, workspaceOf } from "../testing/cohort-factories";
import { actorWith, makeOpd } from "../testing/factories";
import { FAKE_EXE, HTML_PAGE, multipartFile, TINY_PDF } from "../testing/multipart";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";
const SOLOK = "13.72";

let admin: string;
let coordinator: string;
let coordinatorSolok: string;
let viewer: string;
let mentor: string;
let mentorUserId: string;
let candidateId: number;
let banjarOpdId: number;
let solokOpdId: number;
type Ws = Awaited<ReturnType<typeof workspaceOf>>;
let ws: Ws;

const stageOf = (n: number) => {
  const s = ws[n - 1];
  if (!s) throw new Error(`no stage ${n}`);
  return s;
};
const deliverableOf = (n: number, code: string) => {
  const d = stageOf(n).deliverables.find((x) => x.code === code);
  if (!d) throw new Error(`no deliverable ${code}`);
  return d.id;
};

beforeAll(async () => {
  const app = t.app();
  const { candidate: c } = await makeWorkspace(app, BANJAR);
  candidateId = c.id;
  ws = await workspaceOf(app, c.id);
  banjarOpdId = (await makeOpd(app, BANJAR, "Bappeda")).id;
  solokOpdId = (await makeOpd(app, SOLOK, "Bappeda")).id;
  const m = await actorWith(app, { role: "mentor", regionCode: BANJAR });
  mentor = m.cookie;
  mentorUserId = m.user.id;
  [admin, coordinator, coordinatorSolok, viewer] = (await Promise.all(
    [
      { role: "national_admin" as const },
      { role: "region_coordinator" as const, regionCode: BANJAR },
      { role: "region_coordinator" as const, regionCode: SOLOK },
      { role: "region_viewer" as const, regionCode: BANJAR },
    ].map(async (mm) => (await actorWith(app, mm)).cookie),
  )) as [string, string, string, string];
}, 60_000);

const inject = (method: "GET" | "POST" | "PATCH" | "PUT", url: string, cookie?: string, payload?: unknown) =>
  t.app().inject({
    method,
    url,
    headers: cookie ? { cookie } : {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
const act = (id: number, cookie: string, action: string, comment?: string) =>
  inject("POST", `/api/deliverables/${id}/actions`, cookie, { action, ...(comment ? { comment } : {}) });

/** Hands in a deliverable by link and has the mentor approve it. */
async function approveByLink(id: number) {
  const d = (await inject("GET", `/api/candidates/${candidateId}/stages`, coordinator)).json().data;
  const version = d
    .flatMap((s: { deliverables: Array<{ id: number; version: number }> }) => s.deliverables)
    .find((x: { id: number }) => x.id === id).version;
  expect(
    (await inject("PATCH", `/api/deliverables/${id}`, coordinator, { link: "https://drive.example.go.id/x", version }))
      .statusCode,
  ).toBe(200);
  expect((await act(id, coordinator, "submit")).statusCode).toBe(200);
  expect((await act(id, mentor, "approve")).statusCode).toBe(200);
}

describe("GET /api/candidates/:id/stages", () => {
  it("is 401 for the public and 404 for another region's coordinator", async () => {
    expect((await inject("GET", `/api/candidates/${candidateId}/stages`)).statusCode).toBe(401);
    const other = await inject("GET", `/api/candidates/${candidateId}/stages`, coordinatorSolok);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe("candidate_not_found");
  });

  it("lists the four stages in order with deliverables, gates and what each person can do", async () => {
    const res = await inject("GET", `/api/candidates/${candidateId}/stages`, coordinator);
    expect(res.statusCode).toBe(200);
    const stages = res.json().data;
    expect(stages.map((s: { number: number }) => s.number)).toEqual([1, 2, 3, 4]);
    const [one, two] = stages;
    expect(one.deliverables.map((d: { template: { code: string } }) => d.template.code)).toEqual([
      "analisis-kesenjangan",
      "swot",
      "isu-prioritas",
      "visi-misi",
    ]);
    expect(one.deliverables[0]).toMatchObject({ status: "draft", file: null, link: null, version: 1 });
    expect(one.deliverables[0].can).toMatchObject({ edit: true, submit: true, approve: false });
    expect(one.gate).toMatchObject({ ok: false, code: "deliverables_not_approved" });
    expect(one.gate.pending).toHaveLength(4);
    expect(two.gate).toEqual({ ok: false, code: "previous_stage_open", pending: [] });
    expect(one.can).toEqual({ update: true, close: false });
    const asMentor = (await inject("GET", `/api/candidates/${candidateId}/stages`, mentor)).json().data;
    expect(asMentor[0].can).toEqual({ update: true, close: true });
    expect(asMentor[0].deliverables[0].can).toMatchObject({ submit: false, approve: false });
  });

  it("answers an empty list for a candidate that was not selected", async () => {
    const co = await makeCohort(t.app(), { status: "assessment", year: 2025 });
    const [c] = await t.app().database.db.insert(candidate).values({ cohortId: co.id, regionCode: BANJAR }).returning();
    const res = await inject("GET", `/api/candidates/${c?.id}/stages`, coordinator);
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual([]);
  });
});

describe("handing in and reviewing a deliverable", () => {
  const gap = () => deliverableOf(1, "analisis-kesenjangan");

  it("is 403 for a region viewer and 422 when nothing is attached yet", async () => {
    const res = await act(gap(), viewer, "submit");
    expect(res.statusCode).toBe(403);
    expect(res.json().error.details).toEqual({ reason: "deliverable.submit" });
    const empty = await act(gap(), coordinator, "submit");
    expect(empty.statusCode).toBe(422);
    expect(empty.json().error.code).toBe("deliverable_empty");
  });

  it("refuses an executable or an HTML page dressed up as a PDF with 415", async () => {
    for (const bytes of [FAKE_EXE, HTML_PAGE]) {
      const res = await t.app().inject({
        method: "POST",
        url: `/api/deliverables/${gap()}/file`,
        ...multipartFile(bytes, { filename: "laporan.pdf", cookie: coordinator }),
      });
      expect(res.statusCode).toBe(415);
      expect(res.json().error.code).toBe("file_type_not_allowed");
    }
  });

  it("stores a real PDF and serves it only to those who can see the region", async () => {
    const name = "Analisis kesenjangan – Banjar.pdf";
    const res = await t.app().inject({
      method: "POST",
      url: `/api/deliverables/${gap()}/file`,
      ...multipartFile(TINY_PDF, { filename: name, cookie: coordinator }),
    });
    expect(res.statusCode).toBe(200);
    const file = res.json().data.file;
    expect(file).toMatchObject({ name, size: TINY_PDF.length });
    expect(res.json().data.version).toBe(2);

    const download = await inject("GET", `/api/files/${file.id}`, mentor);
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(download.headers["content-disposition"]).toBe(
      `attachment; filename="Analisis kesenjangan _ Banjar.pdf"; filename*=UTF-8''Analisis%20kesenjangan%20%E2%80%93%20Banjar.pdf`,
    );
    expect(download.rawPayload.equals(TINY_PDF)).toBe(true);
    expect((await inject("GET", `/api/files/${file.id}`, admin)).statusCode).toBe(200);
    expect((await inject("GET", `/api/files/${file.id}`, coordinatorSolok)).statusCode).toBe(404);
    expect((await inject("GET", `/api/files/${file.id}`)).statusCode).toBe(401);
  });

  it("goes submit → revision with a reason → resubmit → approve, keeping the history", async () => {
    expect((await act(gap(), coordinator, "submit")).json().data).toMatchObject({ status: "submitted" });
    expect((await act(gap(), coordinator, "approve")).statusCode).toBe(403);
    const noReason = await act(gap(), mentor, "request_revision");
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.details.issues[0].path).toBe("body.comment");
    const revision = await act(gap(), mentor, "request_revision", "Tambahkan data infrastruktur digital");
    expect(revision.json().data).toMatchObject({ status: "revision_requested" });
    expect((await act(gap(), coordinator, "submit")).statusCode).toBe(200);
    const approved = await act(gap(), mentor, "approve");
    expect(approved.statusCode).toBe(200);
    expect(approved.json().data.status).toBe("approved");
    expect(approved.json().data.approvedAt).toEqual(expect.any(String));
    const again = await act(gap(), mentor, "approve");
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("deliverable_transition_not_allowed");

    const history = (await inject("GET", `/api/deliverables/${gap()}/reviews`, viewer)).json().data;
    expect(history.map((h: { action: string }) => h.action)).toEqual([
      "submit",
      "request_revision",
      "submit",
      "approve",
    ]);
    expect(history[1]).toMatchObject({
      comment: "Tambahkan data infrastruktur digital",
      authorName: "Pengguna mentor",
    });
  });

  it("validates links and refuses a stale version", async () => {
    const swot = deliverableOf(1, "swot");
    const bad = await inject("PATCH", `/api/deliverables/${swot}`, coordinator, {
      link: "javascript:alert(1)",
      version: 1,
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details.issues[0].path).toBe("body.link");
    const ok = await inject("PATCH", `/api/deliverables/${swot}`, coordinator, {
      link: "/masterplan/bab-2",
      version: 1,
    });
    expect(ok.json().data).toMatchObject({ link: "/masterplan/bab-2", version: 2 });
    const stale = await inject("PATCH", `/api/deliverables/${swot}`, coordinator, { note: "ganti", version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: "version_conflict", details: { currentVersion: 2 } });
  });
});

describe("closing stages through the gate", () => {
  it("keeps stage I open until every required deliverable is approved, naming what is pending", async () => {
    const early = await inject("POST", `/api/stages/${stageOf(1).id}/close`, mentor);
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      code: "deliverables_not_approved",
      details: { pending: ["Analisis SWOT per aspek", "Isu prioritas", "Rancangan visi, misi dan tujuan"] },
    });
  });

  it("never closes stage II before stage I, even with all of II approved", async () => {
    for (const d of stageOf(2).deliverables) await approveByLink(d.id);
    const res = await inject("POST", `/api/stages/${stageOf(2).id}/close`, mentor);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe("previous_stage_open");
  });

  it("closes stage I for the mentor (not the coordinator), then stage II", async () => {
    for (const code of ["swot", "isu-prioritas", "visi-misi"]) await approveByLink(deliverableOf(1, code));
    const byCoordinator = await inject("POST", `/api/stages/${stageOf(1).id}/close`, coordinator);
    expect(byCoordinator.statusCode).toBe(403);
    const closed = await inject("POST", `/api/stages/${stageOf(1).id}/close`, mentor);
    expect(closed.statusCode).toBe(200);
    expect(closed.json().data).toMatchObject({ closedBy: mentorUserId, can: { update: false, close: false } });
    expect(closed.json().data.closedAt).toEqual(expect.any(String));
    expect((await inject("POST", `/api/stages/${stageOf(2).id}/close`, mentor)).statusCode).toBe(200);
    const again = await inject("POST", `/api/stages/${stageOf(1).id}/close`, mentor);
    expect(again.json().error.code).toBe("stage_already_closed");
  });

  it("freezes a closed stage and its deliverables", async () => {
    const reopen = await act(deliverableOf(1, "swot"), mentor, "reopen", "Ternyata ada kekeliruan data");
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json().error.code).toBe("stage_already_closed");
    const patch = await inject("PATCH", `/api/stages/${stageOf(1).id}`, coordinator, { venue: "Aula", version: 2 });
    expect(patch.json().error.code).toBe("stage_already_closed");
  });
});

describe("stage schedule and attendance", () => {
  const three = () => stageOf(3).id;

  it("updates the schedule with the version, refusing stale versions and ends before starts", async () => {
    const ok = await inject("PATCH", `/api/stages/${three()}`, coordinator, {
      plannedStart: "2024-06-10",
      plannedEnd: "2024-06-11",
      mode: "hybrid",
      venue: "Aula Bappeda",
      version: 1,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data).toMatchObject({ plannedStart: "2024-06-10", mode: "hybrid", version: 2 });
    const stale = await inject("PATCH", `/api/stages/${three()}`, mentor, { venue: "Ruang rapat", version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: "version_conflict", details: { currentVersion: 2 } });
    const backwards = await inject("PATCH", `/api/stages/${three()}`, coordinator, {
      plannedEnd: "2024-06-01",
      version: 2,
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json().error.details.issues[0].path).toBe("body.plannedEnd");
    expect((await inject("PATCH", `/api/stages/${three()}`, viewer, { venue: "x", version: 2 })).statusCode).toBe(403);
  });

  it("replaces attendance with the region's own OPD only", async () => {
    const ok = await inject("PUT", `/api/stages/${three()}/attendance`, coordinator, [
      { opdId: banjarOpdId, participants: 3, attended: true },
    ]);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data.attendance).toEqual([
      { opdId: banjarOpdId, opdName: "Dinas Bappeda", participants: 3, attended: true },
    ]);
    const foreign = await inject("PUT", `/api/stages/${three()}/attendance`, coordinator, [
      { opdId: solokOpdId, participants: 2, attended: true },
    ]);
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().error.details.issues[0].path).toBe("body.0.opdId");
    const twice = await inject("PUT", `/api/stages/${three()}/attendance`, coordinator, [
      { opdId: banjarOpdId, participants: 1, attended: true },
      { opdId: banjarOpdId, participants: 600, attended: false },
    ]);
    expect(twice.statusCode).toBe(422);
  });
});

describe("audit trail", () => {
  it("records every change with the region", async () => {
    const events = await t
      .app()
      .database.db.select()
      .from(auditEvent)
      .where(and(eq(auditEvent.regionCode, BANJAR)));
    const actions = new Set(events.map((e) => e.action));
    for (const a of [
      "deliverable.file_attached",
      "deliverable.updated",
      "deliverable.submitted",
      "deliverable.revision_requested",
      "deliverable.approved",
      "stage.closed",
      "stage.updated",
      "stage.attendance_recorded",
    ])
      expect(actions, a).toContain(a);
    const revision = events.find((e) => e.action === "deliverable.revision_requested");
    expect(revision?.changes).toMatchObject({ status: ["submitted", "revision_requested"] });
  });
});
