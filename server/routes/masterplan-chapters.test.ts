import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { KOMINFO_2017 } from "../../domain/framework/kominfo-2017";
import { MASTERPLAN_CHAPTERS } from "../../domain/masterplan-chapters";
import { masterplan } from "../db/schema/index";
import { makeWorkspace } from "../testing/cohort-factories";
import { actorWith, makeOpd } from "../testing/factories";
import { makeMasterplan, programBody, writeForeword } from "../testing/masterplan-factories";
import { setupTestApp } from "../testing/test-app";

// Bimtek deliverables ↔ masterplan chapters, submission readiness in `can`, and the plan's
// history keeping deleted programs, quick wins and governance bodies.

const t = setupTestApp();
const BANJAR = "32.79";
const SOLOK = "13.72";

let coordinator: string;
let mentor: string;
let viewer: string;
let coordinatorSolok: string;
let opdId: number;
let opdSolok: number;
let candidateId: number;
let candidateSolok: number;
let planId: number;

beforeAll(async () => {
  const app = t.app();
  candidateId = (await makeWorkspace(app, BANJAR)).candidate.id;
  candidateSolok = (await makeWorkspace(app, SOLOK)).candidate.id;
  opdId = (await makeOpd(app, BANJAR, "Diskominfo")).id;
  opdSolok = (await makeOpd(app, SOLOK, "Diskominfo")).id;
  [coordinator, mentor, viewer, coordinatorSolok] = (await Promise.all(
    [
      { role: "region_coordinator" as const, regionCode: BANJAR },
      { role: "mentor" as const, regionCode: BANJAR },
      { role: "region_viewer" as const, regionCode: BANJAR },
      { role: "region_coordinator" as const, regionCode: SOLOK },
    ].map(async (m) => (await actorWith(app, m)).cookie),
  )) as [string, string, string, string];
}, 60_000);

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
const inject = (method: Method, url: string, cookie: string, payload?: object) =>
  t.app().inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

async function ok(res: Awaited<ReturnType<typeof inject>>, status = 200) {
  expect(res.statusCode, res.body).toBe(status);
  return res.statusCode === 204 ? null : res.json().data;
}

type Covered = {
  chapter: string;
  masterplanId: number | null;
  href: string | null;
  complete: boolean | null;
  missing: string[];
};
type Deliverable = { id: number; version: number; template: { code: string }; covers: Covered[] };

async function deliverable(cookie: string, code: string, candidate = candidateId): Promise<Deliverable> {
  const stages = await ok(await inject("GET", `/api/candidates/${candidate}/stages`, cookie));
  const found = stages
    .flatMap((s: { deliverables: Deliverable[] }) => s.deliverables)
    .find((d: Deliverable) => d.template.code === code);
  if (!found) throw new Error(`no deliverable ${code}`);
  return found;
}

const plan = async (cookie = coordinator) => ok(await inject("GET", `/api/masterplans/${planId}`, cookie));

