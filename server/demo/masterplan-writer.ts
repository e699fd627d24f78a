import type { DemoClient } from "./api-client";
import type { CommentSeed, CommentTargetSeed, Who } from "./banjar/comments";
import type { ProgramSeed } from "./banjar/types";
import type { Timeline } from "./place-in-2024";

type Data<T> = { data: T };
type Thread = { id: number; replies: Array<{ id: number }> };

/**
 * The people writing one region's masterplan through the API, the ids they need, and the
 * story's clock. Programs and quick wins of an OPD with a demo contributor are entered by
 * that contributor; everything else by the coordinator.
 */
export class PlanWriter {
  readonly programIds = new Map<string, number>();
  readonly quickWinIds = new Map<string, number>();
  readonly bodyIds = new Map<string, number>();

  constructor(
    readonly planId: number,
    readonly people: {
      coordinator: DemoClient;
      mentor: DemoClient;
      contributors: ReadonlyMap<string, DemoClient>;
    },
    readonly opdIds: ReadonlyMap<string, number>,
    readonly timeline: Timeline,
  ) {}

  opd(abbreviation: string): number {
    const id = this.opdIds.get(abbreviation);
    if (!id) throw new Error(`demo OPD ${abbreviation} missing`);
    return id;
  }

  /** The client acting for "mentor", "coordinator" or an OPD's contributor. */
  who(w: Who): DemoClient {
    if (w === "mentor") return this.people.mentor;
    if (w === "coordinator") return this.people.coordinator;
    return this.people.contributors.get(w) ?? this.people.coordinator;
  }

  private get url() {
    return `/api/masterplans/${this.planId}`;
  }

  /** Writes a chapter with the version read just before; `firstAt` is when it was first written. */
  async section(key: string, content: object, firstAt: string, at = firstAt) {
    const path = `${this.url}/sections/${encodeURIComponent(key)}`;
    const current = await this.people.coordinator.get<Data<{ version: number }>>(path);
    await this.people.coordinator.put(path, { content, version: current.data.version });
    this.timeline.add({ kind: "section", planId: this.planId, key, at: firstAt, updated: at });
  }

  async program(p: ProgramSeed, at: string) {
    const body = {
      dimensionCode: p.element.split(".")[0],
      elementCode: p.element,
      name: p.name,
      description: p.description,
      ownerOpdId: this.opd(p.owner),
      supportingOpdIds: (p.supporting ?? []).map((s) => this.opd(s)),
      term: p.term,
      startYear: p.years[0],
      endYear: p.years[1],
      budgets: p.budgets,
      apbdCode: p.apbdCode ?? null,
      rpjmdReference: p.rpjmdReference ?? null,
      innovation: p.innovation ?? null,
      priority: p.priority ?? 2,
      actionPlan: p.actionPlan.map(([year, step]) => ({ year, step })),
    };
    const res = await this.who(p.owner).post<Data<{ id: number }>>(`${this.url}/programs`, body);
    this.programIds.set(p.key, res.data.id);
    this.timeline.add({ kind: "program", id: res.data.id, at });
  }

  async quickWin(q: { program: string; year: number; owner: string; target: string; whyQuick: string }, at: string) {
    const programId = this.programIds.get(q.program);
    if (!programId) throw new Error(`demo program ${q.program} missing`);
    const res = await this.who(q.owner).post<Data<{ id: number }>>(`${this.url}/quick-wins`, {
      programId,
      year: q.year,
      ownerOpdId: this.opd(q.owner),
      target: q.target,
      whyQuick: q.whyQuick,
    });
    this.quickWinIds.set(q.program, res.data.id);
    this.timeline.add({ kind: "quick_win", id: res.data.id, at });
  }

  async governanceBody(g: { kind: string } & Record<string, unknown>, at: string) {
    const res = await this.people.coordinator.post<Data<{ id: number }>>(`${this.url}/governance-bodies`, g);
    this.bodyIds.set(g.kind, res.data.id);
    this.timeline.add({ kind: "governance_body", id: res.data.id, at });
    return res.data.id;
  }

  private target(t: CommentTargetSeed): { targetType: string; targetId: string } {
    const id = (map: ReadonlyMap<string, number>, key: string) => {
      const found = map.get(key);
      if (!found) throw new Error(`demo comment target ${key} missing`);
      return String(found);
    };
    if (t.type === "section") return { targetType: "section", targetId: t.key };
    if (t.type === "program") return { targetType: "program", targetId: id(this.programIds, t.program) };
    if (t.type === "quick_win") return { targetType: "quick_win", targetId: id(this.quickWinIds, t.program) };
    if (t.type === "governance_body") return { targetType: "governance_body", targetId: id(this.bodyIds, t.kind) };
    return { targetType: "masterplan", targetId: String(this.planId) };
  }

  /** Opens a thread, writes its replies and resolves it when the seed says so. */
  async comment(c: CommentSeed) {
    const url = `${this.url}/comments`;
    const thread = await this.who(c.by).post<Data<Thread>>(url, { ...this.target(c.target), body: c.body });
    const id = thread.data.id;
    for (const r of c.replies ?? []) {
      const after = await this.who(r.by).post<Data<Thread>>(url, {
        ...this.target(c.target),
        body: r.body,
        parentId: id,
      });
      const reply = after.data.replies.at(-1);
      if (reply) this.timeline.add({ kind: "comment", id: reply.id, at: r.at });
    }
    if (c.resolved) await this.who(c.resolved.by).post(`/api/comments/${id}/resolve`);
    this.timeline.add({ kind: "comment", id, at: c.at, ...(c.resolved ? { resolvedAt: c.resolved.at } : {}) });
  }

  /** Moves the plan (submit, return, approve, enact) as `by`, with the version read just before. */
  async transition(by: Who, action: string, extra: Record<string, string | number> = {}) {
    const plan = await this.people.coordinator.get<Data<{ version: number }>>(this.url);
    await this.who(by).post(`${this.url}/transition`, { action, version: plan.data.version, ...extra });
  }
}
