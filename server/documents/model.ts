import { toRoman } from "../../domain/documents";

/**
 * One document model for every official document (books, Perkada draft, letters), rendered
 * by `render-docx.ts` and `render-pdf.ts`. Builders describe *what* is in the document;
 * fonts, sizes and page geometry belong to the renderers, so both outputs look alike.
 */

/** A piece of text with one set of marks; "\n" inside `text` is a line break. */
export type Run = { text: string; bold?: boolean; italics?: boolean; underline?: boolean };

export type Align = "left" | "center" | "right" | "justify";

/**
 * A heading. Level 1 is a chapter ("BAB I" above "PENDAHULUAN", centred, starting a page
 * unless `pageBreakBefore: false`); 2 and 3 are numbered sections ("1.1", "1.1.1").
 * Headings are real Word headings and PDF outline items, so both tables of contents list them.
 */
export type Heading = {
  kind: "heading";
  level: 1 | 2 | 3;
  /** "BAB I", "1.1", "Pasal 3"; printed before the text and in the table of contents. */
  number?: string;
  text: string;
  /** Listed in the table of contents (default true). */
  toc?: boolean;
  /** Only for level 1: default true. */
  pageBreakBefore?: boolean;
};

/** A paragraph of runs. `indent` is a left indent in centimetres (signature blocks, legal text). */
export type Paragraph = {
  kind: "paragraph";
  runs: Run[];
  align?: Align;
  indent?: number;
  /** "small" for notes and captions, "large" for titles inside the body. */
  size?: "small" | "normal" | "large";
  /** No space after the paragraph (lines of an address or a signature). */
  tight?: boolean;
  /** Keep on the same page as what follows (captions above tables). */
  keepWithNext?: boolean;
};

/** A list item: its own text and an optional nested list. */
export type ListItem = { runs: Run[]; sublist?: List };

/** A bullet list, or a numbered list in decimal ("1.") or letters ("a."), as legal text uses. */
export type List = { kind: "list"; style: "bullet" | "decimal" | "alpha"; items: ListItem[] };

/** An image with its printed size in points (the emblem on a cover or a Perkada, the ministry's logo). */
export type Picture = { data: Uint8Array; type: "png" | "jpg"; width: number; height: number };

/** A table cell: plain text, or runs; `colSpan` merges cells to the right. */
export type Cell = {
  runs: Run[];
  /** A picture drawn above the text, aligned as the cell (the emblem on a Perkada, a letterhead's logo). */
  image?: Picture;
  align?: Align;
  colSpan?: number;
  /** Header and total rows are shaded; "strong" fills the cell (bars of a schedule). */
  shade?: boolean | "strong";
};

/** A column: a relative width (weights are shared out over the text width) and its alignment. */
export type Column = { width: number; align?: Align };

/**
 * A table. `header` rows repeat at the top of every page the table runs over; `layout: "plain"`
 * draws no borders (two-column legal layout such as "Menimbang : a. bahwa …").
 */
export type Table = {
  kind: "table";
  columns: Column[];
  header: Cell[][];
  rows: Cell[][];
  layout?: "grid" | "plain";
  size?: "small" | "normal";
  /** A caption printed above the table, kept with it. */
  caption?: string;
};

/**
 * Where a list goes that the renderers fill in with page numbers: the table of contents (from
 * the headings, the default), the list of tables (Daftar Tabel, from table captions) or the list
 * of figures (Daftar Gambar, from figure captions).
 */
export type TableOfContents = {
  kind: "toc";
  title: string;
  /** default "headings" */
  list?: "headings" | "tables" | "figures";
  /** default true */
  pageBreakBefore?: boolean;
};

/**
 * A chart drawn on the server: the same drawing as SVG (vector, for the PDF) and as PNG (for the
 * DOCX, which Word and LibreOffice both show), with its numbered caption under it ("Gambar 3.1 …").
 * `width` and `height` are the printed size in points.
 */
export type Figure = {
  kind: "figure";
  caption: string;
  svg: string;
  png: Uint8Array;
  width: number;
  height: number;
  /** A line under the caption (source of the data). */
  source?: string;
};

/** Blocks kept on one page when they fit (a signature block, a promulgation block, a short table with its caption). */
export type Keep = { kind: "keep"; blocks: Block[] };

export type PageBreak = { kind: "pageBreak" };

/** Empty vertical space, in lines of body text. */
export type Spacer = { kind: "spacer"; lines: number };

/** A line across the text width: the thick-and-thin rule under a letterhead (kop surat). */
export type Rule = { kind: "rule" };

export type Block = Heading | Paragraph | List | Table | TableOfContents | PageBreak | Spacer | Rule | Figure | Keep;

/** A line of the cover page, centred. */
export type CoverLine = { text: string; size: "title" | "subtitle" | "normal" | "small"; bold?: boolean };

/**
 * The cover: lines from top to bottom, an optional image (the region's emblem) after `imageAfter`
 * lines, its printed width and height in points.
 */
export type Cover = {
  lines: CoverLine[];
  image?: Picture;
  imageAfter?: number;
  /** Lines pushed to the bottom of the cover (issuer and year). */
  bottom?: CoverLine[];
};

