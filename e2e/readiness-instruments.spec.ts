import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { makeUser, TEST_PASSWORD } from "../server/testing/factories";
import { browserAvailable, keepScreenshot } from "./support/browser";
import { setupJourney } from "./support/journey";

const WAIT = { timeout: 30_000 };

describe.runIf(browserAvailable())("Readiness instrument editor journey", () => {
  const j = setupJourney();

  const label = (page: Page, text: string) => page.getByLabel(text, { exact: true });

  it("the program office copies the GMSC instrument, reweighs it to 100, publishes it and starts a cohort on it", {
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

    // Angkatan lists the instruments for the program office: the shipped one, published.
    await page.goto(j.url("/angkatan"));
    const section = page.getByTestId("instruments-section");
    await section.getByTestId("instrument-copy").first().waitFor(WAIT);

    // Copy it as version 2027: the copy opens as a draft in the editor.
    await section.getByTestId("instrument-copy").first().click();
    await label(page, "Versi baru").fill("2027");
    await label(page, "Nama instrumen baru").fill("Instrumen Kesiapan GMSC 2027");
    await page.getByTestId("instrument-copy-submit").click();
    await page.getByTestId("instrument-save").waitFor(WAIT);
    expect(await label(page, "Nama instrumen").inputValue()).toBe("Instrumen Kesiapan GMSC 2027");
    await expectText(page, "instrument-weight-total", "Jumlah bobot 100.");

    // Ten more on the first criterion: the live total says 110, and saving is refused at the table.
    await label(page, "Bobot kriteria 1").fill("20");
    await expectText(page, "instrument-weight-total", "Jumlah bobot: 110 dari 100");
    await page.getByTestId("instrument-save").click();
    await page.getByText("Jumlah bobot harus 100, sekarang 110").waitFor(WAIT);

    // A new culture criterion takes the ten from the first one: 100 again.
    await label(page, "Bobot kriteria 1").fill("10");
    await page.getByRole("button", { name: "Tambah kriteria" }).click();
    const n = await page.getByTestId("instrument-criterion").count();
    await label(page, `Kode kriteria ${n}`).fill("B2");
    await label(page, `Lensa kriteria ${n}`).click();
    await page.getByRole("option", { name: "Budaya" }).click();
    await label(page, `Pernyataan Indonesia kriteria ${n}`).fill("Partisipasi komunitas kreatif");
    await label(page, `Pernyataan Inggris kriteria ${n}`).fill("Creative community participation");
    await label(page, `Bobot kriteria ${n}`).fill("10");
    await expectText(page, "instrument-weight-total", "Jumlah bobot: 110 dari 100");
    await label(page, "Bobot kriteria 1").fill("5");
    await label(page, "Bobot kriteria 2").fill("5");
    await expectText(page, "instrument-weight-total", "Jumlah bobot 100.");
    await keepScreenshot(page, "instrument-editor");
    await page.getByTestId("instrument-save").click();
    await page.getByText("Instrumen Kesiapan GMSC 2027 disimpan.").waitFor(WAIT);

    // Publish the draft, with a confirmation.
    const row = section.getByTestId("instrument-row").filter({ hasText: "Instrumen Kesiapan GMSC 2027" });
    await row.getByTestId("instrument-publish").click();
    await page.getByTestId("instrument-publish-confirm").click();
    await row.getByText("Terbit", { exact: true }).waitFor(WAIT);

    // The cohort form offers published instruments, the newest first and chosen.
    await page.getByTestId("cohort-create-open").click();
    await label(page, "Tahun").fill("2027");
    await label(page, "Nama angkatan").fill("Gerakan Menuju Kota Cerdas 2027");
    await label(page, "Kuota").fill("5");
    expect(await page.getByTestId("cohort-instrument").inputValue()).toBe("Instrumen Kesiapan GMSC 2027 (2027)");
    await page.getByTestId("cohort-create-submit").click();
    await page.getByTestId("cohort-title").waitFor(WAIT);
    const id = Number(new URL(page.url()).pathname.split("/").pop());
    const cohort = (
      await j.app().inject({ method: "GET", url: `/api/cohorts/${id}`, headers: await cookieOf(page) })
    ).json().data;
    const instrument = (
      await j.app().inject({
        method: "GET",
        url: `/api/readiness-instruments/${cohort.instrumentId}`,
        headers: await cookieOf(page),
      })
    ).json().data;
    expect(instrument).toMatchObject({ version: "2027", status: "published", cohortCount: 1 });
    expect(instrument.criteria.at(-1)).toMatchObject({ code: "B2", lens: "budaya", weight: 10 });
  });
});

async function cookieOf(page: Page): Promise<Record<string, string>> {
  const cookies = await page.context().cookies();
  return { cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") };
}

async function expectText(page: Page, testId: string, text: string) {
  await page.getByTestId(testId).filter({ hasText: text }).waitFor(WAIT);
  expect(await page.getByTestId(testId).textContent()).toBe(text);
}
