import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  type ILevelsOptions,
  ImageRun,
  LeaderType,
  LevelFormat,
  LineRuleType,
  Paragraph,
  ShadingType,
  StyleLevel,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from "docx";
import { columnWidths } from "./column-widths";
import type { Typeface } from "./fonts";
import type {
  Align,
  Block,
  Cell,
  Figure,
  Heading,
  List,
  ListedEntry,
  Paragraph as ModelParagraph,
  Table as ModelTable,
  Run,
} from "./model";

const CM = 567;
/** Sizes in half points: the same as the PDF's (8.5, 10.5 and 13 pt). */
const SIZE = { small: 17, normal: 21, large: 26 } as const;

/** The paragraph styles of captions, which the lists of tables and figures collect. */
export const CAPTION_STYLES = { tables: "KeteranganTabel", figures: "KeteranganGambar" } as const;

/** What the blocks are written in: the text width in twentieths of a point, the typeface, the lists' counter. */
export type DocxContext = {
  textWidth: number;
  typeface: Typeface;
  counter: ListCounter;
  /** The lists' entries with their page labels, when the document was laid out. */
  entries?: Array<ListedEntry & { page: string }>;
};

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** Numbering definitions of the lists: one reference per style, a new instance per list. */
export const LIST_REFERENCES = { decimal: "kc-decimal", alpha: "kc-alpha" } as const;
const levels = (formats: Array<(typeof LevelFormat)[keyof typeof LevelFormat]>): ILevelsOptions[] =>
  formats.map((format, level) => ({
    level,
    format,
    text: `%${level + 1}.`,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 425 * (level + 1), hanging: 425 } } },
  }));
export const NUMBERING_CONFIG = [
  {
    reference: LIST_REFERENCES.decimal,
    levels: levels([LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN]),
  },
  {
    reference: LIST_REFERENCES.alpha,
    levels: levels([LevelFormat.LOWER_LETTER, LevelFormat.DECIMAL, LevelFormat.LOWER_ROMAN]),
  },
];

/** Text runs; "\n" in a run's text becomes a line break. */
export function textRuns(runs: readonly Run[], size?: number): TextRun[] {
  const out: TextRun[] = [];
  for (const r of runs) {
    r.text.split("\n").forEach((part, i) => {
      out.push(
        new TextRun({
          text: part,
          break: i > 0 ? 1 : undefined,
          bold: r.bold,
          italics: r.italics,
          underline: r.underline ? {} : undefined,
          size,
        }),
      );
    });
  }
  return out;
}

function heading(h: Heading, keep: boolean): Paragraph {
  const chapter = h.level === 1;
  // A chapter prints its number on its own line ("BAB I" over "PENDAHULUAN"), as Indonesian books do.
  const label = h.number ? `${h.number}${chapter ? "\n" : "  "}${h.text}` : h.text;
  const pageBreakBefore = chapter && h.pageBreakBefore !== false;
  // A heading left out of the table of contents is a bold paragraph, not a Word heading.
  if (h.toc === false)
    return new Paragraph({
      children: textRuns([{ text: label, bold: true }]),
      alignment: chapter ? AlignmentType.CENTER : undefined,
      pageBreakBefore,
      keepNext: true,
      keepLines: keep,
    });
  const level = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][h.level - 1];
  return new Paragraph({
    heading: level,
    children: textRuns([{ text: label }]),
    pageBreakBefore,
    keepNext: true,
    ...(chapter && !pageBreakBefore ? { spacing: { before: 360 } } : {}),
  });
}

function paragraph(p: ModelParagraph, keep: boolean): Paragraph {
  return new Paragraph({
    children: textRuns(p.runs, p.size ? SIZE[p.size] : undefined),
    alignment: p.align ? ALIGN[p.align] : undefined,
    indent: p.indent ? { left: Math.round(p.indent * CM) } : undefined,
    spacing: p.tight ? { after: 0 } : undefined,
    keepNext: p.keepWithNext || keep,
    keepLines: keep || undefined,
  });
}

/** Lists of the body count their instances so that each numbered list starts at 1. */
export class ListCounter {
  private next = 1;
  take() {
    return this.next++;
  }
}

