// The national map and the home page's figures: only published selections, signed MoUs,
// closed Bimtek stages, approved or enacted plans and published evaluation results.
import { z } from "zod";
import { RegionType } from "./regions";

/** A region's place in the GMSC path, from not in the program to an enacted Perkada. */
export const GMSC_STATUSES = [
  "not_in_program",
  "candidate",
  "selected",
  "mou_signed",
  "bimtek_1",
  "bimtek_2",
  "bimtek_3",
  "bimtek_4",
  "masterplan_approved",
  "perkada_enacted",
] as const;
export const GmscStatus = z.enum(GMSC_STATUSES);
export type GmscStatus = z.infer<typeof GmscStatus>;

/** What the database knows of a region, across all its cohorts and plans. */
export type GmscFacts = {
  /** A candidacy in a cohort whose selection is published. */
  candidate: boolean;
  /** Selected in a cohort whose selection is published. */
  selected: boolean;
  mouSigned: boolean;
  /** The highest Bimtek stage closed, 1–4, or null. */
  bimtekClosed: number | null;
  /** The furthest plan status that counts publicly; drafts and plans in review count as nothing. */
  masterplan: "approved" | "enacted" | null;
};

/** The furthest status a region has reached: the highest stage wins, whatever the cohort. */
export function gmscStatus(f: GmscFacts): GmscStatus {
  if (f.masterplan === "enacted") return "perkada_enacted";
  if (f.masterplan === "approved") return "masterplan_approved";
  if (f.bimtekClosed !== null && f.bimtekClosed >= 1) {
    return `bimtek_${Math.min(4, Math.floor(f.bimtekClosed))}` as GmscStatus;
  }
  if (f.mouSigned) return "mou_signed";
  if (f.selected) return "selected";
  if (f.candidate) return "candidate";
  return "not_in_program";
}

/** Rank of a status on the path, 0 for not in the program: for sorting and legends. */
export const gmscStatusRank = (s: GmscStatus): number => GMSC_STATUSES.indexOf(s);

export const MapRegion = z.object({
  code: z.string().describe("Kode Kemendagri"),
  name: z.string(),
  type: RegionType,
  provinceCode: z.string(),
  status: GmscStatus,
  cohortYear: z.number().int().nullable().describe("Tahun angkatan terakhir yang pengumuman seleksinya terbit"),
  index: z.number().nullable().describe("Indeks evaluasi terakhir yang diumumkan"),
  indexYear: z.number().int().nullable(),
});
export type MapRegion = z.infer<typeof MapRegion>;

export const MapStatusOut = z.object({ data: z.array(MapRegion) });
export type MapStatusOut = z.infer<typeof MapStatusOut>;

export const PublicFigures = z.object({
  regionsInProgram: z.number().int().describe("Wilayah berbeda yang terpilih dalam suatu angkatan yang diumumkan"),
  plansEnacted: z.number().int().describe("Masterplan yang ditetapkan dengan Perkada"),
  programsInEnactedPlans: z.number().int(),
  quickWinsDone: z.number().int().describe("Quick win berstatus selesai pada tahun terakhir yang dilaporkan"),
  quickWinsYear: z.number().int().nullable(),
});
export type PublicFigures = z.infer<typeof PublicFigures>;
export const PublicFiguresOut = z.object({ data: PublicFigures });
