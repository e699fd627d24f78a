import { z } from "zod";
import { MembershipInput, Role } from "./roles";

/** Passwords: at least 10 characters, at most 128 (hashing cost stays bounded). */
export const Password = z
  .string()
  .min(10, "Kata sandi minimal 10 karakter")
  .max(128, "Kata sandi maksimal 128 karakter");
export const Email = z
  .email("Alamat e-mail tidak valid")
  .max(254)
  .transform((e) => e.toLowerCase());
export const PersonName = z.string().trim().min(2, "Nama minimal 2 huruf").max(120, "Nama maksimal 120 huruf");
export const Language = z.enum(["id", "en"]);

/** Body of inviting someone to a role. */
export const InvitationCreate = z.object({ email: Email, name: PersonName.optional() }).and(MembershipInput);
export type InvitationCreate = z.infer<typeof InvitationCreate>;

/** Body of accepting an invitation; the e-mail is asked only by the first admin's set-up link. */
export const InvitationAccept = z.object({
  name: PersonName,
  password: Password,
  email: Email.optional(),
});
export type InvitationAccept = z.infer<typeof InvitationAccept>;

/** Body of the profile form. */
export const ProfileUpdate = z.object({ name: PersonName.optional(), language: Language.optional() });
export type ProfileUpdate = z.infer<typeof ProfileUpdate>;

export const MembershipOut = z.object({
  id: z.number().int(),
  role: Role,
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  opdId: z.number().int().nullable(),
  opdName: z.string().nullable(),
  cohortId: z.number().int().nullable(),
  can: z.object({ revoke: z.boolean() }),
});

export const UserOut = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  language: Language,
  active: z.boolean(),
  createdAt: z.string(),
  memberships: z.array(MembershipOut),
  can: z.object({ deactivate: z.boolean(), activate: z.boolean() }),
});
export type UserOut = z.infer<typeof UserOut>;

export const InvitationOut = z.object({
  id: z.number().int(),
  email: z.string().nullable(),
  name: z.string().nullable(),
  role: Role,
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  opdId: z.number().int().nullable(),
  status: z.enum(["pending", "accepted", "revoked", "expired"]),
  createdAt: z.string(),
  expiresAt: z.string(),
  can: z.object({ revoke: z.boolean() }),
});
export type InvitationOut = z.infer<typeof InvitationOut>;

/** Status of an invitation at a moment. */
export function invitationStatus(
  i: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationOut["status"] {
  if (i.acceptedAt) return "accepted";
  if (i.revokedAt) return "revoked";
  return i.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}

/** What the accept page shows before a password is set. */
export const InvitationPreview = z.object({
  email: z.string().nullable(),
  name: z.string().nullable(),
  role: Role,
  scope: z.string().nullable(),
  isSetup: z.boolean(),
  expiresAt: z.string(),
});
