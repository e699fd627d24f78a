// Reading action parameters the way CKAN's validators do (ckan/logic/validators.py): values come
// as strings from a query string, or as any JSON value from a POST body.

export type Params = Record<string, unknown>;
export type FieldErrors = Record<string, string[]>;

/** One string value (the first when a query string repeats the key); undefined when absent. */
export function str(params: Params, key: string): string | undefined {
  const v = params[key];
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.length ? String(v[0]) : undefined;
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

/** `int_validator`: whole numbers, as numbers or base-10 strings; empty is absent. */
export function int(params: Params, key: string, errors: FieldErrors): number | undefined {
  const v = Array.isArray(params[key]) ? (params[key] as unknown[])[0] : params[key];
  if (v === undefined || v === null || (typeof v === "string" && !v.trim())) return undefined;
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string" && /^\s*[+-]?\d+\s*$/.test(v)) return Number.parseInt(v, 10);
  errors[key] = ["Invalid integer"];
  return undefined;
}

/** `natural_number_validator`: an integer ≥ 0. */
export function natural(params: Params, key: string, errors: FieldErrors): number | undefined {
  const n = int(params, key, errors);
  if (n !== undefined && n < 0) {
    errors[key] = ["Must be a natural number"];
    return undefined;
  }
  return n;
}

/** `asbool`: true, yes, on, y, t, 1 (any case) are true. */
export function bool(params: Params, key: string): boolean {
  const v = Array.isArray(params[key]) ? (params[key] as unknown[])[0] : params[key];
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  return typeof v === "string" && ["true", "yes", "on", "y", "t", "1"].includes(v.trim().toLowerCase());
}

/** `convert_to_json_if_string` then `list_of_strings`, e.g. facet.field=["organization","tags"]. */
export function jsonList(params: Params, key: string, errors: FieldErrors): string[] | undefined {
  let v = params[key];
  if (v === undefined) return undefined;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      errors[key] = ["Could not parse as valid JSON"];
      return undefined;
    }
  }
  if (!Array.isArray(v)) {
    errors[key] = ["Not a list"];
    return undefined;
  }
  const bad = v.find((x) => typeof x !== "string");
  if (bad !== undefined) {
    errors[key] = [`Not a string: ${String(bad)}`];
    return undefined;
  }
  return v as string[];
}

/** A list given as a JSON list, repeated query keys, or one comma- or space-separated string. */
export function list(params: Params, key: string): string[] | undefined {
  const v = params[key];
  if (v === undefined || v === null) return undefined;
  if (Array.isArray(v)) return v.map(String);
  const s = String(v).trim();
  if (s.startsWith("[")) {
    try {
      const parsed = JSON.parse(s);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // a plain string after all
    }
  }
  return s.split(/[\s,]+/).filter(Boolean);
}

/** `_get_or_bust`: the required keys' values, or 409 with "Missing value" for each absent one. */
export function required(params: Params, key: string, errors: FieldErrors): string | undefined {
  const v = str(params, key);
  if (v === undefined || v === "") errors[key] = ["Missing value"];
  return v;
}