/** A whole document. */
export type DocumentModel = {
  meta: { title: string; subject?: string; author: string; keywords?: string[] };
  cover?: Cover;
  /**
   * Page size: "A4" (books, letters; the default) or "F4" (215 × 330 mm, regional regulations
   * after Permendagri 80/2015).
   */
  page?: "A4" | "F4";
  /**
   * The typeface: "book" (Noto Serif, the default) or "regulation" (TeX Gyre Bonum, metric-compatible with
   * Bookman Old Style, which regional regulations use).
   */
  typeface?: "book" | "regulation";
  /**
   * Page numbers of the front matter (foreword, lists) in lower-case Roman; the body from its first
   * numbered chapter restarts at 1 in Arabic numerals. Books set it; letters and the Perkada do not.
   */
  frontMatter?: boolean;
  /** Running header on every page after the cover. */
  header?: string;
  /** Running footer text, left of the page number. */
  footer?: string;
  /**
   * Marks an unofficial document: a diagonal watermark in the PDF, and in the DOCX the same
   * watermark plus the label in the running header (Word users notice headers, not watermarks).
   */
  draft?: string;
  body: Block[];
};

/** The body without a page break before its first chapter: the cover or the page start already gives one. */
export function firstOnItsPage(body: readonly Block[]): Block[] {
  const [first, ...rest] = body;
  if ((first?.kind === "heading" && first.level === 1) || first?.kind === "toc")
    return [{ ...first, pageBreakBefore: false }, ...rest];
  return [...body];
}

/** Whether a block starts a page of its own (a chapter, a list). */
const startsPage = (b: Block | undefined) =>
  (b?.kind === "heading" && b.level === 1 && b.pageBreakBefore !== false) ||
  (b?.kind === "toc" && b.pageBreakBefore !== false);

/**
 * The body without the page breaks that would leave a page empty: one just before a block that
 * starts a page anyway, one at the very end, and two in a row.
 */
export function withoutBlankPages(body: readonly Block[]): Block[] {
  return body.filter(
    (b, i) =>
      b.kind !== "pageBreak" ||
      !(i === body.length - 1 || startsPage(body[i + 1]) || body[i + 1]?.kind === "pageBreak"),
  );
}

/** An entry of one of the lists the renderers number (table of contents, tables, figures). */
export type ListedEntry = { list: "headings" | "tables" | "figures"; title: string; level: number };

/**
 * The entries of the lists, in the order the PDF renderer registers them (and numbers their
 * pages): headings in the table of contents, captioned tables, figures; kept blocks looked into.
 */
export function listedEntries(blocks: readonly Block[]): ListedEntry[] {
  const out: ListedEntry[] = [];
  for (const b of blocks) {
    if (b.kind === "heading" && b.toc !== false) {
      const title = !b.number ? b.text : b.level === 1 ? `${b.number} ${b.text}` : `${b.number}  ${b.text}`;
      out.push({ list: "headings", title, level: b.level });
    } else if (b.kind === "table" && b.caption) out.push({ list: "tables", title: b.caption, level: 1 });
    else if (b.kind === "figure") out.push({ list: "figures", title: b.caption, level: 1 });
    else if (b.kind === "keep") out.push(...listedEntries(b.blocks));
  }
  return out;
}

// ── Builders ─────────────────────────────────────────────────────────────────────────────

/** Runs from plain text, or a list of strings and runs. */
export function runs(...parts: Array<string | Run>): Run[] {
  return parts.map((p) => (typeof p === "string" ? { text: p } : p));
}

export const bold = (text: string): Run => ({ text, bold: true });
export const italics = (text: string): Run => ({ text, italics: true });

/** A paragraph of plain text or runs. */
export function para(content: string | Run[], opts: Omit<Paragraph, "kind" | "runs"> = {}): Paragraph {
  return { kind: "paragraph", runs: typeof content === "string" ? [{ text: content }] : content, ...opts };
}

/** A table cell of text or runs. */
export function cell(content: string | Run[], opts: Omit<Cell, "runs"> = {}): Cell {
  return { runs: typeof content === "string" ? [{ text: content }] : content, ...opts };
}

export function bulletList(items: Array<string | Run[]>): List {
  return { kind: "list", style: "bullet", items: items.map((i) => ({ runs: typeof i === "string" ? runs(i) : i })) };
}

export function numberedList(items: Array<string | Run[]>, style: "decimal" | "alpha" = "decimal"): List {
  return { kind: "list", style, items: items.map((i) => ({ runs: typeof i === "string" ? runs(i) : i })) };
}

/** The plain text of runs (tests, Markdown, file names). */
export const plainText = (rs: readonly Run[]) => rs.map((r) => r.text).join("");

/** Hands out chapter and section numbers in order: BAB I, 1.1, 1.1.1, BAB II, 2.1, … */
export class Outline {
  private chapterNo = 0;
  private sectionNo = 0;
  private subNo = 0;

  /** The number of the chapter being written (1 for BAB I). */
  get currentChapter(): number {
    return this.chapterNo;
  }

  chapter(text: string, opts: { pageBreakBefore?: boolean } = {}): Heading {
    this.chapterNo += 1;
    this.sectionNo = 0;
    this.subNo = 0;
    return { kind: "heading", level: 1, number: `BAB ${toRoman(this.chapterNo)}`, text, ...opts };
  }

  section(text: string): Heading {
    this.sectionNo += 1;
    this.subNo = 0;
    return { kind: "heading", level: 2, number: `${this.chapterNo}.${this.sectionNo}`, text };
  }

  sub(text: string, opts: { toc?: boolean } = {}): Heading {
    this.subNo += 1;
    return { kind: "heading", level: 3, number: `${this.chapterNo}.${this.sectionNo}.${this.subNo}`, text, ...opts };
  }
}