describe("Bimtek deliverables point at the masterplan chapters they cover", () => {
  it("names the chapters without a plan while the region has none", async () => {
    const vision = await deliverable(coordinator, "visi-misi");
    expect(vision.covers).toEqual([
      expect.objectContaining({ chapter: "vision", masterplanId: null, href: null, complete: null, missing: [] }),
    ]);
    const review = await deliverable(mentor, "telaah-bab");
    expect(review.covers.map((c) => c.chapter)).toEqual([...MASTERPLAN_CHAPTERS]);
  });

  it("links each covered chapter of the region's plan with its completeness", async () => {
    planId = (
      await ok(
        await inject("POST", `/api/regions/${BANJAR}/masterplans`, coordinator, {
          title: "Masterplan Smart City Kota Banjar 2024–2033",
          periodStart: 2024,
          periodEnd: 2033,
        }),
        201,
      )
    ).id;
    const gap = await deliverable(mentor, "analisis-kesenjangan");
    expect(gap.covers.map((c) => c.chapter)).toEqual(["profile", "readiness"]);
    expect(gap.covers[1]).toMatchObject({
      masterplanId: planId,
      href: `/masterplan/${planId}?tab=strategis`,
      complete: false,
      missing: [
        "Kesiapan struktur: kondisi dan analisis kesenjangan belum diisi",
        "Kesiapan infrastruktur: kondisi dan analisis kesenjangan belum diisi",
        "Kesiapan suprastruktur: kondisi dan analisis kesenjangan belum diisi",
      ],
    });
    const vision = await deliverable(coordinator, "visi-misi");
    expect(vision.covers[0]).toMatchObject({
      chapter: "vision",
      masterplanId: planId,
      href: `/masterplan/${planId}?tab=visi`,
      complete: false,
      missing: [
        "Visi smart city dirumuskan",
        "Paling sedikit satu misi",
        "Kata pengantar belum lengkap: teks, tempat, tanggal, nama penanda tangan, jabatan penanda tangan",
      ],
    });
  });

  it("shows a chapter complete once it is written, also in a single deliverable's answer", async () => {
    await ok(
      await inject("PUT", `/api/masterplans/${planId}/sections/vision`, coordinator, {
        content: { vision: "Banjar Kota Cerdas", missions: [{ text: "Layanan publik digital" }], goals: [] },
        version: 0,
      }),
    );
    await writeForeword(t.app(), planId, coordinator);
    const before = await deliverable(coordinator, "visi-misi");
    const saved = await ok(
      await inject("PATCH", `/api/deliverables/${before.id}`, coordinator, {
        link: "https://drive.example.go.id/visi",
        version: before.version,
      }),
    );
    expect(saved.covers).toEqual([
      expect.objectContaining({ chapter: "vision", masterplanId: planId, complete: true, missing: [] }),
    ]);
  });

  it("follows the current plan: a revision in progress, not the enacted plan it replaces", async () => {
    const app = t.app();
    const enacted = await makeMasterplan(app, SOLOK, { status: "enacted" });
    const revision = await makeMasterplan(app, SOLOK);
    await app.database.db.update(masterplan).set({ previousId: enacted.id }).where(eq(masterplan.id, revision.id));
    const roadmap = await deliverable(coordinatorSolok, "peta-jalan", candidateSolok);
    expect(roadmap.covers).toEqual([
      expect.objectContaining({
        chapter: "roadmap",
        masterplanId: revision.id,
        complete: false,
        missing: ["Belum ada program: peta jalan diturunkan dari tahun program"],
      }),
    ]);
  });

  it("tells on the plan's checklist which Bimtek deliverables draft each chapter", async () => {
    const check = await ok(await inject("GET", `/api/masterplans/${planId}/completeness`, viewer));
    expect(check.chapters.map((c: { key: string }) => c.key)).toEqual([...MASTERPLAN_CHAPTERS]);
    const quickWins = check.chapters.find((c: { key: string }) => c.key === "quick_wins");
    expect(quickWins).toMatchObject({
      href: `/masterplan/${planId}?tab=quick-wins`,
      complete: false,
      missing: ["Paling sedikit satu quick win"],
    });
    expect(quickWins.coveredBy.map((d: { stage: number; code: string }) => `${d.stage}:${d.code}`)).toEqual([
      "3:kandidat-quick-win",
      "4:telaah-bab",
      "4:quick-win-final",
    ]);
    expect(check.chapters.find((c: { key: string }) => c.key === "vision")).toMatchObject({ complete: true });
  });
});

