// The subset of Solr's Lucene syntax that CKAN clients send in `fq` (and fielded `q`):
//   organization:kota-banjar-32-79 OR organization:kementerian-komunikasi-dan-digital
//   -groups:economy  tags:"smart city"  res_format:CSV  metadata_modified:[2026-01-01T00:00:00.123456Z TO *]
// Clauses separated by spaces must all hold (CKAN searches with q.op=AND); OR binds adjacent clauses.
// A parsed query is evaluated against each dataset's search document.
import { searchError } from "./errors";

/** What a dataset offers to fielded search: the fields CKAN indexes in Solr for a package. */
export type SearchDoc = {
  id: string;
  name: string;
  title: string;
  notes: string;
  organization: string;
  owner_org: string;
  groups: string[];
  tags: string[];
  res_format: string[];
  license_id: string;
  metadata_created: number;
  metadata_modified: number;
  num_resources: number;
  num_tags: number;
  text: string;
};

type Value =
  | { kind: "term"; text: string; quoted: boolean }
  | { kind: "range"; lo: string; hi: string; loIncl: boolean; hiIncl: boolean };
export type Query =
  | { t: "and"; items: Query[] }
  | { t: "or"; items: Query[] }
  | { t: "not"; item: Query }
  | { t: "match"; field: Field; value: Value }
  | { t: "all" };

const KEYWORD_FIELDS = [
  "id",
  "name",
  "organization",
  "owner_org",
  "groups",
  "tags",
  "res_format",
  "license_id",
] as const;
const TEXT_FIELDS = ["title", "notes", "text"] as const;
const DATE_FIELDS = ["metadata_created", "metadata_modified"] as const;
const NUMBER_FIELDS = ["num_resources", "num_tags"] as const;
/** Fields every indexed package has the same value in here. */
const CONSTANT_FIELDS: Record<string, string[]> = {
  type: ["dataset"],
  dataset_type: ["dataset"],
  state: ["active"],
  capacity: ["public"],
  private: ["false"],
  entity_type: ["package"],
};
const ALIASES: Record<string, Field> = { title_string: "title", res_format: "res_format" };
type Field =
  | (typeof KEYWORD_FIELDS)[number]
  | (typeof TEXT_FIELDS)[number]
  | (typeof DATE_FIELDS)[number]
  | (typeof NUMBER_FIELDS)[number]
  | `const:${string}`;

function fieldOf(name: string, source: string): Field {
  const lower = name.toLowerCase();
  if (ALIASES[lower]) return ALIASES[lower];
  for (const list of [KEYWORD_FIELDS, TEXT_FIELDS, DATE_FIELDS, NUMBER_FIELDS] as const)
    if ((list as readonly string[]).includes(lower)) return lower as Field;
  if (CONSTANT_FIELDS[lower]) return `const:${lower}`;
  throw searchError(`SOLR returned an error running query: undefined field ${name} in '${source}'`);
}

