import { NOTIFICATION_KIND_LABELS, type NotificationKind } from "../../domain/notifications";
import { escapeHtml, formatWib, htmlPage, linkTo, type MailLanguage, textFooter } from "./html";
import type { Mail } from "./mailer";

/** The kind's label in a language; an unknown kind (written by a newer version) shows as itself. */
export function kindLabel(kind: string, language: MailLanguage): string {
  const label = NOTIFICATION_KIND_LABELS[kind as NotificationKind];
  return label ? label[language] : kind;
}

/** A notification as its own e-mail shows it. */
export type NotificationMailItem = {
  kind: string;
  titleId: string;
  titleEn: string;
  bodyId: string;
  bodyEn: string;
  href: string;
  createdAt: Date;
};

const WORDS = {
  id: { greeting: (name: string) => `Yth. ${name},`, open: "Buka di Kota Cerdas" },
  en: { greeting: (name: string) => `Dear ${name},`, open: "Open in Kota Cerdas" },
};

/**
 * The e-mail of one notification for someone who chose to hear at once: its title as the subject,
 * the body, and the link to where they act on it; plain text and HTML (everything escaped).
 */
export function notificationMail(p: {
  recipient: { email: string; name: string; language: MailLanguage };
  item: NotificationMailItem;
  publicUrl: string;
}): Mail {
  const lang = p.recipient.language;
  const w = WORDS[lang];
  const title = lang === "en" ? p.item.titleEn : p.item.titleId;
  const body = lang === "en" ? p.item.bodyEn : p.item.bodyId;
  const label = kindLabel(p.item.kind, lang);
  const at = formatWib(p.item.createdAt, lang);
  const link = linkTo(p.publicUrl, p.item.href);
  const subject = `[Kota Cerdas] ${title}`;
  const text = [
    w.greeting(p.recipient.name),
    "",
    title,
    `${label} · ${at}`,
    ...(body ? ["", body] : []),
    "",
    `${w.open}: ${link}`,
    "",
    textFooter(p.publicUrl, lang),
  ].join("\n");
  const bodyHtml = `<p>${escapeHtml(w.greeting(p.recipient.name))}</p>
<h2 style="font-size:18px;margin:16px 0 4px">${escapeHtml(title)}</h2>
<p style="margin:0;font-size:12px;color:#6b7280">${escapeHtml(label)} · ${escapeHtml(at)}</p>
${body ? `<p>${escapeHtml(body).replace(/\n/g, "<br>")}</p>` : ""}
<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:10px 16px;background:#0b5cad;color:#ffffff;text-decoration:none;border-radius:4px">${w.open}</a></p>`;
  return {
    to: p.recipient.email,
    kind: "notification",
    subject,
    text,
    html: htmlPage({ language: lang, title: subject, bodyHtml, publicUrl: p.publicUrl }),
  };
}
