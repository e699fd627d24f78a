import type { Content, TableCell } from "pdfmake/interfaces";
import { columnWidths } from "./column-widths";
import type { Typeface } from "./fonts";
import type { Block, Cell, Figure, Heading, List, ListItem, Paragraph, Picture, Run, Table } from "./model";
import { estimateHeight, GROUP_LIMIT, introduces, startsPage } from "./pdf-grouping";
import { CM, SIZE } from "./pdf-metrics";

/** A picture as pdfmake takes it inline. */
export const dataUri = (p: Picture) =>
  `data:image/${p.type === "jpg" ? "jpeg" : "png"};base64,${Buffer.from(p.data).toString("base64")}`;

/** Which list a listed node goes to: pdfmake's table-of-contents ids. */
export const LISTS = { headings: "headings", tables: "tables", figures: "figures" } as const;

/**
 * What the blocks are laid out in, and what the renderer needs back: the nodes that go into a
 * table of contents or list (to number their pages) and the first node of the body (the first
 * numbered chapter, where Arabic page numbers start).
 */
export class PdfContext {
  readonly listed: Content[] = [];
  bodyStart: Content | null = null;
  constructor(
    readonly textWidth: number,
    readonly typeface: Typeface,
  ) {}
  /** Registers a node that a list points at. */
  mark<T extends Content>(node: T): T {
    this.listed.push(node);
    return node;
  }
}

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

function heading(h: Heading, ctx: PdfContext): Content[] {
  const style = `h${h.level}`;
  const chapter = h.level === 1;
  const line = h.number ? `${h.number} ${h.text}` : h.text;
  const pageBreak = chapter && h.pageBreakBefore !== false ? ("before" as const) : undefined;
  if (!chapter || !h.number) {
    const text = h.number ? `${h.number}  ${h.text}` : h.text;
    if (h.toc === false) return [{ text, style, pageBreak }];
    return [
      ctx.mark({
        text,
        style,
        pageBreak,
        tocItem: LISTS.headings,
        tocMargin: [(h.level - 1) * 14, 1, 0, 1],
        outline: true,
        ...(chapter ? { tocStyle: { bold: true } } : {}),
      }),
    ];
  }
  // "BAB I" above the title; the table of contents and the bookmarks read one line, so the
  // entry is an empty anchor line that carries the whole title.
  const anchor: Content | null =
    h.toc === false
      ? null
      : {
          text: line,
          tocItem: LISTS.headings,
          tocStyle: { bold: true },
          tocMargin: [0, 5, 0, 1],
          outline: true,
          fontSize: 0.1,
          color: "#ffffff",
          opacity: 0,
          lineHeight: 0.1,
          pageBreak,
        };
  const visible: Content = {
    stack: [
      { text: h.number, style, margin: [0, 0, 0, 2] },
      { text: h.text, style },
    ],
    pageBreak: anchor ? undefined : pageBreak,
    margin: [0, pageBreak ? 0 : 14, 0, 0],
  };
  if (anchor) ctx.mark(anchor);
  if (!ctx.bodyStart) ctx.bodyStart = anchor ?? visible;
  return anchor ? [anchor, visible] : [visible];
}

