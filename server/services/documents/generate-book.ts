import { type Book, DOCUMENT_CONTENT_TYPES, type DocumentFormat, documentFileName } from "../../../domain/documents";
import type { Db } from "../../db/client";
import { buildBook } from "../../documents/books/index";
import { renderDocument } from "../../documents/render";
import type { FileStore } from "../../files/store";
import type { PlanRow } from "../masterplans/load";
import { loadPlanForPrint } from "./load-plan-for-print";

export type GeneratedDocument = { buffer: Buffer; fileName: string; contentType: string };

/**
 * One book of a plan as a file: read the plan once, build the book, render it. The file store
 * is where the region's emblem is read from; without one the cover has no emblem.
 */
export async function generateBook(
  db: Db,
  opts: { plan: PlanRow; book: Book; format: DocumentFormat; store?: FileStore },
): Promise<GeneratedDocument> {
  const pp = await loadPlanForPrint(db, opts.plan, opts.store);
  const buffer = await renderDocument(buildBook(opts.book, pp), opts.format);
  return {
    buffer,
    fileName: documentFileName(
      opts.book,
      { regionName: pp.region.name, periodStart: opts.plan.periodStart, periodEnd: opts.plan.periodEnd },
      opts.format,
    ),
    contentType: DOCUMENT_CONTENT_TYPES[opts.format],
  };
}
