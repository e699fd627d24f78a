import { currentLanguage } from "../i18n";

/** An API failure as the UI needs it: the HTTP status (0 when the server was not reached) and the stable code. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

function isErrorBody(body: unknown): body is { error: { code: string; message: string; details?: unknown } } {
  if (typeof body !== "object" || body === null || !("error" in body)) return false;
  const error = (body as { error: unknown }).error;
  return (
    typeof error === "object" &&
    error !== null &&
    typeof (error as { code?: unknown }).code === "string" &&
    typeof (error as { message?: unknown }).message === "string"
  );
}

// A gateway that cannot reach the API answers 502–504 without our error shape.
function codeWithoutBody(response: Response): string {
  if (response.ok) return "invalid_response";
  return response.status >= 502 && response.status <= 504 ? "network_error" : "unknown_error";
}

type QueryValue = string | number | undefined | null;

/** Builds `/api/...?a=1` leaving out empty parameters, so URLs stay short and cache keys stable. */
export function apiUrl(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

type RequestOptions = { query?: Record<string, QueryValue>; body?: unknown; form?: FormData; signal?: AbortSignal };

// One request, one error shape: every failure becomes an ApiError. The session cookie goes along
// (same origin), and the browser adds the Origin header the server checks on every change.
async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json", "Accept-Language": currentLanguage() };
  // A FormData body sets its own multipart boundary; JSON bodies are labelled here.
  if (options.body !== undefined && !options.form) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      credentials: "same-origin",
      signal: options.signal,
    });
  } catch (cause) {
    // An aborted query is TanStack Query's business; rethrow it untouched.
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(0, "network_error", cause instanceof Error ? cause.message : String(cause));
  }

  // 204 No Content (DELETE) and other empty successes.
  const text = response.status === 204 ? "" : await response.text().catch(() => "");
  if (response.ok && text === "") return undefined as T;

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // A proxy or gateway answering with HTML, or a truncated body.
    throw new ApiError(response.status, codeWithoutBody(response), response.statusText);
  }

  if (!response.ok) {
    if (isErrorBody(body)) {
      throw new ApiError(response.status, body.error.code, body.error.message, body.error.details);
    }
    throw new ApiError(response.status, "unknown_error", response.statusText);
  }
  return body as T;
}

/** GETs JSON from the API; every failure becomes an ApiError. */
export function apiGet<T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal): Promise<T> {
  return request<T>("GET", path, { query, signal });
}

/** POSTs, PUTs, PATCHes or DELETEs; resolves to the JSON answer, or undefined for 204. */
export function apiSend<T = void>(
  method: "POST" | "PUT" | "PATCH" | "DELETE",
  path: string,
  body?: unknown,
): Promise<T> {
  return request<T>(method, path, { body });
}

/** POSTs a file as multipart/form-data: the text fields first (the server reads them before the file). */
export function apiUpload<T>(path: string, file: File, fields: Record<string, string | number | undefined> = {}) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) form.append(key, String(value));
  form.append("file", file);
  return request<T>("POST", path, { form });
}

/** POSTs a ready multipart/form-data body (text fields and any files, in the caller's order). */
export function apiSendForm<T>(path: string, form: FormData): Promise<T> {
  return request<T>("POST", path, { form });
}

/** Whether an error is the API's answer with this status (and code, when given). */
export function isApiError(error: unknown, status: number, code?: string): error is ApiError {
  return error instanceof ApiError && error.status === status && (code === undefined || error.code === code);
}

/** Whether an error is the API's answer with one of these codes, whatever the status. */
export function hasCode(error: unknown, ...codes: string[]): error is ApiError {
  return error instanceof ApiError && codes.includes(error.code);
}

/**
 * The field messages of a 422 answer, keyed by field name: "body.email" → "email".
 * Only the first message of a field is kept; the form shows one line per field.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.code !== "validation_failed") return {};
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return {};
  const out: Record<string, string> = {};
  for (const issue of issues) {
    if (typeof issue !== "object" || issue === null) continue;
    const { path, message } = issue as { path?: unknown; message?: unknown };
    if (typeof path !== "string" || typeof message !== "string") continue;
    const field = path.replace(/^(body|query|params)\.?/, "").split(".")[0] || "_";
    out[field] ??= message;
  }
  return out;
}

/** Retry only what may pass on a second try: the network and the server's own failures. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
}
