import type { DocumentFormat } from "../../domain/documents";
import type { DocumentModel } from "./model";
import { renderDocx } from "./render-docx";
import { renderPdf } from "./render-pdf";

/** A document model as a DOCX or PDF file. */
export function renderDocument(model: DocumentModel, format: DocumentFormat): Promise<Buffer> {
  return format === "docx" ? renderDocx(model) : renderPdf(model);
}
