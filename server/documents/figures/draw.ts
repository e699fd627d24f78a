import { Resvg } from "@resvg/resvg-js";
import * as echarts from "echarts";
import { TYPEFACES } from "../fonts";
import type { Figure } from "../model";
import { FONT_FAMILY, TEXT_STYLE } from "./style";
import { outlineText } from "./text-outlines";

type Option = Parameters<echarts.ECharts["setOption"]>[0];

// Only the Noto Serif files shipped in node_modules (the books' typeface): the PNG never depends
// on the machine's fonts.
export const FONT_FILES = [TYPEFACES.book.files.normal, TYPEFACES.book.files.bold];

/**
 * The PNG is rasterised at 2 pixels per point (144 dpi): a figure `w` points wide is
 * `pngWidth(w)` pixels wide; 7.5 pt text is then ~8 px high in x. 200 dpi cost ~1.8× the time
 * (a 40-row Gantt chart: ~125 ms of CPU against ~70 ms here).
 */
export const PNG_SCALE = 2;
export const pngWidth = (points: number) => Math.round(points * PNG_SCALE);

/**
 * Makes ECharts' SVG drawable by svg-to-pdfkit (pdfmake's SVG support) the way resvg and
 * browsers draw it:
 * - `<style>`: ECharts writes `:hover` rules for interactive use; svg-to-pdfkit parses `<style>`
 *   element rules itself, and a print has no hover: dropped.
 * - `paint-order="stroke"` on text: ECharts gives labels a white halo drawn *under* the fill;
 *   svg-to-pdfkit ignores paint-order and paints the halo over the letters, which then look
 *   thin or vanish. Halos are switched off in the options (`textBorderWidth: 0`); any left are
 *   stripped here.
 * - `ecmeta_*` attributes and `class`: ECharts' hit-testing metadata, dead weight in a book.
 * - Paths that paint nothing (no stroke and `fill="none"` or `fill-opacity="0"`: legend hit
 *   areas, the Gantt chart's invisible offset bars): dropped.
 * `dominant-baseline="central"` and the `style="font-size:…;font-family:…"` attribute are kept:
 * svg-to-pdfkit and resvg both honour them (checked with pdftotext on a pdfmake PDF).
 */
export function printableSvg(svg: string): string {
  return svg
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/ stroke="[^"]*" stroke-width="[^"]*" paint-order="stroke"( stroke-miterlimit="[^"]*")?/g, "")
    .replace(/ paint-order="[^"]*"/g, "")
    .replace(/ ecmeta_[a-z_]+="[^"]*"| class="zr\d+-cls-\d+"/g, "")
    .replace(/<path(?![^>]*stroke=)[^>]*(?:fill="none"|fill-opacity="0")[^>]*><\/path>\n?/g, "");
}

/** An ECharts option drawn at print size (1 unit = 1 pt) to an SVG string; no animation, no browser. */
export function renderSvg(option: Option, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: TEXT_STYLE, ...option });
    return printableSvg(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/**
 * The SVG rasterised at 2 px/pt on white. Its text is first turned into Noto Serif outlines
 * (see text-outlines.ts: much faster than resvg's own text layout); resvg still gets the shipped
 * Noto Serif files only, for any text left.
 */
export function rasterise(svg: string, width: number): Uint8Array {
  const resvg = new Resvg(outlineText(svg), {
    background: "#ffffff",
    fitTo: { mode: "width", value: pngWidth(width) },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  });
  return new Uint8Array(resvg.render().asPng());
}

/**
 * A figure block: the chart as SVG for the PDF and PNG for the DOCX, `width`×`height` points
 * printed. The PNG is rasterised on first read of `png` (then kept): the PDF renderer never
 * reads it, so a PDF book pays only for the SVG (the raster is most of a chart's time).
 */
export function drawFigure(
  option: Option,
  opts: { caption: string; width: number; height: number; source?: string },
): Figure {
  const svg = renderSvg(option, opts.width, opts.height);
  let png: Uint8Array | undefined;
  const figure = {
    kind: "figure",
    caption: opts.caption,
    svg,
    width: opts.width,
    height: opts.height,
    ...(opts.source ? { source: opts.source } : {}),
  } as Figure;
  Object.defineProperty(figure, "png", {
    enumerable: true,
    get: () => {
      png ??= rasterise(svg, opts.width);
      return png;
    },
  });
  return figure;
}
