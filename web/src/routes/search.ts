import { TERMS, type Term } from "../../../domain/masterplan";
import { REGION_TYPES, type RegionType } from "../../../domain/regions";
import { ROLES, type Role } from "../../../domain/roles";

/** Filters of the region list as kept in the URL: /wilayah?q=banjar&province=32&type=kota&page=2. */
export type RegionSearch = { q?: string; province?: string; type?: RegionType; page?: number };

/** Filters of the framework page: /kerangka?id=2 (absent = the default framework). */
export type FrameworkSearch = { id?: number };

/** A search value as trimmed text (at most 100 characters), or undefined. Shared by every page's search validation. */
export function text(value: unknown): string | undefined {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed.slice(0, 100);
}

/** A search value as a whole number from 1, or undefined. */
export function positiveInt(value: unknown): number | undefined {
  const n = typeof value === "number" ? value : typeof value === "string" ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

// A hand-edited or stale link must still open the page: bad values are dropped, not reported.
export function validateRegionSearch(search: Record<string, unknown>): RegionSearch {
  const province = text(search.province);
  const type = text(search.type);
  const page = positiveInt(search.page);
  return {
    q: text(search.q),
    province: province && /^\d{2}$/.test(province) ? province : undefined,
    type: REGION_TYPES.find((t) => t === type),
    page: page === 1 ? undefined : page,
  };
}

export function validateFrameworkSearch(search: Record<string, unknown>): FrameworkSearch {
  return { id: positiveInt(search.id) };
}

/** /masuk?redirect=/pengguna: where to go after signing in. */
export type SignInSearch = { redirect?: string };

/** /atur-ulang-sandi?token=…: the token of an e-mailed link. */
export type TokenSearch = { token?: string };

/** /pengguna?q=&role=&region=&active=&page= */
export type UsersSearch = { q?: string; role?: Role; region?: string; active?: "true" | "false"; page?: number };

/** /audit?region=&actor=&entityType=&action=&from=&to=&page= */
export type AuditSearch = {
  region?: string;
  actor?: string;
  entityType?: string;
  action?: string;
  from?: string;
  to?: string;
  page?: number;
};

/** /kotak-keluar?page= */
export type PageSearch = { page?: number };

const REGION_CODE = /^\d{2}(\.\d{2})?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function matching(value: unknown, pattern: RegExp): string | undefined {
  const v = text(value);
  return v && pattern.test(v) ? v : undefined;
}

/** A page number, with page 1 left out of the URL. */
export function pageOf(value: unknown): number | undefined {
  const page = positiveInt(value);
  return page === 1 ? undefined : page;
}

export function validateSignInSearch(search: Record<string, unknown>): SignInSearch {
  const redirect = typeof search.redirect === "string" ? search.redirect.slice(0, 500) : undefined;
  return { redirect: redirect || undefined };
}

export function validateTokenSearch(search: Record<string, unknown>): TokenSearch {
  return { token: matching(search.token, /^[\w.~-]{10,200}$/) };
}

export function validateUsersSearch(search: Record<string, unknown>): UsersSearch {
  const role = text(search.role);
  const active = text(search.active);
  return {
    q: text(search.q),
    role: ROLES.find((r) => r === role),
    region: matching(search.region, REGION_CODE),
    active: active === "true" || active === "false" ? active : undefined,
    page: pageOf(search.page),
  };
}

export function validateAuditSearch(search: Record<string, unknown>): AuditSearch {
  return {
    region: matching(search.region, REGION_CODE),
    actor: text(search.actor),
    entityType: matching(search.entityType, /^[a-z_]{1,50}$/),
    action: matching(search.action, /^[a-z_.]{1,80}$/),
    from: matching(search.from, ISO_DATE),
    to: matching(search.to, ISO_DATE),
    page: pageOf(search.page),
  };
}

export function validatePageSearch(search: Record<string, unknown>): PageSearch {
  return { page: pageOf(search.page) };
}

// Flat key=value search strings. The router's default JSON encoding would turn province "32" into %2232%22,
// and the links people share (/wilayah?province=32) must stay readable.
export function parseSearch(searchStr: string): Record<string, unknown> {
  return Object.fromEntries(new URLSearchParams(searchStr));
}

export function stringifySearch(search: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) {
    if (value === undefined || value === null || value === "") continue;
    params.set(key, typeof value === "object" ? JSON.stringify(value) : String(value));
  }
  const str = params.toString();
  return str ? `?${str}` : "";
}

/** The sections of a cohort page: /angkatan/3?tab=seleksi. */
export const COHORT_TABS = ["kandidat", "seleksi", "mou", "pendampingan", "laporan"] as const;
export type CohortTab = (typeof COHORT_TABS)[number];

/** /angkatan/$id?tab=&province=&kind=&step= (the last three filter the report). */
export type CohortSearch = { tab?: CohortTab; province?: string; kind?: "kabkota" | "provinsi"; step?: string };

export function validateCohortSearch(search: Record<string, unknown>): CohortSearch {
  const tab = text(search.tab);
  return {
    tab: COHORT_TABS.find((t) => t === tab),
    province: matching(search.province, /^\d{2}$/),
    kind: search.kind === "kabkota" || search.kind === "provinsi" ? search.kind : undefined,
    step: matching(search.step, /^[a-z_]{1,30}(:\d{1,2})?$/),
  };
}

/** The sections of a candidate page: /kandidat/7?tab=bimtek. */
export const CANDIDATE_TABS = ["asesmen", "penilaian", "bimtek", "mou"] as const;
export type CandidateTab = (typeof CANDIDATE_TABS)[number];

export type CandidateSearch = { tab?: CandidateTab };

export function validateCandidateSearch(search: Record<string, unknown>): CandidateSearch {
  const tab = text(search.tab);
  return { tab: CANDIDATE_TABS.find((t) => t === tab) };
}

/** The chapters of a masterplan page: /masterplan/3?tab=program&dimension=…&element=…&opd=…&term=…&page=. */
export const MASTERPLAN_TABS = [
  "strategis",
  "visi",
  "dimensi",
  "program",
  "quick-wins",
  "peta-jalan",
  "tata-kelola",
] as const;
export type MasterplanTab = (typeof MASTERPLAN_TABS)[number];

export type MasterplanSearch = {
  tab?: MasterplanTab;
  dimension?: string;
  element?: string;
  opd?: number;
  term?: Term;
  page?: number;
};

export function validateMasterplanSearch(search: Record<string, unknown>): MasterplanSearch {
  const tab = text(search.tab);
  const term = text(search.term);
  return {
    tab: MASTERPLAN_TABS.find((t) => t === tab),
    dimension: matching(search.dimension, /^[a-z0-9-]{1,60}$/),
    element: matching(search.element, /^[a-z0-9-]+\.[a-z0-9-]+$/),
    opd: positiveInt(search.opd),
    term: TERMS.find((t) => t === term),
    page: pageOf(search.page),
  };
}

/** /notifikasi?unread=true&page=2: only the unread ones, or all (absent). */
export type NotificationsSearch = { unread?: true; page?: number };

export function validateNotificationsSearch(search: Record<string, unknown>): NotificationsSearch {
  return {
    unread: search.unread === "true" || search.unread === true ? true : undefined,
    page: pageOf(search.page),
  };
}