function list(l: List, counter: ListCounter, keep: boolean, level = 0, instance = counter.take()): Paragraph[] {
  const out: Paragraph[] = [];
  for (const item of l.items) {
    out.push(
      new Paragraph({
        children: textRuns(item.runs),
        ...(l.style === "bullet"
          ? { bullet: { level } }
          : { numbering: { reference: LIST_REFERENCES[l.style], level, instance } }),
        spacing: { after: 60 },
        keepNext: keep || undefined,
      }),
    );
    if (item.sublist) out.push(...list(item.sublist, counter, keep, Math.min(level + 1, 2)));
  }
  return out;
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const GRID = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };

function tableCell(c: Cell, width: number, small: boolean, columnAlign: Align | undefined, keep: boolean): TableCell {
  const picture = c.image
    ? [
        new Paragraph({
          // docx sizes pictures in pixels at 96 per inch; the model gives points (72 per inch).
          children: [
            new ImageRun({
              type: c.image.type,
              data: c.image.data,
              transformation: {
                width: Math.round((c.image.width * 4) / 3),
                height: Math.round((c.image.height * 4) / 3),
              },
            }),
          ],
          alignment: ALIGN[c.align ?? columnAlign ?? "left"],
          spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO },
          keepNext: true,
        }),
      ]
    : [];
  return new TableCell({
    children: [
      ...picture,
      new Paragraph({
        children: textRuns(c.runs, small ? SIZE.small : undefined),
        alignment: ALIGN[c.align ?? columnAlign ?? "left"],
        spacing: { after: 0, line: 240 },
        keepNext: keep || undefined,
      }),
    ],
    width: { size: width, type: WidthType.DXA },
    columnSpan: c.colSpan,
    shading: c.shade
      ? { fill: c.shade === "strong" ? "4F81BD" : "DCE6F0", type: ShadingType.CLEAR, color: "auto" }
      : undefined,
    margins: { top: 50, bottom: 50, left: 80, right: 80 },
  });
}

// Cell margins left and right, in twentieths of a point.
const CELL_MARGIN = 80;

function table(t: ModelTable, ctx: DocxContext, keep: boolean): Array<Paragraph | Table> {
  const small = t.size === "small";
  // Widths from the words the columns hold (in points), as the PDF sizes them; in twips here.
  const widths = columnWidths(t, {
    textWidth: ctx.textWidth / 20,
    fontSize: (small ? SIZE.small : SIZE.normal) / 2,
    padding: (2 * CELL_MARGIN) / 20 + 1,
    typeface: ctx.typeface,
  }).map((w) => Math.floor(w * 20));
  const row = (cells: Cell[], header: boolean) => {
    let col = 0;
    const children = cells.map((c) => {
      const span = c.colSpan ?? 1;
      const w = widths.slice(col, col + span).reduce((s, x) => s + x, 0);
      const align = header ? "center" : t.columns[col]?.align;
      col += span;
      return tableCell(
        header ? { ...c, shade: true, runs: c.runs.map((r) => ({ ...r, bold: true })) } : c,
        w,
        small,
        align,
        keep,
      );
    });
    return new TableRow({ children, tableHeader: header, cantSplit: true });
  };
  const out: Array<Paragraph | Table> = [];
  if (t.caption)
    out.push(
      new Paragraph({
        style: CAPTION_STYLES.tables,
        children: [new TextRun({ text: t.caption, bold: true })],
        keepNext: true,
      }),
    );
  out.push(
    new Table({
      rows: [...t.header.map((r) => row(r, true)), ...t.rows.map((r) => row(r, false))],
      width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: t.layout === "plain" ? TableBorders.NONE : GRID,
    }),
  );
  // Word joins two tables that touch; an empty paragraph 10 pt high (the PDF's space after a table) keeps them apart.
  out.push(
    new Paragraph({
      children: [],
      spacing: { before: 0, after: 0, line: 200, lineRule: LineRuleType.EXACT },
      keepNext: keep || undefined,
    }),
  );
  return out;
}

