import {
  type DatasetMeta,
  DISTRIBUTION_FORMATS,
  FORMAT_EXTENSIONS,
  MEDIA_TYPES,
  type PublisherOut,
} from "../../../domain/open-data/dataset";
import { DATASET_KIND_DEFS, type DatasetKind } from "../../../domain/open-data/kinds";
import { displayRegionName, type RegionType } from "../../../domain/regions";
import { distributionId } from "./dataset-id";
import type { OpenDataSettings } from "./settings";
import { regionSlug } from "./slug";

/** A dataset row with its region, as the catalogue queries read it. */
export type DatasetRow = {
  id: string;
  kind: DatasetKind;
  regionCode: string | null;
  regionName: string | null;
  regionType: RegionType | null;
  provinceCode: string | null;
  issuedAt: Date;
  modifiedAt: Date;
  rowCount: number | null;
  csvBytes: number | null;
  jsonBytes: number | null;
  xlsxBytes: number | null;
  statsCurrent: boolean;
  temporalStart: number | null;
  temporalEnd: number | null;
  dimensions: string[];
};

/** The publisher of a dataset: the region's government, or the ministry for national ones. */
export function publisherOf(
  row: Pick<DatasetRow, "regionCode" | "regionName" | "regionType" | "provinceCode">,
  settings: OpenDataSettings,
): PublisherOut {
  if (!row.regionCode || !row.regionName || !row.regionType)
    return {
      kind: "ministry",
      code: "kementerian",
      name: settings.ministry.name,
      slug: settings.ministry.slug,
      provinceCode: null,
    };
  const display = displayRegionName({ name: row.regionName, type: row.regionType });
  return {
    kind: "region",
    code: row.regionCode,
    name: `Pemerintah ${display}`,
    slug: regionSlug(display, row.regionCode),
    provinceCode: row.provinceCode,
  };
}

/** The dataset's unique name: kind slug and region slug, e.g. realisasi-indikator-kota-banjar-32-79. */
export function datasetName(kind: DatasetKind, publisher: PublisherOut): string {
  const base = DATASET_KIND_DEFS[kind].slug;
  return publisher.kind === "ministry" ? `${base}-nasional` : `${base}-${publisher.slug}`;
}

/** The full metadata of a published dataset, with absolute addresses under `baseUrl`. */
export function datasetMeta(row: DatasetRow, settings: OpenDataSettings, baseUrl: string): DatasetMeta {
  const def = DATASET_KIND_DEFS[row.kind];
  const publisher = publisherOf(row, settings);
  const place = publisher.kind === "region" ? publisher.name.replace(/^Pemerintah /, "") : "Indonesia";
  const bytes = { CSV: row.csvBytes, JSON: row.jsonBytes, XLSX: row.xlsxBytes };
  return {
    id: row.id,
    name: datasetName(row.kind, publisher),
    kind: row.kind,
    scope: def.scope,
    title: { id: `${def.title.id} — ${place}`, en: `${def.title.en} — ${place}` },
    description: def.description,
    publisher,
    contactPoint: { name: `Walidata ${publisher.name}`, email: settings.contactEmail },
    license: settings.license,
    themes: def.themes,
    keywords: def.keywords,
    dimensions: row.dimensions,
    temporal: {
      start: row.temporalStart === null ? null : `${row.temporalStart}-01-01`,
      end: row.temporalEnd === null ? null : `${row.temporalEnd}-12-31`,
    },
    spatial: { code: row.regionCode ?? "ID", name: place },
    issued: row.issuedAt.toISOString(),
    modified: row.modifiedAt.toISOString(),
    frequency: def.frequency,
    rowCount: row.statsCurrent ? row.rowCount : null,
    landingPage: `${baseUrl}/data/${row.id}`,
    distributions: DISTRIBUTION_FORMATS.map((format) => ({
      id: distributionId(row.id, format),
      format,
      mediaType: MEDIA_TYPES[format],
      title: { id: `${def.title.id} (${format})`, en: `${def.title.en} (${format})` },
      downloadUrl: `${baseUrl}/api/public/datasets/${row.id}/data.${FORMAT_EXTENSIONS[format]}`,
      byteSize: row.statsCurrent ? bytes[format] : null,
    })),
    columns: def.columns,
  };
}
