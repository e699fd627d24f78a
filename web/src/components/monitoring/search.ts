import { DIRECTIONS, type Direction } from "../../../../domain/achievement";
import { REALISATION_STATUSES, type RealisationStatus } from "../../../../domain/monitoring";
import { pageOf, positiveInt, text } from "../../routes/search";

// Search parameters of the monitoring pages and the indicator catalogue, validated like
// routes/search.ts: a stale or hand-edited link still opens the page, bad values are dropped.

function yearOf(value: unknown): number | undefined {
  const y = positiveInt(value);
  return y && y >= 1990 && y <= 2100 ? y : undefined;
}

const DIMENSION = /^[a-z0-9-]{1,60}$/;

/** The sections of a plan's monitoring: /masterplan/3/monitoring?tab=verifikasi. */
export const MONITORING_TABS = ["ringkasan", "program", "quick-wins", "verifikasi", "data"] as const;
export type MonitoringTab = (typeof MONITORING_TABS)[number];

/** /masterplan/$id/monitoring?tab=&year=&indicator=&dimension=&opd=&status=&page= */
export type MonitoringSearch = {
  tab?: MonitoringTab;
  /** The year summarised (dashboard) or filtered (verification queue). */
  year?: number;
  /** The program indicator drawn in the dashboard's chart. */
  indicator?: number;
  dimension?: string;
  opd?: number;
  status?: RealisationStatus;
  page?: number;
};

export function validateMonitoringSearch(search: Record<string, unknown>): MonitoringSearch {
  const tab = text(search.tab);
  const status = text(search.status);
  const dimension = text(search.dimension);
  return {
    tab: MONITORING_TABS.find((t) => t === tab),
    year: yearOf(search.year),
    indicator: positiveInt(search.indicator),
    dimension: dimension && DIMENSION.test(dimension) ? dimension : undefined,
    opd: positiveInt(search.opd),
    status: REALISATION_STATUSES.find((s) => s === status),
    page: pageOf(search.page),
  };
}

/** /masterplan/$id/monitoring/program/$programId?year= (the year opened in the progress table). */
export type ProgramMonitoringSearch = { year?: number };

export function validateProgramMonitoringSearch(search: Record<string, unknown>): ProgramMonitoringSearch {
  return { year: yearOf(search.year) };
}

export const INDICATOR_SCOPES = ["national", "regional"] as const;

/** /indikator?q=&scope=&region=&dimension=&direction=&inactive=1&page= */
export type IndicatorSearch = {
  q?: string;
  scope?: (typeof INDICATOR_SCOPES)[number];
  region?: string;
  dimension?: string;
  direction?: Direction;
  inactive?: boolean;
  page?: number;
};

export function validateIndicatorSearch(search: Record<string, unknown>): IndicatorSearch {
  const scope = text(search.scope);
  const region = text(search.region);
  const dimension = text(search.dimension);
  const direction = text(search.direction);
  const inactive = text(search.inactive);
  return {
    q: text(search.q),
    scope: INDICATOR_SCOPES.find((s) => s === scope),
    region: region && /^\d{2}\.\d{2}$/.test(region) ? region : undefined,
    dimension: dimension && DIMENSION.test(dimension) ? dimension : undefined,
    direction: DIRECTIONS.find((d) => d === direction),
    inactive: inactive === "1" || inactive === "true" ? true : undefined,
    page: pageOf(search.page),
  };
}
