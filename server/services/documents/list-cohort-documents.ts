import { and, asc, eq } from "drizzle-orm";
import { type CohortDocumentsOut, mouSummaryFileName, resultLetterFileName } from "../../../domain/cohort-documents";
import { DOCUMENT_FORMATS } from "../../../domain/documents";
import { isMouComplete } from "../../../domain/mou";
import { displayRegionName } from "../../../domain/regions";
import type { Actor } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { candidate, mou, region } from "../../db/schema/index";
import { resultLetterPolicy } from "../../policies/documents";
import { type CohortRow, candidateScope } from "../cohorts/load";
import { mouFields } from "../mou/record-mou";

/** Addresses of one cohort document in both formats. */
const formats = (path: string, fileName: (f: (typeof DOCUMENT_FORMATS)[number]) => string) =>
  DOCUMENT_FORMATS.map((format) => ({ format, url: `${path}.${format}`, fileName: fileName(format) }));

/**
 * What the actor may download of a cohort (already loaded in the actor's scope): the result
 * letter when allowed, and the MoU summary of every selected region it sees with a memorandum recorded.
 */
export async function listCohortDocuments(db: Db, c: CohortRow, actor: Actor): Promise<CohortDocumentsOut> {
  const published = Boolean(c.selectionPublishedAt);
  // Before the selection phase there is no choice to write a letter about.
  const letter = published || c.status === "selection";
  const rows = await db
    .select({ id: candidate.id, regionCode: candidate.regionCode, name: region.name, type: region.type, mou })
    .from(candidate)
    .innerJoin(region, eq(region.code, candidate.regionCode))
    .innerJoin(mou, eq(mou.candidateId, candidate.id))
    .where(and(eq(candidate.cohortId, c.id), eq(candidate.status, "selected"), candidateScope(actor)))
    .orderBy(asc(region.name));
  return {
    resultLetter:
      letter && resultLetterPolicy.can(actor, "download", { published })
        ? {
            title: "Surat Hasil Penilaian",
            draft: !published,
            formats: formats(`/api/cohorts/${c.id}/documents/hasil-penilaian`, (f) => resultLetterFileName(c.name, f)),
          }
        : null,
    mouSummaries: rows.map((r) => {
      const regionName = displayRegionName(r);
      return {
        candidateId: r.id,
        regionCode: r.regionCode,
        regionName,
        complete: isMouComplete(mouFields(r.mou)),
        formats: formats(`/api/cohorts/${c.id}/regions/${r.regionCode}/documents/nota-kesepakatan`, (f) =>
          mouSummaryFileName(c.name, regionName, f),
        ),
      };
    }),
  };
}
