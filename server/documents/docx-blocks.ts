import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  type ILevelsOptions,
  LevelFormat,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Align, Block, Cell, Heading, List, Paragraph as ModelParagraph, Table as ModelTable, Run } from "./model";

/** A4 text width with 3 cm left and 2.5 cm right margins, in twentieths of a point. */
export const TEXT_WIDTH_TWIPS = 11906 - 1701 - 1417;
export const FONT = "Arial";
const CM = 567;
const SIZE = { small: 18, normal: 22, large: 28 } as const;

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

function heading(h: Heading): Paragraph {
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

function paragraph(p: ModelParagraph): Paragraph {
  return new Paragraph({
    children: textRuns(p.runs, p.size ? SIZE[p.size] : undefined),
    alignment: p.align ? ALIGN[p.align] : undefined,
    indent: p.indent ? { left: Math.round(p.indent * CM) } : undefined,
    spacing: p.tight ? { after: 0 } : undefined,
    keepNext: p.keepWithNext,
  });
}

/** Lists of the body count their instances so that each numbered list starts at 1. */
export class ListCounter {
  private next = 1;
  take() {
    return this.next++;
  }
}

function list(l: List, counter: ListCounter, level = 0, instance = counter.take()): Paragraph[] {
  const out: Paragraph[] = [];
  for (const item of l.items) {
    out.push(
      new Paragraph({
        children: textRuns(item.runs),
        ...(l.style === "bullet"
          ? { bullet: { level } }
          : { numbering: { reference: LIST_REFERENCES[l.style], level, instance } }),
        spacing: { after: 60 },
      }),
    );
    if (item.sublist) out.push(...list(item.sublist, counter, Math.min(level + 1, 2)));
  }
  return out;
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const GRID = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };

function tableCell(c: Cell, width: number, small: boolean, columnAlign?: Align): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        children: textRuns(c.runs, small ? SIZE.small : undefined),
        alignment: ALIGN[c.align ?? columnAlign ?? "left"],
        spacing: { after: 0 },
      }),
    ],
    width: { size: width, type: WidthType.DXA },
    columnSpan: c.colSpan,
    shading: c.shade
      ? { fill: c.shade === "strong" ? "4F81BD" : "DCE6F0", type: ShadingType.CLEAR, color: "auto" }
      : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
  });
}

function table(t: ModelTable): Array<Paragraph | Table> {
  const total = t.columns.reduce((s, c) => s + c.width, 0);
  const widths = t.columns.map((c) => Math.floor((c.width / total) * TEXT_WIDTH_TWIPS));
  const small = t.size === "small";
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
      );
    });
    return new TableRow({ children, tableHeader: header, cantSplit: true });
  };
  const out: Array<Paragraph | Table> = [];
  if (t.caption) out.push(new Paragraph({ children: [new TextRun({ text: t.caption, bold: true })], keepNext: true }));
  out.push(
    new Table({
      rows: [...t.header.map((r) => row(r, true)), ...t.rows.map((r) => row(r, false))],
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: t.layout === "plain" ? TableBorders.NONE : GRID,
    }),
  );
  // Word joins two tables that touch; an empty paragraph keeps them apart.
  out.push(new Paragraph({ children: [], spacing: { after: 120 } }));
  return out;
}

/** The body blocks as docx paragraphs and tables. */
export function docxBlocks(blocks: readonly Block[], counter: ListCounter): Array<Paragraph | Table | TableOfContents> {
  const out: Array<Paragraph | Table | TableOfContents> = [];
  for (const b of blocks) {
    switch (b.kind) {
      case "heading":
        out.push(heading(b));
        break;
      case "paragraph":
        out.push(paragraph(b));
        break;
      case "list":
        out.push(...list(b, counter));
        break;
      case "table":
        out.push(...table(b));
        break;
      case "toc":
        out.push(
          new Paragraph({
            children: [new TextRun({ text: b.title, bold: true, size: SIZE.large })],
            alignment: AlignmentType.CENTER,
            pageBreakBefore: b.pageBreakBefore !== false,
          }),
          new TableOfContents(b.title, { hyperlink: true, headingStyleRange: "1-3" }),
        );
        break;
      case "pageBreak":
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
      case "spacer":
        for (let i = 0; i < b.lines; i++) out.push(new Paragraph({ children: [] }));
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
  }
  return out;
}