/** Parses a Lucene query; throws CKAN's 409 Search Error when it cannot. */
export function parseQuery(source: string): Query {
  let pos = 0;
  const fail = (reason: string): never => {
    throw searchError(`SOLR returned an error running query: Cannot parse '${source}': ${reason} at ${pos}`);
  };
  const ws = () => {
    while (pos < source.length && /\s/.test(source[pos] ?? "")) pos++;
  };
  const word = (w: string) =>
    source.startsWith(w, pos) && (pos + w.length >= source.length || /[\s(]/.test(source[pos + w.length] ?? ""));

  // A bare token: up to white space or a parenthesis; `\x` escapes x. `stopAtColon` for field names.
  const token = (stop: RegExp): string => {
    let out = "";
    while (pos < source.length) {
      const c = source[pos] ?? "";
      if (c === "\\") {
        out += source[pos + 1] ?? "";
        pos += 2;
        continue;
      }
      if (stop.test(c)) break;
      out += c;
      pos++;
    }
    return out;
  };
  const quoted = (): string => {
    pos++; // opening quote
    let out = "";
    while (pos < source.length && source[pos] !== '"') {
      if (source[pos] === "\\") pos++;
      out += source[pos] ?? "";
      pos++;
    }
    if (source[pos] !== '"') fail("unterminated phrase");
    pos++;
    return out;
  };

  const value = (field: Field | null): Query => {
    const c = source[pos];
    if (c === "[" || c === "{") {
      if (!field) return fail("range without a field");
      pos++;
      ws();
      const lo = token(/[\s\]}]/);
      ws();
      if (!word("TO")) fail("expected TO in range");
      pos += 2;
      ws();
      const hi = token(/[\s\]}]/);
      ws();
      const close = source[pos];
      if (close !== "]" && close !== "}") return fail("unterminated range");
      pos++;
      if (!lo || !hi) fail("empty range bound");
      return { t: "match", field, value: { kind: "range", lo, hi, loIncl: c === "[", hiIncl: close === "]" } };
    }
    if (c === '"') {
      const text = quoted();
      return field ? { t: "match", field, value: { kind: "term", text, quoted: true } } : text_(text, true);
    }
    const text = token(/[\s()]/);
    if (!text) return fail("expected a value");
    return field ? { t: "match", field, value: { kind: "term", text, quoted: false } } : text_(text, false);
  };
  const text_ = (text: string, isQuoted: boolean): Query => ({
    t: "match",
    field: "text",
    value: { kind: "term", text, quoted: isQuoted },
  });

  const primary = (field: Field | null): Query => {
    ws();
    const c = source[pos];
    if (c === undefined) return fail("unexpected end");
    if (c === "(") {
      pos++;
      const inner = expr(field);
      if (source[pos] !== ")") fail("expected )");
      pos++;
      return inner;
    }
    if (c === '"' || c === "[" || c === "{") return value(field);
    // field:value, or a bare value of the current field.
    const start = pos;
    const name = token(/[\s():]/);
    if (source[pos] === ":" && name) {
      pos++;
      if (name === "*" && source[pos] === "*" && /[\s)]|$/.test(source[pos + 1] ?? "")) {
        pos++;
        return { t: "all" };
      }
      const f = fieldOf(name, source);
      if (source[pos] === "(") {
        pos++;
        const inner = expr(f);
        if (source[pos] !== ")") fail("expected )");
        pos++;
        return inner;
      }
      return value(f);
    }
    pos = start;
    return value(field);
  };
  const unary = (field: Field | null): Query => {
    ws();
    const c = source[pos];
    if (c === "-" || c === "!") {
      pos++;
      return { t: "not", item: primary(field) };
    }
    if (c === "+") {
      pos++;
      return primary(field);
    }
    if (word("NOT")) {
      pos += 3;
      return { t: "not", item: unary(field) };
    }
    return primary(field);
  };
  const disjunction = (field: Field | null): Query => {
    const items = [unary(field)];
    for (;;) {
      ws();
      if (word("OR")) pos += 2;
      else if (source.startsWith("||", pos)) pos += 2;
      else break;
      items.push(unary(field));
    }
    return items.length === 1 ? (items[0] as Query) : { t: "or", items };
  };
  const expr = (field: Field | null): Query => {
    const items: Query[] = [];
    for (;;) {
      ws();
      if (pos >= source.length || source[pos] === ")") break;
      if (word("AND")) {
        pos += 3;
        continue;
      }
      if (source.startsWith("&&", pos)) {
        pos += 2;
        continue;
      }
      items.push(disjunction(field));
    }
    if (!items.length && field !== null) fail("empty group");
    return items.length === 1 ? (items[0] as Query) : { t: "and", items };
  };

  const q = expr(null);
  if (pos < source.length) fail(`unexpected '${source[pos]}'`);
  // Dates are checked now, so that a bad one is refused even where evaluation would not reach it.
  checkDates(q, source);
  return q;
}

const UNITS: Record<string, number> = {
  MILLI: 1,
  SECOND: 1000,
  MINUTE: 60_000,
  HOUR: 3_600_000,
  DAY: 86_400_000,
};

/** A Solr date (`2026-12-07T09:23:36.123456Z`, `NOW`, `NOW-1DAY`, `NOW/DAY`, `*`) in epoch milliseconds. */
export function parseSolrDate(text: string, now: number): number | null {
  if (text === "*") return null;
  const m = text.match(
    /^(?:NOW|(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?Z?)((?:[+-]\d+[A-Z]+|\/[A-Z]+)*)$/,
  );
  if (!m) throw searchError(`SOLR returned an error running query: Invalid Date String:'${text}'`);
  let t = now;
  if (m[1]) {
    const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) => Number(v ?? 0)) as number[];
    const ms = Number((m[7] ?? "0").padEnd(3, "0").slice(0, 3));
    t = Date.UTC(y ?? 0, (mo ?? 1) - 1, d, h, mi, s, ms);
    if (Number.isNaN(t)) throw searchError(`SOLR returned an error running query: Invalid Date String:'${text}'`);
  }
  for (const [, op, unit] of (m[8] ?? "").matchAll(/([+-]\d+|\/)([A-Z]+)/g)) {
    const u = (unit ?? "").replace(/S$/, "");
    const date = new Date(t);
    if (op === "/") {
      if (u === "YEAR") t = Date.UTC(date.getUTCFullYear(), 0, 1);
      else if (u === "MONTH") t = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
      else if (UNITS[u]) t -= t % (UNITS[u] ?? 1);
      else throw searchError(`SOLR returned an error running query: Invalid Date Math String:'${text}'`);
    } else if (u === "YEAR" || u === "MONTH") {
      const k = Number(op);
      t = Date.UTC(
        date.getUTCFullYear() + (u === "YEAR" ? k : 0),
        date.getUTCMonth() + (u === "MONTH" ? k : 0),
        date.getUTCDate(),
        date.getUTCHours(),
        date.getUTCMinutes(),
        date.getUTCSeconds(),
        date.getUTCMilliseconds(),
      );
    } else if (UNITS[u]) t += Number(op) * (UNITS[u] ?? 0);
    else throw searchError(`SOLR returned an error running query: Invalid Date Math String:'${text}'`);
  }
  return t;
}

