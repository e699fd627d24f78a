import { describe, expect, it } from "vitest";
import { browserAvailable } from "./support/browser";
import { setupJourney } from "./support/journey";

describe.runIf(browserAvailable())("Wilayah journey", () => {
  const j = setupJourney();

  it("finds both Banjars, opens Kota Banjar and switches to English", async () => {
    const page = j.page();
    await page.goto(j.url("/wilayah"));
    const search = page.getByLabel("Cari wilayah");
    await search.fill("banjar");
    const rows = page.locator('[data-testid="region-row"]');
    await page.locator('[data-testid="region-row"][data-code="63.03"]').waitFor();
    const codes = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-code")));
    expect(codes).toEqual(expect.arrayContaining(["32.79", "63.03"]));
    expect(codes).not.toContain("11.01");
    // The search is kept in the address so the list survives a reload or a shared link.
    expect(new URL(page.url()).searchParams.get("q")).toBe("banjar");

    await page.getByRole("link", { name: "Kota Banjar", exact: true }).click();
    await page.waitForURL(/\/wilayah\/32\.79$/);
    const title = page.getByTestId("region-title");
    await title.waitFor();
    expect(await title.textContent()).toBe("Kota Banjar");
    expect(await page.getByText("Jawa Barat").first().isVisible()).toBe(true);

    await page.getByTestId("lang-en").click();
    await page.getByRole("link", { name: "Regions" }).first().waitFor();
    await page.getByText("Kemendagri code").first().waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");

    // The choice persists across a reload.
    await page.reload();
    await page.getByText("Kemendagri code").first().waitFor();
    expect(await title.textContent()).toBe("Kota Banjar");
  });

  it("reaches the indicator catalogue from the main navigation, without signing in", async () => {
    const page = j.page();
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(j.url("/"));
    const link = page.getByTestId("main-nav").getByRole("link", { name: "Indikator" });
    await link.click();
    await page.waitForURL(/\/indikator$/);
    await page.getByRole("heading", { name: "Katalog Indikator" }).waitFor();
    expect(await link.getAttribute("aria-current")).toBe("page");
  });

  it("says so when a region code does not exist", async () => {
    const page = j.page();
    await page.goto(j.url("/wilayah/99.99"));
    // Wait for the answer, not the loading state that already shows the code.
    const message = page.getByText("Wilayah dengan kode 99.99 tidak ditemukan.");
    await message.waitFor();
    expect(await message.isVisible()).toBe(true);
  });
});
