import type { Mail } from "./mailer";

const signature = "\n\nSalam,\nKota Cerdas — Gerakan Menuju Smart City";
const notice =
  "\n\nAlamat e-mail Anda hanya dipakai untuk memberi kabar tentang masukan ini, tidak pernah ditampilkan, dan dihapus otomatis setelah masa simpan berakhir.";

/** To the sender: their feedback arrived, with the private link to follow it (the only copy of the token). */
export function feedbackReceivedMail(p: { to: string; regionName: string; subject: string; link: string }): Mail {
  return {
    to: p.to,
    kind: "feedback",
    subject: `Masukan Anda untuk ${p.regionName} telah diterima`,
    text: `Terima kasih. Masukan Anda tentang "${p.subject}" telah diterima dan menunggu moderasi oleh ${p.regionName}.\n\nIkuti statusnya melalui tautan pribadi berikut (jangan dibagikan):\n\n${p.link}${notice}${signature}`,
  };
}

/** To the sender: the region has replied. */
export function feedbackRepliedMail(p: { to: string; regionName: string; subject: string; reply: string }): Mail {
  return {
    to: p.to,
    kind: "feedback",
    subject: `${p.regionName} menjawab masukan Anda`,
    text: `${p.regionName} menjawab masukan Anda tentang "${p.subject}":\n\n${p.reply}\n\nStatus lengkapnya dapat dilihat melalui tautan pribadi yang kami kirim saat masukan Anda diterima.${notice}${signature}`,
  };
}
