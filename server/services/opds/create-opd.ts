import type { OpdCreate } from "../../../domain/opd";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { opd } from "../../db/schema/index";
import { AppError } from "../../errors";

/** Adds OPD to a region in one transaction with their audit events; a taken abbreviation adds none. */
export async function createOpds(db: Db, opts: { regionCode: string; items: OpdCreate[]; ctx: RequestContext }) {
  try {
    return await db.transaction(async (tx) => {
      const rows = await tx
        .insert(opd)
        .values(opts.items.map((i) => ({ ...i, regionCode: opts.regionCode })))
        .returning();
      for (const row of rows) {
        await recordAudit(tx, opts.ctx, {
          action: "opd.created",
          entityType: "opd",
          entityId: row.id,
          regionCode: row.regionCode,
          after: { name: row.name, abbreviation: row.abbreviation, kind: row.kind, active: row.active },
        });
      }
      return rows;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("opd_abbreviation_taken");
    throw err;
  }
}
