import { and, eq, inArray, isNull, ne, not, or, type SQL, sql } from "drizzle-orm";
import { tagKey } from "../../../domain/indicators/element-tags";
import { U4SSC_KPIS, u4sscPlacement } from "../../../domain/indicators/u4ssc";
import { type Actor, isNationalAdmin } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { indicator } from "../../db/schema/index";
import { AppError } from "../../errors";
import { getFramework } from "../frameworks/get-framework";

/** The dimension/element part of a catalogue filter. */
export type MappingFilter = { dimensionCode?: string; elementCode?: string; frameworkId?: number };

// The tag of an indicator's element in its own framework, compared as `tagKey` does.
const ownTag = sql`(select lower(regexp_replace(btrim(e.tag), '\\s+', ' ', 'g'))
  from element e join dimension d on d.id = e.dimension_id
  where d.framework_id = ${indicator.frameworkId} and e.code = ${indicator.elementCode})`;

/**
 * Indicators under a dimension or element. Without a framework: as stored. With one (e.g. a plan's),
 * those mapped there, plus the indicators of other frameworks whose theme lands there: a national
 * U4SSC KPI where its tags place it in that framework, any other indicator when the tag of its
 * own element is the tag of a wanted element. So a plan on RPM 2026 finds the Kominfo-mapped
 * transport KPIs under Mobilitas Cerdas. A draft framework is the program office's alone.
 */
export async function mappingCondition(db: Db, f: MappingFilter, actor: Actor | null): Promise<SQL | undefined> {
  const stored = and(
    f.dimensionCode ? eq(indicator.dimensionCode, f.dimensionCode) : undefined,
    f.elementCode ? eq(indicator.elementCode, f.elementCode) : undefined,
  );
  if (!f.frameworkId) return stored;
  const fw = await getFramework(db, f.frameworkId);
  if (fw.status === "draft" && !isNationalAdmin(actor)) throw new AppError("framework_not_found", { id: fw.id });
  const inFramework = and(eq(indicator.frameworkId, fw.id), stored);
  if (!f.dimensionCode && !f.elementCode) return undefined;
  const wanted = fw.dimensions
    .filter((d) => !f.dimensionCode || d.code === f.dimensionCode)
    .flatMap((d) => d.elements.filter((e) => !f.elementCode || e.code === f.elementCode));
  if (!wanted.length) return inFramework;
  const codes = new Set(wanted.map((e) => e.code));
  const placedKpis = U4SSC_KPIS.filter((k) => codes.has(u4sscPlacement(k, fw).elementCode ?? "")).map((k) => k.code);
  const isKpi = and(
    isNull(indicator.regionCode),
    inArray(
      indicator.code,
      U4SSC_KPIS.map((k) => k.code),
    ),
  );
  const elsewhere = ne(indicator.frameworkId, fw.id);
  return or(
    inFramework,
    placedKpis.length ? and(elsewhere, isNull(indicator.regionCode), inArray(indicator.code, placedKpis)) : undefined,
    and(elsewhere, isKpi ? not(isKpi) : undefined, inArray(ownTag, [...new Set(wanted.map((e) => tagKey(e.tag)))])),
  );
}
