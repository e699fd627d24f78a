import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvent } from "../db/schema/index";
import { actorWith, makeOpd } from "../testing/factories";
import { makeMasterplan, programBody } from "../testing/masterplan-factories";
import { setupTestApp } from "../testing/test-app";

const t = setupTestApp();
const BANJAR = "32.79";
const SOLOK = "13.72";

let coordinator: string;
let diskominfo: string;
let dinkes: string;
let viewer: string;
let mentor: string;
let solokCoordinator: string;
let mentorName: string;
let opdKominfo: number;
let planId: number;
let solokPlanId: number;
let programId: number;

beforeAll(async () => {
  const app = t.app();
  opdKominfo = (await makeOpd(app, BANJAR, "Diskominfo")).id;
  const opdDinkes = (await makeOpd(app, BANJAR, "Dinkes")).id;
  planId = (await makeMasterplan(app, BANJAR)).id;
  solokPlanId = (await makeMasterplan(app, SOLOK)).id;
  const people = await Promise.all(
    [
      { role: "region_coordinator" as const, regionCode: BANJAR },
      { role: "opd_contributor" as const, regionCode: BANJAR, opdId: opdKominfo },
      { role: "opd_contributor" as const, regionCode: BANJAR, opdId: opdDinkes },
      { role: "region_viewer" as const, regionCode: BANJAR },
      { role: "mentor" as const, regionCode: BANJAR },
      { role: "region_coordinator" as const, regionCode: SOLOK },
    ].map((m) => actorWith(app, m)),
  );
  [coordinator, diskominfo, dinkes, viewer, mentor, solokCoordinator] = people.map((p) => p.cookie) as string[] as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  mentorName = people[4]?.user.name ?? "";
  const res = await inject("POST", `/api/masterplans/${planId}/programs`, coordinator, programBody(opdKominfo));
  expect(res.statusCode, res.body).toBe(201);
  programId = res.json().data.id;
}, 60_000);

const inject = (method: "GET" | "POST" | "PATCH" | "PUT", url: string, cookie?: string, payload?: object) =>
  t.app().inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

const comment = (cookie: string, payload: object, plan = planId) =>
  inject("POST", `/api/masterplans/${plan}/comments`, cookie, payload);

describe("comments", () => {
  it("lets the mentor comment on a program, the contributor reply and the coordinator resolve and reopen, audited", async () => {
    const c = await comment(mentor, {
      targetType: "program",
      targetId: String(programId),
      body: "Target 2025 terlalu umum",
    });
    expect(c.statusCode, c.body).toBe(201);
    const thread = c.json().data;
    expect(thread).toMatchObject({
      targetType: "program",
      targetId: String(programId),
      author: { name: mentorName },
      resolvedAt: null,
      replies: [],
      can: { reply: true, resolve: true, reopen: false },
    });
    const r = await comment(diskominfo, {
      targetType: "program",
      targetId: String(programId),
      body: "Sudah kami rinci",
      parentId: thread.id,
    });
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json().data.replies).toHaveLength(1);
    // A reply to a reply joins the same thread.
    const rr = await comment(mentor, {
      targetType: "program",
      targetId: String(programId),
      body: "Terima kasih",
      parentId: r.json().data.replies[0].id,
    });
    expect(rr.json().data).toMatchObject({ id: thread.id });
    expect(rr.json().data.replies.map((x: { body: string }) => x.body)).toEqual(["Sudah kami rinci", "Terima kasih"]);

    // The OPD contributor is neither author, coordinator nor mentor: 403 with the reason.
    const denied = await inject("POST", `/api/comments/${thread.id}/resolve`, dinkes);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.details).toEqual({ reason: "comment.resolve" });

    const resolved = await inject("POST", `/api/comments/${thread.id}/resolve`, coordinator);
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json().data).toMatchObject({
      resolvedBy: { id: expect.any(String) },
      can: { resolve: false, reopen: true },
    });
    expect(resolved.json().data.resolvedAt).not.toBeNull();
    const again = await inject("POST", `/api/comments/${thread.id}/resolve`, mentor);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("comment_state");

    const reopened = await inject("POST", `/api/comments/${thread.id}/reopen`, mentor);
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json().data).toMatchObject({ resolvedAt: null, resolvedBy: null });

    const events = await t
      .app()
      .database.db.select()
      .from(auditEvent)
      .where(and(eq(auditEvent.entityType, "comment"), eq(auditEvent.entityId, String(thread.id))));
    expect(events.map((e) => e.action).sort()).toEqual(["comment.created", "comment.reopened", "comment.resolved"]);
    expect(events.every((e) => e.regionCode === BANJAR)).toBe(true);
  });

  it("lists threads of one object with replies and abilities; the author may settle their own thread", async () => {
    const c = await comment(diskominfo, {
      targetType: "section",
      targetId: "vision",
      body: "Visi perlu merujuk RPJMD",
    });
    expect(c.statusCode, c.body).toBe(201);
    expect(c.json().data.can).toEqual({ reply: true, resolve: true, reopen: false });
    const list = await inject("GET", `/api/masterplans/${planId}/comments?targetType=section&targetId=vision`, viewer);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toMatchObject({
      data: [{ body: "Visi perlu merujuk RPJMD", can: { reply: false, resolve: false, reopen: false } }],
      can: { create: false },
    });
    const all = await inject("GET", `/api/masterplans/${planId}/comments`, coordinator);
    expect(all.json().data.length).toBeGreaterThanOrEqual(2);
    expect(all.json().can).toEqual({ create: true });
    const own = await inject("POST", `/api/comments/${c.json().data.id}/resolve`, diskominfo);
    expect(own.statusCode, own.body).toBe(200);
    const open = await inject(
      "GET",
      `/api/masterplans/${planId}/comments?resolved=false&targetType=section`,
      coordinator,
    );
    expect(open.json().data).toEqual([]);
  });

  it("refuses viewers (403), other regions (404), unknown targets and bodies (422)", async () => {
    const v = await comment(viewer, { targetType: "masterplan", targetId: String(planId), body: "Boleh?" });
    expect(v.statusCode).toBe(403);
    expect(v.json().error.details).toEqual({ reason: "comment.create" });

    const other = await comment(solokCoordinator, { targetType: "masterplan", targetId: String(planId), body: "Halo" });
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe("masterplan_not_found");
    const otherList = await inject("GET", `/api/masterplans/${planId}/comments`, solokCoordinator);
    expect(otherList.statusCode).toBe(404);

    const c = await comment(mentor, { targetType: "masterplan", targetId: String(planId), body: "Secara umum baik" });
    expect(c.statusCode, c.body).toBe(201);
    const foreignResolve = await inject("POST", `/api/comments/${c.json().data.id}/resolve`, solokCoordinator);
    expect(foreignResolve.statusCode).toBe(404);
    expect(foreignResolve.json().error.code).toBe("comment_not_found");

    // The program of another plan is not a target of this one.
    const solokProgram = await comment(coordinator, {
      targetType: "masterplan",
      targetId: String(solokPlanId),
      body: "x",
    });
    expect(solokProgram.statusCode).toBe(422);
    expect(solokProgram.json().error.details.issues[0]).toMatchObject({ path: "body.targetId" });
    const missing = await comment(coordinator, { targetType: "quick_win", targetId: "999999", body: "x" });
    expect(missing.statusCode).toBe(422);
    const badKey = await comment(coordinator, { targetType: "section", targetId: "<script>", body: "x" });
    expect(badKey.statusCode).toBe(422);
    expect(badKey.json().error.details.issues).toEqual([{ path: "body.targetId", message: "Bab tidak dikenal" }]);
    const long = await comment(coordinator, { targetType: "section", targetId: "swot", body: "a".repeat(4001) });
    expect(long.statusCode).toBe(422);
    expect(long.json().error.details.issues[0]).toMatchObject({
      path: "body.body",
      message: "Komentar maksimal 4000 karakter",
    });
    const empty = await comment(coordinator, { targetType: "section", targetId: "swot", body: "   " });
    expect(empty.statusCode).toBe(422);
    const badParent = await comment(coordinator, {
      targetType: "section",
      targetId: "swot",
      body: "x",
      parentId: 999999,
    });
    expect(badParent.statusCode).toBe(422);
    expect(badParent.json().error.details.issues[0].path).toBe("body.parentId");
  });

  it("stores comment bodies as plain text", async () => {
    const c = await comment(coordinator, {
      targetType: "section",
      targetId: "element:governance.pelayanan-publik",
      body: "<b>tebal</b>",
    });
    expect(c.statusCode, c.body).toBe(201);
    expect(c.json().data.body).toBe("<b>tebal</b>");
  });
});

