import type { Book } from "../../../domain/documents";
import type { PrintPlan } from "../../services/documents/load-plan-for-print";
import type { DocumentModel } from "../model";
import { buku1 } from "./buku-1";
import { buku2 } from "./buku-2";
import { buku3 } from "./buku-3";
import { buku4 } from "./buku-4";
import { perkada } from "./perkada";
import { ringkasanEksekutif } from "./ringkasan-eksekutif";

/** The builder of each book: a plan in, a document model out (no I/O). */
export const BOOK_BUILDERS: Record<Book, (pp: PrintPlan) => DocumentModel> = {
  "buku-1": buku1,
  "buku-2": buku2,
  "buku-3": buku3,
  "buku-4": buku4,
  "ringkasan-eksekutif": ringkasanEksekutif,
  perkada,
};

/** The document model of one book of a plan. */
export const buildBook = (book: Book, pp: PrintPlan): DocumentModel => BOOK_BUILDERS[book](pp);
