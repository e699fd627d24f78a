import { type InvitationOut, invitationStatus, type UserOut } from "../../domain/people";
import { displayRegionName, type RegionType } from "../../domain/regions";
import type { Actor } from "../../domain/roles";
import type { invitation } from "../db/schema/index";
import { membershipPolicy, userPolicy } from "../policies/people";
import type { UserWithMemberships } from "../services/people/list-users";

const regionLabel = (name: string | null, type: RegionType | null) =>
  name && type ? displayRegionName({ name, type }) : name;

export function presentUser(actor: Actor | null, u: UserWithMemberships): UserOut {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    language: u.language,
    active: u.active,
    createdAt: u.createdAt.toISOString(),
    memberships: u.memberships.map((m) => ({
      id: m.id,
      role: m.role,
      regionCode: m.regionCode,
      regionName: regionLabel(m.regionName, m.regionType),
      opdId: m.opdId,
      opdName: m.opdName,
      cohortId: m.cohortId,
      can: { revoke: membershipPolicy.can(actor, "revoke", m) },
    })),
    can: userPolicy.abilities(actor, u),
  };
}

type InvitationRow = typeof invitation.$inferSelect;

export function presentInvitation(
  actor: Actor | null,
  r: { invitation: InvitationRow; regionName: string | null; regionType: RegionType | null },
): InvitationOut {
  const i = r.invitation;
  const status = invitationStatus(i, new Date());
  return {
    id: i.id,
    email: i.email,
    name: i.name,
    role: i.role,
    regionCode: i.regionCode,
    regionName: regionLabel(r.regionName, r.regionType),
    opdId: i.opdId,
    status,
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
    can: { revoke: status === "pending" && membershipPolicy.can(actor, "revoke", i) },
  };
}
