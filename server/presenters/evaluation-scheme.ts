import type { SchemeDetail } from "../../domain/evaluation/scheme-editor";
import { schemeKey } from "../../domain/evaluation/schemes";
import type { Actor } from "../../domain/roles";
import { schemePolicy } from "../policies/evaluation-scheme";
import type { SchemeRow } from "../services/evaluation-schemes/get-scheme";

/** A stored scheme as the API shows it: its definition with key, framework, status, revision and use. */
export function presentSchemeDetail(row: SchemeRow, rounds: number): SchemeDetail {
  return {
    ...row.definition,
    code: row.code,
    version: row.version,
    year: row.year,
    name: row.name,
    key: schemeKey(row),
    id: row.id,
    frameworkId: row.frameworkId,
    status: row.status,
    revision: row.revision,
    rounds,
  };
}

/** A scheme with what the caller may do with it. */
export function presentSchemeWithCan(actor: Actor | null, row: SchemeRow, rounds: number) {
  return {
    data: presentSchemeDetail(row, rounds),
    can: schemePolicy.abilities(actor, { status: row.status, inUse: rounds > 0 }),
  };
}
