import { ROLE_LABELS, type Role } from "../../domain/roles";
import type { Mail } from "./mailer";

const signature = "\n\nSalam,\nKota Cerdas — Gerakan Menuju Smart City";

/** The e-mail with a link to set a new password. */
export function passwordResetMail(p: { to: string; name: string; publicUrl: string; token: string }): Mail {
  const link = `${p.publicUrl}/atur-ulang-sandi?token=${encodeURIComponent(p.token)}`;
  return {
    to: p.to,
    kind: "password_reset",
    subject: "Atur ulang kata sandi Kota Cerdas",
    text: `Yth. ${p.name},\n\nKami menerima permintaan untuk mengatur ulang kata sandi akun Anda. Buka tautan berikut dalam 1 jam untuk membuat kata sandi baru:\n\n${link}\n\nJika Anda tidak memintanya, abaikan e-mail ini; kata sandi Anda tidak berubah.${signature}`,
  };
}

/** The e-mail inviting someone to a role, with the link to set their password. */
export function invitationMail(p: {
  to: string;
  name: string | null;
  role: Role;
  scope: string | null;
  inviter: string;
  link: string;
  expiresDays: number;
}): Mail {
  const role = ROLE_LABELS[p.role].id;
  return {
    to: p.to,
    kind: "invitation",
    subject: `Undangan bergabung di Kota Cerdas sebagai ${role}`,
    text: `Yth. ${p.name ?? p.to},\n\n${p.inviter} mengundang Anda ke platform Kota Cerdas sebagai ${role}${p.scope ? ` untuk ${p.scope}` : ""}.\n\nBuka tautan berikut untuk membuat kata sandi dan masuk (berlaku ${p.expiresDays} hari):\n\n${p.link}${signature}`,
  };
}
