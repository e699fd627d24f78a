import { PriorityIssuesContent, ProfileContent, ReadinessContent, SwotContent } from "../../../domain/masterplan-api";
import type { PrintPlan } from "../../services/documents/load-plan-for-print";
import { type Block, bold, cell, type DocumentModel, Outline, type Table } from "../model";
import { introChapter, narrative, notWritten, visionChapter } from "./chapters";
import { periodText, regionWords, section } from "./context";
import { bookDocument } from "./frame";

const LENS_LABELS = { struktur: "Struktur", infrastruktur: "Infrastruktur", suprastruktur: "Suprastruktur" } as const;

function profileChapter(o: Outline, pp: PrintPlan): Block[] {
  const p = section(pp, "profile", ProfileContent);
  const out: Block[] = [o.chapter("PROFIL DAERAH"), o.section("Gambaran Umum"), ...narrative(p?.narrative)];
  out.push(o.section("Data Pokok"));
  if (p?.figures.length) {
    const table: Table = {
      kind: "table",
      caption: `Tabel ${o.currentChapter}.1 Data Pokok ${regionWords(pp.region).name}`,
      columns: [
        { width: 6, align: "center" },
        { width: 34 },
        { width: 18, align: "right" },
        { width: 10 },
        { width: 10, align: "center" },
        { width: 22 },
      ],
      header: [["No", "Data", "Nilai", "Satuan", "Tahun", "Sumber"].map((h) => cell(h))],
      rows: p.figures.map((f, i) => [
        cell(String(i + 1)),
        cell(f.label),
        cell(f.value),
        cell(f.unit ?? ""),
        cell(String(f.year)),
        cell(f.source),
      ]),
    };
    out.push(table);
  } else out.push(notWritten());
  out.push(o.section("Potensi Alam dan Budaya"), ...narrative(p?.natureCulture));
  return out;
}

function readinessChapter(o: Outline, pp: PrintPlan): Block[] {
  const r = section(pp, "readiness", ReadinessContent);
  const out: Block[] = [o.chapter("ANALISIS KESIAPAN DAERAH")];
  for (const lens of ["struktur", "infrastruktur", "suprastruktur"] as const) {
    const l = r?.lenses.find((x) => x.lens === lens);
    out.push(o.section(`Kesiapan ${LENS_LABELS[lens]}`));
    out.push({ kind: "paragraph", runs: [bold("Kondisi saat ini")], keepWithNext: true, tight: true });
    out.push(...narrative(l?.condition));
    out.push({ kind: "paragraph", runs: [bold("Analisis kesenjangan")], keepWithNext: true, tight: true });
    out.push(...narrative(l?.gap));
  }
  return out;
}

function swotChapter(o: Outline, pp: PrintPlan): Block[] {
  const s = section(pp, "swot", SwotContent);
  const out: Block[] = [o.chapter("ANALISIS SWOT")];
  let n = 0;
  for (const lens of ["struktur", "infrastruktur", "suprastruktur"] as const) {
    const l = s?.lenses.find((x) => x.lens === lens);
    out.push(o.section(`SWOT ${LENS_LABELS[lens]}`));
    if (!l) {
      out.push(notWritten());
      continue;
    }
    n += 1;
    const items = (xs: string[]) => (xs.length ? xs.map((x, i) => `${i + 1}. ${x}`).join("\n") : "–");
    out.push({
      kind: "table",
      caption: `Tabel ${o.currentChapter}.${n} Matriks SWOT ${LENS_LABELS[lens]}`,
      columns: [{ width: 50 }, { width: 50 }],
      header: [[cell("Kekuatan (Strengths)"), cell("Kelemahan (Weaknesses)")]],
      rows: [
        [cell(items(l.strengths)), cell(items(l.weaknesses))],
        [cell([bold("Peluang (Opportunities)")], { shade: true }), cell([bold("Ancaman (Threats)")], { shade: true })],
        [cell(items(l.opportunities)), cell(items(l.threats))],
      ],
    });
  }
  return out;
}

function issuesChapter(o: Outline, pp: PrintPlan): Block[] {
  const s = section(pp, "priority_issues", PriorityIssuesContent);
  const out: Block[] = [o.chapter("ISU STRATEGIS PRIORITAS")];
  if (!s?.issues.length) return [...out, notWritten()];
  for (const issue of s.issues) out.push(o.section(issue.title), ...narrative(issue.description));
  return out;
}

/** Buku 1 Analisis Strategis: profile, readiness per lens, SWOT, priority issues, draft vision and mission. */
export function buku1(pp: PrintPlan): DocumentModel {
  const o = new Outline();
  const w = regionWords(pp.region);
  const purpose = `Buku 1 Analisis Strategis memuat profil ${w.name}, analisis kesiapan daerah pada lensa struktur, infrastruktur dan suprastruktur, analisis SWOT, isu strategis prioritas serta visi, misi dan tujuan smart city sebagai dasar penyusunan Masterplan Smart City ${w.name} Tahun ${periodText(pp)}.`;
  return bookDocument(pp, "buku-1", [
    ...introChapter(o, pp, purpose, [
      "BAB I Pendahuluan",
      "BAB II Profil Daerah",
      "BAB III Analisis Kesiapan Daerah",
      "BAB IV Analisis SWOT",
      "BAB V Isu Strategis Prioritas",
      "BAB VI Visi, Misi dan Tujuan Smart City",
    ]),
    ...profileChapter(o, pp),
    ...readinessChapter(o, pp),
    ...swotChapter(o, pp),
    ...issuesChapter(o, pp),
    ...visionChapter(o, pp),
  ]);
}
