import { z } from "zod";

/** Stable error codes; each doubles as a translation key in the web app. */
export const ERROR_MESSAGES = {
  validation_failed: { id: "Data yang dikirim tidak valid", en: "The submitted data is not valid" },
  not_found: { id: "Alamat tidak ditemukan", en: "Not found" },
  region_not_found: { id: "Wilayah tidak ditemukan", en: "Region not found" },
  framework_not_found: { id: "Kerangka tidak ditemukan", en: "Framework not found" },
  payload_too_large: { id: "Data yang dikirim terlalu besar", en: "The request body is too large" },
  bad_request: { id: "Permintaan tidak dapat dibaca", en: "The request could not be read" },
  database_unavailable: { id: "Basis data tidak dapat dihubungi", en: "The database cannot be reached" },
  internal_error: { id: "Terjadi kesalahan pada server", en: "Something went wrong on the server" },
} as const;
export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** The one error shape every API error uses. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** One invalid field: its path in the request ("query.pageSize") and what is wrong. */
export type FieldIssue = { path: string; message: string };

/** The message of a code in a language, Indonesian unless English is asked for. */
export function errorMessage(code: ErrorCode, lang: "id" | "en" = "id"): string {
  return ERROR_MESSAGES[code][lang];
}
