import { inArray } from "drizzle-orm";
import type { z } from "zod";
import type { DatasetPublicationOut } from "../../../domain/open-data/dataset";
import { DATASET_KIND_DEFS, NATIONAL_KINDS, REGION_KINDS } from "../../../domain/open-data/kinds";
import { displayRegionName, type RegionType } from "../../../domain/regions";
import type { Actor } from "../../../domain/roles";
import type { Db } from "../../db/client";
import { dataset } from "../../db/schema/index";
import { datasetPolicy } from "../../policies/dataset";
import { datasetAvailability } from "./dataset-availability";
import { datasetId } from "./dataset-id";
import { datasetName, publisherOf } from "./dataset-meta";
import type { OpenDataSettings } from "./settings";

type Out = z.infer<typeof DatasetPublicationOut>;

/** Every dataset of a region (or the national ones), published or not, as its walidata sees them. */
export async function listPublications(
  db: Db,
  opts: {
    region: { code: string; name: string; type: RegionType; provinceCode: string } | null;
    actor: Actor;
    settings: OpenDataSettings;
  },
): Promise<Out[]> {
  const code = opts.region?.code ?? null;
  const kinds = code ? REGION_KINDS : NATIONAL_KINDS;
  const ids = kinds.map((k) => datasetId(k, code));
  const rows = await db.select().from(dataset).where(inArray(dataset.id, ids));
  const publisher = publisherOf(
    {
      regionCode: code,
      regionName: opts.region?.name ?? null,
      regionType: opts.region?.type ?? null,
      provinceCode: opts.region?.provinceCode ?? null,
    },
    opts.settings,
  );
  const place = opts.region ? displayRegionName(opts.region) : "Indonesia";
  const out: Out[] = [];
  for (const kind of kinds) {
    const id = datasetId(kind, code);
    const row = rows.find((r) => r.id === id);
    const { available, rowCount } = await datasetAvailability(db, kind, code);
    const status = (row?.status ?? "unpublished") as Out["status"];
    const def = DATASET_KIND_DEFS[kind];
    out.push({
      id,
      kind,
      name: datasetName(kind, publisher),
      title: { id: `${def.title.id} — ${place}`, en: `${def.title.en} — ${place}` },
      status,
      available,
      rowCount,
      publishedAt: row?.publishedAt?.toISOString() ?? null,
      withdrawnAt: row?.withdrawnAt?.toISOString() ?? null,
      version: row?.version ?? 0,
      can: {
        publish: datasetPolicy.can(opts.actor, "publish", { regionCode: code }) && available && status !== "published",
        withdraw: datasetPolicy.can(opts.actor, "withdraw", { regionCode: code }) && status === "published",
      },
    });
  }
  return out;
}
