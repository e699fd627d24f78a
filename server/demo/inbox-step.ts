import type { StageOut } from "../../domain/bimtek";
import type { EvaluationOut } from "../../domain/evaluation/api";
import type { PlanRealisationOut } from "../../domain/monitoring-lists";
import { jakartaToday } from "../../domain/reporting-calendar";
import type { DemoClient } from "./api-client";
import { banjarCoordinator } from "./banjar-step";
import { type DemoContext, type DemoStep, demoCohort } from "./context";
import { round2025II } from "./evaluation-2025-ii";
import { banjarPlanId } from "./monitoring-step";
import { evidencePdf } from "./pdf";
import { coordinatorOf, findRound, runRound } from "./run-evaluation";
import { PROGRAMS } from "./run-masterplan";

type Data<T> = { data: T };

type Submission = {
  region: string;
  /** The stage I deliverable's template code. */
  code: string;
  note: string;
  /** A PDF handed in with it (the regions without a plan in the platform); else a link to the draft's vision. */
  file?: { title: string; lines: readonly string[] };
};

/**
 * Bimtek stage I deliverables handed in for review, one for each demo mentor: Kota Solok's
 * vision from its draft plan (Kota Banjar's mentor), and the first papers of Gianyar and
 * Purbalingga, whose coordinators joined the platform for the 2025 evaluation and now record
 * their Bimtek in it too.
 */
export const SUBMITTED_DELIVERABLES: readonly Submission[] = [
  {
    region: "13.72",
    code: "visi-misi",
    note: "Visi, dua misi dan tujuan pertama dari draf masterplan; misi ketiga menyusul setelah konsultasi publik.",
  },
  {
    region: "51.04",
    code: "analisis-kesenjangan",
    note: "Analisis kesenjangan struktur, infrastruktur dan suprastruktur hasil lokakarya bersama OPD.",
    file: {
      title: "Analisis Kesenjangan Kesiapan Smart City Kabupaten Gianyar",
      lines: ["Diskominfo Kabupaten Gianyar", "Kesenjangan struktur, infrastruktur dan suprastruktur; 14 OPD."],
    },
  },
  {
    region: "33.03",
    code: "analisis-kesenjangan",
    note: "Analisis kesenjangan kesiapan; data infrastruktur TIK kecamatan dilampirkan.",
    file: {
      title: "Analisis Kesenjangan Kesiapan Smart City Kabupaten Purbalingga",
      lines: ["Diskominfo Kabupaten Purbalingga", "Kesenjangan kesiapan per aspek dan infrastruktur TIK 18 kecamatan."],
    },
  },
];

/** A region's stage I deliverable of the given template, as the admin sees it. */
async function stageOneDeliverable(admin: DemoClient, region: string, code: string) {
  const cohort = await demoCohort(admin);
  const candidate = cohort.candidates.find((c) => c.regionCode === region);
  if (!candidate) throw new Error(`${region} is not a candidate of the demo cohort`);
  const stages = (await admin.get<Data<StageOut[]>>(`/api/candidates/${candidate.id}/stages`)).data;
  const found = stages.find((s) => s.number === 1)?.deliverables.find((d) => d.template.code === code);
  if (!found) throw new Error(`stage I deliverable ${code} of ${region} missing`);
  return found;
}

/** The coordinator fills in the deliverable (the draft plan's vision, or the PDF) and submits it. */
async function submit(ctx: DemoContext, s: Submission) {
  const d = await stageOneDeliverable(ctx.admin, s.region, s.code);
  if (d.status !== "draft") return;
  const coordinator = await coordinatorOf(ctx, s.region);
  if (!coordinator) throw new Error(`demo coordinator of ${s.region} missing`);
  let link: string | null = null;
  if (!s.file) {
    const [plan] = (await coordinator.get<Data<Array<{ id: number }>>>(`/api/regions/${s.region}/masterplans`)).data;
    if (!plan) throw new Error(`draft masterplan of ${s.region} missing`);
    link = `/masterplan/${plan.id}?tab=visi`;
  }
  await coordinator.patch(`/api/deliverables/${d.id}`, { link, note: s.note, version: d.version });
  if (s.file) await coordinator.upload(`/api/deliverables/${d.id}/file`, evidencePdf(s.file.title, s.file.lines));
  await coordinator.post(`/api/deliverables/${d.id}/actions`, { action: "submit" });
}