/** The chart as a picture (Word and LibreOffice both show PNG) over its caption, kept together. */
function figure(f: Figure, ctx: DocxContext): Paragraph[] {
  const scale = Math.min(1, ctx.textWidth / 20 / f.width);
  const out = [
    new Paragraph({
      // docx sizes pictures in pixels at 96 per inch; the model gives points (72 per inch).
      children: [
        new ImageRun({
          type: "png",
          data: f.png,
          transformation: {
            width: Math.round((f.width * scale * 4) / 3),
            height: Math.round((f.height * scale * 4) / 3),
          },
          altText: { name: f.caption, title: f.caption, description: f.caption },
        }),
      ],
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 60, line: 240, lineRule: LineRuleType.AUTO },
    }),
    new Paragraph({
      style: CAPTION_STYLES.figures,
      children: [new TextRun({ text: f.caption, bold: true })],
      alignment: AlignmentType.CENTER,
      keepNext: Boolean(f.source),
      spacing: { after: f.source ? 0 : 200 },
    }),
  ];
  if (f.source)
    out.push(
      new Paragraph({
        children: [new TextRun({ text: f.source, italics: true, size: SIZE.small })],
        alignment: AlignmentType.CENTER,
        spacing: { after: 200 },
      }),
    );
  return out;
}

function tableOfContents(title: string, list: "headings" | "tables" | "figures", ctx: DocxContext) {
  const entries = ctx.entries?.filter((e) => e.list === list);
  return new TableOfContents(title, {
    ...(list === "headings"
      ? { headingStyleRange: "1-3" }
      : { stylesWithLevels: [new StyleLevel(CAPTION_STYLES[list], 1)] }),
    // Written with the pages the document's layout gave them, and clean, so Word and LibreOffice
    // show them as they are (Word's "Update Table" lays them out again).
    ...(entries?.length
      ? {
          contentChildren: entries.map(
            (e) =>
              new Paragraph({
                style: `TOC${e.level}`,
                tabStops: [{ type: TabStopType.RIGHT, position: ctx.textWidth, leader: LeaderType.DOT }],
                children: [new TextRun({ text: e.title }), new TextRun({ children: [new Tab(), e.page] })],
              }),
          ),
          beginDirty: false,
        }
      : {}),
  });
}

/** The body blocks as docx paragraphs and tables; inside a kept block every paragraph keeps with the next. */
export function docxBlocks(
  blocks: readonly Block[],
  ctx: DocxContext,
  keep = false,
): Array<Paragraph | Table | TableOfContents> {
  const out: Array<Paragraph | Table | TableOfContents> = [];
  blocks.forEach((b, i) => {
    // The last block of a kept group lets the page break after it.
    const k = keep && i < blocks.length - 1;
    switch (b.kind) {
      case "heading":
        out.push(heading(b, k));
        break;
      case "paragraph":
        out.push(paragraph(b, k));
        break;
      case "list":
        out.push(...list(b, ctx.counter, k));
        break;
      case "table":
        out.push(...table(b, ctx, k));
        break;
      case "figure":
        out.push(...figure(b, ctx));
        break;
      case "keep":
        out.push(...docxBlocks(b.blocks, ctx, true));
        break;
      case "toc":
        out.push(
          new Paragraph({
            children: [new TextRun({ text: b.title, bold: true, size: SIZE.large })],
            alignment: AlignmentType.CENTER,
            pageBreakBefore: b.pageBreakBefore !== false,
            spacing: { after: 280 },
          }),
          tableOfContents(b.title, b.list ?? "headings", ctx),
        );
        break;
      case "pageBreak":
        // An empty line that starts the next page: a break inside a paragraph left the paragraph's
        // empty rest alone on a page when the page before it was full.
        out.push(
          new Paragraph({
            children: [],
            pageBreakBefore: true,
            spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
          }),
        );
        break;
      case "spacer":
        for (let j = 0; j < b.lines; j++) out.push(new Paragraph({ children: [], keepNext: k || undefined }));
        break;
      case "rule":
        out.push(
          new Paragraph({
            children: [],
            border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 18, color: "000000", space: 1 } },
            spacing: { after: 240 },
          }),
        );
        break;
    }
  });
  return out;
}
