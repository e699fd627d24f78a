// Request bodies of the masterplan API (validated on the server, reused by the web forms);
// the shapes the API answers with are in masterplan-responses.ts.
import { z } from "zod";
import { GovernanceKind } from "./governance";
import { ApbdCode, budgetProblems, FundingSource, MASTERPLAN_ACTION_NAMES, MAX_PERIOD_YEARS, Term } from "./masterplan";
import { richTextIsEmpty, sanitizeRichText } from "./rich-text";

const Year = z
  .number("Tahun harus berupa angka")
  .int("Tahun harus bilangan bulat")
  .min(2000, "Tahun minimal 2000")
  .max(2100, "Tahun maksimal 2100");
const Version = z.number().int().min(1);
const Id = z.number().int().positive();
const text = (max: number, label: string) => z.string().trim().max(max, `${label} maksimal ${max} karakter`);
const required = (max: number, label: string) => text(max, label).min(1, `${label} wajib diisi`);
const IsoDate = z.iso.date("Tanggal harus berbentuk YYYY-MM-DD");

/** Narrative (rich) text: sanitized on the server to p, br, strong, em, ul, ol, li. */
export const Narrative = z.string().max(100_000, "Narasi maksimal 100.000 karakter").transform(sanitizeRichText);

function periodIssues(p: { periodStart?: number; periodEnd?: number }, ctx: z.RefinementCtx) {
  if (p.periodStart === undefined || p.periodEnd === undefined) return;
  if (p.periodEnd < p.periodStart)
    ctx.addIssue({
      code: "custom",
      path: ["periodEnd"],
      message: "Tahun akhir periode tidak boleh sebelum tahun awal",
    });
  else if (p.periodEnd - p.periodStart + 1 > MAX_PERIOD_YEARS)
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: `Periode paling lama ${MAX_PERIOD_YEARS} tahun` });
}

// ── Plan ─────────────────────────────────────────────────────────────────────────────────

/** Body of starting a masterplan; `previousId` starts a revision of an enacted plan. */
export const MasterplanCreate = z
  .object({
    title: required(300, "Judul"),
    periodStart: Year,
    periodEnd: Year,
    frameworkId: Id.optional().describe("Kerangka yang dipakai; bawaan bila kosong"),
    previousId: Id.optional().describe("Masterplan yang ditetapkan yang direvisi"),
  })
  .superRefine(periodIssues);
export type MasterplanCreate = z.infer<typeof MasterplanCreate>;

/** Body of changing a plan's title or period (draft only). */
export const MasterplanUpdate = z
  .object({
    title: required(300, "Judul").optional(),
    periodStart: Year.optional(),
    periodEnd: Year.optional(),
    version: Version,
  })
  .superRefine(periodIssues);
export type MasterplanUpdate = z.infer<typeof MasterplanUpdate>;

const Nip = z
  .string()
  .trim()
  .regex(/^\d{18}$/, "NIP terdiri dari 18 angka");

/** What enactment needs besides the number and date, with the label its 422 names. */
const ENACTMENT_FIELDS = [
  ["perkadaNumber", "Nomor Perkada (Perbup/Perwali/Pergub) wajib diisi"],
  ["perkadaDate", "Tanggal Perkada (Perbup/Perwali/Pergub) wajib diisi"],
  ["headName", "Nama kepala daerah yang menandatangani wajib diisi"],
  ["secretaryName", "Nama Sekretaris Daerah yang mengundangkan wajib diisi"],
  ["secretaryNip", "NIP Sekretaris Daerah wajib diisi"],
  ["promulgatedOn", "Tanggal pengundangan wajib diisi"],
  ["gazetteYear", "Tahun Berita Daerah wajib diisi"],
  ["gazetteNumber", "Nomor Berita Daerah wajib diisi"],
] as const;

