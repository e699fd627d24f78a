import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  BOOK_INFO,
  BOOKS,
  Book,
  DOCUMENT_FORMATS,
  DocumentFormat,
  DocumentLinkOut,
  documentFileName,
} from "../../domain/documents";
import { ErrorBody } from "../../domain/errors";
import { generateBook } from "../services/documents/generate-book";
import { loadPlanForDocuments } from "../services/documents/load-plan-for-documents";
import { getRegion } from "../services/regions/get-region";
import { attachmentHeader } from "./files";

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 422: ErrorBody };
const tags = ["Masterplan"];
const IdParams = z.object({ id: z.coerce.number().int().positive() });
const FileParams = IdParams.extend({ book: Book, format: DocumentFormat });

/** The official books of a plan (Buku 1–4, executive summary, Perkada draft) as DOCX and PDF. */
export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;

  app.get(
    "/api/masterplans/:id/documents",
    {
      schema: {
        tags,
        summary:
          "Dokumen resmi masterplan yang dapat diunduh (Buku 1–4, ringkasan eksekutif, rancangan Perkada); masterplan yang sudah ditetapkan terbuka untuk publik",
        params: IdParams,
        response: {
          200: z.object({ data: z.array(DocumentLinkOut), can: z.object({ download: z.boolean() }) }),
          ...errors,
        },
      },
    },
    async (req) => {
      const plan = await loadPlanForDocuments(db(), req.params.id, req.actor);
      const region = await getRegion(db(), plan.regionCode);
      const draft = plan.status !== "enacted";
      const data = BOOKS.map((book) => ({
        book,
        label: BOOK_INFO[book].label,
        title: BOOK_INFO[book].title.id,
        titleEn: BOOK_INFO[book].title.en,
        draft,
        formats: DOCUMENT_FORMATS.map((format) => ({
          format,
          url: `/api/masterplans/${plan.id}/documents/${book}.${format}`,
          fileName: documentFileName(book, { ...plan, regionName: region.name }, format),
        })),
      }));
      return { data, can: { download: true } };
    },
  );

  app.get(
    "/api/masterplans/:id/documents/:book.:format",
    {
      schema: {
        tags,
        summary:
          "Mengunduh satu dokumen resmi sebagai DOCX atau PDF, dibuat dari data masterplan saat ini; draf bertanda DRAF, masterplan yang ditetapkan memuat nomor Perkada",
        params: FileParams,
        response: { 200: z.unknown().describe("Berkas DOCX atau PDF"), ...errors },
      },
    },
    async (req, reply) => {
      const plan = await loadPlanForDocuments(db(), req.params.id, req.actor);
      const { book, format } = req.params;
      // Rendered once per state of the plan's data, then served from memory until it changes.
      const doc = await app.books.get(db(), { plan, book, format }, () =>
        generateBook(db(), { plan, book, format, store: app.files }),
      );
      return reply
        .header("x-book-cache", doc.cached ? "hit" : "miss")
        .type(doc.contentType)
        .header("content-disposition", attachmentHeader(doc.fileName))
        .header("cache-control", plan.status === "enacted" ? "public, max-age=300" : "private, no-store")
        .send(doc.buffer);
    },
  );
};
