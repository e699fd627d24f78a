import { expect } from "vitest";
import type { ResultDimension, SchemeDef } from "../../domain/evaluation/schemes";
import type { App } from "../app";

type Method = "GET" | "POST" | "PUT" | "PATCH";

/** An `inject` shorthand with an optional cookie and JSON body. */
export const caller = (app: () => App) => (method: Method, url: string, cookie?: string, payload?: object) =>
  app().inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

/** A score per result dimension, the same for every smart-city dimension. */
export type Profile = Record<ResultDimension, number>;

export const flat = (v: number): Profile => ({ baseline: v, output: v, outcome: v, impact: v, quick_win: v });

/** Every item of the scheme scored after a profile (optionally only the first `limit` items). */
export function sheetOf(scheme: SchemeDef, profile: Profile, limit?: number) {
  return scheme.items.slice(0, limit).map((i) => ({ itemCode: i.code, score: profile[i.resultDimension] }));
}

/** The round's current version, read through the API as the admin. */
export async function roundVersion(app: () => App, admin: string, roundId: number): Promise<number> {
  const res = await caller(app)("GET", `/api/evaluation-rounds/${roundId}`, admin);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data.version;
}

/** Moves a round as the admin and expects it to succeed. */
export async function moveRound(app: () => App, admin: string, roundId: number, to: string, extra: object = {}) {
  const version = await roundVersion(app, admin, roundId);
  const res = await caller(app)("POST", `/api/evaluation-rounds/${roundId}/transition`, admin, {
    to,
    version,
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data;
}

/** Assigns assessors to a round as the admin. */
export async function assignAssessors(app: () => App, admin: string, roundId: number, userIds: string[]) {
  const version = await roundVersion(app, admin, roundId);
  const res = await caller(app)("PUT", `/api/evaluation-rounds/${roundId}/assessors`, admin, { userIds, version });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().data;
}

/** The evaluation ids of a round's participants by region code, as the admin sees them. */
export async function evaluationIds(app: () => App, admin: string, roundId: number): Promise<Record<string, number>> {
  const res = await caller(app)("GET", `/api/evaluation-rounds/${roundId}/evaluations?pageSize=500`, admin);
  expect(res.statusCode, res.body).toBe(200);
  return Object.fromEntries(
    (res.json().data as Array<{ regionCode: string; id: number }>).map((e) => [e.regionCode, e.id]),
  );
}

/** Scores an evaluation as an assessor and expects success. */
export async function score(
  app: () => App,
  cookie: string,
  evaluationId: number,
  scores: object[],
  interview?: object,
) {
  const res = await caller(app)("PUT", `/api/evaluations/${evaluationId}/scores`, cookie, {
    scores,
    ...(interview ? { interview } : {}),
  });
  expect(res.statusCode, res.body).toBe(204);
}
