import { eq } from "drizzle-orm";
import { schemeKey } from "../../../domain/evaluation/schemes";
import type { Db } from "../../db/client";
import { evaluationScheme } from "../../db/schema/index";
import { AppError } from "../../errors";
import { schemeRounds } from "./scheme-content";

export type SchemeRow = typeof evaluationScheme.$inferSelect;

/** A stored scheme row, or 404 `scheme_not_found`. */
export async function getSchemeRow(db: Db, id: number): Promise<SchemeRow> {
  const [row] = await db.select().from(evaluationScheme).where(eq(evaluationScheme.id, id));
  if (!row) throw new AppError("scheme_not_found", { id });
  return row;
}

/** A stored scheme with the number of rounds that use it. */
export async function getScheme(db: Db, id: number) {
  const row = await getSchemeRow(db, id);
  return { row, rounds: await schemeRounds(db, schemeKey(row)) };
}
