import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../domain/csv-parse";
import { observation } from "../server/db/schema/index";
import { makeOpd, makeUser, TEST_PASSWORD } from "../server/testing/factories";
import { makeMasterplan } from "../server/testing/masterplan-factories";
import { linkIndicatorDirect, makeProgram, nationalIndicator } from "../server/testing/monitoring-factories";
import { browserAvailable } from "./support/browser";
import { setupJourney } from "./support/journey";

const BANJAR = "32.79";
const WAIT = { timeout: 30_000 };

describe.runIf(browserAvailable())("Data terbuka journey", () => {
  const j = setupJourney();

  it("Kota Banjar's walidata publishes the indicator dataset; a visitor finds it by facet, previews it and downloads the CSV of the verified values only", async () => {
    const app = j.app();
    const db = app.database.db;
    const opd = await makeOpd(app, BANJAR, "Diskominfo");
    const plan = await makeMasterplan(app, BANJAR, { status: "enacted" });
    const program = await makeProgram(app, plan.id, opd.id);
    const indicator = await nationalIndicator(app, "EC: ICT: PS: 2A");
    const link = await linkIndicatorDirect(app, program.id, indicator.id, { 2024: 60, 2025: 70 });
    const coordinator = await makeUser(app, { role: "region_coordinator", regionCode: BANJAR });
    await db.insert(observation).values([
      { programIndicatorId: link.id, year: 2024, value: 54, status: "verified", reviewedAt: new Date() },
      { programIndicatorId: link.id, year: 2025, value: 72.5, status: "verified", reviewedAt: new Date() },
      { programIndicatorId: link.id, year: 2026, value: 99999, status: "entered" },
    ]);

    const page = j.page();
    await page.goto(j.url("/masuk"));
    await page.getByLabel("E-mail").fill(coordinator.email);
    await page.getByLabel("Kata sandi", { exact: true }).fill(TEST_PASSWORD);
    await page.getByTestId("sign-in-submit").click();
    await page.waitForURL((u) => u.pathname === "/tugas", WAIT);
    await page.goto(j.url(`/wilayah/${BANJAR}`));
    await page.getByTestId("region-open-data-manage").click();
    const row = page
      .locator("[data-testid=publication-row][data-kind=indicator_realisations]")
      .filter({ visible: true });
    await row.getByTestId("dataset-publish").click();
    await row.getByTestId("publication-status").filter({ hasText: "Diterbitkan" }).waitFor(WAIT);

    // An anonymous visitor.
    await page.context().clearCookies();
    await page.goto(j.url("/data"));
    await page.getByTestId("data-result").first().waitFor(WAIT);
    await page.getByTestId("facet-publisher").getByText("Pemerintah Kota Banjar").click();
    await page.waitForURL(/wilayah=32\.79/, WAIT);
    const result = page.getByTestId("data-result").filter({ hasText: "Realisasi Indikator Smart City" });
    await result.getByRole("link").click();
    await page.getByTestId("dataset-title").waitFor(WAIT);
    const preview = page.getByTestId("dataset-preview");
    await preview.getByText("72.5").or(preview.getByText("72,5")).first().waitFor(WAIT);
    expect(await preview.textContent()).not.toContain("99999");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-csv").click()]);
    expect(download.suggestedFilename()).toBe("realisasi-indikator-kota-banjar-32-79.csv");
    const [header = [], ...lines] = parseCsv((await readFile((await download.path()) ?? "")).toString("utf8"));
    const rows = lines.map((l) => Object.fromEntries(header.map((h, i) => [h, l[i] ?? ""])));
    expect(rows.map((r) => [r.kode_indikator, r.tahun, r.target, r.realisasi])).toEqual([
      ["EC: ICT: PS: 2A", "2024", "60", "54"],
      ["EC: ICT: PS: 2A", "2025", "70", "72.5"],
    ]);
  });
});
