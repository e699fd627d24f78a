import {
  AlignmentType,
  CharacterSet,
  Document,
  Footer,
  Header,
  ImageRun,
  type ISectionOptions,
  LineRuleType,
  NumberFormat,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  VerticalAlignSection,
} from "docx";
import { TextWatermark } from "docx/watermarks";
import { CAPTION_STYLES, type DocxContext, docxBlocks, ListCounter, NUMBERING_CONFIG, textRuns } from "./docx-blocks";
import { fontData, TYPEFACES } from "./fonts";
import {
  type Block,
  type Cover,
  type CoverLine,
  type DocumentModel,
  firstOnItsPage,
  listedEntries,
  withoutBlankPages,
} from "./model";

// Pages in twentieths of a point: A4, and F4 (215 × 330 mm); margins 3 cm left, 2.5 cm top, right and bottom.
const SIZES = { A4: { width: 11906, height: 16838 }, F4: { width: 12189, height: 18709 } } as const;
const MARGIN = { top: 1417, right: 1417, bottom: 1417, left: 1701, header: 709, footer: 709 };
const COVER_SIZE: Record<CoverLine["size"], number> = { title: 48, subtitle: 34, normal: 26, small: 22 };

function coverChildren(cover: Cover): Paragraph[] {
  const line = (l: CoverLine) =>
    new Paragraph({
      children: textRuns([{ text: l.text, bold: l.bold }], COVER_SIZE[l.size]),
      alignment: AlignmentType.CENTER,
      spacing: { after: l.size === "title" ? 240 : 120 },
    });
  const out = cover.lines.map(line);
  if (cover.image) {
    const { data, type, width, height } = cover.image;
    out.splice(
      cover.imageAfter ?? out.length,
      0,
      new Paragraph({
        // docx sizes images in pixels at 96 per inch; the model gives points (72 per inch).
        children: [new ImageRun({ type, data, transformation: { width: (width * 4) / 3, height: (height * 4) / 3 } })],
        alignment: AlignmentType.CENTER,
        // The document's line spacing is a multiple; said again here, since a reader that takes it
        // as a fixed height cuts the emblem off at the top.
        spacing: { before: 240, after: 240, line: 240, lineRule: LineRuleType.AUTO },
      }),
    );
  }
  if (cover.bottom?.length) {
    out.push(new Paragraph({ children: [], spacing: { before: 1800 } }), ...cover.bottom.map(line));
  }
  return out;
}

function runningHeader(model: DocumentModel, font: string): Header | undefined {
  if (!model.header && !model.draft) return undefined;
  const text = [model.draft, model.header].filter(Boolean).join(" — ");
  const children: Array<TextRun | TextWatermark> = [new TextRun({ text, size: 15, color: "555555" })];
  if (model.draft)
    children.push(new TextWatermark({ text: model.draft, font, color: "C00000", opacity: 0.15, layout: "diagonal" }));
  return new Header({
    children: [
      new Paragraph({
        children,
        alignment: AlignmentType.RIGHT,
        border: { bottom: { style: "single", size: 4, color: "999999", space: 4 } },
      }),
    ],
  });
}

function runningFooter(model: DocumentModel, textWidth: number): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        children: [
          new TextRun({ text: model.footer ?? "", size: 15, color: "555555" }),
          new TextRun({ children: ["\tHalaman ", PageNumber.CURRENT], size: 17 }),
        ],
      }),
    ],
  });
}

/** Where the body starts: the first numbered chapter ("BAB I"); the blocks before it are the front matter. */
function splitFrontMatter(body: readonly Block[]): [Block[], Block[]] {
  const at = body.findIndex((b) => b.kind === "heading" && b.level === 1 && b.number);
  return at <= 0 ? [[], [...body]] : [body.slice(0, at), body.slice(at)];
}

/**
 * The document as a Word file: the shipped font embedded, real headings, A4 or F4, page numbers
 * (front matter in Roman numerals), and the lists of contents, tables and figures written with the
 * page labels of the document's layout (`entryPages`, from the PDF renderer, which sets the same
 * font, sizes and margins), so Word and LibreOffice show them without updating the fields. Without
 * them the lists are written for Word to fill in.
 */
export async function renderDocx(model: DocumentModel, entryPages?: readonly string[]): Promise<Buffer> {
  const typeface = model.typeface ?? "book";
  const font = TYPEFACES[typeface].name;
  const page = { size: SIZES[model.page ?? "A4"], margin: MARGIN };
  const textWidth = page.size.width - MARGIN.left - MARGIN.right;
  const listed = listedEntries(model.body);
  const ctx: DocxContext = {
    textWidth,
    typeface,
    counter: new ListCounter(),
    entries:
      entryPages && entryPages.length === listed.length
        ? listed.map((e, i) => ({ ...e, page: entryPages[i] ?? "" }))
        : undefined,
  };
  const sections: ISectionOptions[] = [];
  if (model.cover)
    sections.push({
      properties: { page, verticalAlign: VerticalAlignSection.CENTER },
      children: coverChildren(model.cover),
    });
  const header = runningHeader(model, font);
  const running = {
    headers: header ? { default: header } : undefined,
    footers: { default: runningFooter(model, textWidth) },
  };
  const all = withoutBlankPages(model.body);
  const [front, body] = model.frontMatter ? splitFrontMatter(all) : [[], all];
  if (front.length)
    sections.push({
      properties: { page: { ...page, pageNumbers: { start: 1, formatType: NumberFormat.LOWER_ROMAN } } },
      ...running,
      children: docxBlocks(firstOnItsPage(front), ctx),
    });
  sections.push({
    properties: { page: { ...page, pageNumbers: { start: 1, formatType: NumberFormat.DECIMAL } } },
    ...running,
    children: docxBlocks(firstOnItsPage(body), ctx),
  });
  const caption = (id: string, name: string) => ({
    id,
    name,
    basedOn: "Normal",
    next: "Normal",
    run: { bold: true },
    paragraph: { keepNext: true, spacing: { before: 80, after: 80 } },
  });
  const doc = new Document({
    creator: model.meta.author,
    title: model.meta.title,
    subject: model.meta.subject,
    keywords: model.meta.keywords?.join(", "),
    // The font travels with the file: Word and LibreOffice draw the text as the PDF does.
    fonts: [
      {
        name: font,
        data: fontData(typeface, "normal"),
        bold: fontData(typeface, "bold"),
        italic: fontData(typeface, "italics"),
        boldItalic: fontData(typeface, "bolditalics"),
        characterSet: CharacterSet.ANSI,
      },
    ],
    numbering: { config: NUMBERING_CONFIG },
    styles: {
      default: {
        document: {
          run: { font, size: 21 },
          paragraph: { spacing: { after: 120, line: 300, lineRule: LineRuleType.AUTO } },
        },
        heading1: {
          run: { font, size: 30, bold: true, color: "000000" },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 360 } },
        },
        heading2: {
          run: { font, size: 25, bold: true, color: "000000" },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading3: {
          run: { font, size: 22, bold: true, color: "000000" },
          paragraph: { spacing: { before: 160, after: 80 } },
        },
      },
      paragraphStyles: [
        caption(CAPTION_STYLES.tables, "Keterangan Tabel"),
        caption(CAPTION_STYLES.figures, "Keterangan Gambar"),
      ],
    },
    sections,
  });
  return Packer.toBuffer(doc);
}