/**
 * Body of moving a plan. Enactment needs the Perkada number and date, who signed it (the
 * regional head), who promulgated it (the Sekretaris Daerah with an 18-digit NIP) on which day,
 * and its place in the Berita Daerah, so the enacted Perkada prints no blank.
 */
export const MasterplanTransition = z
  .object({
    action: z.enum(MASTERPLAN_ACTION_NAMES, "Tindakan tidak dikenal"),
    version: Version,
    note: text(2000, "Catatan").optional(),
    perkadaNumber: text(200, "Nomor Perkada").optional(),
    perkadaDate: IsoDate.optional(),
    headName: text(200, "Nama kepala daerah").optional(),
    secretaryName: text(200, "Nama Sekretaris Daerah").optional(),
    secretaryNip: Nip.optional(),
    promulgatedOn: IsoDate.optional(),
    gazetteYear: Year.optional(),
    gazetteNumber: text(50, "Nomor Berita Daerah").optional(),
  })
  .superRefine((t, ctx) => {
    if (t.action !== "enact") return;
    for (const [key, message] of ENACTMENT_FIELDS)
      if (t[key] === undefined || t[key] === "") ctx.addIssue({ code: "custom", path: [key], message });
    if (t.perkadaDate && t.promulgatedOn && t.promulgatedOn < t.perkadaDate)
      ctx.addIssue({
        code: "custom",
        path: ["promulgatedOn"],
        message: "Tanggal pengundangan tidak boleh sebelum tanggal penetapan",
      });
    if (t.promulgatedOn && t.gazetteYear && Number(t.promulgatedOn.slice(0, 4)) !== t.gazetteYear)
      ctx.addIssue({
        code: "custom",
        path: ["gazetteYear"],
        message: "Tahun Berita Daerah harus sama dengan tahun pengundangan",
      });
  });
export type MasterplanTransition = z.infer<typeof MasterplanTransition>;

// ── Sections (chapters) ──────────────────────────────────────────────────────────────────

/** Fixed chapter keys; per-element narratives are "element:<element code>". */
export const SECTION_KEYS = ["profile", "readiness", "swot", "priority_issues", "vision", "foreword"] as const;
export const SectionKey = z
  .string()
  .regex(
    /^(profile|readiness|swot|priority_issues|vision|foreword|element:[a-z0-9-]+\.[a-z0-9-]+)$/,
    "Bab tidak dikenal",
  );

const Lens = z.enum(
  ["struktur", "infrastruktur", "suprastruktur"],
  "Lensa: struktur, infrastruktur atau suprastruktur",
);
const Items = (label: string) => z.array(required(2000, label)).max(50);

/** Buku 1: region profile with key figures (year and source each), nature and culture. */
export const ProfileContent = z.object({
  figures: z
    .array(
      z.object({
        label: required(200, "Nama data"),
        value: required(100, "Nilai"),
        unit: text(50, "Satuan").optional(),
        year: Year,
        source: required(300, "Sumber"),
      }),
    )
    .max(100),
  narrative: Narrative.optional(),
  natureCulture: Narrative.optional(),
});
/** Readiness per lens with its gap analysis. */
export const ReadinessContent = z.object({
  lenses: z.array(z.object({ lens: Lens, condition: Narrative, gap: Narrative })).max(3),
});
/** SWOT per lens. */
export const SwotContent = z.object({
  lenses: z
    .array(
      z.object({
        lens: Lens,
        strengths: Items("Kekuatan"),
        weaknesses: Items("Kelemahan"),
        opportunities: Items("Peluang"),
        threats: Items("Ancaman"),
      }),
    )
    .max(3),
});
/** Priority issues (isu strategis). */
export const PriorityIssuesContent = z.object({
  issues: z.array(z.object({ title: required(300, "Isu"), description: Narrative.optional() })).max(50),
});
/** Vision, missions and goals, each linked to the RPJMD text it supports. */
export const VisionContent = z.object({
  vision: text(2000, "Visi"),
  rpjmdVision: text(2000, "Visi RPJMD").optional(),
  /** The region's own RPJMD Perda as cited in Dasar Hukum: "Peraturan Daerah Kota Banjar Nomor 3 Tahun 2025 tentang …". */
  rpjmdRegulation: text(500, "Peraturan Daerah tentang RPJMD").optional(),
  missions: z
    .array(z.object({ text: required(2000, "Misi"), rpjmdMission: text(2000, "Misi RPJMD").optional() }))
    .max(30),
  goals: z
    .array(z.object({ text: required(2000, "Tujuan"), missionIndex: z.number().int().min(0).optional() }))
    .max(60),
});
/**
 * The Kata Pengantar every book opens with, signed where and when the region says, by the person
 * it names (the regional head, or the head of Bappeda with an 18-digit NIP). Required before the
 * plan is submitted, so no enacted book carries a placeholder.
 */
