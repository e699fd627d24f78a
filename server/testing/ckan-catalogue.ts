import { sql } from "drizzle-orm";
import { beforeAll, expect } from "vitest";
import { KOMINFO_2017 } from "../../domain/framework/kominfo-2017";
import type { DatasetKind } from "../../domain/open-data/kinds";
import { queryRows } from "../db/query-rows";
import { dataset } from "../db/schema/index";
import { datasetId } from "../services/open-data/dataset-id";
import { setupTestApp } from "./test-app";

export const REGION_KINDS: DatasetKind[] = [
  "indicator_realisations",
  "program_budgets",
  "implementation_progress",
  "evaluation_results",
];
/** The dimension codes of the default framework as seeded: the CKAN groups of a fresh catalogue. */
export const DIMENSIONS = KOMINFO_2017.dimensions.map((d) => d.code);
const T0 = Date.parse("2026-01-01T00:00:00Z");
const HOUR = 3_600_000;

export type CatalogueRow = typeof dataset.$inferInsert;
/** A published dataset row with spread-out issue and modification times (hour `i` after 1 January 2026). */
export const catalogueRow = (
  kind: DatasetKind,
  regionCode: string | null,
  i: number,
  extra: Partial<CatalogueRow> = {},
): CatalogueRow => ({
  id: datasetId(kind, regionCode),
  kind,
  regionCode,
  status: "published",
  issuedAt: new Date(T0 + i * HOUR),
  dataModifiedAt: new Date(T0 + ((i * 37) % 250) * HOUR + 123),
  updatedAt: new Date(T0 + i * HOUR),
  temporalStart: 2022,
  temporalEnd: 2025,
  dimensions: DIMENSIONS.filter((_, d) => (i + d) % 3 === 0),
  ...extra,
});

/**
 * A test app whose catalogue holds 250 published datasets (62 regions × 4 kinds + 2 national) and
 * two withdrawn ones (one the only dataset of its region), with CKAN call helpers.
 */
export function setupCkanCatalogue() {
  const t = setupTestApp();
  const state = { regions: [] as Array<{ code: string; name: string }>, withdrawnId: "", withdrawnOnlyRegion: "" };
  const get = (action: string, query = "", prefix = "/api/3/action") =>
    t.app().inject({ method: "GET", url: `${prefix}/${action}${query ? `?${query}` : ""}` });
  const post = (action: string, body: unknown, headers: Record<string, string> = {}) =>
    t.app().inject({ method: "POST", url: `/api/3/action/${action}`, payload: body as object, headers });
  const ok = async (res: Awaited<ReturnType<typeof get>>) => {
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.success).toBe(true);
    return body.result;
  };

  beforeAll(async () => {
    const db = t.app().database.db;
    state.regions = await queryRows(
      db,
      sql`select code, name from region where type <> 'provinsi' order by code limit 63`,
    );
    const rows: CatalogueRow[] = [];
    let i = 0;
    for (const r of state.regions.slice(0, 62))
      for (const kind of REGION_KINDS) rows.push(catalogueRow(kind, r.code, i++));
    rows.push(
      catalogueRow("gmsc_participation", null, i++),
      catalogueRow("indicator_catalogue", null, i++, { dimensions: [] }),
    );
    // Withdrawn: one of a published region, and the only dataset of another region.
    const last = state.regions[62];
    if (!last) throw new Error("too few regions");
    state.withdrawnOnlyRegion = last.code;
    state.withdrawnId = datasetId("program_budgets", last.code);
    rows.push(
      catalogueRow("program_budgets", last.code, i++, { status: "withdrawn", withdrawnAt: new Date() }),
      catalogueRow("national_evaluation_results", null, i++, { status: "withdrawn", withdrawnAt: new Date() }),
    );
    await db.insert(dataset).values(rows);
  });

  return { t, state, get, post, ok };
}
