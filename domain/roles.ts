import { z } from "zod";
import { RegionCode } from "./regions";

/** Roles of the program (DESIGN §1). The public is simply no role. */
export const ROLES = [
  "national_admin",
  "assessor",
  "mentor",
  "region_coordinator",
  "opd_contributor",
  "region_viewer",
] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** What a role is scoped to: the whole country, a cohort, a region, or one OPD of a region. */
export type ScopeKind = "national" | "cohort" | "region" | "opd";

export const ROLE_SCOPE: Record<Role, ScopeKind> = {
  national_admin: "national",
  assessor: "cohort",
  mentor: "region",
  region_coordinator: "region",
  opd_contributor: "opd",
  region_viewer: "region",
};

export const ROLE_LABELS: Record<Role, { id: string; en: string }> = {
  national_admin: { id: "Admin nasional", en: "National admin" },
  assessor: { id: "Asesor", en: "Assessor" },
  mentor: { id: "Mentor (tenaga ahli)", en: "Mentor" },
  region_coordinator: { id: "Koordinator daerah", en: "Region coordinator" },
  opd_contributor: { id: "Kontributor OPD", en: "OPD contributor" },
  region_viewer: { id: "Pemantau daerah", en: "Region viewer" },
};

/** Roles a region coordinator may hand out inside their own region. */
export const REGION_GRANTABLE_ROLES: readonly Role[] = ["opd_contributor", "region_viewer"];

/** A role with its scope, as requested in an invitation or a role assignment. */
export const MembershipInput = z
  .object({
    role: Role,
    regionCode: RegionCode.nullish(),
    opdId: z.number().int().positive().nullish(),
    cohortId: z.number().int().positive().nullish(),
  })
  .superRefine((m, ctx) => {
    const scope = ROLE_SCOPE[m.role];
    const need = (field: "regionCode" | "opdId", ok: boolean, message: string) => {
      if (!ok) ctx.addIssue({ code: "custom", path: [field], message });
    };
    if (scope === "region" || scope === "opd")
      need("regionCode", Boolean(m.regionCode), "Pilih wilayah untuk peran ini");
    if (scope === "opd") need("opdId", Boolean(m.opdId), "Pilih OPD untuk peran kontributor OPD");
    if (scope === "cohort" && !m.cohortId) {
      ctx.addIssue({ code: "custom", path: ["cohortId"], message: "Pilih angkatan yang dinilai asesor ini" });
    }
    if (scope === "national" && (m.regionCode || m.opdId || m.cohortId)) {
      ctx.addIssue({ code: "custom", path: ["role"], message: "Admin nasional tidak dibatasi wilayah" });
    }
    if (scope === "region" && m.opdId) {
      ctx.addIssue({
        code: "custom",
        path: ["opdId"],
        message: "Peran ini berlaku untuk seluruh wilayah, bukan satu OPD",
      });
    }
  });
export type MembershipInput = z.infer<typeof MembershipInput>;

/** A membership as the actor carries it. */
export type Membership = {
  id: number;
  role: Role;
  regionCode: string | null;
  opdId: number | null;
  cohortId: number | null;
};

/** The signed-in person with every membership; `null` actor means the public. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  memberships: Membership[];
};

/** Whether the actor holds a role, optionally within a region (a national admin holds none implicitly). */
export function hasRole(actor: Actor | null, role: Role, regionCode?: string): boolean {
  return Boolean(
    actor?.memberships.some((m) => m.role === role && (regionCode === undefined || m.regionCode === regionCode)),
  );
}

export const isNationalAdmin = (actor: Actor | null) => hasRole(actor, "national_admin");

/** Any membership in the region: coordinator, OPD contributor, viewer or mentor. */
export function inRegion(actor: Actor | null, regionCode: string): boolean {
  return Boolean(actor?.memberships.some((m) => m.regionCode === regionCode));
}

/** Regions whose workspace the actor can see; `"all"` for the national admin. */
export function visibleRegions(actor: Actor | null): "all" | string[] {
  if (!actor) return [];
  if (isNationalAdmin(actor)) return "all";
  return [...new Set(actor.memberships.map((m) => m.regionCode).filter((c): c is string => c !== null))];
}

/** An assessor assigned to the cohort. */
export function isAssessorOf(actor: Actor | null, cohortId: number): boolean {
  return Boolean(actor?.memberships.some((m) => m.role === "assessor" && m.cohortId === cohortId));
}

/** A mentor (tenaga ahli) assigned to the region. */
export const isMentorOf = (actor: Actor | null, regionCode: string) => hasRole(actor, "mentor", regionCode);

/** Cohorts the actor assesses. */
export function assessedCohorts(actor: Actor | null): number[] {
  return (actor?.memberships ?? [])
    .filter((m) => m.role === "assessor" && m.cohortId !== null)
    .map((m) => m.cohortId as number);
}
