import type { Block, Cell, DocumentModel, List, Run } from "../../server/documents/model";

// The same document as Markdown (pandoc's pipe tables), so pandoc can be timed on equal content.

const mdEscape = (s: string) => s.replace(/([\\`*_[\]|<>#])/g, "\\$1");

function inline(runs: readonly Run[], inTable = false): string {
  return runs
    .map((r) => {
      const text = mdEscape(r.text).replace(/\n/g, inTable ? " " : "\\\n");
      if (!text.trim()) return text;
      if (r.bold && r.italics) return `***${text}***`;
      if (r.bold) return `**${text}**`;
      if (r.italics) return `*${text}*`;
      return text;
    })
    .join("");
}

function list(l: List, depth = 0): string {
  const pad = "    ".repeat(depth);
  return l.items
    .map((item, i) => {
      const mark = l.style === "bullet" ? "-" : `${i + 1}.`;
      const sub = item.sublist ? `\n${list(item.sublist, depth + 1)}` : "";
      return `${pad}${mark} ${inline(item.runs, true)}${sub}`;
    })
    .join("\n");
}

function row(cells: readonly Cell[], width: number): string {
  const texts = cells.flatMap((c) => [inline(c.runs, true), ...Array(Math.max(0, (c.colSpan ?? 1) - 1)).fill("")]);
  while (texts.length < width) texts.push("");
  return `| ${texts.join(" | ")} |`;
}

function block(b: Block): string {
  switch (b.kind) {
    case "heading":
      return `${"#".repeat(b.level)} ${mdEscape(b.number ? `${b.number} ${b.text}` : b.text)}`;
    case "paragraph":
      return inline(b.runs);
    case "list":
      return list(b);
    case "table": {
      const n = b.columns.length;
      const head = b.header[0] ?? b.columns.map(() => ({ runs: [] }));
      const rule = `|${b.columns.map((c) => (c.align === "right" ? "---:" : c.align === "center" ? ":---:" : "---")).join("|")}|`;
      const rows = [...b.header.slice(1), ...b.rows].map((r) => row(r, n));
      return [b.caption ? `**${mdEscape(b.caption)}**\n` : "", row(head, n), rule, ...rows].join("\n");
    }
    case "rule":
      return "---";
    case "figure":
      // pandoc gets the caption; the drawing itself is the PNG our renderers embed.
      return `*${mdEscape(b.caption)}*`;
    case "keep":
      return b.blocks
        .map(block)
        .filter((s) => s !== "")
        .join("\n\n");
    case "toc":
    case "pageBreak":
    case "spacer":
      return "";
  }
}

/** A document model as Markdown; the table of contents is left to `pandoc --toc`. */
export function modelToMarkdown(model: DocumentModel): string {
  const cover = model.cover ? model.cover.lines.map((l) => mdEscape(l.text)).join("\\\n") : "";
  return [cover, ...model.body.map(block)].filter((s) => s !== "").join("\n\n");
}
