export type MailLanguage = "id" | "en";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe inside HTML elements and quoted attributes: titles and names are typed by people. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** The platform link of a web path ("/kandidat/7?tab=bimtek"), under the public URL. */
export function linkTo(publicUrl: string, href: string): string {
  return `${publicUrl.replace(/\/+$/, "")}${href.startsWith("/") ? href : `/${href}`}`;
}

// Built once: a formatter costs far more to make than to use, and a digest formats thousands of dates.
const WIB = {
  id: new Intl.DateTimeFormat("id-ID", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" }),
  en: new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Jakarta" }),
};

/** A moment as people in Indonesia read it, e.g. "8 Des 2026, 14.05 WIB". */
export function formatWib(at: Date, language: MailLanguage): string {
  return `${WIB[language].format(at)} WIB`;
}

const FOOTER = {
  id: (settings: string) =>
    `Anda menerima e-mail ini sesuai pengaturan pemberitahuan Anda. Ubah di ${settings}\n\nSalam,\nKota Cerdas — Gerakan Menuju Smart City`,
  en: (settings: string) =>
    `You receive this e-mail because of your notification settings. Change them at ${settings}\n\nRegards,\nKota Cerdas — Smart City Movement`,
};

/** The closing lines of every notification e-mail, with where to change what arrives. */
export function textFooter(publicUrl: string, language: MailLanguage): string {
  return FOOTER[language](linkTo(publicUrl, "/notifikasi/pengaturan"));
}

/**
 * A plain, inline-styled page: mail programs drop <style> blocks and external sheets. `bodyHtml`
 * must already be escaped; everything else is escaped here.
 */
export function htmlPage(p: { language: MailLanguage; title: string; bodyHtml: string; publicUrl: string }): string {
  const settings = linkTo(p.publicUrl, "/notifikasi/pengaturan");
  const footer =
    p.language === "en"
      ? `You receive this e-mail because of your <a href="${escapeHtml(settings)}">notification settings</a>.`
      : `Anda menerima e-mail ini sesuai <a href="${escapeHtml(settings)}">pengaturan pemberitahuan</a> Anda.`;
  return `<!doctype html>
<html lang="${p.language}"><head><meta charset="utf-8"><title>${escapeHtml(p.title)}</title></head>
<body style="margin:0;padding:24px;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;color:#1f2933">
<div style="max-width:640px;margin:0 auto;background:#ffffff;padding:24px;border-radius:6px">
${p.bodyHtml}
<p style="margin-top:32px;font-size:12px;color:#6b7280">${footer}<br>Kota Cerdas — ${p.language === "en" ? "Smart City Movement" : "Gerakan Menuju Smart City"}</p>
</div></body></html>`;
}
