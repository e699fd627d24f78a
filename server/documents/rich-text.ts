import { sanitizeRichText } from "../../domain/rich-text";
import type { Block, List, ListItem, Run } from "./model";

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  laquo: "«",
  raquo: "»",
  bull: "•",
  middot: "·",
  deg: "°",
  plusmn: "±",
  times: "×",
  copy: "©",
  reg: "®",
};

/** Decodes the character references a sanitized narrative can hold; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (all, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : all;
    }
    return NAMED[ref] ?? all;
  });
}

/** Drops empty runs, trims the ends and the spaces around line breaks, merges runs with the same marks. */
function tidy(input: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of input) {
    const prev = out[out.length - 1];
    if (prev && prev.text !== "\n" && r.text !== "\n" && prev.bold === r.bold && prev.italics === r.italics)
      prev.text += r.text;
    else out.push({ ...r });
  }
  for (let i = 0; i < out.length; i++) {
    const r = out[i] as Run;
    if (r.text === "\n") continue;
    if (i === 0 || out[i - 1]?.text === "\n") r.text = r.text.replace(/^ +/, "");
    if (i === out.length - 1 || out[i + 1]?.text === "\n") r.text = r.text.replace(/ +$/, "");
  }
  const kept = out.filter((r) => r.text !== "");
  while (kept[0]?.text === "\n") kept.shift();
  while (kept[kept.length - 1]?.text === "\n") kept.pop();
  return kept.map((r) => {
    const run: Run = { text: r.text };
    if (r.bold) run.bold = true;
    if (r.italics) run.italics = true;
    return run;
  });
}

/**
 * A narrative (HTML limited to p, br, strong, em, ul, ol, li) as paragraphs and lists of the
 * document model. It is sanitized again first, so stored text from any source is safe here.
 */
export function richTextBlocks(html: string | null | undefined, opts: { align?: "justify" | "left" } = {}): Block[] {
  if (!html) return [];
  const out: Block[] = [];
  const lists: List[] = [];
  let pending: Run[] = [];
  let bold = 0;
  let italics = 0;

  const currentItem = (list: List): ListItem => {
    let item = list.items[list.items.length - 1];
    if (!item) {
      item = { runs: [] };
      list.items.push(item);
    }
    return item;
  };
  const flush = () => {
    const rs = tidy(pending);
    pending = [];
    if (!rs.length) return;
    const list = lists[lists.length - 1];
    if (!list) {
      out.push({ kind: "paragraph", runs: rs, align: opts.align ?? "justify" });
      return;
    }
    const item = currentItem(list);
    item.runs = item.runs.length ? [...item.runs, { text: "\n" }, ...rs] : rs;
  };

  const tag = /<(\/?)(p|br|strong|em|ul|ol|li)>/g;
  const html2 = sanitizeRichText(html);
  let last = 0;
  const text = (raw: string) => {
    const t = decodeEntities(raw.replace(/[ \t\r\n\f]+/g, " "));
    if (t) pending.push({ text: t, bold: bold > 0, italics: italics > 0 });
  };
  for (let m = tag.exec(html2); m; m = tag.exec(html2)) {
    text(html2.slice(last, m.index));
    last = m.index + m[0].length;
    const closing = m[1] === "/";
    const name = m[2];
    if (name === "strong") bold += closing ? -1 : 1;
    else if (name === "em") italics += closing ? -1 : 1;
    else if (name === "br") pending.push({ text: "\n" });
    else if (name === "p" || name === "li") {
      flush();
      if (name === "li" && !closing) lists[lists.length - 1]?.items.push({ runs: [] });
    } else {
      flush();
      if (closing) {
        lists.pop();
        continue;
      }
      const list: List = { kind: "list", style: name === "ol" ? "decimal" : "bullet", items: [] };
      const parent = lists[lists.length - 1];
      if (parent) currentItem(parent).sublist = list;
      else out.push(list);
      lists.push(list);
    }
  }
  text(html2.slice(last));
  flush();
  return out.filter((b) => b.kind !== "list" || b.items.length > 0);
}