function paragraph(p: Paragraph): Content {
  return {
    text: inlines(p.runs),
    alignment: p.align,
    fontSize: p.size ? SIZE[p.size] : undefined,
    margin: [(p.indent ?? 0) * CM, 0, 0, p.tight ? 0 : 6],
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

/**
 * A table as pdfmake content, in two parts: its caption, header and first `headRows` rows, and the
 * rows after them (an own table without a header, sized alike), so that what introduces a long
 * table can be kept on a page with its start. With `headRows` undefined the whole table is the head.
 */
function tableParts(t: Table, ctx: PdfContext, headRows?: number): { head: Content[]; rest: Content | null } {
  const size = t.size === "small" ? SIZE.small : undefined;
  const grid = t.layout !== "plain";
  const pad = grid ? (size ? 3 : 4) : 0;
  // Cell padding on both sides and the rule between cells, as pdfmake counts them.
  const extra = grid ? 2 * pad + 0.5 : 6;
  const widths = columnWidths(t, {
    textWidth: ctx.textWidth - (grid ? 0.5 : 0),
    fontSize: size ?? SIZE.normal,
    padding: extra,
    typeface: ctx.typeface,
  }).map((w) => Math.max(1, w - extra));
  const row = (cells: Cell[], header: boolean): TableCell[] => {
    const out: TableCell[] = [];
    let col = 0;
    for (const c of cells) {
      const span = c.colSpan ?? 1;
      const alignment = c.align ?? (header ? "center" : t.columns[col]?.align);
      const text = inlines(header ? c.runs.map((r) => ({ ...r, bold: true })) : c.runs);
      const style = {
        fillColor: c.shade === "strong" ? "#4f81bd" : header || c.shade ? "#dce6f0" : undefined,
        colSpan: span > 1 ? span : undefined,
        fontSize: size,
        // Single-spaced in cells, as the DOCX sets them, so both paginate alike.
        lineHeight: 1,
      };
      out.push(
        c.image
          ? ({
              stack: [
                { image: dataUri(c.image), width: c.image.width, height: c.image.height, alignment },
                ...(text.length ? [{ text, alignment }] : []),
              ],
              ...style,
            } as TableCell)
          : { text, alignment, ...style },
      );
      // pdfmake wants a placeholder for every cell a span covers.
      for (let i = 1; i < span; i++) out.push({});
      col += span;
    }
    return out;
  };
  const layout = {
    hLineWidth: () => (grid ? 0.5 : 0),
    vLineWidth: () => (grid ? 0.5 : 0),
    hLineColor: () => "#808080",
    vLineColor: () => "#808080",
    paddingLeft: () => pad,
    paddingRight: () => (grid ? pad : 6),
    paddingTop: () => (grid ? 2.5 : 1),
    paddingBottom: () => (grid ? 2.5 : 1),
  };
  const head: Content[] = [];
  if (t.caption)
    head.push(
      ctx.mark({ text: t.caption, bold: true, margin: [0, 4, 0, 4], tocItem: LISTS.tables, tocMargin: [0, 1, 0, 1] }),
    );
  const split = headRows === undefined ? t.rows.length : Math.min(headRows, t.rows.length);
  const rest = t.rows.slice(split);
  head.push({
    table: {
      headerRows: t.header.length,
      widths,
      dontBreakRows: true,
      body: [...t.header.map((r) => row(r, true)), ...t.rows.slice(0, split).map((r) => row(r, false))],
    },
    layout,
    margin: [0, 0, 0, rest.length ? 0 : 10],
  });
  return {
    head,
    rest: rest.length
      ? {
          table: { headerRows: 0, widths, dontBreakRows: true, body: rest.map((r) => row(r, false)) },
          layout,
          margin: [0, 0, 0, 10],
        }
      : null,
  };
}

/** A chart in vector, scaled down to the text width when wider, with its caption under it; never split. */
function figure(f: Figure, ctx: PdfContext): Content {
  const scale = Math.min(1, ctx.textWidth / f.width);
  const caption: Content[] = [
    ctx.mark({
      text: f.caption,
      bold: true,
      alignment: "center",
      margin: [0, 4, 0, f.source ? 0 : 10],
      tocItem: LISTS.figures,
      tocMargin: [0, 1, 0, 1],
    }),
  ];
  if (f.source)
    caption.push({ text: f.source, fontSize: SIZE.small, italics: true, alignment: "center", margin: [0, 0, 0, 10] });
  return {
    stack: [{ svg: f.svg, width: f.width * scale, height: f.height * scale, alignment: "center" }, ...caption],
    unbreakable: true,
    margin: [0, 6, 0, 0],
  };
}

/**
 * The body blocks as pdfmake content. What introduces the next block (a section heading, a label,
 * a paragraph marked keep-with-next) goes onto one page with it, or with the start of it when it is
 * long, as one unbreakable group: laid out in one pass, where asking pdfmake to move headings to
 * the next page re-laid the whole book once per moved heading (40 passes for a 250-page Buku 2).
 */
export function pdfBlocks(blocks: readonly Block[], ctx: PdfContext): Content[] {
  const out: Content[] = [];
  let pending: Content[] = [];
  let pendingHeight = 0;
  const flush = (next: Content[] = [], after: Content[] = []) => {
    if (pending.length) out.push({ stack: [...pending, ...next], unbreakable: true });
    else out.push(...next);
    out.push(...after);
    pending = [];
    pendingHeight = 0;
  };
  // A page break moves the next block to a new page (an empty node carrying the break landed on
  // a page of its own when the page before it was full).
  const breaks: number[] = [];
  for (const b of blocks) {
    if (b.kind === "pageBreak") {
      flush();
      breaks.push(out.length);
      continue;
    }
    if (introduces(b)) {
      const content = pdfBlocks1(b, ctx);
      if (pendingHeight + estimateHeight(b, ctx.textWidth) > GROUP_LIMIT) flush();
      pending.push(...content);
      pendingHeight += estimateHeight(b, ctx.textWidth);
      continue;
    }
    if (!pending.length || startsPage(b)) {
      flush();
      out.push(...pdfBlocks1(b, ctx));
      continue;
    }
    const room = GROUP_LIMIT - pendingHeight;
    if (estimateHeight(b, ctx.textWidth) <= room) {
      flush(pdfBlocks1(b, ctx));
    } else if (b.kind === "table" && b.rows.length > 2) {
      // A long table: its caption, header and first two rows stay with what introduces it.
      const { head, rest } = tableParts(b, ctx, 2);
      flush(head, rest ? [rest] : []);
    } else {
      flush();
      out.push(...pdfBlocks1(b, ctx));
    }
  }
  flush();
  for (const at of breaks) {
    const node = out[at];
    if (node !== undefined)
      out[at] = {
        ...(typeof node === "object" && !Array.isArray(node) ? node : { stack: [node] }),
        pageBreak: "before",
      } as Content;
  }
  return out;
}

/** One block as pdfmake content. */
function pdfBlocks1(b: Block, ctx: PdfContext): Content[] {
  const out: Content[] = [];
  switch (b.kind) {
    case "heading":
      out.push(...heading(b, ctx));
      break;
    case "paragraph":
      out.push(paragraph(b));
      break;
    case "list":
      out.push(list(b));
      break;
    case "table":
      out.push(...tableParts(b, ctx).head);
      break;
    case "figure":
      out.push(figure(b, ctx));
      break;
    case "keep":
      // Kept together when it fits on a page (pdfmake drops what an unbreakable group carries past one).
      out.push(
        estimateHeight(b, ctx.textWidth) <= GROUP_LIMIT
          ? { stack: pdfBlocks(b.blocks, ctx), unbreakable: true }
          : { stack: pdfBlocks(b.blocks, ctx) },
      );
      break;
    case "toc":
      out.push({
        toc: {
          id: LISTS[b.list ?? "headings"],
          title: { text: b.title, style: "tocTitle" },
          numberStyle: { bold: false },
        },
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
          { type: "line", x1: 0, y1: 0, x2: ctx.textWidth, y2: 0, lineWidth: 2 },
          { type: "line", x1: 0, y1: 3, x2: ctx.textWidth, y2: 3, lineWidth: 0.6 },
        ],
        margin: [0, 2, 0, 12],
      });
      break;
  }
  return out;
}
