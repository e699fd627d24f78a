import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { makeOpd, makeUser, TEST_PASSWORD } from "../server/testing/factories";
import { makeMasterplan } from "../server/testing/masterplan-factories";
import { makeProgram, makeQuickWin } from "../server/testing/monitoring-factories";
import { browserAvailable } from "./support/browser";
import { setupJourney } from "./support/journey";

const BANJAR = "32.79";
// Generous, bounded waits: the journeys run on a slow machine shared with other work.
const WAIT = { timeout: 30_000 };
const PHONE = { width: 390, height: 844 };
const QUESTION = "Kapan anjungan layanan mandiri di Kecamatan Pataruman mulai beroperasi untuk warga?";
const REPLY = "Anjungan di Kecamatan Pataruman beroperasi mulai 1 Februari, setiap hari kerja pukul 08.00–15.00.";

describe.runIf(browserAvailable())("Masukan warga journey", () => {
  const j = setupJourney();
  let quickWinId = 0;
  let coordinatorEmail = "";
  let followUrl = "";

  async function noSidewaysScroll(page: Page) {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
  }

  it("a citizen finds Kota Banjar from the map, sends a question on a quick win and gets a private link", async () => {
    const app = j.app();
    const opd = await makeOpd(app, BANJAR, "DPMPTSP");
    const plan = await makeMasterplan(app, BANJAR, { status: "enacted" });
    const program = await makeProgram(app, plan.id, opd.id);
    quickWinId = (await makeQuickWin(app, plan.id, program.id, opd.id)).id;
    coordinatorEmail = (await makeUser(app, { role: "region_coordinator", regionCode: BANJAR })).email;

    const page = j.page();
    await page.goto(j.url("/"));
    await page.getByRole("link", { name: "Buka peta nasional" }).first().click();
    await page.waitForURL(/\/nasional/, WAIT);
    await page.getByRole("tab", { name: "Tabel" }).click();
    await page.getByTestId("national-table").getByRole("link", { name: "Kota Banjar", exact: true }).click();
    await page.waitForURL(/\/wilayah\/32\.79$/, WAIT);
    // The enacted plan and its quick win with the button to write about it.
    await page.getByText("Aplikasi antrean daring").first().waitFor(WAIT);
    await page.getByTestId(`feedback-open-quick_win-${quickWinId}`).click();
    const form = page.getByTestId("feedback-form");
    await form.waitFor(WAIT);
    await form.getByText("Laporan", { exact: true }).click();
    await page.getByTestId("feedback-body").fill(QUESTION);
    await form.getByLabel(/^Nama/).fill("Yuyun Rahayu");
    await page.getByTestId("feedback-submit").click();
    await page.getByTestId("feedback-sent").waitFor(WAIT);
    followUrl = (await page.getByTestId("feedback-follow-url").textContent())?.trim() ?? "";
    expect(followUrl).toMatch(/\/masukan\/[A-Za-z0-9_-]{20,}$/);

    // Until the region publishes it, nobody else sees it.
    await page.goto(j.url(`/wilayah/${BANJAR}`));
    await page.getByText("Belum ada masukan yang diterbitkan").waitFor(WAIT);
    expect(await page.getByText(QUESTION).count()).toBe(0);
  });

  it("the coordinator publishes it and replies as the region; the private link and the public page both show the reply", async () => {
    const page = j.page();
    await page.goto(j.url("/masuk"));
    await page.getByLabel("E-mail").fill(coordinatorEmail);
    await page.getByLabel("Kata sandi", { exact: true }).fill(TEST_PASSWORD);
    await page.getByTestId("sign-in-submit").click();
    await page.waitForURL((u) => u.pathname === "/tugas", WAIT);
    // Perlu Tindakan names the feedback waiting for moderation, and its link opens the queue on it.
    await page
      .getByText(/Moderasi masukan warga/)
      .first()
      .click();
    await page.waitForURL(/\/wilayah\/32\.79\/masukan/, WAIT);
    const card = page.getByTestId("feedback-queue-item").filter({ hasText: QUESTION });
    await card.waitFor(WAIT);
    await card.getByTestId("feedback-publish").click();
    await card.getByText("Diterbitkan").first().waitFor(WAIT);
    await card.getByTestId("feedback-reply").click();
    await page.getByTestId("feedback-reply-text").fill(REPLY);
    await page.getByTestId("feedback-moderation-submit").click();
    await card.getByText(REPLY).waitFor(WAIT);

    // The citizen, not signed in, opens the private link.
    await page.context().clearCookies();
    await page.goto(followUrl);
    await page.getByText("Status masukan Anda").waitFor(WAIT);
    await page.getByText(REPLY).waitFor(WAIT);
    expect(await page.getByText(QUESTION).count()).toBe(1);

    await page.goto(j.url(`/wilayah/${BANJAR}`));
    const item = page.locator("[id^=masukan-]").filter({ hasText: QUESTION });
    await item.waitFor(WAIT);
    expect(await item.textContent()).toContain(REPLY);
    expect(await item.textContent()).toContain("Yuyun Rahayu");
    expect(await page.getByTestId(`feedback-open-quick_win-${quickWinId}`).textContent()).toContain("(1)");
  });

  it("fits a phone: the region page, the form and the private link", async () => {
    const page = j.page();
    await page.setViewportSize(PHONE);
    await page.goto(j.url(`/wilayah/${BANJAR}`));
    await page.locator("[id^=masukan-]").first().waitFor(WAIT);
    await noSidewaysScroll(page);
    await page.getByTestId(`feedback-open-quick_win-${quickWinId}`).click();
    await page.getByTestId("feedback-form").waitFor(WAIT);
    const box = await page.getByTestId("feedback-submit").boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await page.keyboard.press("Escape");
    await page.goto(followUrl);
    await page.getByText(REPLY).waitFor(WAIT);
    await noSidewaysScroll(page);
  });
});
