import { z } from "zod";

/** Kinds of perangkat daerah. */
export const OPD_KINDS = ["dinas", "badan", "sekretariat", "inspektorat", "kecamatan", "lainnya"] as const;
export const OpdKind = z.enum(OPD_KINDS);
export type OpdKind = z.infer<typeof OpdKind>;

export const OPD_KIND_LABELS: Record<OpdKind, { id: string; en: string }> = {
  dinas: { id: "Dinas", en: "Agency (dinas)" },
  badan: { id: "Badan", en: "Board (badan)" },
  sekretariat: { id: "Sekretariat", en: "Secretariat" },
  inspektorat: { id: "Inspektorat", en: "Inspectorate" },
  kecamatan: { id: "Kecamatan", en: "District (kecamatan)" },
  lainnya: { id: "Lainnya", en: "Other" },
};

const name = z.string().trim().min(3, "Nama OPD minimal 3 huruf").max(200, "Nama OPD maksimal 200 huruf");
const abbreviation = z
  .string()
  .trim()
  .min(2, "Singkatan minimal 2 huruf")
  .max(30, "Singkatan maksimal 30 huruf")
  .regex(/^[\p{L}\p{N} .&/-]+$/u, "Singkatan hanya boleh huruf, angka, spasi dan . & / -");

/** Body of creating an OPD. */
export const OpdCreate = z.object({ name, abbreviation, kind: OpdKind });
export type OpdCreate = z.infer<typeof OpdCreate>;

/** Body of updating an OPD; `version` guards against overwriting someone else's change. */
export const OpdUpdate = z.object({
  name: name.optional(),
  abbreviation: abbreviation.optional(),
  kind: OpdKind.optional(),
  active: z.boolean().optional(),
  version: z.number().int().min(1),
});
export type OpdUpdate = z.infer<typeof OpdUpdate>;

export const OpdOut = z.object({
  id: z.number().int(),
  regionCode: z.string(),
  name: z.string(),
  abbreviation: z.string(),
  kind: OpdKind,
  active: z.boolean(),
  version: z.number().int(),
  can: z.object({ update: z.boolean() }),
});
export type OpdOut = z.infer<typeof OpdOut>;

/**
 * The usual perangkat daerah of a kabupaten/kota, offered when a region is set up.
 * The coordinator keeps what applies and renames the rest to the local nomenclature.
 */
export const STARTER_OPDS: ReadonlyArray<OpdCreate> = [
  { name: "Sekretariat Daerah", abbreviation: "Setda", kind: "sekretariat" },
  { name: "Sekretariat DPRD", abbreviation: "Setwan", kind: "sekretariat" },
  { name: "Inspektorat Daerah", abbreviation: "Inspektorat", kind: "inspektorat" },
  { name: "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", abbreviation: "Bappeda", kind: "badan" },
  { name: "Badan Pengelolaan Keuangan dan Aset Daerah", abbreviation: "BPKAD", kind: "badan" },
  { name: "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", abbreviation: "BKPSDM", kind: "badan" },
  { name: "Badan Pendapatan Daerah", abbreviation: "Bapenda", kind: "badan" },
  { name: "Badan Penanggulangan Bencana Daerah", abbreviation: "BPBD", kind: "badan" },
  { name: "Dinas Komunikasi dan Informatika", abbreviation: "Diskominfo", kind: "dinas" },
  { name: "Dinas Pendidikan", abbreviation: "Disdik", kind: "dinas" },
  { name: "Dinas Kesehatan", abbreviation: "Dinkes", kind: "dinas" },
  { name: "Dinas Pekerjaan Umum dan Penataan Ruang", abbreviation: "DPUPR", kind: "dinas" },
  { name: "Dinas Perumahan dan Kawasan Permukiman", abbreviation: "Disperkim", kind: "dinas" },
  { name: "Dinas Sosial", abbreviation: "Dinsos", kind: "dinas" },
  { name: "Dinas Lingkungan Hidup", abbreviation: "DLH", kind: "dinas" },
  { name: "Dinas Kependudukan dan Pencatatan Sipil", abbreviation: "Disdukcapil", kind: "dinas" },
  { name: "Dinas Perhubungan", abbreviation: "Dishub", kind: "dinas" },
  { name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", abbreviation: "DPMPTSP", kind: "dinas" },
  { name: "Dinas Koperasi, Usaha Kecil dan Menengah", abbreviation: "Dinkop UKM", kind: "dinas" },
  { name: "Dinas Pariwisata dan Kebudayaan", abbreviation: "Disparbud", kind: "dinas" },
  { name: "Dinas Perindustrian dan Perdagangan", abbreviation: "Disperindag", kind: "dinas" },
  { name: "Dinas Pertanian dan Ketahanan Pangan", abbreviation: "Distan", kind: "dinas" },
  { name: "Satuan Polisi Pamong Praja", abbreviation: "Satpol PP", kind: "dinas" },
  { name: "Dinas Tenaga Kerja", abbreviation: "Disnaker", kind: "dinas" },
  { name: "Dinas Kearsipan dan Perpustakaan", abbreviation: "Dispusip", kind: "dinas" },
];
