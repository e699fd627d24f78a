import { z } from "zod";
import { Lens } from "../assessment";
import { InstrumentStatus } from "./editor";

/** A readiness instrument in lists. */
export const InstrumentSummary = z.object({
  id: z.number().int(),
  code: z.string(),
  version: z.string(),
  name: z.string(),
  scale: z.object({ min: z.number().int(), max: z.number().int() }).describe("Skala nilai tiap kriteria"),
  status: InstrumentStatus.describe(
    "draft: disunting; published: dapat dipakai angkatan baru; retired: tidak ditawarkan",
  ),
  revision: z.number().int().describe("Revisi baris, untuk penulisan dengan pemeriksaan versi"),
  criterionCount: z.number().int(),
  updatedAt: z.string().describe("Terakhir diubah (ISO 8601)"),
});
export type InstrumentSummary = z.infer<typeof InstrumentSummary>;

const CriterionOut = z.object({
  id: z.number().int(),
  code: z.string(),
  lens: Lens,
  lensNameId: z.string().describe("Nama lensa (Bahasa Indonesia)"),
  lensNameEn: z.string().describe("Nama lensa (Bahasa Inggris)"),
  textId: z.string(),
  textEn: z.string(),
  weight: z.number().int().describe("Bobot (persen); jumlah semua kriteria 100"),
  order: z.number().int(),
});

/** A readiness instrument with its criteria in order; without ids it is the body POST and PATCH take. */
export const InstrumentDetail = InstrumentSummary.extend({
  cohortCount: z.number().int().describe("Angkatan yang memakai instrumen ini; yang dipakai tidak dapat diubah"),
  criteria: z.array(CriterionOut),
});
export type InstrumentDetail = z.infer<typeof InstrumentDetail>;

export const InstrumentIdParams = z.object({
  id: z.coerce.number().int().positive().describe("ID instrumen kesiapan"),
});

/** What the caller may do with an instrument. */
export const InstrumentCan = z.object({
  update: z.boolean(),
  publish: z.boolean(),
  retire: z.boolean(),
  copy: z.boolean(),
  create: z.boolean(),
});
export type InstrumentCan = z.infer<typeof InstrumentCan>;
