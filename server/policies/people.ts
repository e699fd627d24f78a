import { hasRole, isNationalAdmin, REGION_GRANTABLE_ROLES, type Role } from "../../domain/roles";
import { definePolicy } from "./policy";

type Grant = { role: Role; regionCode: string | null };

/** Who may hand out or take back a role in a scope. */
export const membershipPolicy = definePolicy("membership", {
  grant: (actor, g: Grant) =>
    isNationalAdmin(actor) ||
    (g.regionCode !== null &&
      hasRole(actor, "region_coordinator", g.regionCode) &&
      REGION_GRANTABLE_ROLES.includes(g.role)),
  revoke: (actor, g: Grant) =>
    isNationalAdmin(actor) ||
    (g.regionCode !== null &&
      hasRole(actor, "region_coordinator", g.regionCode) &&
      REGION_GRANTABLE_ROLES.includes(g.role)),
});

/** Who may list people and invitations: everyone for the national admin, one region for its coordinator. */
export const directoryPolicy = definePolicy("directory", {
  list: (actor, r: { regionCode: string | null }) =>
    isNationalAdmin(actor) || (r.regionCode !== null && hasRole(actor, "region_coordinator", r.regionCode)),
});

/** Who may switch accounts off and on. */
export const userPolicy = definePolicy("user", {
  deactivate: (actor, u: { id: string; active: boolean }) =>
    isNationalAdmin(actor) && actor.userId !== u.id && u.active,
  activate: (actor, u: { id: string; active: boolean }) => isNationalAdmin(actor) && !u.active,
});

/** The audit trail: everything for the national admin, one region for its coordinator. */
export const auditPolicy = definePolicy("audit", {
  list: (actor, r: { regionCode: string | null }) =>
    isNationalAdmin(actor) || (r.regionCode !== null && hasRole(actor, "region_coordinator", r.regionCode)),
});

/** The e-mail outbox holds live links: the national admin only. */
export const outboxPolicy = definePolicy("outbox", {
  read: (actor, _r: null) => isNationalAdmin(actor),
});
