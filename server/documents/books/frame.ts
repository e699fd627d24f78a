import { BOOK_INFO, type Book, formatDateId } from "../../../domain/documents";
import type { ForewordContent } from "../../../domain/masterplan-api";
import { forewordMissing } from "../../../domain/masterplan-completeness";
import type { PrintPlan } from "../../services/documents/load-plan-for-print";
import { type Block, type Cover, type DocumentModel, italics, para } from "../model";
import { richTextBlocks } from "../rich-text";
import { DRAFT_LABEL, editionYear, isDraft, periodText, perkadaCitation, regionWords } from "./context";
import { openItemsPage } from "./open-items";

/** The cover of a book: book, "Masterplan Smart City", region, period, emblem when uploaded, issuer. */
export function bookCover(pp: PrintPlan, book: Book): Cover {
  const w = regionWords(pp.region);
  const info = BOOK_INFO[book];
  const citation = perkadaCitation(pp);
  const lines: Cover["lines"] = [];
  if (isDraft(pp)) lines.push({ text: `${DRAFT_LABEL} — belum ditetapkan`, size: "small", bold: true });
  if (info.label !== info.title.id) lines.push({ text: info.label.toUpperCase(), size: "subtitle", bold: true });
  lines.push(
    { text: info.title.id.toUpperCase(), size: "title", bold: true },
    { text: "MASTERPLAN SMART CITY", size: "subtitle" },
    { text: w.name.toUpperCase(), size: "subtitle", bold: true },
    { text: `TAHUN ${periodText(pp)}`, size: "normal" },
  );
  const bottom: Cover["lines"] = [];
  if (!isDraft(pp) && citation) bottom.push({ text: `Ditetapkan dengan ${citation}`, size: "small" });
  bottom.push(
    { text: w.government.toUpperCase(), size: "normal", bold: true },
    ...(pp.region.type === "provinsi"
      ? []
      : [{ text: `PROVINSI ${pp.region.provinceName.toUpperCase()}`, size: "small" as const }]),
    { text: String(editionYear(pp)), size: "normal" },
  );
  return { lines, bottom, ...(pp.emblem ? { image: pp.emblem, imageAfter: 0 } : {}) };
}

/** The signature block on the right half of the page. */
export function signature(lines: { place: string; date: string; title: string; name: string }): Block[] {
  const at = 8.5;
  return [
    { kind: "spacer", lines: 1 },
    para(`${lines.place}, ${lines.date}`, { indent: at, tight: true }),
    para(lines.title, { indent: at, tight: true }),
    { kind: "spacer", lines: 3 },
    para(lines.name, { indent: at, tight: true }),
  ];
}

/** The Kata Pengantar as the region wrote and signed it; a marked placeholder while it is not written yet. */
export function foreword(pp: PrintPlan): Block[] {
  const w = regionWords(pp.region);
  const f = pp.sections.foreword as Partial<ForewordContent> | undefined;
  const heading: Block = { kind: "heading", level: 1, text: "KATA PENGANTAR" };
  if (f && forewordMissing(f).length === 0) {
    return [
      heading,
      ...richTextBlocks(f.text, { align: "justify" }),
      ...signature({
        place: f.place ?? w.seat,
        date: f.date ? formatDateId(f.date) : "",
        title: `${(f.signatoryPosition ?? "").toUpperCase()},`,
        name: f.signatoryName ?? "",
      }),
      ...(f.signatoryNip ? [para(`NIP ${f.signatoryNip}`, { indent: 8.5, tight: true })] : []),
    ];
  }
  return [
    heading,
    para(
      [
        italics(
          `[Kata pengantar diisi oleh ${w.government}: sambutan ${w.head} ${w.place} tentang arti Masterplan Smart City bagi daerah, ucapan terima kasih kepada perangkat daerah, tim smart city, tenaga ahli pendamping dan para pihak yang terlibat. Isi pada tab Visi masterplan sebelum diajukan.]`,
        ),
      ],
      { align: "justify" },
    ),
    ...signature({
      place: w.seat,
      date: "……………………… 20…",
      title: `${w.head.toUpperCase()} ${w.place.toUpperCase()},`,
      name: "(………………………………………)",
    }),
  ];
}

/** Whether blocks (inside kept groups too) hold a captioned table or a figure. */
function holds(blocks: readonly Block[], kind: "table" | "figure"): boolean {
  return blocks.some(
    (b) =>
      (b.kind === "keep" && holds(b.blocks, kind)) ||
      (kind === "table" ? b.kind === "table" && Boolean(b.caption) : b.kind === "figure"),
  );
}

/**
 * A whole book: cover, for a draft the "BELUM LENGKAP" page of what is still open, foreword, table of
 * contents, the lists of tables and figures when the book has any, then the chapters; front matter
 * numbered apart; running header with the book and region, footer with the plan and status; drafts
 * marked "DRAF".
 */
export function bookDocument(
  pp: PrintPlan,
  book: Book,
  chapters: Block[],
  opts: { foreword?: boolean } = {},
): DocumentModel {
  const w = regionWords(pp.region);
  const info = BOOK_INFO[book];
  const heading = info.label === info.title.id ? info.label : `${info.label} ${info.title.id}`;
  const citation = perkadaCitation(pp);
  const body: Block[] = [
    ...(opts.foreword === false ? [] : foreword(pp)),
    { kind: "toc", title: "DAFTAR ISI" },
    ...(holds(chapters, "table") ? [{ kind: "toc", title: "DAFTAR TABEL", list: "tables" } as const] : []),
    ...(holds(chapters, "figure") ? [{ kind: "toc", title: "DAFTAR GAMBAR", list: "figures" } as const] : []),
    ...chapters,
  ];
  return {
    meta: {
      title: `${heading} — Masterplan Smart City ${w.name} ${periodText(pp)}`,
      subject: "Masterplan Smart City",
      author: w.government,
      keywords: ["Gerakan Menuju Smart City", "Masterplan Smart City", w.name],
    },
    cover: bookCover(pp, book),
    frontMatter: true,
    header: `${heading} · Masterplan Smart City ${w.name} ${periodText(pp)}`,
    footer: isDraft(pp) ? "Draf — belum ditetapkan" : (citation ?? ""),
    draft: isDraft(pp) ? DRAFT_LABEL : undefined,
    body: isDraft(pp) ? [...openItemsPage(pp, body), ...body] : body,
  };
}