export const ForewordContent = z.object({
  text: Narrative.refine((v) => !richTextIsEmpty(v), "Teks kata pengantar wajib diisi"),
  place: required(100, "Tempat"),
  date: IsoDate,
  signatoryName: required(200, "Nama penanda tangan"),
  signatoryPosition: required(200, "Jabatan penanda tangan"),
  signatoryNip: z
    .string()
    .trim()
    .regex(/^(\d{18})?$/, "NIP terdiri dari 18 angka (kosongkan untuk kepala daerah)")
    .optional(),
});
export type ForewordContent = z.infer<typeof ForewordContent>;

/** Per element: current condition, problems, strategy (arah dan strategi). */
export const ElementContent = z.object({ condition: Narrative, problems: Narrative, strategy: Narrative });

/** The content schema of a section key. */
export function sectionContentSchema(key: string) {
  if (key.startsWith("element:")) return ElementContent;
  return {
    profile: ProfileContent,
    readiness: ReadinessContent,
    swot: SwotContent,
    priority_issues: PriorityIssuesContent,
    vision: VisionContent,
    foreword: ForewordContent,
  }[key as (typeof SECTION_KEYS)[number]];
}

/** Body of saving a section: `version` 0 creates it, otherwise the version read. */
export const SectionPut = z.object({
  content: z.record(z.string(), z.unknown()),
  version: z.number().int().min(0),
});
export type SectionPut = z.infer<typeof SectionPut>;

// ── Programs ─────────────────────────────────────────────────────────────────────────────

export const BudgetInput = z.object({
  year: Year,
  source: FundingSource,
  amount: z
    .number("Anggaran harus berupa angka")
    .int("Anggaran dalam Rupiah bulat")
    .min(0, "Anggaran tidak boleh negatif")
    .max(1e15, "Anggaran terlalu besar"),
});
export const ActionStepInput = z.object({ year: Year, step: required(2000, "Langkah") });

const programFields = {
  dimensionCode: required(60, "Dimensi"),
  elementCode: required(120, "Elemen"),
  name: required(300, "Nama program"),
  description: text(10_000, "Uraian").default(""),
  ownerOpdId: Id.nullable(),
  supportingOpdIds: z.array(Id).max(50).default([]),
  term: Term,
  startYear: Year,
  endYear: Year,
  budgets: z.array(BudgetInput).max(200).default([]),
  apbdCode: ApbdCode.nullish(),
  rpjmdReference: text(1000, "Rujukan RPJMD/Renstra").nullish(),
  innovation: text(4000, "Catatan inovasi").nullish(),
  priority: z.number().int().min(1, "Prioritas 1 sampai 3").max(3, "Prioritas 1 sampai 3").default(2),
  actionPlan: z.array(ActionStepInput).max(100).default([]),
};

