import * as fontkit from "fontkit";
import { fontData } from "../fonts";

/**
 * The chart's text turned into glyph outlines, for the PNG only (the PDF keeps real, searchable
 * text). Why: resvg re-parses the font for every `<text>` element — about 2–4 ms each with Noto
 * Serif's large tables, so a 40-row Gantt chart took ~200 ms to rasterise; outlines from fontkit
 * (laid out once per string, glyphs cached) bring that to a few milliseconds. Handles what
 * ECharts' SVG renderer writes: one line per `<text>`, `x`/`y`, `transform`, `text-anchor`,
 * `dominant-baseline`, and font size/weight in the `style` attribute.
 */

type Command = { command: string; args: number[] };
type Glyph = { id: number; path: { commands: Command[] } };
type Position = { xAdvance: number; xOffset: number; yOffset: number };
type OutlineFont = {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  layout(text: string): { glyphs: Glyph[]; positions: Position[]; advanceWidth: number };
};

const fonts = new Map<"normal" | "bold", OutlineFont>();
function font(face: "normal" | "bold"): OutlineFont {
  let f = fonts.get(face);
  if (!f) {
    f = fontkit.create(fontData("book", face)) as unknown as OutlineFont;
    fonts.set(face, f);
  }
  return f;
}

const LETTER: Record<string, string> = {
  moveTo: "M",
  lineTo: "L",
  quadraticCurveTo: "Q",
  bezierCurveTo: "C",
  closePath: "Z",
};
const r1 = (n: number) => Math.round(n * 10) / 10;

/** A string's outline in font units (y up), the pen starting at 0,0, and its advance width. */
const runs = new Map<string, { d: string; width: number }>();
function outline(face: "normal" | "bold", text: string): { d: string; width: number } {
  const key = `${face}\u0000${text}`;
  let run = runs.get(key);
  if (run) return run;
  const f = font(face);
  const laid = f.layout(text);
  const parts: string[] = [];
  let pen = 0;
  laid.glyphs.forEach((g, i) => {
    const p = laid.positions[i] as Position;
    const dx = pen + p.xOffset;
    const dy = p.yOffset;
    for (const c of g.path.commands) {
      const args = c.args.map((v, j) => r1(j % 2 === 0 ? v + dx : v + dy));
      parts.push(`${LETTER[c.command] ?? ""}${args.join(" ")}`);
    }
    pen += p.xAdvance;
  });
  run = { d: parts.join(""), width: laid.advanceWidth };
  if (runs.size > 20_000) runs.clear();
  runs.set(key, run);
  return run;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === "#"
      ? String.fromCodePoint(e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e] ?? m),
  );

const attrsOf = (s: string) => Object.fromEntries([...s.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
const styleOf = (s = "") =>
  Object.fromEntries(
    s
      .split(";")
      .map((d) => d.split(":").map((x) => x.trim()))
      .filter((d) => d.length === 2)
      .map(([k, v]) => [k, v]),
  ) as Record<string, string>;

/** How far below `y` the alphabetic baseline sits, in em, for a dominant-baseline value. */
function baselineShift(f: OutlineFont, baseline: string | undefined): number {
  const ascent = f.ascent / f.unitsPerEm;
  const descent = f.descent / f.unitsPerEm; // negative
  switch (baseline) {
    case "central":
    case "middle":
      return (ascent + descent) / 2;
    case "hanging":
    case "text-before-edge":
      return ascent;
    case "text-after-edge":
    case "ideographic":
      return descent;
    default:
      return 0;
  }
}

/** Every `<text>` of an SVG replaced by a filled path of its glyphs, placed where the text was. */
export function outlineText(svg: string): string {
  return svg.replace(/<text([^>]*)>([\s\S]*?)<\/text>/g, (whole, rawAttrs: string, rawText: string) => {
    if (rawText.includes("<")) return whole; // tspans: leave to resvg
    const a = attrsOf(rawAttrs);
    const style = styleOf(a.style);
    const size = Number.parseFloat(style["font-size"] ?? a["font-size"] ?? "12");
    const weight = style["font-weight"] ?? a["font-weight"] ?? "normal";
    const face = weight === "bold" || weight === "bolder" || Number(weight) >= 600 ? "bold" : "normal";
    const text = decode(rawText);
    if (!text.trim()) return "";
    const f = font(face);
    const run = outline(face, text);
    const scale = size / f.unitsPerEm;
    const width = run.width * scale;
    const anchor = a["text-anchor"] ?? "start";
    const x = Number.parseFloat(a.x ?? "0") - (anchor === "middle" ? width / 2 : anchor === "end" ? width : 0);
    const y = Number.parseFloat(a.y ?? "0") + baselineShift(f, a["dominant-baseline"]) * size;
    const place = `translate(${r1(x * 1000) / 1000} ${r1(y * 1000) / 1000}) scale(${scale} ${-scale})`;
    const transform = a.transform ? `${a.transform} ${place}` : place;
    const paint = ["fill", "fill-opacity", "opacity"]
      .filter((k) => a[k] !== undefined)
      .map((k) => ` ${k}="${a[k]}"`)
      .join("");
    return `<path d="${run.d}" transform="${transform}"${paint}${a.fill === undefined ? ' fill="#000"' : ""}/>`;
  });
}