/** The value Kota Banjar's coordinator sends back to its OPD: MPP Digital's online services, first semester of 2026. */
export const RETURNED_REALISATION = {
  program: "mpp-digital",
  indicator: "EC: ICT: PS: 2A",
  year: 2026,
  semester: 1,
  note:
    "Mohon periksa kembali: yang dihitung hanya layanan yang dapat diajukan dan dilacak status permohonannya secara " +
    "daring, sesuai definisi indikator. Lampirkan daftar layanan per 30 Juni 2026 sebagai bukti dukung.",
} as const;

/** The OPD that owns the returned value's program, and so gets it back. */
export const RETURNED_TO = PROGRAMS.find((p) => p.key === RETURNED_REALISATION.program)?.owner ?? "";

/** Kota Banjar's realisation of the seed, as `client` sees it. */
async function returnedRealisation(client: DemoClient): Promise<PlanRealisationOut> {
  const planId = await banjarPlanId(client);
  if (!planId) throw new Error("Kota Banjar's masterplan missing");
  const name = PROGRAMS.find((p) => p.key === RETURNED_REALISATION.program)?.name;
  const values = await client.get<Data<PlanRealisationOut[]>>(
    `/api/masterplans/${planId}/realisations?year=${RETURNED_REALISATION.year}&pageSize=500`,
  );
  const found = values.data.find(
    (r) =>
      r.program.name === name &&
      r.indicator.code === RETURNED_REALISATION.indicator &&
      r.semester === RETURNED_REALISATION.semester,
  );
  if (!found) throw new Error(`Kota Banjar's realisation ${RETURNED_REALISATION.program} 2026-I missing`);
  return found;
}

/** Whether each piece of the step's work is there: asked of the API, never remembered. */
const already = {
  submitted: async ({ admin }: DemoContext) => {
    for (const s of SUBMITTED_DELIVERABLES)
      if ((await stageOneDeliverable(admin, s.region, s.code)).status === "draft") return false;
    return true;
  },
  // Once returned it stays "there": corrected (entered again, the note kept) or verified later.
  returned: async ({ admin }: DemoContext) => {
    const r = await returnedRealisation(admin);
    return r.status !== "entered" || r.reviewNote !== null;
  },
  scoring: async ({ admin }: DemoContext) => {
    const round = await findRound(admin, { year: 2025, tahap: "II" });
    if (round?.status === "published") return true;
    if (round?.status !== "scoring") return false;
    const list = await admin.get<Data<EvaluationOut[]>>(`/api/evaluation-rounds/${round.id}/evaluations?pageSize=500`);
    return list.data.some((e) => e.progress.assessorsComplete > 0);
  },
};

/**
 * Work left waiting for the demo's people, so Perlu Tindakan and the bell show something on
 * the first sign-in: three regions submit a Bimtek stage I deliverable (each demo mentor has one
 * to review, Kota Solok's for Kota Banjar's mentor), Kota Banjar's coordinator returns an OPD's value with a note (the OPD fixes it,
 * the other values still wait for verification), and "Evaluasi GMSC 2025 Tahap II" stands in
 * scoring, half scored, its deadline ahead. These acts happen on the day the demo is loaded,
 * like the work they leave; the story before them keeps its fixed days.
 */
export const inboxStep: DemoStep = {
  title: "Pekerjaan yang menunggu: keluaran Bimtek diajukan, realisasi dikembalikan, Evaluasi GMSC 2025 Tahap II …",
  done: async (ctx) => (await already.submitted(ctx)) && (await already.returned(ctx)) && (await already.scoring(ctx)),
  run: async (ctx) => {
    for (const s of SUBMITTED_DELIVERABLES) await submit(ctx, s);
    if (!(await already.returned(ctx))) {
      const coordinator = await banjarCoordinator(ctx);
      const r = await returnedRealisation(coordinator);
      await coordinator.post(`/api/realisations/${r.id}/return`, {
        version: r.version,
        note: RETURNED_REALISATION.note,
      });
    }
    if (!(await already.scoring(ctx))) await runRound(ctx, round2025II(jakartaToday()));
  },
};
