import { sql } from "drizzle-orm";
import { bigint, check, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth";
import { region } from "./region";

/**
 * The publication of one open dataset (Satu Data Indonesia): a kind of data of one region (or
 * national when `regionCode` is null), published or withdrawn by its walidata. Its content is
 * never stored here: it is generated from the platform's data on each read. `dataModifiedAt` is
 * moved by every audited change of the data behind it, so harvesters see what changed;
 * the stats columns cache the row count, byte sizes and coverage of the data version in `statsFor`.
 */
export const dataset = pgTable(
  "dataset",
  {
    id: uuid("id").primaryKey(),
    kind: text("kind").notNull(),
    regionCode: text("region_code").references(() => region.code),
    status: text("status").notNull().default("published"),
    issuedAt: timestamp("issued_at", { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedBy: text("published_by").references(() => user.id, { onDelete: "set null" }),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    dataModifiedAt: timestamp("data_modified_at", { withTimezone: true }).notNull().defaultNow(),
    statsFor: timestamp("stats_for", { withTimezone: true }),
    rowCount: integer("row_count"),
    csvBytes: bigint("csv_bytes", { mode: "number" }),
    jsonBytes: bigint("json_bytes", { mode: "number" }),
    xlsxBytes: bigint("xlsx_bytes", { mode: "number" }),
    // Coverage of the data version in `statsFor`: first and last year, smart city dimensions.
    temporalStart: integer("temporal_start"),
    temporalEnd: integer("temporal_end"),
    dimensions: text("dimensions").array().notNull().default(sql`'{}'::text[]`),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("dataset_kind_region_key").on(t.kind, t.regionCode).nullsNotDistinct(),
    index("dataset_published_modified_idx").on(t.status, t.dataModifiedAt.desc()),
    index("dataset_region_idx").on(t.regionCode),
    check("dataset_status_check", sql`${t.status} in ('published', 'withdrawn')`),
  ],
);