function programIssues(
  p: {
    startYear?: number;
    endYear?: number;
    budgets?: z.infer<typeof BudgetInput>[];
    actionPlan?: Array<{ year: number }>;
  },
  ctx: z.RefinementCtx,
) {
  if (p.startYear === undefined || p.endYear === undefined) return;
  if (p.endYear < p.startYear)
    ctx.addIssue({ code: "custom", path: ["endYear"], message: "Tahun selesai tidak boleh sebelum tahun mulai" });
  for (const b of budgetProblems(p.budgets ?? [], { startYear: p.startYear, endYear: p.endYear }))
    ctx.addIssue({ code: "custom", path: ["budgets", b.index, "year"], message: b.message });
  (p.actionPlan ?? []).forEach((s, i) => {
    if (s.year < (p.startYear as number) || s.year > (p.endYear as number))
      ctx.addIssue({
        code: "custom",
        path: ["actionPlan", i, "year"],
        message: "Tahun rencana aksi di luar tahun program",
      });
  });
}

/** Body of adding a program. */
export const ProgramCreate = z.object(programFields).superRefine(programIssues);
export type ProgramCreate = z.infer<typeof ProgramCreate>;

/** Body of changing a program; arrays given replace the stored ones. */
export const ProgramUpdate = z
  .object({
    dimensionCode: programFields.dimensionCode.optional(),
    elementCode: programFields.elementCode.optional(),
    name: programFields.name.optional(),
    description: text(10_000, "Uraian").optional(),
    ownerOpdId: Id.nullable().optional(),
    supportingOpdIds: z.array(Id).max(50).optional(),
    term: Term.optional(),
    startYear: Year.optional(),
    endYear: Year.optional(),
    budgets: z.array(BudgetInput).max(200).optional(),
    apbdCode: ApbdCode.nullish(),
    rpjmdReference: programFields.rpjmdReference,
    innovation: programFields.innovation,
    priority: z.number().int().min(1, "Prioritas 1 sampai 3").max(3, "Prioritas 1 sampai 3").optional(),
    actionPlan: z.array(ActionStepInput).max(100).optional(),
    version: Version,
  })
  .superRefine(programIssues);
export type ProgramUpdate = z.infer<typeof ProgramUpdate>;

export const ProgramFilters = z.object({
  dimension: z.string().max(60).optional(),
  element: z.string().max(120).optional(),
  opd: z.coerce.number().int().positive().optional().describe("OPD penanggung jawab atau pendukung"),
  term: Term.optional(),
});

// ── Quick wins and governance ────────────────────────────────────────────────────────────

export const QuickWinCreate = z.object({
  programId: Id,
  year: Year,
  ownerOpdId: Id.nullable(),
  target: required(2000, "Target"),
  whyQuick: required(2000, "Alasan cepat dan terlihat"),
});
export type QuickWinCreate = z.infer<typeof QuickWinCreate>;
export const QuickWinUpdate = QuickWinCreate.partial().extend({ version: Version });
export type QuickWinUpdate = z.infer<typeof QuickWinUpdate>;

export { GOVERNANCE_KIND_LABELS, GOVERNANCE_KINDS, GovernanceKind } from "./governance";
/** A member of a governance body with their position and role in it. */
export const GovernanceMember = z.object({
  name: required(200, "Nama anggota"),
  position: required(300, "Jabatan"),
  role: required(200, "Peran"),
});
export const GovernanceBodyCreate = z.object({
  kind: GovernanceKind,
  name: text(300, "Nama").optional(),
  decreeNumber: text(200, "Nomor SK").nullish(),
  decreeDate: IsoDate.nullish(),
  members: z.array(GovernanceMember).max(200).default([]),
});
export type GovernanceBodyCreate = z.infer<typeof GovernanceBodyCreate>;
export const GovernanceBodyUpdate = z.object({
  kind: GovernanceKind.optional(),
  name: text(300, "Nama").optional(),
  decreeNumber: text(200, "Nomor SK").nullish(),
  decreeDate: IsoDate.nullish(),
  members: z.array(GovernanceMember).max(200).optional(),
  version: Version,
});
export type GovernanceBodyUpdate = z.infer<typeof GovernanceBodyUpdate>;
