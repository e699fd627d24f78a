// A dataset's metadata as every interface shows it (web /data, CKAN Action API, DCAT-AP): one
// shape, mapped by each interface to its own vocabulary.
import { z } from "zod";
import { DATASET_KINDS } from "./kinds";

export const DISTRIBUTION_FORMATS = ["CSV", "JSON", "XLSX"] as const;
export type DistributionFormat = (typeof DISTRIBUTION_FORMATS)[number];
export const MEDIA_TYPES: Record<DistributionFormat, string> = {
  CSV: "text/csv",
  JSON: "application/json",
  XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
/** The file extension of each format, as in download addresses (`/data/{id}.csv`). */
export const FORMAT_EXTENSIONS: Record<DistributionFormat, "csv" | "json" | "xlsx"> = {
  CSV: "csv",
  JSON: "json",
  XLSX: "xlsx",
};

const Text2 = z.object({ id: z.string(), en: z.string() });

export const ColumnOut = z.object({
  name: z.string(),
  id: z.string().describe("Arti kolom"),
  en: z.string().describe("Meaning of the column"),
  type: z.enum(["string", "integer", "number", "date", "datetime"]),
  unit: z.string().optional(),
});

export const DistributionOut = z.object({
  id: z.uuid(),
  format: z.enum(DISTRIBUTION_FORMATS),
  mediaType: z.string(),
  title: Text2,
  downloadUrl: z.string().describe("Alamat unduhan absolut"),
  byteSize: z.number().int().nullable().describe("Ukuran berkas untuk data saat ini; null bila belum dihitung"),
});
export type DistributionOut = z.infer<typeof DistributionOut>;

/** Who publishes: a region's government (its walidata acts for it) or the ministry's program office. */
export const PublisherOut = z.object({
  kind: z.enum(["region", "ministry"]),
  code: z.string().describe("Kode wilayah Kemendagri, atau 'kementerian'"),
  name: z.string().describe("mis. Pemerintah Kota Banjar"),
  slug: z.string().describe("Nama organisasi CKAN, mis. kota-banjar-32-79"),
  provinceCode: z.string().nullable(),
});
export type PublisherOut = z.infer<typeof PublisherOut>;

export const DatasetMeta = z.object({
  id: z.uuid().describe("Pengenal tetap"),
  name: z.string().describe("Nama unik (slug), mis. realisasi-indikator-kota-banjar-32-79"),
  kind: z.enum(DATASET_KINDS),
  scope: z.enum(["region", "national"]),
  title: Text2,
  description: Text2,
  publisher: PublisherOut,
  contactPoint: z.object({ name: z.string(), email: z.string() }),
  license: z.object({ id: z.string(), title: z.string(), url: z.string() }),
  themes: z.array(z.string()).describe("Kode tema data UE (GOVE, REGI, ECON, TECH, SOCI)"),
  keywords: z.object({ id: z.array(z.string()), en: z.array(z.string()) }),
  dimensions: z.array(z.string()).describe("Kode dimensi smart city yang tercakup (grup CKAN)"),
  temporal: z.object({ start: z.string().nullable(), end: z.string().nullable() }).describe("YYYY-MM-DD"),
  spatial: z.object({ code: z.string().describe("Kode Kemendagri, atau ID untuk nasional"), name: z.string() }),
  issued: z.string().describe("Pertama diterbitkan (ISO 8601)"),
  modified: z.string().describe("Terakhir berubah, data atau metadata (ISO 8601)"),
  frequency: z.enum(["ANNUAL", "ANNUAL_2", "IRREG", "CONT"]),
  rowCount: z.number().int().nullable(),
  landingPage: z.string().describe("Halaman dataset di /data"),
  distributions: z.array(DistributionOut),
  columns: z.array(ColumnOut),
});
export type DatasetMeta = z.infer<typeof DatasetMeta>;

/** Search over published datasets: what /data, package_search and the catalogue share. */
export const DatasetSearch = z.object({
  q: z.string().trim().max(200).optional(),
  /** Publisher: a region code, or "kementerian". */
  publisher: z.string().max(40).optional(),
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  dimension: z.string().max(40).optional(),
  theme: z.string().max(10).optional(),
  format: z.enum(DISTRIBUTION_FORMATS).optional(),
  kind: z.enum(DATASET_KINDS).optional(),
  keyword: z.string().max(60).optional(),
  modifiedSince: z.string().optional().describe("ISO 8601: only datasets modified at or after"),
  sort: z.enum(["modified_desc", "modified_asc", "id_asc", "name_asc", "title_asc"]).default("modified_desc"),
  start: z.coerce.number().int().min(0).default(0),
  rows: z.coerce.number().int().min(0).max(1000).default(20),
});
export type DatasetSearch = z.infer<typeof DatasetSearch>;

/** A facet's values with counts over the whole result (not just the page). */
export type Facet = Array<{ name: string; count: number; label: string }>;
export const FACETS = ["publisher", "province", "dimension", "theme", "format", "kind", "keyword"] as const;
export type FacetName = (typeof FACETS)[number];

/** A walidata's view of one dataset of their region (or the admin's of a national one): published or not. */
export const DatasetPublicationOut = z.object({
  id: z.uuid(),
  kind: z.enum(DATASET_KINDS),
  name: z.string(),
  title: Text2,
  status: z.enum(["unpublished", "published", "withdrawn"]),
  available: z.boolean().describe("Ada data yang dapat diterbitkan (mis. masterplan ditetapkan)"),
  rowCount: z.number().int(),
  publishedAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  version: z.number().int(),
  can: z.object({ publish: z.boolean(), withdraw: z.boolean() }),
});
export const PublishDataset = z.object({
  version: z.number().int().min(0).describe("0 bila belum pernah diterbitkan"),
});
