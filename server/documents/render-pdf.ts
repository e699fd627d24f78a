import path from "node:path";
import pdfmake from "pdfmake";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { toRoman } from "../../domain/documents";
import { FONT_DIRS, TYPEFACES, type Typeface } from "./fonts";
import { type CoverLine, type DocumentModel, firstOnItsPage, withoutBlankPages } from "./model";
import { dataUri, PdfContext, pdfBlocks } from "./pdf-blocks";

// The shipped open fonts (./fonts.ts): nothing is read from the system or the network.
// Registered under their own names: the charts' SVG asks for "Noto Serif" by name.
const FAMILY: Record<Typeface, string> = { book: TYPEFACES.book.name, regulation: TYPEFACES.regulation.name };
pdfmake.setFonts({
  [FAMILY.book]: TYPEFACES.book.files,
  [FAMILY.regulation]: TYPEFACES.regulation.files,
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((p) => FONT_DIRS.some((dir) => path.resolve(p).startsWith(dir + path.sep)));

const CM = 28.3465;
const MM = CM / 10;
/** A4, and F4 (215 × 330 mm) for regional regulations. */
const PAGE_SIZES = { A4: { width: 595.28, height: 841.89 }, F4: { width: 215 * MM, height: 330 * MM } } as const;
/** Margins: 3 cm left, 2.5 cm top, right and bottom. */
const MARGINS: [number, number, number, number] = [3 * CM, 2.5 * CM, 2.5 * CM, 2.5 * CM];
const COVER_SIZE: Record<CoverLine["size"], number> = { title: 24, subtitle: 17, normal: 13, small: 11 };

function cover(model: DocumentModel): Content[] {
  const c = model.cover;
  if (!c) return [];
  const line = (l: CoverLine): Content => ({
    text: l.text,
    fontSize: COVER_SIZE[l.size],
    bold: l.bold,
    alignment: "center",
    margin: [0, 0, 0, l.size === "title" ? 14 : 8],
  });
  const lines: Content[] = c.lines.map(line);
  if (c.image) {
    const { width, height } = c.image;
    lines.splice(c.imageAfter ?? lines.length, 0, {
      image: dataUri(c.image),
      width,
      height,
      alignment: "center",
      margin: [0, 12, 0, 12],
    });
  }
  const bottom: Content[] = (c.bottom ?? []).map(line);
  // An emblem takes up to 4.5 cm: the blank above and below shrink so the cover stays one page.
  const [above, between] = c.image ? [70, 100] : [150, 160];
  return [
    { stack: lines, margin: [0, above, 0, 0] },
    { stack: bottom, margin: [0, between, 0, 0], pageBreak: "after" },
  ];
}

/** The page of a laid-out node (pdfmake records where each node starts once it is laid out). */
const pageOf = (node: Content): number | undefined =>
  (node as { positions?: Array<{ pageNumber: number }> }).positions?.[0]?.pageNumber;

/**
 * How pages are numbered: with a front matter, the pages before the first chapter are i, ii, …
 * (the cover is not counted) and the body restarts at 1; otherwise pages count from 1.
 */
function pageLabeller(model: DocumentModel, ctx: PdfContext) {
  const coverPages = model.cover ? 1 : 0;
  let bodyStart = Number.POSITIVE_INFINITY;
  return {
    /** Called once the pages are laid out, before the footers are drawn. */
    settle() {
      bodyStart = (model.frontMatter && ctx.bodyStart && pageOf(ctx.bodyStart)) || Number.POSITIVE_INFINITY;
      // pdfmake prints a list entry's page from the node's first position, once laid out: the
      // entries take the page's label instead of its place in the file.
      for (const node of ctx.listed) {
        const pos = (node as { positions?: Array<{ pageNumber: number | string }> }).positions?.[0];
        if (pos && typeof pos.pageNumber === "number") pos.pageNumber = this.label(pos.pageNumber) as unknown as number;
      }
    },
    label(page: number): string {
      if (!model.frontMatter) return String(page);
      return page < bodyStart ? toRoman(Math.max(1, page - coverPages)).toLowerCase() : String(page - bodyStart + 1);
    },
  };
}

/** What a rendered PDF carries besides its bytes: the printed page label of each listed entry, in order. */
export type PdfLayout = { buffer: Buffer; pages: number; entryPages: string[] };

/** The document as a PDF and its layout: A4 or F4, shipped fonts, lists with page numbers, running header and footer. */
export async function layoutPdf(model: DocumentModel): Promise<PdfLayout> {
  const skipFirst = Boolean(model.cover);
  const size = PAGE_SIZES[model.page ?? "A4"];
  const typeface = model.typeface ?? "book";
  const ctx = new PdfContext(size.width - MARGINS[0] - MARGINS[2], typeface);
  const content = [...cover(model), ...pdfBlocks(firstOnItsPage(withoutBlankPages(model.body)), ctx)];
  const labels = pageLabeller(model, ctx);
  let pageCount = 0;
  const doc: TDocumentDefinitions = {
    pageSize: size,
    pageMargins: MARGINS,
    info: {
      title: model.meta.title,
      author: model.meta.author,
      subject: model.meta.subject,
      keywords: model.meta.keywords?.join(", "),
      creator: "Kota Cerdas",
    },
    watermark: model.draft
      ? { text: model.draft, color: "#c00000", opacity: 0.1, bold: true, fontSize: 140 }
      : undefined,
    header: (page) =>
      (skipFirst && page === 1) || !model.header
        ? null
        : {
            text: model.header,
            fontSize: 7.5,
            color: "#555555",
            alignment: "right",
            margin: [MARGINS[0], 1.2 * CM, MARGINS[2], 0],
          },
    // pdfmake draws the footers of a pass after laying out its pages: the first one settles the labels.
    footer: (page, pages) => {
      if (page === 1) labels.settle();
      pageCount = pages;
      if (skipFirst && page === 1) return null;
      return {
        columns: [
          { text: model.footer ?? "", fontSize: 7.5, color: "#555555" },
          { text: `Halaman ${labels.label(page)}`, fontSize: 8.5, alignment: "right", width: "auto" },
        ],
        margin: [MARGINS[0], 0.8 * CM, MARGINS[2], 0],
      };
    },
    content,
    // Headings keep with what follows through unbreakable groups (pdf-blocks.ts), not pdfmake's
    // pageBreakBefore, which lays the whole document out again for every heading it moves.
    defaultStyle: { font: FAMILY[typeface], fontSize: 10.5, lineHeight: 1.25 },
    styles: {
      h1: { fontSize: 15, bold: true, alignment: "center", margin: [0, 0, 0, 18] },
      h2: { fontSize: 12.5, bold: true, margin: [0, 12, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
      tocTitle: { fontSize: 14, bold: true, alignment: "center", margin: [0, 0, 0, 14] },
    },
  };
  const buffer = Buffer.from(await pdfmake.createPdf(doc).getBuffer());
  const entryPages = ctx.listed.map((n) => String(pageOf(n) ?? ""));
  return { buffer, pages: pageCount, entryPages };
}

/** The document as a PDF. */
export async function renderPdf(model: DocumentModel): Promise<Buffer> {
  return (await layoutPdf(model)).buffer;
}
