import { z } from "zod";
import { PageQuery } from "./pagination";
import { RegionCode } from "./regions";

/** Filters of the audit trail. */
export const AuditQuery = PageQuery.extend({
  region: RegionCode.optional().describe("Kode wilayah"),
  actor: z.string().max(200).optional().describe("ID atau e-mail pelaku"),
  entityType: z.string().max(50).optional().describe("Jenis objek, mis. opd, user, invitation"),
  action: z.string().max(80).optional(),
  from: z.iso.date("Tanggal harus berbentuk YYYY-MM-DD").optional().describe("Dari tanggal (YYYY-MM-DD)"),
  to: z.iso.date("Tanggal harus berbentuk YYYY-MM-DD").optional().describe("Sampai dengan tanggal (YYYY-MM-DD)"),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEventOut = z.object({
  id: z.number().int(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  actorRoles: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  regionCode: z.string().nullable(),
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
});
export type AuditEventOut = z.infer<typeof AuditEventOut>;

/** Descriptions of audit actions, for people reading the trail. */
export const AUDIT_ACTIONS: Record<string, { id: string; en: string }> = {
  "opd.created": { id: "OPD ditambahkan", en: "OPD added" },
  "opd.updated": { id: "OPD diubah", en: "OPD changed" },
  "invitation.created": { id: "Undangan dikirim", en: "Invitation sent" },
  "invitation.accepted": { id: "Undangan diterima", en: "Invitation accepted" },
  "invitation.revoked": { id: "Undangan dibatalkan", en: "Invitation revoked" },
  "invitation.setup_link_issued": { id: "Tautan penyiapan admin dibuat", en: "Admin set-up link issued" },
  "membership.granted": { id: "Peran diberikan", en: "Role granted" },
  "membership.revoked": { id: "Peran dicabut", en: "Role revoked" },
  "user.activated": { id: "Akun diaktifkan", en: "Account activated" },
  "user.deactivated": { id: "Akun dinonaktifkan", en: "Account deactivated" },
  "user.profile_updated": { id: "Profil diubah", en: "Profile changed" },
  "user.first_admin_created": { id: "Admin nasional pertama dibuat", en: "First national admin created" },
  "auth.signed_in": { id: "Masuk", en: "Signed in" },
  "auth.sign_in_failed": { id: "Gagal masuk", en: "Failed sign-in" },
  "auth.signed_out": { id: "Keluar", en: "Signed out" },
  "auth.password_changed": { id: "Kata sandi diganti", en: "Password changed" },
  "auth.password_reset_requested": { id: "Atur ulang kata sandi diminta", en: "Password reset requested" },
  "auth.password_reset": { id: "Kata sandi diatur ulang", en: "Password reset" },
  "stage.updated": { id: "Jadwal tahap Bimtek diubah", en: "Bimtek stage schedule changed" },
  "stage.attendance_recorded": { id: "Kehadiran OPD pada tahap Bimtek dicatat", en: "Bimtek attendance recorded" },
  "stage.closed": { id: "Tahap Bimtek ditutup", en: "Bimtek stage closed" },
  "deliverable.updated": { id: "Keluaran diubah", en: "Deliverable changed" },
  "deliverable.file_attached": { id: "Berkas keluaran diunggah", en: "Deliverable file uploaded" },
  "deliverable.submitted": { id: "Keluaran diajukan", en: "Deliverable submitted" },
  "deliverable.revision_requested": { id: "Revisi keluaran diminta", en: "Deliverable revision requested" },
  "deliverable.approved": { id: "Keluaran disetujui", en: "Deliverable approved" },
  "deliverable.reopened": { id: "Persetujuan keluaran dibuka kembali", en: "Deliverable approval reopened" },
  "mou.recorded": { id: "Nota Kesepakatan dicatat", en: "Memorandum recorded" },
  "mou.scan_attached": { id: "Pindaian Nota Kesepakatan diunggah", en: "Memorandum scan uploaded" },
};
