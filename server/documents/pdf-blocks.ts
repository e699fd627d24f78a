import type { Content, TableCell } from "pdfmake/interfaces";
import type { Block, Cell, Heading, List, ListItem, Paragraph, Run, Table } from "./model";

const SIZE = { small: 8.5, normal: 10.5, large: 13 } as const;
const CM = 28.3465;
/** A4 width less the 3 cm left and 2.5 cm right margins, in points. */
const TEXT_WIDTH = 595.28 - 5.5 * CM;

type Inline = { text: string; bold?: boolean; italics?: boolean; decoration?: "underline"; noWrap?: boolean };

// pdfmake breaks words after a hyphen or dash and, in justified text, spreads space between the
// pieces ("Undang- Undang"); short hyphenated words are therefore kept whole.
const HYPHENATED = /(\S*[^\s\-–][-–][^\s\-–]\S*)/;

/** pdfmake inline texts; "\n" breaks the line by itself. */
export function inlines(runs: readonly Run[]): Inline[] {
  const out: Inline[] = [];
  for (const r of runs) {
    r.text.split(HYPHENATED).forEach((text, i) => {
      if (!text) return;
      const inline: Inline = { text };
      if (i % 2 === 1 && text.length <= 24) inline.noWrap = true;
      if (r.bold) inline.bold = true;
      if (r.italics) inline.italics = true;
      if (r.underline) inline.decoration = "underline";
      out.push(inline);
    });
  }
  return out;
}

function heading(h: Heading): Content[] {
  const style = `h${h.level}`;
  const chapter = h.level === 1;
  const line = h.number ? `${h.number} ${h.text}` : h.text;
  const pageBreak = chapter && h.pageBreakBefore !== false ? ("before" as const) : undefined;
  if (!chapter || !h.number) {
    const text = h.number ? `${h.number}  ${h.text}` : h.text;
    if (h.toc === false) return [{ text, style, pageBreak, headlineLevel: h.level }];
    return [
      {
        text,
        style,
        pageBreak,
        headlineLevel: h.level,
        tocItem: true,
        tocMargin: [(h.level - 1) * 14, 1, 0, 1],
        outline: true,
        ...(chapter ? { tocStyle: { bold: true } } : {}),
      },
    ];
  }
  // "BAB I" above the title; the table of contents and the bookmarks read one line, so the
  // entry is an empty anchor line that carries the whole title.
  const anchor: Content | null =
    h.toc === false
      ? null
      : {
          text: line,
          tocItem: true,
          tocStyle: { bold: true },
          tocMargin: [0, 5, 0, 1],
          outline: true,
          fontSize: 0.1,
          color: "#ffffff",
          opacity: 0,
          lineHeight: 0.1,
          pageBreak,
          // Moves with the heading when the heading moves to the next page.
          headlineLevel: 1,
        };
  const visible: Content = {
    stack: [
      { text: h.number, style, margin: [0, 0, 0, 2] },
      { text: h.text, style },
    ],
    pageBreak: anchor ? undefined : pageBreak,
    margin: [0, pageBreak ? 0 : 14, 0, 0],
    headlineLevel: 1,
  };
  return anchor ? [anchor, visible] : [visible];
}

function paragraph(p: Paragraph): Content {
  return {
    text: inlines(p.runs),
    alignment: p.align,
    fontSize: p.size ? SIZE[p.size] : undefined,
    margin: [(p.indent ?? 0) * CM, 0, 0, p.tight ? 0 : 6],
    headlineLevel: p.keepWithNext ? 4 : undefined,
  };
}

function listItem(item: ListItem): Content {
  const text: Content = { text: inlines(item.runs), margin: [0, 0, 0, 2] };
  return item.sublist ? { stack: [text, list(item.sublist, 0)] } : text;
}

function list(l: List, after = 6): Content {
  const items = l.items.map(listItem);
  const margin: [number, number, number, number] = [0, 0, 0, after];
  if (l.style === "bullet") return { ul: items, margin };
  return { ol: items, type: l.style === "alpha" ? "lower-alpha" : "decimal", margin };
}

function table(t: Table): Content[] {
  const total = t.columns.reduce((s, c) => s + c.width, 0);
  const widths = t.columns.map((c) => `${((c.width / total) * 100).toFixed(3)}%`);
  const size = t.size === "small" ? SIZE.small : undefined;
  const row = (cells: Cell[], header: boolean): TableCell[] => {
    const out: TableCell[] = [];
    let col = 0;
    for (const c of cells) {
      const span = c.colSpan ?? 1;
      out.push({
        text: inlines(header ? c.runs.map((r) => ({ ...r, bold: true })) : c.runs),
        alignment: c.align ?? (header ? "center" : t.columns[col]?.align),
        fillColor: c.shade === "strong" ? "#4f81bd" : header || c.shade ? "#dce6f0" : undefined,
        colSpan: span > 1 ? span : undefined,
        fontSize: size,
      });
      // pdfmake wants a placeholder for every cell a span covers.
      for (let i = 1; i < span; i++) out.push({});
      col += span;
    }
    return out;
  };
  const grid = t.layout !== "plain";
  const out: Content[] = [];
  if (t.caption) out.push({ text: t.caption, bold: true, margin: [0, 4, 0, 4], headlineLevel: 4 });
  out.push({
    table: {
      headerRows: t.header.length,
      widths,
      dontBreakRows: true,
      body: [...t.header.map((r) => row(r, true)), ...t.rows.map((r) => row(r, false))],
    },
    layout: {
      hLineWidth: () => (grid ? 0.5 : 0),
      vLineWidth: () => (grid ? 0.5 : 0),
      hLineColor: () => "#808080",
      vLineColor: () => "#808080",
      paddingLeft: () => (grid ? (size ? 3 : 4) : 0),
      paddingRight: () => (grid ? (size ? 3 : 4) : 6),
      paddingTop: () => (grid ? 2.5 : 1),
      paddingBottom: () => (grid ? 2.5 : 1),
    },
    margin: [0, 0, 0, 10],
  });
  return out;
}

/** The body blocks as pdfmake content. */
export function pdfBlocks(blocks: readonly Block[]): Content[] {
  const out: Content[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case "heading":
        out.push(...heading(b));
        break;
      case "paragraph":
        out.push(paragraph(b));
        break;
      case "list":
        out.push(list(b));
        break;
      case "table":
        out.push(...table(b));
        break;
      case "toc":
        out.push({
          toc: { title: { text: b.title, style: "tocTitle" }, numberStyle: { bold: false } },
          pageBreak: b.pageBreakBefore === false ? undefined : "before",
        });
        break;
      case "pageBreak":
        out.push({ text: "", pageBreak: "after" });
        break;
      case "spacer":
        out.push({ text: "\n".repeat(Math.max(0, b.lines - 1)) || " ", margin: [0, 0, 0, 0] });
        break;
      case "rule":
        out.push({
          canvas: [
            { type: "line", x1: 0, y1: 0, x2: TEXT_WIDTH, y2: 0, lineWidth: 2 },
            { type: "line", x1: 0, y1: 3, x2: TEXT_WIDTH, y2: 3, lineWidth: 0.6 },
          ],
          margin: [0, 2, 0, 12],
        });
        break;
    }
  }
  return out;
}
