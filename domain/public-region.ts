// The public region page: only what is enacted, verified or published, each roll-up with its rule.
import { z } from "zod";
import { LIGHTS } from "./achievement";
import { BOOKS, DOCUMENT_FORMATS } from "./documents";
import { PROGRESS_STATUSES } from "./monitoring";

const Int = z.number().int();
const Rule = z.string().describe("Aturan perhitungan, dalam kalimat");
const StatusCounts = z.object({
  not_started: Int,
  on_track: Int,
  delayed: Int,
  done: Int,
  cancelled: Int,
  no_data: Int,
});

/** The rules behind each roll-up, printed next to it on the page and in the response. */
export const PUBLIC_RULES = {
  progressByDimension:
    "% per dimensi = rata-rata progres fisik program-programnya pada tahun terakhir yang dilaporkan; program tanpa isian dihitung sebagai 'belum ada data', bukan 0",
  budgetByYear: "Pagu dan realisasi per tahun = jumlah pagu dan realisasi anggaran yang dilaporkan semua program",
  quickWins: "Status dan % quick win = isian progres tahun terakhir yang dilaporkan untuk quick win itu",
  indicators:
    "Capaian = realisasi terverifikasi terakhir ÷ target tahun itu (atau (2 × target − realisasi) ÷ target bila makin rendah makin baik), dibatasi 0–120 %; ≥ 90 hijau, ≥ 70 kuning, selain itu merah",
  evaluation:
    "Indeks, peringkat nasional dan kenaikan dari putaran evaluasi terakhir yang diumumkan; kenaikan = indeks − indeks putaran sebelumnya",
  programBudget: "Anggaran program = jumlah anggaran indikatif semua tahun dan sumber dalam masterplan",
} as const;

export const PublicRegionOut = z.object({
  region: z.object({
    code: z.string(),
    name: z.string(),
    displayName: z.string(),
    type: z.enum(["provinsi", "kabupaten", "kota"]),
    province: z.object({ code: z.string(), name: z.string() }),
  }),
  participation: z.array(
    z.object({
      cohortName: z.string(),
      cohortYear: Int,
      candidateStatus: z.enum(["invited", "assessed", "selected", "not_selected", "withdrawn"]),
      mouDate: z.string().nullable().describe("Tanggal Nota Kesepakatan (YYYY-MM-DD)"),
      bimtekStageClosed: Int.nullable().describe("Tahap Bimtek tertinggi yang sudah ditutup"),
    }),
  ),
  masterplan: z
    .object({
      id: Int,
      title: z.string(),
      periodStart: Int,
      periodEnd: Int,
      perkadaNumber: z.string().nullable(),
      perkadaDate: z.string().nullable(),
      vision: z.string().nullable(),
      missions: z.array(z.string()),
      dimensions: z.array(
        z.object({
          code: z.string(),
          nameId: z.string(),
          nameEn: z.string(),
          programs: z.array(
            z.object({
              id: Int,
              code: z.string(),
              name: z.string(),
              ownerOpd: z.string().nullable(),
              startYear: Int,
              endYear: Int,
              budgetTotal: Int,
            }),
          ),
        }),
      ),
      programBudgetRule: Rule,
      quickWins: z.array(
        z.object({
          id: Int,
          programCode: z.string(),
          target: z.string(),
          year: Int,
          ownerOpd: z.string().nullable(),
          status: z.enum(PROGRESS_STATUSES).nullable(),
          physicalProgress: z.number().nullable(),
        }),
      ),
      quickWinRule: Rule,
      progress: z.object({
        year: Int.nullable().describe("Tahun terakhir yang memiliki isian progres program"),
        byDimension: z.array(
          z.object({
            dimensionCode: z.string(),
            programs: Int,
            counts: StatusCounts,
            meanPhysicalProgress: z.number().nullable(),
          }),
        ),
        rule: Rule,
      }),
      budget: z.object({
        byYear: z.array(z.object({ year: Int, allocated: Int, realised: Int })),
        rule: Rule,
      }),
      indicators: z.object({
        items: z.array(
          z.object({
            programCode: z.string(),
            code: z.string(),
            name: z.string(),
            unit: z.string(),
            direction: z.enum(["higher_is_better", "lower_is_better"]),
            year: Int.nullable(),
            target: z.number().nullable(),
            realisation: z.number().nullable(),
            achievement: z.number().nullable(),
            light: z.enum(LIGHTS),
          }),
        ),
        rule: Rule,
      }),
      documents: z.array(z.object({ book: z.enum(BOOKS), format: z.enum(DOCUMENT_FORMATS), href: z.string() })),
    })
    .nullable()
    .describe("Masterplan yang ditetapkan; null bila belum ada"),
  evaluation: z
    .object({
      roundName: z.string(),
      year: Int,
      tahap: z.enum(["I", "II"]),
      index: z.number().nullable(),
      nationalRank: Int.nullable(),
      improvement: z.number().nullable(),
      rule: Rule,
    })
    .nullable()
    .describe("Hasil evaluasi terakhir yang diumumkan; null bila belum ada"),
});
export type PublicRegionOut = z.infer<typeof PublicRegionOut>;
