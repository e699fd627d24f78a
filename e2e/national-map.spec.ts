import { describe, expect, it } from "vitest";
import { makeCohort, makeSelectedCandidate } from "../server/testing/cohort-factories";
import { makeMasterplan } from "../server/testing/masterplan-factories";
import { browserAvailable } from "./support/browser";
import { setupJourney } from "./support/journey";

describe.runIf(browserAvailable())("Peta nasional journey", () => {
  const j = setupJourney();

  it("draws every kab/kota with the credit, shows the same data as a sortable table and opens a region", async () => {
    const co = await makeCohort(j.app(), { year: 2024 });
    await makeSelectedCandidate(j.app(), { cohortId: co.id, regionCode: "32.79", activate: false });
    await makeMasterplan(j.app(), "63.03", { status: "enacted" });
    const page = j.page();
    await page.goto(j.url("/"));
    await page.getByTestId("gmsc-figures").getByText("Wilayah dalam program").waitFor();
    await page.getByRole("link", { name: "Buka peta nasional" }).first().click();
    await page.waitForURL(/\/nasional$/);
    await page.locator("[role=img] svg path").first().waitFor({ timeout: 30_000 });
    // 514 kab/kota fills and 38 province outlines, at least.
    expect(await page.locator("[role=img] svg path").count()).toBeGreaterThanOrEqual(552);
    expect(await page.getByTestId("map-credit").textContent()).toContain("Cahya DSN, wilayah_boundaries (MIT)");

    await page.getByRole("tab", { name: "Tabel" }).click();
    const table = page.getByTestId("national-table");
    await table.waitFor();
    expect(await table.locator("tbody tr").count()).toBe(514);
    // Sorted by status, furthest first: the enacted plan, then the selected region.
    const first = await table.locator("tbody tr").nth(0).textContent();
    const second = await table.locator("tbody tr").nth(1).textContent();
    expect(first).toContain("Perkada ditetapkan");
    expect(second).toContain("Kota Banjar");
    expect(second).toContain("2024");
    await table.getByRole("button", { name: /Wilayah/ }).click();
    expect(await table.locator("th").first().getAttribute("aria-sort")).toBe("ascending");

    await page.getByLabel("Provinsi").fill("Jawa Barat");
    await page.getByRole("option", { name: "Jawa Barat" }).click();
    expect(await table.locator("tbody tr").count()).toBe(27);
    await table.getByRole("link", { name: "Kota Banjar", exact: true }).click();
    await page.waitForURL(/\/wilayah\/32\.79$/);
  });

  it("fits a phone: the map, its colour switch and the legend", async () => {
    const page = j.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(j.url("/nasional"));
    await page.locator("[role=img] svg path").first().waitFor({ timeout: 30_000 });
    await page.getByText("Indeks", { exact: true }).click();
    await page.getByText("Belum ada indeks").waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });
});
