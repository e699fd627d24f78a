import { and, count, eq } from "drizzle-orm";
import { mouSummaryFileName } from "../../../domain/cohort-documents";
import { DOCUMENT_CONTENT_TYPES, type DocumentFormat } from "../../../domain/documents";
import { displayRegionName } from "../../../domain/regions";
import type { Actor } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { candidate, mou } from "../../db/schema/index";
import type { MinistryLogo } from "../../documents/cohort/ministry-logo";
import { mouSummary } from "../../documents/cohort/mou-summary";
import { renderDocument } from "../../documents/render";
import { AppError } from "../../errors";
import { type LoadedCandidate, loadCandidate } from "../cohorts/load";
import { loadMouView } from "../mou/load-mou";
import { mouFields } from "../mou/record-mou";
import { getRegion } from "../regions/get-region";
import type { GeneratedDocument } from "./generate-book";

/** A cohort's candidate by its region, in the actor's scope: another region's is not found (404). */
export async function loadRegionCandidate(
  db: Db,
  opts: { cohortId: number; regionCode: string; actor: Actor },
): Promise<LoadedCandidate> {
  const [hit] = await db
    .select({ id: candidate.id })
    .from(candidate)
    .where(and(eq(candidate.cohortId, opts.cohortId), eq(candidate.regionCode, opts.regionCode)));
  if (!hit) throw new AppError("candidate_not_found", { cohortId: opts.cohortId, regionCode: opts.regionCode });
  return loadCandidate(db, hit.id, opts.actor);
}

/** A selected region's Nota Kesepakatan summary as DOCX or PDF; 404 while nothing is recorded. */
export async function generateMouSummary(
  db: Db,
  opts: { candidate: LoadedCandidate; format: DocumentFormat; today?: Date; logo?: MinistryLogo | null },
): Promise<GeneratedDocument> {
  const { candidate: c, cohort } = opts.candidate;
  const view = c.status === "selected" ? await loadMouView(db, c.id) : null;
  if (!view?.mou) throw new AppError("mou_not_found", { candidateId: c.id, regionCode: c.regionCode });
  const m = view.mou;
  const [region, [ceremony]] = await Promise.all([
    getRegion(db, c.regionCode),
    m.signedOn && m.mode
      ? db
          .select({ n: count() })
          .from(mou)
          .innerJoin(candidate, eq(candidate.id, mou.candidateId))
          .where(and(eq(candidate.cohortId, cohort.id), eq(mou.signedOn, m.signedOn), eq(mou.mode, m.mode)))
      : [{ n: 1 }],
  ]);
  const model = mouSummary({
    cohort: { name: cohort.name, year: cohort.year },
    region: { code: region.code, name: region.name, type: region.type, provinceName: region.provinceName },
    mou: mouFields(m),
    ceremonyRegions: ceremony?.n ?? 1,
    scan: view.scan?.id ? { name: view.scan.name, size: view.scan.size } : null,
    // The day in Jakarta, where the program office prints it.
    printedOn: new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Jakarta" }).format(opts.today ?? new Date()),
    logo: opts.logo,
  });
  return {
    buffer: await renderDocument(model, opts.format),
    fileName: mouSummaryFileName(cohort.name, displayRegionName(region), opts.format),
    contentType: DOCUMENT_CONTENT_TYPES[opts.format],
  };
}
