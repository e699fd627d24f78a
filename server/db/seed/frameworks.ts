import { and, eq } from "drizzle-orm";
import type { FrameworkDef } from "../../../domain/framework/types";
import type { Db } from "../client";
import { deliverableTemplate, dimension, element, framework, stageTemplate } from "../schema/index";

/**
 * Inserts a framework version with its dimensions, elements, stages and deliverables
 * unless that code and version already exist. A published version is never rewritten:
 * changes come as a new version.
 */
export async function insertFrameworkIfMissing(db: Db, def: FrameworkDef, isDefault: boolean): Promise<boolean> {
  return db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: framework.id })
      .from(framework)
      .where(and(eq(framework.code, def.code), eq(framework.version, def.version)));
    if (existing.length > 0) return false;
    const [fw] = await tx
      .insert(framework)
      .values({
        code: def.code,
        version: def.version,
        name: def.name,
        descriptionId: def.descriptionId,
        descriptionEn: def.descriptionEn,
        isDefault,
      })
      .returning({ id: framework.id });
    if (!fw) throw new Error("framework insert returned nothing");
    for (const [di, d] of def.dimensions.entries()) {
      const [dim] = await tx
        .insert(dimension)
        .values({
          frameworkId: fw.id,
          code: d.code,
          nameId: d.nameId,
          nameEn: d.nameEn,
          descriptionId: d.descriptionId,
          descriptionEn: d.descriptionEn,
          order: di + 1,
        })
        .returning({ id: dimension.id });
      if (!dim) throw new Error("dimension insert returned nothing");
      await tx.insert(element).values(d.elements.map((e, ei) => ({ ...e, dimensionId: dim.id, order: ei + 1 })));
    }
    for (const s of def.stages) {
      const { deliverables, ...stage } = s;
      const [st] = await tx
        .insert(stageTemplate)
        .values({ ...stage, frameworkId: fw.id })
        .returning({ id: stageTemplate.id });
      if (!st) throw new Error("stage insert returned nothing");
      await tx
        .insert(deliverableTemplate)
        // `covers` is not stored: it is read from the framework definition by code and version.
        .values(deliverables.map(({ covers: _covers, ...dl }, i) => ({ ...dl, stageTemplateId: st.id, order: i + 1 })));
    }
    return true;
  });
}
