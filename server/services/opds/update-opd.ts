import type { OpdUpdate } from "../../../domain/opd";
import { type RequestContext, recordAudit } from "../../audit/record";
import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../db/errors";
import { opd } from "../../db/schema/index";
import { updateIfVersion } from "../../db/versioned-update";
import { AppError } from "../../errors";
import type { OpdRow } from "./load-opd";

/** Changes an OPD if nobody changed it since `version`; otherwise 409 with the current version. */
export async function updateOpd(db: Db, opts: { current: OpdRow; changes: OpdUpdate; ctx: RequestContext }) {
  const { version, ...fields } = opts.changes;
  try {
    return await db.transaction(async (tx) => {
      const row = await updateIfVersion(tx, opd, { id: opts.current.id, version }, fields);
      const pick = (r: OpdRow) => ({ name: r.name, abbreviation: r.abbreviation, kind: r.kind, active: r.active });
      await recordAudit(tx, opts.ctx, {
        action: "opd.updated",
        entityType: "opd",
        entityId: row.id,
        regionCode: row.regionCode,
        before: pick(opts.current),
        after: pick(row),
      });
      return row;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("opd_abbreviation_taken");
    throw err;
  }
}
