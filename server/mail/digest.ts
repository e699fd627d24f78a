import { jakartaToday } from "../../domain/reporting-calendar";
import { escapeHtml, formatWib, htmlPage, linkTo, type MailLanguage, textFooter } from "./html";
import type { Mail } from "./mailer";
import { kindLabel, type NotificationMailItem } from "./notification-mail";

export type DigestMode = "daily" | "weekly";

/** One notification as a digest lists it: the same fields as its own e-mail shows. */
export type DigestItem = NotificationMailItem;

export type DigestRecipient = { email: string; name: string; language: MailLanguage };

/** The ISO week of a day (YYYY-MM-DD) as "2026-W50": weeks start on Monday, week 1 holds 4 January. */
export function isoWeek(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  d.setUTCDate(d.getUTCDate() - weekday + 3); // the Thursday of that week names its year
  const year = d.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((d.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** The digest period a moment falls in, in WIB: "daily:2026-12-08" or "weekly:2026-W50". */
export function digestPeriod(mode: DigestMode, now: Date): string {
  const today = jakartaToday(now);
  return mode === "daily" ? `daily:${today}` : `weekly:${isoWeek(today)}`;
}

const WORDS = {
  id: {
    subject: (mode: DigestMode, n: number) =>
      `Ringkasan ${mode === "daily" ? "harian" : "mingguan"} Kota Cerdas: ${n} pemberitahuan baru`,
    greeting: (name: string) => `Yth. ${name},`,
    intro: (mode: DigestMode, n: number) =>
      `Berikut ${n} pemberitahuan untuk Anda sejak ringkasan ${mode === "daily" ? "harian" : "mingguan"} terakhir:`,
    open: "Buka",
  },
  en: {
    subject: (mode: DigestMode, n: number) => `Kota Cerdas ${mode} digest: ${n} new notification${n === 1 ? "" : "s"}`,
    greeting: (name: string) => `Dear ${name},`,
    intro: (mode: DigestMode, n: number) =>
      `Here ${n === 1 ? "is 1 notification" : `are ${n} notifications`} for you since the last ${mode} digest:`,
    open: "Open",
  },
};

/**
 * One e-mail listing every item, in the person's language, as plain text and as HTML (every
 * title, body and name escaped), each item with its link to the place of action.
 */
export function digestMail(p: {
  recipient: DigestRecipient;
  items: DigestItem[];
  mode: DigestMode;
  publicUrl: string;
}): Mail {
  const lang = p.recipient.language;
  const w = WORDS[lang];
  const n = p.items.length;
  const entries = p.items.map((item) => ({
    label: kindLabel(item.kind, lang),
    title: lang === "en" ? item.titleEn : item.titleId,
    body: lang === "en" ? item.bodyEn : item.bodyId,
    link: linkTo(p.publicUrl, item.href),
    at: formatWib(item.createdAt, lang),
  }));
  const subject = w.subject(p.mode, n);

  const text = [
    w.greeting(p.recipient.name),
    "",
    w.intro(p.mode, n),
    "",
    ...entries.flatMap((e, i) => [
      `${i + 1}. ${e.title}`,
      `   ${e.label} · ${e.at}`,
      ...(e.body ? [`   ${e.body.replace(/\n/g, "\n   ")}`] : []),
      `   ${e.link}`,
      "",
    ]),
    textFooter(p.publicUrl, lang),
  ].join("\n");

  const list = entries
    .map(
      (e) => `<li style="margin-bottom:16px">
<a href="${escapeHtml(e.link)}" style="font-weight:bold;color:#0b5cad">${escapeHtml(e.title)}</a><br>
<span style="font-size:12px;color:#6b7280">${escapeHtml(e.label)} · ${escapeHtml(e.at)}</span>
${e.body ? `<br><span>${escapeHtml(e.body).replace(/\n/g, "<br>")}</span>` : ""}
<br><a href="${escapeHtml(e.link)}" style="font-size:13px">${w.open} →</a></li>`,
    )
    .join("\n");
  const bodyHtml = `<p>${escapeHtml(w.greeting(p.recipient.name))}</p>
<p>${escapeHtml(w.intro(p.mode, n))}</p>
<ol style="padding-left:20px">
${list}
</ol>`;
  return {
    to: p.recipient.email,
    kind: "digest",
    subject,
    text,
    html: htmlPage({ language: lang, title: subject, bodyHtml, publicUrl: p.publicUrl }),
  };
}
