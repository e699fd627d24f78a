import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { makeUser, TEST_PASSWORD } from "../server/testing/factories";
import { browserAvailable } from "./support/browser";
import { setupJourney } from "./support/journey";

const WAIT = { timeout: 30_000 };
const NAME = "Skema Evaluasi GMSC 2025 Uji";
// Screenshots are for looking at while building the UI, never committed: set SHOTS=/tmp/… to keep them.
const SHOTS = process.env.SHOTS;

describe.runIf(browserAvailable())("evaluation scheme editor journey", () => {
  const j = setupJourney();

  async function shot(page: Page, name: string, fullPage = true) {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/schemes-${name}.png`, fullPage });
  }

  const weight = (page: Page, code: string) => page.getByTestId(`weight-${code}`);

  it("the program office makes a scheme over Kominfo 2017, fixes its weights, publishes it and a new round offers it", {
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

    // From the rounds, the admin reaches the schemes: the two shipped ones are published.
    await page.getByTestId("nav-evaluation").click();
    await page.getByTestId("schemes-link").click();
    await page.getByTestId("scheme-row").nth(1).waitFor(WAIT);
    expect(await page.getByTestId("scheme-status").allTextContents()).toEqual(["Terbit", "Terbit"]);

    // A new scheme over Kominfo 2017 whose weights add up to 90 is refused with the total named.
    await page.getByTestId("scheme-create-open").click();
    expect(await page.getByTestId("scheme-framework").inputValue()).toContain("Kominfo");
    await page.getByLabel("Nama skema").fill(NAME);
    await page.getByTestId("scheme-code").fill("gmsc-uji");
    await page.getByTestId("scheme-version").fill("2025");
    await page.getByTestId("scheme-year").fill("2025");
    for (const [code, w] of Object.entries({ baseline: 10, output: 20, outcome: 30, impact: 20, quick_win: 10 }))
      await weight(page, code).fill(String(w));
    await page.getByTestId("weights-error").filter({ hasText: "Jumlah bobot 90, seharusnya 100" }).waitFor(WAIT);
    await page.getByTestId("scheme-create-submit").click();
    await page.getByRole("alert").filter({ hasText: "jumlahnya harus tepat 100" }).waitFor(WAIT);
    await shot(page, "1-weights-90");
    expect(await page.getByLabel("Nama skema").inputValue()).toBe(NAME);

    // Fixed to 10/20/30/20/20 it is made as a draft with the standard grid over the framework's six dimensions.
    await weight(page, "quick_win").fill("20");
    await page.getByTestId("weights-total").filter({ hasText: "Jumlah bobot: 100%" }).waitFor(WAIT);
    await page.getByTestId("scheme-create-submit").click();
    await page.getByTestId("scheme-title").filter({ hasText: NAME }).waitFor(WAIT);
    expect(await page.getByTestId("scheme-status").textContent()).toBe("Draf");
    expect(await page.getByTestId("scheme-key").textContent()).toBe("gmsc-uji@2025");
    expect(await page.getByTestId("scheme-grid-row").count()).toBe(6);
    await shot(page, "2-draft");

    // A weight of 0 adds up but the server refuses it (422): the field says so and what was typed stays.
    await page.getByTestId("scheme-edit-name").fill(`${NAME} (revisi)`);
    await weight(page, "baseline").fill("0");
    await weight(page, "output").fill("30");
    await page.getByTestId("scheme-save").click();
    await page.getByTestId("scheme-save-error").waitFor(WAIT);
    expect(await page.getByTestId("scheme-edit-name").inputValue()).toBe(`${NAME} (revisi)`);
    expect(await weight(page, "output").inputValue()).toBe("30%");
    await shot(page, "3-server-422");
    await weight(page, "baseline").fill("10");
    await weight(page, "output").fill("20");
    await page.getByTestId("scheme-edit-name").fill(NAME);
    await page.getByTestId("scheme-dirty").filter({ hasText: "Semua perubahan tersimpan" }).waitFor(WAIT);
    expect(await page.getByTestId("scheme-save-error").count()).toBe(0);

    // Published after confirmation.
    await page.getByTestId("scheme-publish").click();
    await page.getByTestId("scheme-publish-confirm").click();
    await page.getByTestId("notice").filter({ hasText: "diterbitkan" }).waitFor(WAIT);
    expect(await page.getByTestId("scheme-status").textContent()).toBe("Terbit");

    // Phone width: the page still reads as one column.
    await page.setViewportSize({ width: 390, height: 844 });
    // The navigation slides away when the window narrows; the picture waits for it.
    if (SHOTS) await page.waitForTimeout(600);
    await shot(page, "4-published-phone", false);
    await page.getByTestId("scheme-edit-texts").check();
    await page.getByTestId("scheme-item-governance.outcome-id").scrollIntoViewIfNeeded();
    await shot(page, "4b-texts-phone", false);
    await page.setViewportSize({ width: 1440, height: 900 });

    // The round form offers the new scheme with its weights.
    await page
      .getByRole("navigation", { name: "Lokasi halaman" })
      .getByRole("link", { name: "Evaluasi", exact: true })
      .click();
    await page.getByTestId("round-create-open").click();
    await page.getByTestId("round-scheme").click();
    await page.getByRole("option", { name: `${NAME} (10/20/30/20/20)` }).waitFor(WAIT);
    await shot(page, "5-round-form", false);

    // The list on a phone: the new scheme is published next to the shipped ones.
    await page.keyboard.press("Escape");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(j.url("/evaluasi/skema"));
    await page.locator('[data-testid=scheme-row][data-key="gmsc-uji@2025"] [data-testid=scheme-status]').waitFor(WAIT);
    await shot(page, "6-list-phone", false);
  });
});
