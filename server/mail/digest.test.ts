import { describe, expect, it } from "vitest";
import { type DigestItem, digestMail, digestPeriod, isoWeek } from "./digest";
import { notificationMail } from "./notification-mail";

const publicUrl = "https://kotacerdas.uji.go.id";
const items: DigestItem[] = [
  {
    kind: "deliverable.returned",
    titleId: "Keluaran Tahap 2 dikembalikan",
    titleEn: "Stage 2 deliverable returned",
    bodyId: "Lengkapi <script>alert(1)</script> & unggah ulang",
    bodyEn: "Complete & upload again",
    href: "/kandidat/7?tab=bimtek#keluaran-12",
    createdAt: new Date("2026-12-07T03:15:00Z"),
  },
  {
    kind: "deadline.approaching",
    titleId: "Tenggat 7 hari lagi: Tahap 3 Bimtek Kota Banjar (15 Desember 2026)",
    titleEn: "Due in 7 days: Bimtek stage 3, Kota Banjar (15 December 2026)",
    bodyId: "",
    bodyEn: "",
    href: "/kandidat/7?tab=bimtek#tahap-3",
    createdAt: new Date("2026-12-07T23:00:00Z"),
  },
  {
    kind: "comment.replied",
    titleId: 'Balasan dari "Budi" <budi@contoh.go.id>',
    titleEn: 'Reply from "Budi" <budi@contoh.go.id>',
    bodyId: "Sudah saya perbaiki.",
    bodyEn: "Fixed it.",
    href: "/masterplan/3?tab=program",
    createdAt: new Date("2026-12-08T00:05:00Z"),
  },
];

describe("digestMail", () => {
  it("lists every item in one Indonesian mail with its link to the place of action", () => {
    const mail = digestMail({
      recipient: { email: "rina@banjarkota.go.id", name: "Rina <Koordinator>", language: "id" },
      items,
      mode: "daily",
      publicUrl,
    });
    expect(mail).toMatchObject({ to: "rina@banjarkota.go.id", kind: "digest" });
    expect(mail.subject).toBe("Ringkasan harian Kota Cerdas: 3 pemberitahuan baru");
    expect(mail.text).toContain("Yth. Rina <Koordinator>,");
    expect(mail.text).toContain("1. Keluaran Tahap 2 dikembalikan");
    expect(mail.text).toContain("Keluaran Bimtek dikembalikan untuk revisi · 7 Des 2026");
    expect(mail.text).toContain(`${publicUrl}/kandidat/7?tab=bimtek#tahap-3`);
    expect(mail.text).toContain("3. Balasan dari");
    expect(mail.text).toContain(`${publicUrl}/notifikasi/pengaturan`);
    for (const item of items) expect(mail.html).toContain(item.href.replace(/&/g, "&amp;"));
  });

  it("escapes everything people typed in the HTML version", () => {
    const html =
      digestMail({
        recipient: { email: "a@contoh.go.id", name: "Rina <Koordinator>", language: "id" },
        items,
        mode: "daily",
        publicUrl,
      }).html ?? "";
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; unggah ulang");
    expect(html).toContain("Yth. Rina &lt;Koordinator&gt;,");
    expect(html).toContain("Balasan dari &quot;Budi&quot; &lt;budi@contoh.go.id&gt;");
    expect(html).toContain('lang="id"');
  });

  it("writes in English for people whose language is en", () => {
    const mail = digestMail({
      recipient: { email: "ana@contoh.go.id", name: "Ana", language: "en" },
      items: items.slice(0, 1),
      mode: "weekly",
      publicUrl,
    });
    expect(mail.subject).toBe("Kota Cerdas weekly digest: 1 new notification");
    expect(mail.text).toContain("Dear Ana,");
    expect(mail.text).toContain("Stage 2 deliverable returned");
    expect(mail.text).toContain("Complete & upload again");
    expect(mail.text).not.toContain("dikembalikan");
    expect(mail.html).toContain("Complete &amp; upload again");
  });
});

describe("notificationMail", () => {
  it("mails one notification with its title as subject and a link, escaped in HTML", () => {
    const mail = notificationMail({
      recipient: { email: "rina@banjarkota.go.id", name: "Rina", language: "id" },
      item: items[0] as DigestItem,
      publicUrl,
    });
    expect(mail).toMatchObject({ kind: "notification", subject: "[Kota Cerdas] Keluaran Tahap 2 dikembalikan" });
    expect(mail.text).toContain(`Buka di Kota Cerdas: ${publicUrl}/kandidat/7?tab=bimtek#keluaran-12`);
    expect(mail.html).toContain("&lt;script&gt;");
    expect(mail.html).not.toContain("<script>");
  });
});

describe("digest periods", () => {
  it("names the day and the ISO week in WIB", () => {
    expect(digestPeriod("daily", new Date("2026-12-08T00:00:00Z"))).toBe("daily:2026-12-08");
    // 01:00 WIB on the 8th is still the evening of the 7th in UTC.
    expect(digestPeriod("daily", new Date("2026-12-07T18:00:00Z"))).toBe("daily:2026-12-08");
    expect(digestPeriod("weekly", new Date("2026-12-07T00:00:00Z"))).toBe("weekly:2026-W50");
  });

  it.each([
    ["2026-01-01", "2026-W01"],
    ["2026-12-08", "2026-W50"],
    ["2027-01-01", "2026-W53"],
    ["2024-12-30", "2025-W01"],
    ["2021-01-03", "2020-W53"],
  ])("%s is in %s", (day, week) => {
    expect(isoWeek(day)).toBe(week);
  });
});
