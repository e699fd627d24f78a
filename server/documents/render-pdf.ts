import { createRequire } from "node:module";
import path from "node:path";
import pdfmake from "pdfmake";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { type CoverLine, type DocumentModel, firstOnItsPage } from "./model";
import { pdfBlocks } from "./pdf-blocks";

// The Roboto fonts shipped inside the pdfmake package: nothing is read from the system or the network.
const FONT_DIR = path.join(
  path.dirname(createRequire(import.meta.url).resolve("pdfmake/package.json")),
  "fonts/Roboto",
);
pdfmake.setFonts({
  Roboto: {
    normal: path.join(FONT_DIR, "Roboto-Regular.ttf"),
    bold: path.join(FONT_DIR, "Roboto-Medium.ttf"),
    italics: path.join(FONT_DIR, "Roboto-Italic.ttf"),
    bolditalics: path.join(FONT_DIR, "Roboto-MediumItalic.ttf"),
  },
});
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((p) => path.resolve(p).startsWith(FONT_DIR + path.sep));

const CM = 28.3465;
/** A4 margins: 3 cm left, 2.5 cm top, right and bottom. */
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
    const { data, type, width, height } = c.image;
    const uri = `data:image/${type === "jpg" ? "jpeg" : "png"};base64,${Buffer.from(data).toString("base64")}`;
    lines.splice(c.imageAfter ?? lines.length, 0, {
      image: uri,
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

/** The document as a PDF: A4, Roboto, table of contents with page numbers, running header and footer. */
export async function renderPdf(model: DocumentModel): Promise<Buffer> {
  const skipFirst = Boolean(model.cover);
  const doc: TDocumentDefinitions = {
    pageSize: "A4",
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
    footer: (page) =>
      skipFirst && page === 1
        ? null
        : {
            columns: [
              { text: model.footer ?? "", fontSize: 7.5, color: "#555555" },
              { text: `Halaman ${page}`, fontSize: 8.5, alignment: "right", width: "auto" },
            ],
            margin: [MARGINS[0], 0.8 * CM, MARGINS[2], 0],
          },
    content: [...cover(model), ...pdfBlocks(firstOnItsPage(model.body))],
    // A heading or caption near the foot of a page moves to the next one, with what it introduces.
    // (Asking pdfmake for the nodes after it does not work: a table that moves on is still listed.)
    pageBreakBefore: (node) =>
      node.headlineLevel !== undefined &&
      (node.startPosition.verticalRatio ?? 0) > (Number(node.headlineLevel) >= 4 ? 0.9 : 0.86),
    defaultStyle: { font: "Roboto", fontSize: 10.5, lineHeight: 1.25 },
    styles: {
      h1: { fontSize: 15, bold: true, alignment: "center", margin: [0, 0, 0, 18] },
      h2: { fontSize: 12.5, bold: true, margin: [0, 12, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 4] },
      tocTitle: { fontSize: 14, bold: true, alignment: "center", margin: [0, 0, 0, 14] },
    },
  };
  return Buffer.from(await pdfmake.createPdf(doc).getBuffer());
}
