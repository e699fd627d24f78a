import { eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { draftSelected, resultLetterFileName } from "../../../domain/cohort-documents";
import { DOCUMENT_CONTENT_TYPES, type DocumentFormat } from "../../../domain/documents";
import { displayRegionName } from "../../../domain/regions";
import type { Db } from "../../db/client";
import { candidate, region } from "../../db/schema/index";
import type { MinistryLogo } from "../../documents/cohort/ministry-logo";
import { type ResultLetterData, resultLetter } from "../../documents/cohort/result-letter";
import { renderDocument } from "../../documents/render";
import { computeRanking } from "../assessment/ranking";
import type { CohortRow } from "../cohorts/load";
import type { GeneratedDocument } from "./generate-book";

const province = alias(region, "province");

/**
 * What the result letter prints: the published choice (candidates marked selected), or before
 * publication the saved draft choice, in rank order with each region's province and score.
 */
export async function loadResultLetter(db: Db, c: CohortRow): Promise<ResultLetterData> {
  const [ranking, rows] = await Promise.all([
    computeRanking(db, c),
    db
      .select({
        id: candidate.id,
        status: candidate.status,
        reason: candidate.selectionReason,
        name: region.name,
        type: region.type,
        provinceCode: region.provinceCode,
        provinceName: province.name,
      })
      .from(candidate)
      .innerJoin(region, eq(region.code, candidate.regionCode))
      .innerJoin(province, eq(province.code, region.provinceCode))
      .where(eq(candidate.cohortId, c.id)),
  ]);
  const published = Boolean(c.selectionPublishedAt);
  const info = new Map(rows.map((r) => [r.id, r]));
  const chosen = published
    ? new Set(rows.filter((r) => r.status === "selected").map((r) => r.id))
    : draftSelected(ranking, Object.fromEntries(rows.map((r) => [r.id, r.reason])));
  return {
    cohort: { name: c.name, year: c.year, quota: c.quota },
    letter: { number: c.resultLetterNumber, date: c.resultLetterDate },
    signatory: { name: c.resultLetterSignatoryName, nip: c.resultLetterSignatoryNip },
    published,
    candidates: ranking.flatMap((r) => {
      const x = info.get(r.candidateId);
      return x ? [{ regionType: x.type, provinceCode: x.provinceCode }] : [];
    }),
    selected: ranking
      .filter((r) => chosen.has(r.candidateId))
      .flatMap((r) => {
        const x = info.get(r.candidateId);
        if (!x) return [];
        const { type, provinceCode, provinceName } = x;
        return [
          {
            rank: r.rank,
            regionName: displayRegionName(x),
            regionType: type,
            provinceCode,
            provinceName,
            score: r.score.mean,
          },
        ];
      }),
  };
}

/** The cohort's assessment result letter as DOCX or PDF. */
export async function generateResultLetter(
  db: Db,
  opts: { cohort: CohortRow; format: DocumentFormat; logo?: MinistryLogo | null },
): Promise<GeneratedDocument> {
  const data = await loadResultLetter(db, opts.cohort);
  const buffer = await renderDocument(resultLetter({ ...data, logo: opts.logo }), opts.format);
  return {
    buffer,
    fileName: resultLetterFileName(opts.cohort.name, opts.format),
    contentType: DOCUMENT_CONTENT_TYPES[opts.format],
  };
}
