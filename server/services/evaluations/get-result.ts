import { and, count, eq } from "drizzle-orm";
import type { ResultDetail } from "../../../domain/evaluation/api";
import type { Db } from "../../db/client";
import { evaluationResult } from "../../db/schema/index";
import { AppError } from "../../errors";
import { publishedResult } from "./list-results";
import type { LoadedEvaluation } from "./load";

/**
 * A region's stored result, drilled down: the index, the result dimensions with their
 * weights, and each smart-city dimension with its items — all as stored at publication,
 * named after the round's own copy of its scheme.
 */
export async function getResult(db: Db, loaded: LoadedEvaluation): Promise<ResultDetail> {
  const { round, evaluation } = loaded;
  const row = round.status === "published" ? await publishedResult(db, evaluation.id) : undefined;
  if (!row || !round.publishedAt) throw new AppError("evaluation_result_not_found", { id: evaluation.id });
  const [[all], [inProvince], [stored]] = await Promise.all([
    db.select({ n: count() }).from(evaluationResult).where(eq(evaluationResult.roundId, round.id)),
    db
      .select({ n: count() })
      .from(evaluationResult)
      .where(and(eq(evaluationResult.roundId, round.id), eq(evaluationResult.provinceCode, row.provinceCode))),
    db
      .select({ items: evaluationResult.items })
      .from(evaluationResult)
      .where(eq(evaluationResult.evaluationId, evaluation.id)),
  ]);
  const scheme = round.scheme;
  const items = stored?.items ?? {};
  return {
    ...row,
    resultLetterNumber: round.resultLetterNumber,
    resultLetterDate: round.resultLetterDate,
    publishedAt: round.publishedAt.toISOString(),
    participants: all?.n ?? 0,
    provinceParticipants: inProvince?.n ?? 0,
    resultDimensions: scheme.resultDimensions.map((r) => ({
      code: r.code,
      nameId: r.nameId,
      nameEn: r.nameEn,
      weight: r.weight,
      score: row.results[r.code] ?? null,
    })),
    smartDimensions: scheme.smartDimensions.map((d) => ({
      code: d.code,
      nameId: d.nameId,
      nameEn: d.nameEn,
      score: row.dimensions[d.code] ?? null,
      items: scheme.items
        .filter((i) => i.smartDimension === d.code)
        .map((i) => ({
          code: i.code,
          resultDimension: i.resultDimension,
          textId: i.textId,
          score: items[i.code] ?? null,
        })),
    })),
  };
}
