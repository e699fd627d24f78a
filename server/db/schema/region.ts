import { sql } from "drizzle-orm";
import { check, index, pgTable, text } from "drizzle-orm/pg-core";

/** Provinces and kabupaten/kota with their Kemendagri codes, from idn-area-data. */
export const region = pgTable(
  "region",
  {
    code: text("code").primaryKey(),
    name: text("name").notNull(),
    // Lower-case name without "Kabupaten"/"Kota"/"Provinsi", for search.
    bareName: text("bare_name").notNull(),
    type: text("type", { enum: ["provinsi", "kabupaten", "kota"] }).notNull(),
    provinceCode: text("province_code").notNull(),
  },
  (t) => [
    index("region_province_code_idx").on(t.provinceCode),
    index("region_bare_name_idx").on(t.bareName),
    check("region_type_check", sql`${t.type} in ('provinsi', 'kabupaten', 'kota')`),
  ],
);
