import { and, asc, count, desc, eq, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { ExportQuery, ResultRow } from "../../../domain/evaluation/api";
import { displayRegionName } from "../../../domain/regions";
import type { Db } from "../../db/client";
import { candidate, cohort, evaluationResult, evaluationRound, region } from "../../db/schema/index";

const province = alias(region, "province");

// The cohort(s) a region was selected in, as the table shows them ("GMSC 2019").
const cohortNames = sql<string | null>`(
  select string_agg(${cohort.name}, ', ' order by ${cohort.year})
  from ${candidate} join ${cohort} on ${cohort.id} = ${candidate.cohortId}
  where ${candidate.regionCode} = ${evaluationResult.regionCode} and ${candidate.status} = 'selected'
)`;

const nullsLast = (col: SQL | typeof evaluationResult.nationalRank, dir: "asc" | "desc") =>
  sql`${col} ${sql.raw(dir)} nulls last`;

/** ORDER BY of a sort key; rounds stay grouped, newest first, and ties go by Kemendagri code. */
function orderOf(sort: ExportQuery["sort"]): SQL[] {
  const byRound = [desc(evaluationRound.year), desc(evaluationRound.tahap)];
  const key: Record<ExportQuery["sort"], SQL[]> = {
    rank: [nullsLast(evaluationResult.nationalRank, "asc")],
    "-rank": [nullsLast(evaluationResult.nationalRank, "desc")],
    index: [nullsLast(sql`${evaluationResult.index}`, "asc")],
    "-index": [nullsLast(sql`${evaluationResult.index}`, "desc")],
    region: [asc(region.bareName)],
    improvement: [nullsLast(sql`${evaluationResult.improvement}`, "asc")],
    "-improvement": [nullsLast(sql`${evaluationResult.improvement}`, "desc")],
  };
  return [...byRound, ...key[sort], asc(evaluationResult.regionCode)];
}

/** Filters of the national table: only published rounds, ever. */
function filters(q: Partial<ExportQuery> & { evaluationId?: number }): SQL | undefined {
  return and(
    eq(evaluationRound.status, "published"),
    q.roundId ? eq(evaluationRound.id, q.roundId) : undefined,
    q.year ? eq(evaluationRound.year, q.year) : undefined,
    q.tahap ? eq(evaluationRound.tahap, q.tahap) : undefined,
    q.province ? eq(evaluationResult.provinceCode, q.province) : undefined,
    q.region ? eq(evaluationResult.regionCode, q.region) : undefined,
    q.evaluationId ? eq(evaluationResult.evaluationId, q.evaluationId) : undefined,
    q.cohortId
      ? sql`exists (select 1 from ${candidate} where ${candidate.regionCode} = ${evaluationResult.regionCode}
          and ${candidate.cohortId} = ${q.cohortId} and ${candidate.status} = 'selected')`
      : undefined,
  );
}

const columns = {
  result: evaluationResult,
  year: evaluationRound.year,
  tahap: evaluationRound.tahap,
  regionName: region.name,
  regionType: region.type,
  provinceName: province.name,
  cohortName: cohortNames,
};

const base = (db: Db) =>
  db
    .select(columns)
    .from(evaluationResult)
    .innerJoin(evaluationRound, eq(evaluationRound.id, evaluationResult.roundId))
    .innerJoin(region, eq(region.code, evaluationResult.regionCode))
    .innerJoin(province, eq(province.code, evaluationResult.provinceCode));

type Row = Awaited<ReturnType<ReturnType<typeof base>["execute"]>>[number];

const num = (v: number | string | null) => (v === null ? null : Number(v));

/** A stored result as a table row. */
export function toResultRow(r: Row): ResultRow {
  const x = r.result;
  return {
    evaluationId: x.evaluationId,
    roundId: x.roundId,
    year: r.year,
    tahap: r.tahap,
    regionCode: x.regionCode,
    regionName: displayRegionName({ name: r.regionName, type: r.regionType }),
    provinceCode: x.provinceCode,
    provinceName: r.provinceName,
    cohortName: r.cohortName,
    index: num(x.index),
    results: x.results,
    dimensions: x.dimensions,
    assessors: x.assessors,
    previousIndex: num(x.previousIndex),
    improvement: num(x.improvement),
    improvementPercent: num(x.improvementPercent),
    nationalRank: x.nationalRank,
    provincialRank: x.provincialRank,
  };
}

/** The national evaluation table: published results, filtered, sorted and paged. */
export async function listResults(db: Db, q: ExportQuery & { page: number; pageSize: number }) {
  const where = filters(q);
  const [rows, [total]] = await Promise.all([
    base(db)
      .where(where)
      .orderBy(...orderOf(q.sort))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ n: count() })
      .from(evaluationResult)
      .innerJoin(evaluationRound, eq(evaluationRound.id, evaluationResult.roundId))
      .where(where),
  ]);
  return { rows: rows.map(toResultRow), total: total?.n ?? 0 };
}

/** Every row of the table for an export (no paging). */
export async function allResults(db: Db, q: ExportQuery) {
  return (
    await base(db)
      .where(filters(q))
      .orderBy(...orderOf(q.sort))
  ).map(toResultRow);
}

/** One published result by evaluation id, or undefined when it is not published. */
export async function publishedResult(db: Db, evaluationId: number) {
  const [row] = await base(db).where(filters({ evaluationId }));
  return row ? toResultRow(row) : undefined;
}
