import { FUNDING_SOURCES, TERM_LABELS } from "../../../domain/masterplan";
import { formatRupiah } from "../../../domain/rupiah";
import type { PrintPlan } from "../../services/documents/load-plan-for-print";
import type { ProgramRow } from "../../services/masterplans/load";
import { type Block, bold, type Cell, cell, italics, type Keep, para, type Run, type Table } from "../model";
import type { Captions } from "./captions";
import { yearsText } from "./context";

const decimal = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });
/** An indicator value as Indonesians write it: "1.234,5". */
export const formatValue = (n: number) => decimal.format(n);

const SOURCE_LABELS: Record<string, string> = { LAINNYA: "Lainnya" };
const sum = (text: string, align: Cell["align"] = "right"): Cell => cell([bold(text)], { shade: true, align });
const dash = (v: string | null | undefined) => (v?.trim() ? v.trim() : "–");

/** "Dinas Komunikasi dan Informatika (Diskominfo)"; a dash when the OPD is unknown. */
function opdLong(pp: PrintPlan, id: number | null): string {
  const o = id === null ? undefined : pp.opds.get(id);
  if (!o) return "–";
  return o.abbreviation && o.abbreviation !== o.name ? `${o.name} (${o.abbreviation})` : o.name;
}

/** The profile card: what the program is, who carries it, when, and where it sits in regional planning. */
function profileCard(pp: PrintPlan, p: ProgramRow): Table {
  const supporting = p.supportingOpdIds.map((id) => opdLong(pp, id)).filter((t) => t !== "–");
  const rows: Array<[string, string]> = [
    ["Deskripsi", dash(p.description)],
    ["OPD penanggung jawab", opdLong(pp, p.ownerOpdId)],
    ["OPD pendukung", supporting.length ? supporting.join("; ") : "–"],
    ["Jangka waktu", TERM_LABELS[p.term].id],
    ["Tahun pelaksanaan", yearsText(p)],
    ["Kode program APBD", dash(p.apbdCode)],
    ["Rujukan RPJMD/Renstra", dash(p.rpjmdReference)],
    ["Inovasi", dash(p.innovation)],
  ];
  return {
    kind: "table",
    size: "small",
    columns: [{ width: 28 }, { width: 72 }],
    header: [],
    rows: rows.map(([label, value]) => [cell([bold(label)], { shade: true }), cell(value)]),
  };
}

/** Indicator, unit, baseline (year) and one column per target year. */
export function indicatorTable(pp: PrintPlan, p: ProgramRow, caption: string): Table | null {
  const indicators = pp.indicators.get(p.id) ?? [];
  if (!indicators.length) return null;
  const years = [...new Set(indicators.flatMap((i) => i.targets.map((t) => t.year)))].sort((a, b) => a - b);
  const yearWidth = years.length ? Math.min(9, 52 / years.length) : 0;
  return {
    kind: "table",
    caption,
    size: "small",
    columns: [
      { width: 4, align: "center" },
      { width: 26 },
      { width: 9 },
      { width: 10, align: "right" },
      ...years.map(() => ({ width: yearWidth, align: "right" as const })),
    ],
    header: [
      [
        cell("No"),
        cell("Indikator"),
        cell("Satuan"),
        cell("Baseline (Tahun)"),
        ...years.map((y) => cell(`Target ${y}`)),
      ],
    ],
    rows: indicators.map((ind, i) => [
      cell(String(i + 1)),
      cell(ind.code ? [{ text: ind.name }, { text: `\n${ind.code}`, italics: true }] : ind.name),
      cell(ind.unit || "–"),
      cell(
        ind.baselineValue !== null && ind.baselineYear !== null
          ? `${formatValue(ind.baselineValue)} (${ind.baselineYear})`
          : "–",
      ),
      ...years.map((y) => {
        const t = ind.targets.find((x) => x.year === y);
        return cell(t ? formatValue(t.value) : "–");
      }),
    ]),
  };
}

/** Years down, funding sources across, with the total of each year, each source and the program. */
export function programBudgetTable(p: ProgramRow, caption: string): Table | null {
  if (!p.budgets.length) return null;
  const years = [...new Set(p.budgets.map((b) => b.year))].sort((a, b) => a - b);
  const sources = FUNDING_SOURCES.filter((s) => p.budgets.some((b) => b.source === s));
  const amount = (year: number | null, source: string | null) =>
    p.budgets
      .filter((b) => (year === null || b.year === year) && (source === null || b.source === source))
      .reduce((s, b) => s + b.amount, 0);
  const sourceWidth = 70 / (sources.length + 1);
  return {
    kind: "table",
    caption,
    size: "small",
    columns: [
      { width: 12, align: "center" },
      ...sources.map(() => ({ width: sourceWidth, align: "right" as const })),
      { width: sourceWidth + 18, align: "right" },
    ],
    header: [[cell("Tahun"), ...sources.map((s) => cell(SOURCE_LABELS[s] ?? s)), cell("Jumlah")]],
    rows: [
      ...years.map((y) => [
        cell(String(y)),
        ...sources.map((s) => cell(formatRupiah(amount(y, s)))),
        sum(formatRupiah(amount(y, null))),
      ]),
      [
        sum("Jumlah", "center"),
        ...sources.map((s) => sum(formatRupiah(amount(null, s)))),
        sum(formatRupiah(amount(null, null))),
      ],
    ],
  };
}

/** The action plan (rencana aksi) by year: one item per year with its steps. */
function actionPlanBlocks(p: ProgramRow): Block[] {
  if (!p.actionPlan.length) return [para([italics("Rencana aksi belum dicatat.")], { size: "small" })];
  const years = [...new Set(p.actionPlan.map((s) => s.year))].sort((a, b) => a - b);
  return [
    {
      kind: "list",
      style: "bullet",
      items: years.map((y) => ({
        runs: [
          bold(`${y}: `),
          {
            text: p.actionPlan
              .filter((s) => s.year === y)
              .map((s) => s.step)
              .join("; "),
          },
        ],
      })),
    },
  ];
}

const label = (text: string): Block => para([bold(text)], { keepWithNext: true, tight: true, size: "small" });

/**
 * The profile of one program: a card (description, OPDs, term and years, APBD code, RPJMD/Renstra
 * reference, innovation), its indicators with baseline and yearly targets, its budget per year and
 * source, and its action plan by year.
 */
export function programProfile(pp: PrintPlan, p: ProgramRow, captions: Captions): Block[] {
  const title: Run[] = [bold(p.code ? `${p.code}  ${p.name}` : p.name)];
  const head: Keep = { kind: "keep", blocks: [para(title, { keepWithNext: true }), profileCard(pp, p)] };
  const name = p.code || p.name;
  // A caption takes its number only when its table is printed.
  const indicators = pp.indicators.get(p.id)?.length
    ? indicatorTable(pp, p, captions.table(`Indikator dan Target Program ${name}`))
    : null;
  const budget = p.budgets.length
    ? programBudgetTable(p, captions.table(`Anggaran Indikatif Program ${name} per Tahun dan Sumber Dana`))
    : null;
  return [
    head,
    label("Indikator dan target"),
    indicators ?? para([italics("Indikator program belum ditetapkan.")], { size: "small" }),
    label("Anggaran indikatif per tahun dan sumber dana"),
    budget ?? para([italics("Anggaran indikatif belum dicatat.")], { size: "small" }),
    label("Rencana aksi"),
    ...actionPlanBlocks(p),
  ];
}
