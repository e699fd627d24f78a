import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { type ErrorCode, errorMessage, type FieldIssue } from "../domain/errors";

/** HTTP status of each error code. */
const STATUS: Record<ErrorCode, number> = {
  validation_failed: 422,
  not_found: 404,
  region_not_found: 404,
  framework_not_found: 404,
  unauthenticated: 401,
  forbidden: 403,
  csrf_rejected: 403,
  invalid_credentials: 401,
  account_locked: 429,
  too_many_attempts: 429,
  account_disabled: 403,
  invalid_password: 400,
  password_too_short: 422,
  password_too_long: 422,
  invalid_token: 400,
  invitation_invalid: 410,
  email_taken: 409,
  membership_exists: 409,
  opd_abbreviation_taken: 409,
  opd_not_found: 404,
  user_not_found: 404,
  notification_not_found: 404,
  version_conflict: 409,
  framework_in_use: 409,
  framework_code_taken: 409,
  framework_not_published: 409,
  framework_transition_not_allowed: 409,
  scheme_not_found: 404,
  scheme_in_use: 409,
  scheme_not_published: 409,
  scheme_code_taken: 409,
  scheme_transition_not_allowed: 409,
  instrument_not_found: 404,
  instrument_in_use: 409,
  instrument_not_published: 409,
  instrument_code_taken: 409,
  instrument_transition_not_allowed: 409,
  last_admin: 409,
  auth_error: 400,
  cohort_not_found: 404,
  cohort_name_taken: 409,
  candidate_not_found: 404,
  transition_not_allowed: 409,
  no_candidates: 409,
  selection_published: 409,
  selection_not_published: 409,
  mou_incomplete: 409,
  unknown_region_codes: 422,
  selection_invalid: 422,
  wrong_phase: 409,
  stage_not_found: 404,
  stage_already_closed: 409,
  previous_stage_open: 409,
  deliverables_not_approved: 409,
  deliverable_not_found: 404,
  deliverable_transition_not_allowed: 409,
  deliverable_empty: 422,
  file_not_found: 404,
  file_type_not_allowed: 415,
  file_too_large: 413,
  feedback_not_found: 404,
  feedback_subject_not_found: 404,
  spam_suspected: 422,
  feedback_duplicate: 409,
  photo_too_large: 413,
  photo_unreadable: 422,
  feedback_action_not_allowed: 409,
  dataset_not_found: 404,
  dataset_not_available: 422,
  dataset_already_published: 409,
  dataset_not_published: 409,
  emblem_type_not_allowed: 415,
  emblem_too_large: 413,
  emblem_not_found: 404,
  mou_not_found: 404,
  payload_too_large: 413,
  bad_request: 400,
  database_unavailable: 503,
  internal_error: 500,
  candidates_not_selected: 422,
  masterplan_not_found: 404,
  masterplan_exists: 409,
  masterplan_incomplete: 409,
  masterplan_foreword_missing: 422,
  masterplan_transition_not_allowed: 409,
  masterplan_locked: 409,
  program_not_found: 404,
  program_has_quick_wins: 409,
  quick_win_not_found: 404,
  governance_body_not_found: 404,
  comment_not_found: 404,
  comment_state: 409,
  import_invalid: 422,
  import_too_large: 413,
  import_type_not_allowed: 415,
  indicator_not_found: 404,
  indicator_code_taken: 409,
  program_indicator_not_found: 404,
  program_indicator_exists: 409,
  program_indicator_has_realisations: 409,
  indicator_targets_locked: 409,
  monitoring_not_open: 409,
  realisation_not_found: 404,
  realisation_exists: 409,
  realisation_transition_not_allowed: 409,
  progress_not_found: 404,
  monitoring_import_invalid: 422,
  evaluation_round_not_found: 404,
  evaluation_round_exists: 409,
  evaluation_not_found: 404,
  evaluation_result_not_found: 404,
  evaluation_transition_blocked: 409,
  evaluation_locked: 409,
};

/** An error the API answers with on purpose: a stable code, a status and optional details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: unknown,
  ) {
    super(code);
  }
  get status(): number {
    return STATUS[this.code];
  }
}

/** "en" when the caller prefers English, else Indonesian. */
export function requestLanguage(req: FastifyRequest): "id" | "en" {
  const header = req.headers["accept-language"] ?? "";
  return /^\s*en\b/i.test(header) ? "en" : "id";
}

function send(reply: FastifyReply, status: number, code: ErrorCode, lang: "id" | "en", details?: unknown) {
  return reply
    .code(status)
    .type("application/json; charset=utf-8")
    .send({ error: { code, message: errorMessage(code, lang), ...(details === undefined ? {} : { details }) } });
}

/** Turns every error into the one wire shape; unknown errors are logged, never echoed. */
export function handleError(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const lang = requestLanguage(req);
  if (err instanceof AppError) {
    const wait = (err.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (err.status === 429 && typeof wait === "number") reply.header("retry-after", String(wait));
    return send(reply, err.status, err.code, lang, err.details);
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const issues: FieldIssue[] = err.validation.map((v) => ({
      path: [
        err.validationContext === "querystring" ? "query" : (err.validationContext ?? "body"),
        ...String(v.instancePath).split("/").filter(Boolean),
      ].join("."),
      message: v.message ?? "tidak valid",
    }));
    return send(reply, 422, "validation_failed", lang, { issues });
  }
  if (isResponseSerializationError(err)) {
    req.log.error({ err, issues: err.cause.issues }, "response does not match its schema");
    return send(reply, 500, "internal_error", lang, { requestId: req.id });
  }
  const status = err.statusCode ?? 500;
  if (status === 413) return send(reply, 413, "payload_too_large", lang);
  if (status === 404) return send(reply, 404, "not_found", lang);
  if (status >= 400 && status < 500) return send(reply, status, "bad_request", lang);
  req.log.error({ err }, "unhandled error");
  return send(reply, 500, "internal_error", lang, { requestId: req.id });
}
