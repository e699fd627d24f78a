import { formatRupiah, type RupiahLanguage } from "../../../../domain/rupiah";
import type { idMasterplanEdit } from "../../i18n/id-masterplan-edit";

/** The field names of the history, per kind of object, in one language. */
export type FieldDictionary = (typeof idMasterplanEdit)["fields"];

/** What turns stored values into words: names of OPDs, programs and framework codes, labels, dates. */
export type ValueContext = {
  lang: RupiahLanguage;
  empty: string;
  yes: string;
  no: string;
  total: (amount: string) => string;
  items: (count: number) => string;
  date: (isoDate: string) => string;
  fileSize: (bytes: number) => string;
  opdName: (id: number) => string | undefined;
  programName: (id: number) => string | undefined;
  dimensionName: (code: string) => string | undefined;
  elementName: (code: string) => string | undefined;
  term: (term: string) => string;
  status: (status: string) => string;
  governanceKind: (kind: string) => string;
  priority: (n: number) => string;
};

/** One line of an event: a field's label and its value before and after, in words. */
export type HistoryLine = { field: string; label: string; before: string; after: string };

const MAX = 200;

/** The label of a field of an object kind ("program", "quick_win", …); an unknown field keeps its key. */
export function historyFieldLabel(dict: FieldDictionary, entityType: string, field: string): string {
  const labels = (dict as unknown as Record<string, Record<string, string> | undefined>)[entityType];
  return (labels && Object.hasOwn(labels, field) ? labels[field] : undefined) ?? field;
}

const record = (v: unknown): Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

const RICH = /<\/?(p|br|strong|em|ul|ol|li)\b/i;

/** Rich text as a plain line: tags gone, entities read, spaces collapsed; other text as it is. */
function plain(text: string): string {
  if (!RICH.test(text)) return text.trim();
  return text
    .replace(/<\/(p|li)>|<br\s*\/?>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

const cut = (text: string) => (text.length > MAX ? `${text.slice(0, MAX)}…` : text);
const nameOr = (name: string | undefined, id: unknown) => name ?? `#${String(id)}`;

/** One item of a list (missions, figures, members…) as a short phrase. */
function item(v: unknown): string {
  if (typeof v !== "object" || v === null) return typeof v === "string" ? plain(v) : String(v);
  const o = record(v);
  if (typeof o.text === "string") return plain(o.text);
  if (typeof o.title === "string") return plain(o.title);
  if (typeof o.lens === "string") return o.lens;
  if (typeof o.label === "string")
    return [`${o.label}: ${String(o.value ?? "")}`, o.unit, o.year ? `(${o.year})` : ""].filter(Boolean).join(" ");
  return JSON.stringify(v);
}

/** A stored value in words, according to the field it belongs to. */
export function historyValue(field: string, value: unknown, ctx: ValueContext): string {
  if (value === null || value === undefined || value === "") return ctx.empty;
  if (Array.isArray(value) && value.length === 0) return ctx.empty;
  if (typeof value === "boolean") return value ? ctx.yes : ctx.no;
  switch (field) {
    case "ownerOpdId":
      return nameOr(ctx.opdName(Number(value)), value);
    case "supportingOpdIds":
      return (value as unknown[]).map((id) => nameOr(ctx.opdName(Number(id)), id)).join(", ");
    case "programId":
      return nameOr(ctx.programName(Number(value)), value);
    case "programIds":
      return cut((value as unknown[]).map((id) => nameOr(ctx.programName(Number(id)), id)).join(", "));
    case "dimensionCode":
      return ctx.dimensionName(String(value)) ?? String(value);
    case "elementCode":
      return ctx.elementName(String(value)) ?? String(value);
    case "term":
      return ctx.term(String(value));
    case "status":
      return ctx.status(String(value));
    case "kind":
      return ctx.governanceKind(String(value));
    case "priority":
      return ctx.priority(Number(value));
    case "decreeDate":
    case "perkadaDate":
    case "perkadaPromulgatedOn":
      return ctx.date(String(value));
    case "size":
      return typeof value === "number" ? ctx.fileSize(value) : String(value);
    case "budgets": {
      const lines = (value as Array<{ year: number; source: string; amount: number }>).map(
        (b) => `${b.year} ${b.source} ${formatRupiah(b.amount, ctx.lang)}`,
      );
      const total = (value as Array<{ amount: number }>).reduce((s, b) => s + b.amount, 0);
      return cut(`${lines.join("; ")} (${ctx.total(formatRupiah(total, ctx.lang))})`);
    }
    case "actionPlan":
      return cut((value as Array<{ year: number; step: string }>).map((s) => `${s.year}: ${s.step}`).join("; "));
    case "members":
      return cut(
        (value as Array<{ name: string; position: string; role: string }>)
          .map((m) => `${m.name} (${m.position}, ${m.role})`)
          .join("; "),
      );
  }
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return cut(plain(value)) || ctx.empty;
  if (Array.isArray(value)) {
    const text = value.map((v) => item(v)).join("; ");
    return text.length > MAX ? ctx.items(value.length) : text;
  }
  return cut(JSON.stringify(value));
}

/**
 * The lines of one event. A chapter's whole content is stored as one `content` field; it is
 * opened into the parts that changed (vision, missions, strategy…), each with its own label.
 */
export function historyLines(
  entityType: string,
  changes: Record<string, [unknown, unknown]>,
  dict: FieldDictionary,
  ctx: ValueContext,
): HistoryLine[] {
  const lines: HistoryLine[] = [];
  for (const [field, [before, after]] of Object.entries(changes)) {
    if (entityType === "masterplan_section" && field === "content") {
      const a = record(before);
      const b = record(after);
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (JSON.stringify(a[key] ?? null) === JSON.stringify(b[key] ?? null)) continue;
        lines.push(line(entityType, key, a[key], b[key], dict, ctx));
      }
      continue;
    }
    lines.push(line(entityType, field, before, after, dict, ctx));
  }
  // A change that reads the same in words (null → []) is no change to the reader.
  return lines.filter((l) => l.before !== l.after);
}

function line(
  entityType: string,
  field: string,
  before: unknown,
  after: unknown,
  dict: FieldDictionary,
  ctx: ValueContext,
): HistoryLine {
  return {
    field,
    label: historyFieldLabel(dict, entityType, field),
    before: historyValue(field, before, ctx),
    after: historyValue(field, after, ctx),
  };
}