describe("the plan's history keeps what was deleted", () => {
  type Event = { action: string; entityType: string; entityId: string; fields: string[] };
  const history = async (query: string, cookie = viewer) =>
    ok(await inject("GET", `/api/masterplans/${planId}/history?${query}`, cookie)) as Promise<Event[]>;

  let programId: number;
  let quickWinId: number;
  let bodyId: number;

  it("lists a deleted program, quick win and governance body with their earlier changes", async () => {
    const p = await ok(
      await inject("POST", `/api/masterplans/${planId}/programs`, coordinator, programBody(opdId)),
      201,
    );
    programId = p.id;
    await ok(await inject("PATCH", `/api/programs/${programId}`, coordinator, { name: "MPP Digital", version: 1 }));
    const qw = await ok(
      await inject("POST", `/api/masterplans/${planId}/quick-wins`, coordinator, {
        programId,
        year: 2024,
        ownerOpdId: opdId,
        target: "Perizinan daring",
        whyQuick: "Aplikasi tersedia",
      }),
      201,
    );
    quickWinId = qw.id;
    const body = await ok(
      await inject("POST", `/api/masterplans/${planId}/governance-bodies`, coordinator, { kind: "forum" }),
      201,
    );
    bodyId = body.id;
    expect(body.can).toEqual({ update: true, delete: true });
    await ok(await inject("DELETE", `/api/quick-wins/${quickWinId}?version=1`, coordinator), 204);
    await ok(await inject("DELETE", `/api/programs/${programId}?version=2`, coordinator), 204);
    expect((await inject("DELETE", `/api/governance-bodies/${bodyId}?version=1`, viewer)).statusCode).toBe(403);
    expect((await inject("DELETE", `/api/governance-bodies/${bodyId}?version=9`, coordinator)).statusCode).toBe(409);
    await ok(await inject("DELETE", `/api/governance-bodies/${bodyId}?version=1`, coordinator), 204);

    const all = await history("pageSize=100");
    const actions = all.map((e) => e.action);
    for (const a of [
      "program.created",
      "program.updated",
      "program.deleted",
      "quick_win.created",
      "quick_win.deleted",
      "governance_body.created",
      "governance_body.deleted",
    ])
      expect(actions).toContain(a);
    // Newest first; the link to the plan is not shown as a changed field.
    expect(actions[0]).toBe("governance_body.deleted");
    expect(all.every((e) => !e.fields.includes("masterplanId"))).toBe(true);

    const ofProgram = await history(`entityType=program&entityId=${programId}`);
    expect(ofProgram.map((e) => e.action)).toEqual(["program.deleted", "program.updated", "program.created"]);
    expect(ofProgram[1]?.fields).toEqual(["name"]);
  });

  it("pages the history and keeps other plans' deletions out", async () => {
    const solokPlan = await makeMasterplan(t.app(), SOLOK, { periodStart: 2025, periodEnd: 2034 });
    const other = await ok(
      await inject(
        "POST",
        `/api/masterplans/${solokPlan.id}/programs`,
        coordinatorSolok,
        programBody(opdSolok, { startYear: 2025, endYear: 2027, budgets: [], actionPlan: [] }),
      ),
      201,
    );
    await ok(await inject("DELETE", `/api/programs/${other.id}?version=1`, coordinatorSolok), 204);

    const all = await history("pageSize=100");
    expect(all.some((e) => e.entityType === "program" && e.entityId === String(other.id))).toBe(false);
    const first = await inject("GET", `/api/masterplans/${planId}/history?page=1&pageSize=3`, viewer);
    expect(first.json()).toMatchObject({ total: all.length, page: 1, pageSize: 3 });
    expect(first.json().data.map((e: Event) => e.action)).toEqual(all.slice(0, 3).map((e) => e.action));
    const second = await inject("GET", `/api/masterplans/${planId}/history?page=2&pageSize=3`, viewer);
    expect(second.json().data.map((e: Event) => e.action)).toEqual(all.slice(3, 6).map((e) => e.action));
  });

  it("answers 404 for another region's plan history", async () => {
    expect((await inject("GET", `/api/masterplans/${planId}/history`, coordinatorSolok)).statusCode).toBe(404);
  });
});

describe("submission readiness in `can`", () => {
  it("keeps `can.submit` false with the reason while the checklist misses something", async () => {
    expect(await plan()).toMatchObject({
      can: { submit: false, update: true },
      submitBlockedBy: "masterplan_incomplete",
    });
    // Someone who could never submit is not told about the checklist.
    expect(await plan(viewer)).toMatchObject({ can: { submit: false }, submitBlockedBy: null });
  });

  it("turns `can.submit` true once the plan is complete, and the coordinator submits it", async () => {
    for (const d of KOMINFO_2017.dimensions) {
      const element = d.elements[0];
      if (!element) throw new Error("framework without elements");
      await ok(
        await inject("PUT", `/api/masterplans/${planId}/sections/element:${element.code}`, coordinator, {
          content: { condition: "", problems: "", strategy: `<p>Strategi ${d.nameId}</p>` },
          version: 0,
        }),
      );
      await ok(
        await inject(
          "POST",
          `/api/masterplans/${planId}/programs`,
          coordinator,
          programBody(opdId, { dimensionCode: d.code, elementCode: element.code, name: `Program ${d.nameId}` }),
        ),
        201,
      );
    }
    const programs = await ok(await inject("GET", `/api/masterplans/${planId}/programs`, viewer));
    await ok(
      await inject("POST", `/api/masterplans/${planId}/quick-wins`, coordinator, {
        programId: programs[0].id,
        year: 2024,
        ownerOpdId: opdId,
        target: "Perizinan daring",
        whyQuick: "Aplikasi tersedia",
      }),
      201,
    );
    expect(await plan()).toMatchObject({ can: { submit: false }, submitBlockedBy: "masterplan_incomplete" });
    await ok(await inject("POST", `/api/masterplans/${planId}/governance-bodies`, coordinator, { kind: "dewan" }), 201);
    const ready = await plan();
    expect(ready).toMatchObject({ can: { submit: true }, submitBlockedBy: null });
    const submitted = await ok(
      await inject("POST", `/api/masterplans/${planId}/transition`, coordinator, {
        action: "submit",
        version: ready.version,
      }),
    );
    expect(submitted).toMatchObject({ status: "in_review", can: { submit: false }, submitBlockedBy: null });
  });
});
