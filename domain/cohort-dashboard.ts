import { z } from "zod";
import type { CandidateStatus } from "./cohort";

/** Facts about one candidate region that place it in the program. */
export type RegionProgress = {
  status: CandidateStatus;
  assessed: boolean;
  mouSigned: boolean;
  /** Stage numbers in order with whether each is closed. */
  stages: Array<{ number: number; closed: boolean }>;
  /** How far the region's masterplan has come: approved by the mentor, enacted by Perkada. */
  plan: "none" | "drafted" | "approved" | "enacted";
};

/** The step a region is at, as a code that doubles as a translation key ("bimtek:2"). */
export function currentStep(p: RegionProgress): string {
  if (p.status === "withdrawn") return "withdrawn";
  if (p.status === "not_selected") return "not_selected";
  if (p.status !== "selected") return p.assessed ? "assessed" : "invited";
  if (!p.mouSigned) return "mou";
  const open = p.stages.find((s) => !s.closed);
  if (open) return `bimtek:${open.number}`;
  if (p.plan === "enacted") return "perkada_enacted";
  return p.plan === "approved" ? "masterplan_approved" : "bimtek_done";
}

export const FunnelStep = z.object({ key: z.string(), count: z.number().int().nullable() });

/**
 * The cohort funnel: invited → assessed → selected → MoU signed → each Bimtek stage closed →
 * masterplan approved (or already enacted) → Perkada enacted, among the selected regions.
 */
export function funnel(rows: RegionProgress[], stageNumbers: number[]): Array<z.infer<typeof FunnelStep>> {
  const active = rows.filter((r) => r.status !== "withdrawn");
  const selected = active.filter((r) => r.status === "selected");
  return [
    { key: "invited", count: active.length },
    { key: "assessed", count: active.filter((r) => r.assessed).length },
    { key: "selected", count: selected.length },
    { key: "mou_signed", count: selected.filter((r) => r.mouSigned).length },
    ...stageNumbers.map((n) => ({
      key: `bimtek:${n}`,
      count: selected.filter((r) => r.stages.some((s) => s.number === n && s.closed)).length,
    })),
    { key: "masterplan_approved", count: selected.filter((r) => r.plan === "approved" || r.plan === "enacted").length },
    { key: "perkada_enacted", count: selected.filter((r) => r.plan === "enacted").length },
  ];
}

export const STEP_LABELS: Record<string, { id: string; en: string }> = {
  invited: { id: "Diundang", en: "Invited" },
  assessed: { id: "Dinilai", en: "Assessed" },
  selected: { id: "Terpilih", en: "Selected" },
  not_selected: { id: "Tidak terpilih", en: "Not selected" },
  withdrawn: { id: "Mengundurkan diri", en: "Withdrawn" },
  mou: { id: "Menunggu Nota Kesepakatan", en: "Awaiting MoU" },
  mou_signed: { id: "Nota Kesepakatan ditandatangani", en: "MoU signed" },
  bimtek_done: { id: "Bimtek selesai", en: "Bimtek complete" },
  masterplan_approved: { id: "Masterplan disetujui", en: "Masterplan approved" },
  perkada_enacted: { id: "Perkada ditetapkan", en: "Perkada enacted" },
};

/** Label of a step code, including "bimtek:2" → "Bimtek II". */
export function stepLabel(key: string, lang: "id" | "en"): string {
  const m = key.match(/^bimtek:(\d+)$/);
  if (m) return `Bimtek ${["", "I", "II", "III", "IV", "V", "VI"][Number(m[1])] ?? m[1]}`;
  return STEP_LABELS[key]?.[lang] ?? key;
}
