import type { StageOut } from "../../domain/bimtek";
import type { DemoClient } from "./api-client";

type Candidate = { id: number; regionCode: string };

/** The four Bimtek workshops of 2024, as planned for every region of the cohort. */
export const STAGE_DATES = [
  ["2024-04-22", "2024-04-23"],
  ["2024-05-27", "2024-05-28"],
  ["2024-07-01", "2024-07-02"],
  ["2024-08-05", "2024-08-06"],
] as const;

/** Every selected region has its four stages scheduled, alternating in person and online. */
export async function scheduleBimtek(admin: DemoClient, candidates: readonly Candidate[]) {
  for (const cand of candidates) {
    const stages = (await admin.get<{ data: StageOut[] }>(`/api/candidates/${cand.id}/stages`)).data;
    for (const [i, s] of stages.entries()) {
      const [start, end] = STAGE_DATES[i] ?? STAGE_DATES[0];
      await admin.patch(`/api/stages/${s.id}`, {
        plannedStart: start,
        plannedEnd: end,
        mode: i % 2 ? "virtual" : "in_person",
        version: s.version,
      });
    }
  }
}

/** What the region hands in at one stage: a link and a note per deliverable code. */
export type StageWork = {
  number: number;
  venue: string;
  attendance: ReadonlyArray<{ opdId: number; participants: number; attended: boolean }>;
  work: Record<string, { link: string; note: string }>;
  /** A deliverable the mentor sends back once before approving it, with the reason. */
  revision?: { code: string; comment: string };
};

/**
 * Carries one stage of a region through: held on its planned days with attendance, every
 * deliverable submitted by the coordinator and approved by the mentor (one revision asked
 * when given), and the stage closed. Starts from whatever state the stage is in, so a demo
 * loaded by an older version (stage II half done) is completed too.
 */
export async function carryStage(opts: {
  coordinator: DemoClient;
  mentor: DemoClient;
  candidateId: number;
  stage: StageWork;
}) {
  const { coordinator, mentor, stage } = opts;
  const fresh = async () => {
    const all = (await coordinator.get<{ data: StageOut[] }>(`/api/candidates/${opts.candidateId}/stages`)).data;
    const s = all.find((x) => x.number === stage.number);
    if (!s) throw new Error(`no Bimtek stage ${stage.number}`);
    return s;
  };
  let s = await fresh();
  if (s.closedAt) return;
  if (!s.actualStart) {
    await coordinator.patch(`/api/stages/${s.id}`, {
      actualStart: s.plannedStart,
      actualEnd: s.plannedEnd,
      venue: stage.venue,
      version: s.version,
    });
    await coordinator.put(`/api/stages/${s.id}/attendance`, stage.attendance);
    s = await fresh();
  }
  for (const d of s.deliverables) {
    if (d.status === "approved") continue;
    const act = (who: DemoClient, action: string, comment?: string) =>
      who.post(`/api/deliverables/${d.id}/actions`, { action, ...(comment ? { comment } : {}) });
    if (d.status !== "submitted") {
      const w = stage.work[d.template.code];
      if (w) await coordinator.patch(`/api/deliverables/${d.id}`, { ...w, version: d.version });
      await act(coordinator, "submit");
      if (stage.revision?.code === d.template.code) {
        await act(mentor, "request_revision", stage.revision.comment);
        await act(coordinator, "submit");
      }
    }
    await act(mentor, "approve");
  }
  await mentor.post(`/api/stages/${s.id}/close`);
}