function checkDates(q: Query, source: string): void {
  if (q.t === "and" || q.t === "or") for (const i of q.items) checkDates(i, source);
  else if (q.t === "not") checkDates(q.item, source);
  else if (q.t === "match" && (DATE_FIELDS as readonly string[]).includes(q.field)) {
    const v = q.value;
    if (v.kind === "range") {
      parseSolrDate(v.lo, 0);
      parseSolrDate(v.hi, 0);
    } else if (v.text !== "*") parseSolrDate(v.text, 0);
  }
}

const matchesTerm = (values: readonly string[], text: string): boolean => {
  const want = text.toLowerCase();
  if (want === "*") return values.length > 0;
  if (want.endsWith("*") && !want.slice(0, -1).includes("*")) {
    const prefix = want.slice(0, -1);
    return values.some((v) => v.toLowerCase().startsWith(prefix));
  }
  return values.some((v) => v.toLowerCase() === want);
};

function inRange(x: number | string, lo: number | string | null, hi: number | string | null, v: Value): boolean {
  if (v.kind !== "range") return false;
  if (lo !== null && (v.loIncl ? x < lo : x <= lo)) return false;
  if (hi !== null && (v.hiIncl ? x > hi : x >= hi)) return false;
  return true;
}

/** Does the dataset's document satisfy the query? `now` anchors NOW in date math. */
export function matches(q: Query, doc: SearchDoc, now: number): boolean {
  switch (q.t) {
    case "all":
      return true;
    case "and":
      return q.items.every((i) => matches(i, doc, now));
    case "or":
      return q.items.some((i) => matches(i, doc, now));
    case "not":
      return !matches(q.item, doc, now);
    case "match":
      return matchField(q.field, q.value, doc, now);
  }
}

function matchField(field: Field, v: Value, doc: SearchDoc, now: number): boolean {
  if (field.startsWith("const:")) {
    const values = CONSTANT_FIELDS[field.slice(6)] ?? [];
    return v.kind === "term" ? matchesTerm(values, v.text) : false;
  }
  if ((DATE_FIELDS as readonly string[]).includes(field)) {
    const x = doc[field as (typeof DATE_FIELDS)[number]];
    if (v.kind === "range") return inRange(x, parseSolrDate(v.lo, now), parseSolrDate(v.hi, now), v);
    return v.text === "*" || x === parseSolrDate(v.text, now);
  }
  if ((NUMBER_FIELDS as readonly string[]).includes(field)) {
    const x = doc[field as (typeof NUMBER_FIELDS)[number]];
    const n = (s: string) => (s === "*" ? null : Number(s));
    if (v.kind === "range") return inRange(x, n(v.lo), n(v.hi), v);
    return v.text === "*" || x === Number(v.text);
  }
  if ((TEXT_FIELDS as readonly string[]).includes(field)) {
    const hay = (field === "text" ? doc.text : doc[field as "title" | "notes"]).toLowerCase();
    if (v.kind === "range") return false;
    if (v.text === "*") return true;
    const words = v.quoted ? [v.text.toLowerCase()] : v.text.toLowerCase().replace(/\*$/, "").split(/\s+/);
    return words.every((w) => hay.includes(w));
  }
  const raw = doc[field as (typeof KEYWORD_FIELDS)[number]];
  const values = Array.isArray(raw) ? raw : [raw];
  if (v.kind === "range") {
    const s = (b: string) => (b === "*" ? null : b.toLowerCase());
    return values.some((x) => inRange(x.toLowerCase(), s(v.lo), s(v.hi), v));
  }
  return matchesTerm(values, v.text);
}
