import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Which reference data set was loaded, by checksum, so a restart skips an unchanged load. */
export const referenceData = pgTable("reference_data", {
  key: text("key").primaryKey(),
  checksum: text("checksum").notNull(),
  loadedAt: timestamp("loaded_at", { withTimezone: true }).notNull().defaultNow(),
});
