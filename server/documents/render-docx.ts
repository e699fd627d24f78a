import {
  AlignmentType,
  Document,
  Footer,
  Header,
  ImageRun,
  type ISectionOptions,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  VerticalAlignSection,
} from "docx";
import { TextWatermark } from "docx/watermarks";
import { docxBlocks, FONT, ListCounter, NUMBERING_CONFIG, TEXT_WIDTH_TWIPS, textRuns } from "./docx-blocks";
import { type Cover, type CoverLine, type DocumentModel, firstOnItsPage } from "./model";

// A4 in twentieths of a point; margins 3 cm left, 2.5 cm top, right and bottom.
const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 1417, right: 1417, bottom: 1417, left: 1701, header: 709, footer: 709 },
};
const COVER_SIZE: Record<CoverLine["size"], number> = { title: 44, subtitle: 32, normal: 26, small: 22 };

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
        spacing: { before: 240, after: 240 },
      }),
    );
  }
  if (cover.bottom?.length) {
    out.push(new Paragraph({ children: [], spacing: { before: 2400 } }), ...cover.bottom.map(line));
  }
  return out;
}

function runningHeader(model: DocumentModel): Header | undefined {
  if (!model.header && !model.draft) return undefined;
  const text = [model.draft, model.header].filter(Boolean).join(" — ");
  const children: Array<TextRun | TextWatermark> = [new TextRun({ text, size: 16, color: "555555" })];
  if (model.draft)
    children.push(
      new TextWatermark({ text: model.draft, font: FONT, color: "C00000", opacity: 0.15, layout: "diagonal" }),
    );
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

function runningFooter(model: DocumentModel): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS }],
        children: [
          new TextRun({ text: model.footer ?? "", size: 16, color: "555555" }),
          new TextRun({ children: ["\tHalaman ", PageNumber.CURRENT], size: 18 }),
        ],
      }),
    ],
  });
}

/** The document as a Word file: real headings (so Word's table of contents works), A4, page numbers. */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const counter = new ListCounter();
  const sections: ISectionOptions[] = [];
  if (model.cover)
    sections.push({
      properties: { page: PAGE, verticalAlign: VerticalAlignSection.CENTER },
      children: coverChildren(model.cover),
    });
  const header = runningHeader(model);
  sections.push({
    properties: { page: PAGE },
    headers: header ? { default: header } : undefined,
    footers: { default: runningFooter(model) },
    children: docxBlocks(firstOnItsPage(model.body), counter),
  });
  const doc = new Document({
    creator: model.meta.author,
    title: model.meta.title,
    subject: model.meta.subject,
    keywords: model.meta.keywords?.join(", "),
    // Word asks to update the table of contents when the file is opened, so page numbers appear.
    features: { updateFields: true },
    numbering: { config: NUMBERING_CONFIG },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22 },
          paragraph: { spacing: { after: 120, line: 300 } },
        },
        heading1: {
          run: { font: FONT, size: 28, bold: true, color: "000000" },
          paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 360 } },
        },
        heading2: {
          run: { font: FONT, size: 24, bold: true, color: "000000" },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        heading3: {
          run: { font: FONT, size: 22, bold: true, color: "000000" },
          paragraph: { spacing: { before: 200, after: 100 } },
        },
      },
    },
    sections,
  });
  return Packer.toBuffer(doc);
}
