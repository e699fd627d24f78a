import JSZip from "jszip";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

// Reading generated documents back, for tests and the benchmark's sanity checks.

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

/** The visible text of WordprocessingML: one line per paragraph, breaks and tabs kept. */
export function wordText(xml: string): string {
  return decode(
    xml
      .replace(/<w:br\/>/g, "\n")
      .replace(/<w:tab\/>/g, "\t")
      .replace(/<\/w:p>/g, "\n")
      .replace(/<w:instrText[^>]*>[\s\S]*?<\/w:instrText>/g, "")
      .replace(/<[^>]+>/g, ""),
  );
}

/** The parts of a DOCX a reader checks: body XML, the running headers, and the tables as rows of cell texts. */
export async function readDocx(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const file = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  const body = await file("word/document.xml");
  const headerNames = Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n));
  const headers = (await Promise.all(headerNames.map(file))).join("\n");
  const tables = [...body.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...(t[1] ?? "").matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => wordText(c[1] ?? "").trim()),
    ),
  );
  const media = Object.keys(zip.files).filter((n) => n.startsWith("word/media/"));
  return { body, text: wordText(body), headers, headerText: wordText(headers), tables, media };
}

/** Page count and the text of each page of a PDF. */
export async function readPdf(buffer: Buffer) {
  const doc = await getDocument({ data: new Uint8Array(buffer), isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ("str" in i ? i.str + (i.hasEOL ? "\n" : "") : "")).join(""));
  }
  await doc.destroy();
  return { pageCount: doc.numPages, pages, text: pages.join("\n") };
}

/** How many images a PDF page paints (the emblem on a cover, for instance). */
export async function pdfImagesOnPage(buffer: Buffer, page: number): Promise<number> {
  const doc = await getDocument({ data: new Uint8Array(buffer), isEvalSupported: false }).promise;
  const ops = await (await doc.getPage(page)).getOperatorList();
  await doc.destroy();
  const painting = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat]);
  return ops.fnArray.filter((fn) => painting.has(fn)).length;
}
