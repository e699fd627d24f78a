import { readFile } from "node:fs/promises";
import { eq } from "drizzle-orm";
import type { Download, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { cohort } from "../server/db/schema/index";
import { DEMO_ADMIN, DEMO_COHORT, DEMO_PASSWORD, DEMO_PEOPLE, SELECTED_2024 } from "../server/demo/people";
import { seedDemo } from "../server/demo/seed-demo";
import { pdfImagesOnPage, readDocx, readPdf } from "../server/documents/read-back";
import { makePrintablePlan } from "../server/documents/test-fixture";
import { pngImage } from "../server/documents/test-images";
import { browserAvailable } from "./support/browser";
import { setupJourney } from "./support/journey";

describe.runIf(browserAvailable())("official documents journey", () => {
  const j = setupJourney();
  let planId = 0;
  let cohortId = 0;

  async function signIn(page: Page, email: string) {
    await page.goto(j.url("/masuk"));
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByTestId("sign-in-submit").click();
    await page.getByTestId("user-menu").waitFor();
  }

  const bytesOf = async (download: Download) => readFile((await download.path()) ?? "");

  it("the Kota Banjar coordinator uploads the emblem, then downloads Buku 2 of the draft plan as PDF by keyboard", {
    timeout: 180_000,
  }, async () => {
    // The GMSC 2024 cohort (selection announced, memoranda signed) and a filled draft plan of Kota Banjar.
    await seedDemo(j.app(), () => {}, { steps: [] });
    planId = (await makePrintablePlan(j.app(), "32.79")).plan.id;
    const [row] = await j.app().database.db.select().from(cohort).where(eq(cohort.name, DEMO_COHORT));
    cohortId = row?.id ?? 0;

    const page = j.page();
    await signIn(page, DEMO_PEOPLE.coordinators[0].email);
    // The region's emblem, for the covers.
    await page.goto(j.url("/wilayah/32.79"));
    await page.getByTestId("region-emblem").waitFor();
    await page
      .getByTestId("region-emblem-upload-input")
      .setInputFiles({ name: "Lambang Kota Banjar.png", mimeType: "image/png", buffer: pngImage(160, 190) });
    await page.getByTestId("region-emblem-image").waitFor();
    await page.getByText("Lambang daerah disimpan.").waitFor();

    await page.goto(j.url(`/masterplan/${planId}`));
    const open = page.getByTestId("documents-menu-open");
    await open.focus();
    await page.keyboard.press("Enter");
    const menu = page.getByTestId("documents-menu");
    await menu.waitFor();
    // The plan is not enacted: the menu says every document carries DRAF.
    await page.getByTestId("documents-draft").waitFor();
    expect(await menu.getByRole("link").count()).toBe(12);
    const link = page.getByRole("link", { name: "Unduh Buku 2 · Masterplan sebagai PDF" });
    expect(await link.getAttribute("download")).toBe("Buku-2-Masterplan-Smart-City-Kota-Banjar-2024-2033.pdf");
    await link.focus();
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toBe("Buku-2-Masterplan-Smart-City-Kota-Banjar-2024-2033.pdf");
    const bytes = await bytesOf(download);
    expect(bytes.subarray(0, 4).toString()).toBe("%PDF");
    const pdf = await readPdf(bytes);
    expect(pdf.pages[0]).toContain("MASTERPLAN SMART CITY");
    expect(pdf.pages[0]).toContain("KOTA BANJAR");
    expect(await pdfImagesOnPage(bytes, 1)).toBe(1);
    expect(pdf.text).toContain("PROGRAM PENGEMBANGAN SMART CITY");
    // A program of the plan, with its Indonesian punctuation (its table cell may wrap the name).
    expect(pdf.text.replace(/\s+/g, " ")).toContain("Pengembangan Ekonomi Kreatif – Galendo & Kuliner");
    // Esc closes the menu and gives the focus back to its button.
    await page.keyboard.press("Escape");
    await menu.waitFor({ state: "hidden" });
    expect(await open.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it("the program office downloads the cohort's assessment result letter as DOCX from the cohort page", {
    timeout: 120_000,
  }, async () => {
    expect(cohortId).toBeGreaterThan(0);
    const page = j.page();
    await signIn(page, DEMO_ADMIN.email);
    await page.goto(j.url(`/angkatan/${cohortId}`));
    await page.getByTestId("result-letter-downloads").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("result-letter-docx").click(),
    ]);
    expect(download.suggestedFilename()).toBe("Surat-Hasil-Penilaian-Gerakan-Menuju-Smart-City-2024.docx");
    const docx = await readDocx(await bytesOf(download));
    expect(docx.text).toContain("B-DEMO/DJAI/AI.01.02/01/2024");
    expect(docx.text).toContain("19 Januari 2024");
    const table = docx.tables.find((rows) => rows[0]?.includes("Daerah"));
    // One row per selected region, in rank order, with its province.
    expect(table?.slice(1)).toHaveLength(SELECTED_2024.length);
    expect(table?.slice(1).map((r) => r[1])).toContain("Kota Banjar");
    expect(table?.slice(1).find((r) => r[1] === "Kota Banjar")?.[2]).toBe("Jawa Barat");

    // The MoU section offers each region's summary.
    await page.goto(j.url(`/angkatan/${cohortId}?tab=mou`));
    const [summary] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("mou-summary-32.79-pdf").click(),
    ]);
    const text = (await readPdf(await bytesOf(summary))).text;
    expect(text).toContain("RINGKASAN NOTA KESEPAKATAN");
    expect(text).toContain("Pemerintah Kota Banjar");
  });
});
