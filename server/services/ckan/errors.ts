// The errors of the CKAN Action API, in CKAN 2.10's own wire shapes (ckan/views/api.py `action`),
// so that ckanapi, ckanext-harvest and other CKAN clients recognise them.

/** Python's repr() of a string, as CKAN embeds exception arguments in its messages. */
export function pyRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const escaped = text.replace(/\\/g, "\\\\").replace(quote === "'" ? /'/g : /"/g, `\\${quote}`);
  return `${quote}${escaped}${quote}`;
}

export type CkanErrorBody = { __type: string; message?: string } & Record<string, unknown>;

/** A failed action: the HTTP status and the `error` member of the envelope (or a bare message for 400 Bad request). */
export class CkanError extends Error {
  constructor(
    readonly status: number,
    readonly error: CkanErrorBody | string,
  ) {
    super(typeof error === "string" ? error : (error.message ?? error.__type));
  }
}

/** 404 `Not Found Error`: "Not found" or "Not found: <what>". */
export const notFound = (what?: string) =>
  new CkanError(404, { __type: "Not Found Error", message: what ? `Not found: ${what}` : "Not found" });

/** 409 `Validation Error` with a list of messages per field, e.g. `{ rows: ["Invalid integer"] }`. */
export const validationError = (fields: Record<string, string[] | string>) =>
  new CkanError(409, { ...fields, __type: "Validation Error" });

/** 400 `Search Query Error`: a parameter Solr would refuse before searching (bad sort, unknown parameter). */
export const searchQueryError = (reason: string) =>
  new CkanError(400, { __type: "Search Query Error", message: `Search Query is invalid: (${pyRepr(reason)},)` });

/** 409 `Search Error`: a query Solr could not run (malformed `fq` or `q`, unknown field). */
export const searchError = (reason: string) =>
  new CkanError(409, { __type: "Search Error", message: `Search error: (${pyRepr(reason)},)` });

/** 400 with a bare JSON string body, as CKAN answers an unknown action or an unreadable request. */
export const badRequest = (detail: string) => new CkanError(400, `Bad request - ${detail}`);
