import { z } from "zod";
import { CandidateStatus } from "./cohort";
import { RegionType } from "./regions";

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

/**
 * The two kinds of participant counted apart: kabupaten/kota, and provinces (which take part
 * since 2023, e.g. Jawa Barat and DI Yogyakarta next to 50 kab/kota).
 */
export const PARTICIPANT_KINDS = ["kabkota", "provinsi"] as const;
export const ParticipantKind = z.enum(PARTICIPANT_KINDS);
export type ParticipantKind = z.infer<typeof ParticipantKind>;

/** The participant kind of a region type: kabupaten and kota are one kind, provinsi the other. */
export function participantKind(type: RegionType): ParticipantKind {
  return type === "provinsi" ? "provinsi" : "kabkota";
}

/**
 * One funnel per kind of participant: kab/kota always, provinces only when `kinds` holds them.
 * Each funnel counts only its own kind, so 2 provinces never pad the count of 50 kab/kota.
 */
export function funnelsByKind(
  rows: Array<RegionProgress & { regionType: RegionType }>,
  stageNumbers: number[],
  kinds: readonly ParticipantKind[],
): Array<z.infer<typeof KindFunnel>> {
  return PARTICIPANT_KINDS.filter((k) => kinds.includes(k)).map((kind) => ({
    kind,
    steps: funnel(
      rows.filter((r) => participantKind(r.regionType) === kind),
      stageNumbers,
    ),
  }));
}

export const KindFunnel = z.object({ kind: ParticipantKind, steps: z.array(FunnelStep) });

/** Filters of the cohort dashboard; province and kind narrow the funnels and the rows, step the rows only. */
export const DashboardQuery = z.object({
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional()
    .describe("Kode provinsi: kab/kota di provinsi itu dan provinsi itu sendiri"),
  kind: ParticipantKind.optional().describe("kabkota atau provinsi"),
  step: z.string().max(30).optional().describe("Langkah saat ini; menyaring tabel, tidak corong"),
});
export type DashboardQuery = z.infer<typeof DashboardQuery>;

/** One region of the dashboard table. */
export const DashboardRow = z.object({
  candidateId: z.number().int(),
  regionCode: z.string(),
  regionName: z.string(),
  regionType: RegionType,
  provinceCode: z.string(),
  provinceName: z.string(),
  status: CandidateStatus,
  step: z.string(),
  mouSignedOn: z.string().nullable(),
  stagesClosed: z.number().int(),
  mentors: z.array(z.string()),
  overdue: z.array(z.string()),
  pendingReview: z.number().int(),
});
export type DashboardRow = z.infer<typeof DashboardRow>;

/** `GET /api/cohorts/:id/dashboard`. */
export const DashboardOut = z.object({
  /** Every kind together, kept for older clients; `funnels` counts kab/kota and provinces apart. */
  funnel: z.array(FunnelStep),
  funnels: z.array(KindFunnel),
  stageCount: z.number().int(),
  rows: z.array(DashboardRow),
});
export type DashboardOut = z.infer<typeof DashboardOut>;

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
