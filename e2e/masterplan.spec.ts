import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_PEOPLE } from "../server/demo/people";
import { seedDemo } from "../server/demo/seed-demo";
import { makeOpd } from "../server/testing/factories";
import { browserAvailable } from "./support/browser";
import { setupJourney } from "./support/journey";

// One element per dimension of the default framework, with its name as the form shows it.
const DIMENSIONS = [
  ["governance", "Smart Governance", "governance.pelayanan-publik", "Pelayanan Publik"],
  ["branding", "Smart Branding", "branding.pariwisata", "Ekosistem Pariwisata"],
  ["economy", "Smart Economy", "economy.industri", "Ekosistem Industri yang Berdaya Saing"],
  ["living", "Smart Living", "living.tata-ruang", "Harmonisasi Tata Ruang"],
  ["society", "Smart Society", "society.interaksi-masyarakat", "Interaksi Masyarakat yang Efisien"],
  ["environment", "Smart Environment", "environment.proteksi-lingkungan", "Proteksi Lingkungan"],
] as const;

describe.runIf(browserAvailable())("masterplan journey", () => {
  const j = setupJourney();

  async function signIn(page: Page, email: string) {
    await page.goto(j.url("/masuk"));
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByTestId("sign-in-submit").click();
    await page.getByTestId("user-menu").waitFor();
  }

  async function pick(page: Page, testId: string, option: string | RegExp) {
    await page.getByTestId(testId).last().click();
    await page.getByRole("option", { name: option }).first().click();
  }

  it("the Kota Banjar coordinator builds a complete 2024–2033 plan, resolves the mentor's comment, submits it, and the mentor approves", {
    timeout: 300_000,
  }, async () => {
    // The cohort only: the demo would otherwise enact its own Banjar plan, and this journey builds one.
    await seedDemo(j.app(), () => {}, { steps: [] });
    // Kota Banjar's OPD come with the demo's masterplan step; this journey needs only Diskominfo.
    await makeOpd(j.app(), "32.79", "Diskominfo");
    const page = j.page();
    await page.setViewportSize({ width: 1440, height: 1000 });
    await signIn(page, DEMO_PEOPLE.coordinators[0].email);

    await page.goto(j.url("/wilayah/32.79"));
    await page.getByTestId("masterplan-create-open").click();
    await page.getByTestId("masterplan-create-start").fill("2024");
    await page.getByTestId("masterplan-create-submit").click();
    await page.waitForURL(/\/masterplan\/\d+/);
    const id = new URL(page.url()).pathname.split("/").pop();
    // A new plan is not complete: the checklist says so once it has loaded.
    await page.locator('[data-testid="completeness"][data-ok="false"]').waitFor();

    await page.goto(j.url(`/masterplan/${id}?tab=visi`));
    await page.getByTestId("vision-text").fill("Banjar kota cerdas yang melayani, berbudaya dan lestari");
    await page.getByTestId("missions-add").click();
    await page.getByTestId("mission-text").first().fill("Mewujudkan pelayanan publik digital yang terpadu");
    await page.getByTestId("section-vision-save").click();
    await page.getByTestId("section-vision-saved").waitFor();
    // The Kata Pengantar on the same tab, typed by keyboard into labelled fields.
    await page.getByTestId("foreword-text").fill("Puji syukur, masterplan ini menjadi arah bersama Kota Banjar.");
    await page.getByLabel("Tempat").fill("Banjar");
    await page.getByTestId("foreword-date").fill("2024-09-20");
    await page.getByLabel("Nama penanda tangan").fill("H. Dadang Sudrajat");
    await page.getByLabel("Jabatan penanda tangan").fill("Wali Kota Banjar");
    await page.getByTestId("foreword-signatory-nip").fill("1234");
    await page.getByTestId("section-foreword-save").click();
    // A NIP that is not 18 digits is refused next to its field, and nothing typed is lost.
    await page.getByText("NIP terdiri dari 18 angka").waitFor();
    expect(await page.getByLabel("Nama penanda tangan").inputValue()).toBe("H. Dadang Sudrajat");
    await page.getByTestId("foreword-signatory-nip").fill("");
    await page.getByTestId("section-foreword-save").click();
    await page.getByTestId("section-foreword-saved").waitFor();

    for (const [dim, , element] of DIMENSIONS) {
      await page.goto(j.url(`/masterplan/${id}?tab=dimensi&dimension=${dim}`));
      await page
        .getByTestId(`element-${element}-strategy`)
        .fill(`Arah dan strategi ${dim}: digitalisasi bertahap bersama OPD.`);
      await page.getByTestId(`element-${element}-save`).click();
      await page.getByTestId(`element-${element}-saved`).waitFor();
    }

    await page.goto(j.url(`/masterplan/${id}?tab=program`));
    for (const [i, [, dimensionName, , elementName]] of DIMENSIONS.entries()) {
      await page.getByTestId("program-add-open").click();
      const modal = page.getByTestId("program-form-modal");
      await modal.getByTestId("program-name").fill(`Program ${dimensionName} ${i + 1}`);
      await pick(page, "program-dimension", dimensionName);
      await pick(page, "program-element", elementName);
      await pick(page, "program-owner", /Diskominfo/i);
      await pick(page, "program-start", "2024");
      await pick(page, "program-end", "2028");
      await modal.getByTestId("program-budgets-add").click();
      await modal.getByTestId("budget-amount").last().fill("1250000000");
      await modal.getByTestId("program-submit").click();
      await modal.waitFor({ state: "hidden" });
    }
    // The table refreshes after the last save; wait for it rather than read it once.
    await expect.poll(() => page.getByText("Rp 1.250.000.000").count()).toBeGreaterThanOrEqual(6);

    await page.goto(j.url(`/masterplan/${id}?tab=quick-wins`));
    await page.getByTestId("quick-win-add-open").click();
    await pick(page, "quick-win-program", /Smart Governance/);
    await page.getByTestId("quick-win-target").fill("Mal pelayanan publik daring beroperasi");
    await page.getByTestId("quick-win-why").fill("Memakai aplikasi yang sudah ada dan langsung dirasakan warga");
    await page.getByTestId("quick-win-submit").click();
    await page.getByTestId("quick-win").first().waitFor();

    await page.goto(j.url(`/masterplan/${id}?tab=tata-kelola`));
    await page.getByTestId("governance-add-open").click();
    await page.getByTestId("governance-decree-number").fill("100.3.3.2/Kpts.45-Huk/2024");
    await page.getByTestId("governance-decree-date").fill("2024-06-10");
    await page.getByTestId("governance-members-add").click();
    await page.getByTestId("member-name").fill("Wali Kota Banjar");
    await page.getByTestId("member-position").fill("Wali Kota");
    await page.getByTestId("member-role").fill("Ketua");
    await page.getByTestId("governance-submit").click();
    await page.getByTestId("governance-body").first().waitFor();

    // The mentor comments on the vision; the coordinator answers and resolves the thread.
    const signOut = async () => {
      await page.getByTestId("user-menu").click();
      await page.getByRole("menuitem", { name: "Keluar" }).click();
    };
    await signOut();
    await signIn(page, DEMO_PEOPLE.mentors[0].email);
    await page.goto(j.url(`/masterplan/${id}?tab=visi`));
    await page.getByTestId("comments-open-section-vision").click();
    await page.getByTestId("comment-body").fill("Misi perlu dikaitkan dengan misi RPJMD yang didukungnya.");
    await page.getByTestId("comment-submit").click();
    await page.getByTestId("comment-thread").first().waitFor();
    await page.keyboard.press("Escape");
    await page.getByTestId("comments-panel").waitFor({ state: "hidden" });
    await signOut();
    await signIn(page, DEMO_PEOPLE.coordinators[0].email);
    await page.goto(j.url(`/masterplan/${id}?tab=visi`));
    await page.getByTestId("comments-count-section-vision").waitFor();
    await page.getByTestId("comments-open-section-vision").click();
    await page.locator('[data-testid^="comment-resolve-"]').first().click();
    await page.locator('[data-testid^="comment-resolved-"]').first().waitFor();
    await page.keyboard.press("Escape");
    await page.getByTestId("comments-panel").waitFor({ state: "hidden" });

    await page.goto(j.url(`/masterplan/${id}`));
    await page.locator('[data-testid="completeness"][data-ok="true"]').waitFor();
    await page.getByTestId("masterplan-submit").click();
    await page.getByTestId("masterplan-submit-confirm").click();
    await page.locator('[data-testid="masterplan-status"][data-status="in_review"]').waitFor();

    await signOut();
    await signIn(page, DEMO_PEOPLE.mentors[0].email);
    await page.goto(j.url(`/masterplan/${id}`));
    await page.getByTestId("masterplan-approve").click();
    await page.getByTestId("masterplan-approve-confirm").click();
    await page.locator('[data-testid="masterplan-status"][data-status="approved"]').waitFor();
  });
});
