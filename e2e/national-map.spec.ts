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
    // The view is in the URL: the table tab and the province.
    await page.waitForURL(/\/nasional\?(?=.*tampilan=tabel)(?=.*provinsi=32)/);
    expect(await table.locator("tbody tr").count()).toBe(27);
    await table.getByRole("link", { name: "Kota Banjar", exact: true }).click();
    await page.waitForURL(/\/wilayah\/32\.79$/);
  });

  it("opens the view a link names (colour mode, province), and Back undoes a change", async () => {
    const page = j.page();
    await page.goto(j.url("/nasional?warna=tahun&provinsi=32"));
    await page.locator("[role=img] svg path").first().waitFor({ timeout: 30_000 });
    expect(await page.getByRole("radio", { name: "Angkatan" }).isChecked()).toBe(true);
    expect(await page.getByRole("radio", { name: "Status" }).isChecked()).toBe(false);
    expect(await page.getByRole("textbox", { name: "Provinsi" }).inputValue()).toBe("Jawa Barat");
    await page.getByText("Belum ada angkatan").waitFor();

    await page.getByRole("tab", { name: "Tabel" }).click();
    await page.waitForURL(/tampilan=tabel/);
    expect(await page.getByTestId("national-table").locator("tbody tr").count()).toBe(27);

    await page.goBack();
    await page.waitForURL((u) => !u.search.includes("tampilan"));
    expect(new URL(page.url()).search).toBe("?warna=tahun&provinsi=32");
    await page.locator("[role=img] svg path").first().waitFor();
    expect(await page.getByRole("radio", { name: "Angkatan" }).isChecked()).toBe(true);

    await page.getByText("Status", { exact: true }).click();
    await page.waitForURL((u) => !u.search.includes("warna"));
    expect(new URL(page.url()).search).toBe("?provinsi=32");
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
