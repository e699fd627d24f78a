import type { OpdOut } from "../../domain/opd";
import type { DemoClient } from "./api-client";
import {
  ADDED_AFTER_RETURN,
  APPROVAL_COMMENT,
  GOVERNANCE_COMMENTS,
  PROGRAM_COMMENTS,
  QUICK_WIN_COMMENTS,
  RETURN_COMMENT,
  STRATEGIC_COMMENTS,
} from "./banjar/comments";
import { ELEMENTS_A } from "./banjar/elements-a";
import { ELEMENTS_B } from "./banjar/elements-b";
import { FOREWORD } from "./banjar/foreword";
import { FORUM_ADDED, GOVERNANCE_BODIES, QUICK_WINS } from "./banjar/governance";
import { BANJAR_EXTRA_OPDS } from "./banjar/opds";
import { PROGRAMS_A } from "./banjar/programs-a";
import { PROGRAMS_B } from "./banjar/programs-b";
import { PROGRAMS_C } from "./banjar/programs-c";
import { PROFILE, READINESS } from "./banjar/strategic";
import { PRIORITY_ISSUES, SWOT, VISION } from "./banjar/swot";
import { PlanWriter } from "./masterplan-writer";
import { simplePdf } from "./pdf";
import type { Timeline } from "./place-in-2024";
import { carryStage, type StageWork } from "./run-bimtek";

export const BANJAR = "32.79";
export const BANJAR_PLAN_TITLE = "Masterplan Smart City Kota Banjar 2024–2033";
export const BANJAR_PERWALI = { number: "Peraturan Wali Kota Banjar Nomor 45 Tahun 2024", date: "2024-12-16" };
/** Who signed the demo's Perwali (the Wali Kota of its foreword) and who promulgated it, and its Berita Daerah. */
export const BANJAR_PERWALI_ENACTMENT = {
  headName: "H. Dadang Sudrajat",
  secretaryName: "Drs. Rahmat Hidayat Suryana, M.Si.",
  secretaryNip: "196908171994031006",
  promulgatedOn: "2024-12-16",
  gazetteYear: 2024,
  gazetteNumber: "45",
};
/** Kota Banjar's programs as the demo writes them, with the demo's keys. */
export const PROGRAMS = [...PROGRAMS_A, ...PROGRAMS_B, ...PROGRAMS_C];
const ELEMENTS = { ...ELEMENTS_A, ...ELEMENTS_B };

/** The starter OPD list plus Banjar's kecamatan and hospital, created through the OPD API; id by abbreviation. */
export async function ensureBanjarOpds(coordinator: DemoClient): Promise<Map<string, number>> {
  await coordinator.post(`/api/regions/${BANJAR}/opds/starter`);
  const list = async () => (await coordinator.get<{ data: OpdOut[] }>(`/api/regions/${BANJAR}/opds`)).data;
  const have = new Set((await list()).map((o) => o.abbreviation));
  for (const o of BANJAR_EXTRA_OPDS)
    if (!have.has(o.abbreviation)) await coordinator.post(`/api/regions/${BANJAR}/opds`, o);
  return new Map((await list()).map((o) => [o.abbreviation, o.id]));
}

/**
 * Kota Banjar's masterplan as it was written in 2024: Buku 1 at Bimtek I, element narratives
 * and programs (each OPD contributor their own) at Bimtek II, quick wins at III, governance
 * at IV, the mentor's comments along the way; then submitted, returned once, revised,
 * approved, enacted by Perwali and the signed file attached. Returns the plan id.
 */
