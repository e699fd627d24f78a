import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The two open typefaces the documents are set in, read from files that ship with the platform
 * (nothing from the system or the network), so a PDF, a DOCX and a chart look the same on every
 * machine:
 * - books and letters: Noto Serif (SIL Open Font License 1.1, `fonts/noto-serif/OFL.txt`);
 * - the Perkada: TeX Gyre Bonum (GUST Font License, shipped in `fonts/tex-gyre-bonum/` with its
 *   licence), drawn after URW Bookman and metric-compatible with Bookman Old Style, which regional
 *   regulations are set in.
 * Both are subsets to the Latin letters and punctuation Indonesian text uses, made by
 * `scripts/subset-fonts.sh`: a DOCX embeds its font, and the full files made it ten times larger.
 */
export type Typeface = "book" | "regulation";
export type Face = "normal" | "bold" | "italics" | "bolditalics";

const here = path.dirname(fileURLToPath(import.meta.url));
const notoDir = path.join(here, "fonts", "noto-serif");
const bonumDir = path.join(here, "fonts", "tex-gyre-bonum");

/** Each typeface's name as documents give it, and its four files. */
export const TYPEFACES: Record<Typeface, { name: string; files: Record<Face, string> }> = {
  book: {
    name: "Noto Serif",
    files: {
      normal: path.join(notoDir, "NotoSerif-Regular.ttf"),
      bold: path.join(notoDir, "NotoSerif-Bold.ttf"),
      italics: path.join(notoDir, "NotoSerif-Italic.ttf"),
      bolditalics: path.join(notoDir, "NotoSerif-BoldItalic.ttf"),
    },
  },
  regulation: {
    name: "TeX Gyre Bonum",
    files: {
      normal: path.join(bonumDir, "texgyrebonum-regular.otf"),
      bold: path.join(bonumDir, "texgyrebonum-bold.otf"),
      italics: path.join(bonumDir, "texgyrebonum-italic.otf"),
      bolditalics: path.join(bonumDir, "texgyrebonum-bolditalic.otf"),
    },
  },
};

/** The folders the renderers may read fonts from (pdfmake's local access policy). */
export const FONT_DIRS = [notoDir, bonumDir];

const loaded = new Map<string, Buffer>();
/** A font file's bytes, read once per process. */
export function fontData(typeface: Typeface, face: Face): Buffer {
  const file = TYPEFACES[typeface].files[face];
  let data = loaded.get(file);
  if (!data) {
    data = readFileSync(file);
    loaded.set(file, data);
  }
  return data;
}
