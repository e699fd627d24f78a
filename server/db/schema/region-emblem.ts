import { pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { storedFile } from "./cohort";
import { region } from "./region";

/**
 * A region's emblem (lambang daerah), printed on the covers of its books: one PNG or JPEG per
 * region, kept apart from `region` because that table is reference data reloaded from idn-area-data.
 */
export const regionEmblem = pgTable("region_emblem", {
  regionCode: text("region_code")
    .primaryKey()
    .references(() => region.code, { onDelete: "cascade" }),
  fileId: text("file_id")
    .notNull()
    .references(() => storedFile.id),
  updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
