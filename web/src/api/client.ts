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

/** GETs JSON from the API; every failure becomes an ApiError. */
export async function apiGet<T>(path: string, query?: Record<string, QueryValue>, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, query), {
      headers: { Accept: "application/json", "Accept-Language": currentLanguage() },
      signal,
    });
  } catch (cause) {
    // An aborted query is TanStack Query's business; rethrow it untouched.
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(0, "network_error", cause instanceof Error ? cause.message : String(cause));
  }

  let body: unknown;
  try {
    body = await response.json();
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

/** Retry only what may pass on a second try: the network and the server's own failures. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
}
