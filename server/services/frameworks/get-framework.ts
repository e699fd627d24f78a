import { asc, eq, inArray } from "drizzle-orm";
import type { FrameworkDetail } from "../../../domain/framework/schemas";
import type { FrameworkDef } from "../../../domain/framework/types";
import type { Db } from "../../db/client";
import { readAll } from "../../db/read-all";
import { deliverableTemplate, dimension, element, framework, stageTemplate } from "../../db/schema/index";
import { AppError } from "../../errors";

/** A framework with its dimensions, elements, Bimtek stages and deliverables, in order. */
export async function getFramework(db: Db, id: number): Promise<FrameworkDetail> {
  const [fw] = await db.select().from(framework).where(eq(framework.id, id));
  if (!fw) throw new AppError("framework_not_found", { id });
  const [dims, stages] = await readAll(db, [
    db.select().from(dimension).where(eq(dimension.frameworkId, id)).orderBy(asc(dimension.order)),
    db.select().from(stageTemplate).where(eq(stageTemplate.frameworkId, id)).orderBy(asc(stageTemplate.number)),
  ]);
  const [elems, deliverables] = await readAll(db, [
    dims.length
      ? db
          .select()
          .from(element)
          .where(
            inArray(
              element.dimensionId,
              dims.map((d) => d.id),
            ),
          )
          .orderBy(asc(element.order))
      : [],
    stages.length
      ? db
          .select()
          .from(deliverableTemplate)
          .where(
            inArray(
              deliverableTemplate.stageTemplateId,
              stages.map((s) => s.id),
            ),
          )
          .orderBy(asc(deliverableTemplate.order))
      : [],
  ]);
  return {
    id: fw.id,
    code: fw.code,
    version: fw.version,
    name: fw.name,
    descriptionId: fw.descriptionId,
    descriptionEn: fw.descriptionEn,
    isDefault: fw.isDefault,
    status: fw.status,
    revision: fw.revision,
    dimensionCount: dims.length,
    elementCount: elems.length,
    stageCount: stages.length,
    governanceBodies: fw.governanceBodies,
    dimensions: dims.map(({ frameworkId: _f, ...d }) => ({
      ...d,
      elements: elems.filter((e) => e.dimensionId === d.id).map(({ dimensionId: _d, ...e }) => e),
    })),
    stages: stages.map(({ frameworkId: _f, ...s }) => ({
      ...s,
      deliverables: deliverables
        .filter((dl) => dl.stageTemplateId === s.id)
        .map(({ stageTemplateId: _s, ...dl }) => dl),
    })),
  };
}

/** The definition of a stored framework (no ids, orders or counts), e.g. to copy it. */
export function frameworkDefOf(fw: FrameworkDetail): FrameworkDef {
  return {
    code: fw.code,
    version: fw.version,
    name: fw.name,
    descriptionId: fw.descriptionId,
    descriptionEn: fw.descriptionEn,
    governanceBodies: fw.governanceBodies.map(({ kind, nameId, nameEn, required }) => ({
      kind,
      nameId,
      nameEn,
      required,
    })),
    dimensions: fw.dimensions.map(({ code, nameId, nameEn, descriptionId, descriptionEn, elements }) => ({
      code,
      nameId,
      nameEn,
      descriptionId,
      descriptionEn,
      elements: elements.map(({ code, nameId, nameEn, tag }) => ({ code, nameId, nameEn, tag })),
    })),
    stages: fw.stages.map(({ number, nameId, nameEn, focusId, focusEn, deliverables }) => ({
      number,
      nameId,
      nameEn,
      focusId,
      focusEn,
      deliverables: deliverables.map(({ code, nameId, nameEn, required, covers }) => ({
        code,
        nameId,
        nameEn,
        required,
        covers,
      })),
    })),
  };
}