describe("history", () => {
  it("lists the plan's events newest first with actor names and changed fields, filtered by object", async () => {
    const p = await inject("GET", `/api/programs/${programId}`, coordinator);
    const upd = await inject("PATCH", `/api/programs/${programId}`, diskominfo, {
      name: "Mal Pelayanan Publik Terpadu",
      version: p.json().data.version,
    });
    expect(upd.statusCode, upd.body).toBe(200);
    const section = await inject("PUT", `/api/masterplans/${planId}/sections/vision`, coordinator, {
      content: { vision: "Banjar Cerdas 2033", missions: [], goals: [] },
      version: 0,
    });
    expect(section.statusCode, section.body).toBe(200);

    const res = await inject(
      "GET",
      `/api/masterplans/${planId}/history?entityType=program&entityId=${programId}`,
      mentor,
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.data.map((e: { action: string }) => e.action)).toEqual(["program.updated", "program.created"]);
    expect(body.data[0]).toMatchObject({
      entityType: "program",
      entityId: String(programId),
      actor: { name: "Pengguna opd_contributor", email: expect.stringContaining("@") },
      fields: ["name"],
      changes: { name: ["Mal Pelayanan Publik Digital", "Mal Pelayanan Publik Terpadu"] },
    });
    expect(body.total).toBe(2);

    const vision = await inject(
      "GET",
      `/api/masterplans/${planId}/history?entityType=masterplan_section&entityId=vision`,
      viewer,
    );
    expect(vision.json().data.map((e: { action: string }) => e.action)).toEqual(["masterplan.section_saved"]);

    const all = await inject("GET", `/api/masterplans/${planId}/history?pageSize=100`, coordinator);
    const types = new Set(all.json().data.map((e: { entityType: string }) => e.entityType));
    expect([...types].sort()).toEqual(["comment", "masterplan_section", "program"]);
    const at = all.json().data.map((e: { at: string }) => e.at);
    expect([...at].sort().reverse()).toEqual(at);
  });

  it("never shows another plan's events and is 404 for another region", async () => {
    const solok = await inject("GET", `/api/masterplans/${solokPlanId}/history`, solokCoordinator);
    expect(solok.statusCode).toBe(200);
    expect(solok.json()).toMatchObject({ data: [], total: 0 });
    const other = await inject("GET", `/api/masterplans/${planId}/history`, solokCoordinator);
    expect(other.statusCode).toBe(404);
    const bad = await inject("GET", `/api/masterplans/${planId}/history?entityId=1`, coordinator);
    expect(bad.statusCode).toBe(422);
  });
});
