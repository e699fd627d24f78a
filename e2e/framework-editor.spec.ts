import { mkdir } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { frameworkDefOf, getFramework } from "../server/services/frameworks/get-framework";
import { makeUser, TEST_PASSWORD } from "../server/testing/factories";
import { browserAvailable } from "./support/browser";
import { setupJourney } from "./support/journey";

const WAIT = { timeout: 30_000 };
const MOBILITY = [
  { code: "mobility.transportasi-publik", nameId: "Transportasi Publik", nameEn: "Public Transport", tag: "Transport" },
  { code: "mobility.lalu-lintas", nameId: "Manajemen Lalu Lintas", nameEn: "Traffic Management", tag: "Traffic" },
  { code: "mobility.mobilitas-aktif", nameId: "Mobilitas Aktif", nameEn: "Active Mobility", tag: "Active" },
];

describe.runIf(browserAvailable())("Framework editor journey", () => {
  const j = setupJourney();

  const label = (page: Page, text: string) => page.getByLabel(text, { exact: true });

  it("the program office copies Kominfo 2017, turns Smart Branding into Mobilitas Cerdas, publishes it and starts a cohort on it", {
    timeout: 180_000,
  }, async () => {
    const admin = await makeUser(j.app(), { role: "national_admin" });
    const page = j.page();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(j.url("/masuk"));
    await page.getByLabel("E-mail").fill(admin.email);
    await page.getByLabel("Kata sandi", { exact: true }).fill(TEST_PASSWORD);
    await page.getByTestId("sign-in-submit").click();
    await page.getByTestId("user-menu").waitFor(WAIT);

    // Kerangka shows the default framework, published, with the admin's actions.
    await page.goto(j.url("/kerangka"));
    await page.getByTestId("framework-copy").waitFor(WAIT);
    expect(await page.getByTestId("framework-status").textContent()).toBe("Terbit");

    // Copy it under a new code, version and name: the copy opens as a draft in the editor.
    await page.getByTestId("framework-copy").click();
    await label(page, "Kode kerangka baru").fill("gmsc-2026");
    await label(page, "Versi").fill("2026");
    await label(page, "Nama kerangka baru").fill("GMSC 2026");
    await page.getByTestId("framework-copy-submit").click();
    await page.getByTestId("framework-editor").waitFor(WAIT);
    expect(await page.getByTestId("framework-status").textContent()).toBe("Draf");
    const id = Number(new URL(page.url()).searchParams.get("id"));
    expect(id).toBeGreaterThan(0);
    expect(await label(page, "Nama kerangka").inputValue()).toBe("GMSC 2026");

    // Smart Branding is the second dimension; its new code carries its elements along.
    expect(await label(page, "Kode dimensi 2").inputValue()).toBe("branding");
    await label(page, "Kode dimensi 2").fill("mobility");
    expect(await label(page, "Kode elemen 1 dimensi 2").inputValue()).toBe("mobility.pariwisata");
    await label(page, "Nama Indonesia dimensi 2").fill("Mobilitas Cerdas");
    await label(page, "Nama Inggris dimensi 2").fill("Smart Mobility");
    await label(page, "Deskripsi Indonesia dimensi 2").fill(
      "Perpindahan orang dan barang yang aman, efisien dan terjangkau.",
    );
    await label(page, "Deskripsi Inggris dimensi 2").fill(
      "Safe, efficient and affordable movement of people and goods.",
    );
    for (const [i, el] of MOBILITY.entries()) {
      const e = i + 1;
      await label(page, `Kode elemen ${e} dimensi 2`).fill(el.code);
      await label(page, `Nama Indonesia elemen ${e} dimensi 2`).fill(el.nameId);
      await label(page, `Nama Inggris elemen ${e} dimensi 2`).fill(el.nameEn);
      await label(page, `Label evaluasi elemen ${e} dimensi 2`).fill(el.tag);
    }

    // The copy keeps Kominfo 2017's council, team and forum; the 2026 program also asks for a task force.
    expect(await page.getByTestId("governance-row").count()).toBe(3);
    await page.getByTestId("governance-add").click();
    await label(page, "Wajib (badan 4)").check();

    // A code without its dimension's prefix is marked at the field, and nothing typed is lost.
    await label(page, "Kode elemen 3 dimensi 2").fill("branding.mobilitas-aktif");
    await page.getByTestId("framework-save").click();
    await page.getByTestId("framework-invalid").waitFor(WAIT);
    const codeField = label(page, "Kode elemen 3 dimensi 2");
    expect(await codeField.getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByText("elemen branding.mobilitas-aktif tidak berawalan mobility.").count()).toBe(1);
    expect(await label(page, "Nama Indonesia dimensi 2").inputValue()).toBe("Mobilitas Cerdas");
    // The focus went to the marked field, so a keyboard user lands where the fix is.
    expect(await codeField.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.screenshot({ path: await artifact("framework-editor-desktop") });
    await page.setViewportSize({ width: 390, height: 844 });
    await codeField.scrollIntoViewIfNeeded();
    await page.screenshot({ path: await artifact("framework-editor-phone") });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: await artifact("framework-editor-phone-top") });
    await page.setViewportSize({ width: 1440, height: 900 });
    await codeField.fill("mobility.mobilitas-aktif");

    await page.getByTestId("framework-save").click();
    await page.getByText("Kerangka disimpan.").waitFor(WAIT);
    const headers = await cookieOf(page);
    const saved = (await j.app().inject({ method: "GET", url: `/api/frameworks/${id}`, headers })).json().data;
    const mobility = saved.dimensions.find((d: { code: string }) => d.code === "mobility");
    expect(mobility.nameId).toBe("Mobilitas Cerdas");
    expect(mobility.order).toBe(2);
    expect(mobility.elements.map((e: { code: string }) => e.code)).toEqual(MOBILITY.map((e) => e.code));
    expect(saved.dimensions.some((d: { code: string }) => d.code === "branding")).toBe(false);
    expect(saved.governanceBodies).toContainEqual({
      kind: "satgas",
      nameId: "Satuan Tugas Kota Cerdas",
      nameEn: "Smart City Task Force",
      required: true,
    });

    await page.getByTestId("deliverable-row").first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: await artifact("framework-editor-stages") });

    // Someone else saves meanwhile: the next save is refused in plain Indonesian and keeps what was typed.
    const theirs = frameworkDefOf(await getFramework(j.app().database.db, id));
    const other = await j.app().inject({
      method: "PATCH",
      url: `/api/frameworks/${id}`,
      headers,
      payload: { ...theirs, name: "GMSC 2026 (rancangan)", revision: saved.revision },
    });
    expect(other.statusCode).toBe(200);
    await label(page, "Deskripsi (Indonesia)").fill("Kerangka GMSC 2026 dengan Mobilitas Cerdas.");
    await page.getByTestId("framework-save").click();
    await page.getByTestId("framework-conflict").waitFor(WAIT);
    expect(await page.getByTestId("framework-conflict").textContent()).toContain(
      "Orang lain telah mengubah kerangka ini",
    );
    expect(await label(page, "Deskripsi (Indonesia)").inputValue()).toBe("Kerangka GMSC 2026 dengan Mobilitas Cerdas.");
    await page.getByRole("button", { name: "Muat ulang versi terbaru" }).click();
    await page.getByTestId("framework-conflict").waitFor({ state: "detached", ...WAIT });
    expect(await label(page, "Nama kerangka").inputValue()).toBe("GMSC 2026 (rancangan)");
    await label(page, "Nama kerangka").fill("GMSC 2026");
    await page.getByTestId("framework-save").click();
    await page.getByText("Kerangka disimpan.").waitFor(WAIT);

    // Publish, with a confirmation.
    await page.getByTestId("framework-publish").click();
    await page.getByTestId("framework-publish-confirm").click();
    await page.getByText("Kerangka GMSC 2026 diterbitkan.").waitFor(WAIT);
    expect(await page.getByTestId("framework-status").textContent()).toBe("Terbit");

    // The cohort form offers published frameworks only: the new one, not the 2026 draft regulation.
    await page.goto(j.url("/angkatan"));
    await page.getByTestId("cohort-create-open").click();
    await label(page, "Tahun").fill("2026");
    await label(page, "Nama angkatan").fill("Gerakan Menuju Kota Cerdas 2026");
    await label(page, "Kuota").fill("5");
    await label(page, "Kerangka").click();
    const options = await page.getByRole("option").allTextContents();
    expect(options).toEqual(expect.arrayContaining(["Kominfo 2017 (2017)", "GMSC 2026 (2026)"]));
    expect(options.some((o) => o.includes("draf"))).toBe(false);
    await page.getByRole("option", { name: "GMSC 2026 (2026)" }).click();
    await page.getByTestId("cohort-create-submit").click();
    await page.getByTestId("cohort-title").waitFor(WAIT);
    await expectText(page, "cohort-framework-name", "GMSC 2026 (2026)");
  });
});

/** Where a screenshot of the viewport (as a person sees it) is kept, beside the failure screenshots. */
async function artifact(name: string): Promise<string> {
  const dir = path.resolve("e2e/artifacts");
  await mkdir(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}

async function cookieOf(page: Page): Promise<Record<string, string>> {
  const cookies = await page.context().cookies();
  return { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") };
}

async function expectText(page: Page, testId: string, text: string) {
  await page.getByTestId(testId).filter({ hasText: text }).waitFor(WAIT);
  expect(await page.getByTestId(testId).textContent()).toBe(text);
}
