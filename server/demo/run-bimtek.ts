import type { StageOut } from "../../domain/bimtek";
import type { OpdOut } from "../../domain/opd";
import type { DemoClient } from "./api-client";
import { DEMO_PEOPLE } from "./people";

type Candidate = { id: number; regionCode: string };
type Mentor = { client: DemoClient; regions: readonly string[] };

const STAGE_DATES = [
  ["2024-04-22", "2024-04-23"],
  ["2024-05-27", "2024-05-28"],
  ["2024-07-01", "2024-07-02"],
  ["2024-08-05", "2024-08-06"],
] as const;

/**
 * Bimtek as it went for the demo: every selected region has its four stages scheduled;
 * Kota Banjar, which has a coordinator on the platform, went through stage I (one revision
 * asked and made, all approved, closed by its mentor) and is half-way through stage II.
 */
export async function runBimtek(opts: {
  admin: DemoClient;
  coordinator: DemoClient;
  mentors: Mentor[];
  candidates: Candidate[];
  banjarRegion: string;
}) {
  const { admin, coordinator } = opts;
  const selected = [];
  for (const cand of opts.candidates) {
    const stages = (await admin.get<{ data: StageOut[] }>(`/api/candidates/${cand.id}/stages`)).data;
    if (stages.length === 0) continue;
    selected.push({ cand, stages });
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

  const banjar = selected.find((s) => s.cand.regionCode === opts.banjarRegion);
  if (!banjar) return;
  const mentor = opts.mentors.find((m) => m.regions.includes(opts.banjarRegion))?.client;
  if (!mentor) throw new Error("no mentor for Kota Banjar");

  await coordinator.post(`/api/regions/${opts.banjarRegion}/opds/starter`);
  const opds = (await coordinator.get<{ data: OpdOut[] }>(`/api/regions/${opts.banjarRegion}/opds`)).data;
  const contributor = DEMO_PEOPLE.opdContributors[0];
  const bappeda = opds.find((o) => o.abbreviation === contributor.opd);
  if (bappeda) {
    await coordinator.post("/api/invitations", {
      email: contributor.email,
      name: contributor.name,
      role: "opd_contributor",
      regionCode: opts.banjarRegion,
      opdId: bappeda.id,
    });
  }

  const [stage1, stage2] = banjar.stages;
  if (!stage1 || !stage2) return;
  const fresh = async (id: number) =>
    (await coordinator.get<{ data: StageOut[] }>(`/api/candidates/${banjar.cand.id}/stages`)).data.find(
      (s) => s.id === id,
    ) as StageOut;

  let s1 = await fresh(stage1.id);
  await coordinator.patch(`/api/stages/${s1.id}`, {
    actualStart: "2024-04-22",
    actualEnd: "2024-04-23",
    venue: "Aula Bappeda Kota Banjar",
    version: s1.version,
  });
  await coordinator.put(
    `/api/stages/${s1.id}/attendance`,
    opds.slice(0, 12).map((o, i) => ({ opdId: o.id, participants: 2 + (i % 3), attended: i !== 7 })),
  );
  s1 = await fresh(s1.id);
  for (const d of s1.deliverables) {
    await coordinator.patch(`/api/deliverables/${d.id}`, {
      link: `/masterplan/32.79/buku-1#${d.template.code}`,
      note: `Disusun bersama OPD pada Bimtek I: ${d.template.nameId.toLowerCase()}.`,
      version: d.version,
    });
    await coordinator.post(`/api/deliverables/${d.id}/actions`, { action: "submit" });
  }
  s1 = await fresh(s1.id);
  for (const [i, d] of s1.deliverables.entries()) {
    if (i === 1) {
      await mentor.post(`/api/deliverables/${d.id}/actions`, {
        action: "request_revision",
        comment: "Lengkapi SWOT aspek suprastruktur dengan regulasi daerah yang berlaku.",
      });
      await coordinator.post(`/api/deliverables/${d.id}/actions`, { action: "submit" });
    }
    await mentor.post(`/api/deliverables/${d.id}/actions`, { action: "approve" });
  }
  await mentor.post(`/api/stages/${s1.id}/close`);

  const s2 = await fresh(stage2.id);
  for (const d of s2.deliverables.slice(0, 2)) {
    await coordinator.patch(`/api/deliverables/${d.id}`, {
      link: `/masterplan/32.79/program#${d.template.code}`,
      version: d.version,
    });
    await coordinator.post(`/api/deliverables/${d.id}/actions`, { action: "submit" });
  }
  const first = s2.deliverables[0];
  if (first) await mentor.post(`/api/deliverables/${first.id}/actions`, { action: "approve" });
}
