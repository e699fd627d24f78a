import type { DocumentFormat } from "../../domain/documents";
import type { DocumentModel } from "./model";
import { renderDocx } from "./render-docx";
import { layoutPdf, renderPdf } from "./render-pdf";

/**
 * A document model as a DOCX or PDF file. A DOCX with lists (table of contents, tables, figures)
 * is laid out as the PDF first, so its lists carry the same page numbers.
 */
export async function renderDocument(model: DocumentModel, format: DocumentFormat): Promise<Buffer> {
  if (format === "pdf") return renderPdf(model);
  const lists = model.body.some((b) => b.kind === "toc");
  return renderDocx(model, lists ? (await layoutPdf(model)).entryPages : undefined);
}