export async function writeBanjarMasterplan(opts: {
  coordinator: DemoClient;
  mentor: DemoClient;
  contributors: ReadonlyMap<string, DemoClient>;
  opdIds: ReadonlyMap<string, number>;
  candidateId: number;
  timeline: Timeline;
}): Promise<number> {
  const { coordinator, mentor, opdIds, timeline } = opts;
  const created = await coordinator.post<{ data: { id: number } }>(`/api/regions/${BANJAR}/masterplans`, {
    title: BANJAR_PLAN_TITLE,
    periodStart: 2024,
    periodEnd: 2033,
  });
  const planId = created.data.id;
  timeline.add({ kind: "masterplan", id: planId, at: "2024-04-24 08:00", updated: "2024-12-17 09:00" });
  const w = new PlanWriter(planId, { coordinator, mentor, contributors: opts.contributors }, opdIds, timeline);
  const tab = (t: string) => `/masterplan/${planId}?tab=${t}`;
  const opdAttendance = (n: number) =>
    [...opdIds.values()]
      .slice(0, 18)
      .map((opdId, i) => ({ opdId, participants: 1 + ((i + n) % 3), attended: (i + n) % 9 !== 0 }));
  const stage = (s: Omit<StageWork, "attendance">) =>
    carryStage({
      coordinator,
      mentor,
      candidateId: opts.candidateId,
      stage: { ...s, attendance: opdAttendance(s.number) },
    });

  // Bimtek I: Buku 1 Analisis Strategis. The first SWOT lacks the regional regulations the mentor asks for.
  await w.section("profile", PROFILE, "2024-04-24 10:00");
  await w.section("readiness", READINESS, "2024-04-24 13:00");
  const firstSwot = SWOT.lenses.map((l) =>
    l.lens === "suprastruktur" ? { ...l, strengths: l.strengths.slice(2), weaknesses: l.weaknesses.slice(0, 1) } : l,
  );
  await w.section("swot", { lenses: firstSwot }, "2024-04-25 09:00");
  await w.section("priority_issues", PRIORITY_ISSUES, "2024-04-25 11:00");
  await w.section("vision", VISION, "2024-04-25 14:00");
  await w.section("foreword", FOREWORD, "2024-09-20 09:00");
  for (const c of STRATEGIC_COMMENTS) await w.comment(c);
  await w.section("swot", SWOT, "2024-04-25 09:00", "2024-04-29 14:00");
  await stage({
    number: 1,
    venue: "Aula Bappeda Kota Banjar",
    work: {
      "analisis-kesenjangan": {
        link: tab("strategis"),
        note: "Kesiapan struktur, infrastruktur dan suprastruktur beserta kesenjangannya.",
      },
      swot: { link: tab("strategis"), note: "SWOT per aspek, dilengkapi regulasi daerah sesuai catatan mentor." },
      "isu-prioritas": { link: tab("strategis"), note: "Lima isu strategis hasil diskusi dengan OPD." },
      "visi-misi": { link: tab("visi"), note: "Visi, empat misi dan sembilan tujuan yang terkait RPD dan RPJPD." },
    },
    revision: { code: "swot", comment: "Lengkapi SWOT aspek suprastruktur dengan regulasi daerah yang berlaku." },
  });

  // Bimtek II: per-element narratives, programs with budgets and action plans.
  for (const [code, narrative] of Object.entries(ELEMENTS))
    await w.section(`element:${code}`, narrative, "2024-05-30 10:00");
  const later = new Set<string>(ADDED_AFTER_RETURN);
  for (const p of PROGRAMS) if (!later.has(p.key)) await w.program(p, "2024-05-31 09:00");
  for (const c of PROGRAM_COMMENTS) await w.comment(c);
  await stage({
    number: 2,
    venue: "Daring (Zoom Diskominfo Kota Banjar)",
    work: {
      "pemetaan-program": { link: tab("program"), note: "Program dipetakan ke RPD 2024–2026 dan Renstra OPD." },
      "program-dimensi": {
        link: tab("dimensi"),
        note: "Kondisi, permasalahan dan strategi 18 elemen; program di enam dimensi.",
      },
      "rencana-aksi": { link: tab("program"), note: "Rencana aksi tahunan setiap program." },
    },
  });

  // Bimtek III: quick wins and the roadmap.
  for (const q of QUICK_WINS) await w.quickWin(q, "2024-07-04 10:00");
  for (const c of QUICK_WIN_COMMENTS) await w.comment(c);
  await stage({
    number: 3,
    venue: "Ruang Rapat Sekretariat Daerah Kota Banjar",
    work: {
      inovasi: { link: tab("program"), note: "Catatan inovasi pada program prioritas." },
      "peta-jalan": { link: tab("peta-jalan"), note: "Peta jalan 2024–2033 per dimensi dengan indikasi anggaran." },
      "kandidat-quick-win": { link: tab("quick-wins"), note: "Lima quick win 2025." },
    },
  });

  // Bimtek IV: governance bodies, the forum completed after the mentor's comment.
  for (const g of GOVERNANCE_BODIES) await w.governanceBody({ ...g, members: [...g.members] }, "2024-08-08 10:00");
  for (const c of GOVERNANCE_COMMENTS) await w.comment(c);
  const forum = GOVERNANCE_BODIES.find((g) => g.kind === "forum");
  const forumId = w.bodyIds.get("forum");
  if (forum && forumId) {
    const bodies = await coordinator.get<{ data: Array<{ id: number; version: number }> }>(
      `/api/masterplans/${planId}/governance-bodies`,
    );
    const version = bodies.data.find((b) => b.id === forumId)?.version ?? 1;
    await coordinator.patch(`/api/governance-bodies/${forumId}`, {
      members: [...forum.members, ...FORUM_ADDED],
      version,
    });
    timeline.add({ kind: "governance_body", id: forumId, at: "2024-08-08 10:00", updated: "2024-08-20 15:30" });
  }
  await stage({
    number: 4,
    venue: "Daring (Zoom Diskominfo Kota Banjar)",
    work: {
      "telaah-bab": { link: tab("strategis"), note: "Telaah seluruh bab bersama mentor." },
      "lembar-komitmen": {
        link: tab("tata-kelola"),
        note: "Ditandatangani Wali Kota dan kepala OPD pada 6 Agustus 2024.",
      },
      "quick-win-final": { link: tab("quick-wins"), note: "Quick win final dengan target 2025." },
      "ringkasan-eksekutif": { link: `/masterplan/${planId}`, note: "Ringkasan eksekutif masterplan." },
    },
  });

  // Review: submitted, returned for a long-term environment program, revised, approved, enacted.
  await w.transition("coordinator", "submit");
  await w.transition("mentor", "return", { note: RETURN_COMMENT.body });
  for (const p of PROGRAMS) if (later.has(p.key)) await w.program(p, "2024-09-26 10:00");
  await w.comment(RETURN_COMMENT);
  await w.transition("coordinator", "submit");
  await w.transition("mentor", "approve", { note: "Masterplan memenuhi seluruh catatan telaah." });
  await w.comment(APPROVAL_COMMENT);
  await w.transition("coordinator", "enact", {
    perkadaNumber: BANJAR_PERWALI.number,
    perkadaDate: BANJAR_PERWALI.date,
    ...BANJAR_PERWALI_ENACTMENT,
  });
  await coordinator.upload(`/api/masterplans/${planId}/perkada-file`, {
    name: "Perwali Kota Banjar Nomor 45 Tahun 2024 - Masterplan Smart City.pdf",
    type: "application/pdf",
    content: simplePdf("PERATURAN WALI KOTA BANJAR NOMOR 45 TAHUN 2024", [
      "TENTANG MASTERPLAN SMART CITY KOTA BANJAR TAHUN 2024-2033",
      "Ditetapkan di Banjar pada tanggal 16 Desember 2024.",
      "WALI KOTA BANJAR (ditandatangani)",
      "Dokumen contoh dari demo Kota Cerdas; bukan dokumen resmi.",
    ]),
  });
  return planId;
}
