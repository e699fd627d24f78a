import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { signIn as apiSignIn, makeOpd, makeUser, TEST_PASSWORD } from "../server/testing/factories";
import { makeMasterplan, programBody } from "../server/testing/masterplan-factories";
import { browserAvailable } from "./support/browser";
import { setupJourney } from "./support/journey";

const BANJAR = "32.79";

describe.runIf(browserAvailable())("masterplan program table, edited in place", () => {
  const j = setupJourney();

  async function signIn(page: Page, email: string) {
    await page.goto(j.url("/masuk"));
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Kata sandi", { exact: true }).fill(TEST_PASSWORD);
    await page.getByTestId("sign-in-submit").click();
    await page.getByTestId("user-menu").waitFor();
  }

  const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null);

  /** Presses Tab and checks where the focus went: the cells are walked with the keyboard only. */
  async function tabTo(page: Page, testId: string) {
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe(testId);
  }

  async function retype(page: Page, text: string) {
    await page.keyboard.press("Control+A");
    await page.keyboard.type(text);
  }

  it("an OPD contributor edits their program's name and a year's budget with the keyboard, and re-applies a stale edit", {
    timeout: 180_000,
  }, async () => {
    const app = j.app();
    const bappeda = await makeOpd(app, BANJAR, "Bappeda");
    const dinkes = await makeOpd(app, BANJAR, "Dinkes");
    const coordinator = await makeUser(app, { role: "region_coordinator", regionCode: BANJAR });
    const contributor = await makeUser(app, { role: "opd_contributor", regionCode: BANJAR, opdId: bappeda.id });
    const plan = await makeMasterplan(app, BANJAR);
    const cookie = await apiSignIn(app, coordinator.email);
    // The coordinator's own requests, between the contributor's reading and saving.
    const api = async (method: "GET" | "POST" | "PATCH", url: string, payload?: object) => {
      const res = await app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
      expect(res.statusCode, res.body).toBeLessThan(300);
      return res.json().data as { id: number; version: number };
    };
    const own = await api("POST", `/api/masterplans/${plan.id}/programs`, {
      ...programBody(bappeda.id),
      name: "Sistem Perencanaan Terpadu",
    });
    const other = await api("POST", `/api/masterplans/${plan.id}/programs`, {
      ...programBody(dinkes.id),
      name: "Layanan Kesehatan Daring",
    });
    const quickWin = await api("POST", `/api/masterplans/${plan.id}/quick-wins`, {
      programId: own.id,
      year: 2024,
      ownerOpdId: bappeda.id,
      target: "Dasbor perencanaan terbuka untuk warga",
      whyQuick: "Data sudah ada di Bappeda",
    });
    const dewan = await api("POST", `/api/masterplans/${plan.id}/governance-bodies`, { kind: "dewan", members: [] });

    const page = j.page();
    await page.setViewportSize({ width: 1440, height: 1000 });
    await signIn(page, contributor.email);
    await page.goto(j.url(`/masterplan/${plan.id}?tab=program`));
    const row = (id: number) => page.locator(`[data-testid="program-row"][data-program-id="${id}"]`);
    await row(own.id).waitFor();

    // Another OPD's program is plain text for this contributor.
    expect(await page.getByTestId(`program-inline-${other.id}`).count()).toBe(0);
    expect(await row(other.id).locator("input, select").count()).toBe(0);

    // Enter on "Ubah" opens the row; Tab walks name → OPD → years → priority → the budget per year.
    await page.getByTestId(`program-inline-${own.id}`).focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("inline-name").waitFor();
    expect(await focused(page)).toBe("inline-name");
    await retype(page, "Sistem Perencanaan Terpadu Kota Banjar");
    await tabTo(page, "inline-owner");
    await tabTo(page, "inline-start");
    await tabTo(page, "inline-end");
    await tabTo(page, "inline-priority");
    await tabTo(page, "inline-budget-2024");
    await tabTo(page, "inline-budget-2025");
    await retype(page, "750000000");
    await tabTo(page, "inline-budget-2026");
    // Leaving the cell writes the amount the Indonesian way, and the total follows as one types.
    expect(await page.getByTestId("inline-budget-2025").inputValue()).toBe("750.000.000");
    expect(await row(own.id).getByTestId("program-total").textContent()).toBe("Rp 1.750.000.000");
    if (process.env.JOURNEY_SHOTS)
      await page.getByTestId("program-table").screenshot({
        path: path.join(process.env.JOURNEY_SHOTS, "program-inline-edit.png"),
      });
    await page.keyboard.press("Enter");
    await page.locator("[data-editing]").waitFor({ state: "detached" });
    expect(await row(own.id).getByTestId("program-name-cell").textContent()).toBe(
      "Sistem Perencanaan Terpadu Kota Banjar",
    );
    expect(await row(own.id).getByTestId("program-total").textContent()).toBe("Rp 1.750.000.000");
    expect(await focused(page)).toBe(`program-inline-${own.id}`);
    if (process.env.JOURNEY_SHOTS)
      await page.getByTestId("program-table").screenshot({
        path: path.join(process.env.JOURNEY_SHOTS, "program-table-saved.png"),
      });

    // Escape leaves the row as it was.
    await page.keyboard.press("Enter");
    await page.getByTestId("inline-name").waitFor();
    await retype(page, "Tidak jadi");
    await page.keyboard.press("Escape");
    await page.locator("[data-editing]").waitFor({ state: "detached" });
    expect(await row(own.id).getByTestId("program-name-cell").textContent()).toBe(
      "Sistem Perencanaan Terpadu Kota Banjar",
    );

    // The server's 422 shows on the cell it is about.
    await page.keyboard.press("Enter");
    await page.getByTestId("inline-name").waitFor();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Enter");
    await row(own.id).getByText("Nama program wajib diisi").waitFor();
    if (process.env.JOURNEY_SHOTS)
      await page.getByTestId("program-table").screenshot({
        path: path.join(process.env.JOURNEY_SHOTS, "program-inline-422.png"),
      });
    await page.keyboard.press("Escape");

    // A stale edit: the coordinator saves between the contributor's opening and saving.
    await page.getByTestId(`program-inline-${own.id}`).focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("inline-name").waitFor();
    await retype(page, "Sistem Perencanaan dan Penganggaran Terpadu");
    const current = await api("GET", `/api/programs/${own.id}`);
    await api("PATCH", `/api/programs/${own.id}`, {
      name: "Nama dari koordinator",
      priority: 3,
      version: current.version,
    });
    await page.keyboard.press("Enter");
    await page.getByTestId("inline-conflict").waitFor();
    expect(await page.getByTestId("inline-conflict-current").textContent()).toContain("Nama dari koordinator");
    expect(await focused(page)).toBe("inline-reapply");
    if (process.env.JOURNEY_SHOTS)
      await page.getByTestId("program-table").screenshot({
        path: path.join(process.env.JOURNEY_SHOTS, "program-inline-conflict.png"),
      });
    expect(await page.getByTestId("inline-reapply").textContent()).toBe("Muat ulang dan terapkan lagi");
    await page.keyboard.press("Enter");
    await page.locator("[data-editing]").waitFor({ state: "detached" });
    // The contributor's name is applied again; the coordinator's priority is kept.
    expect(await row(own.id).getByTestId("program-name-cell").textContent()).toBe(
      "Sistem Perencanaan dan Penganggaran Terpadu",
    );
    expect(await row(own.id).locator("td").nth(6).textContent()).toBe("3");

    // The history speaks in field names and Rupiah, not in keys.
    await page.getByTestId(`history-open-program-${own.id}`).click();
    const history = page.getByTestId("history-panel");
    await history.waitFor();
    const historyText = (await history.textContent()) ?? "";
    if (process.env.JOURNEY_SHOTS)
      await history.screenshot({ path: path.join(process.env.JOURNEY_SHOTS, "program-history.png") });
    expect(historyText).toContain("Nama program");
    expect(historyText).toContain("2025 APBN Rp 750.000.000");
    expect(historyText).toContain("OPD pengampu");
    expect(historyText).not.toContain("ownerOpdId");
    await page.keyboard.press("Escape");
    await history.waitFor({ state: "hidden" });

    // Quick wins and governance bodies have comments and history too.
    await page.goto(j.url(`/masterplan/${plan.id}?tab=quick-wins`));
    await page.getByTestId(`history-open-quick_win-${quickWin.id}`).click();
    await page.getByTestId("history-panel").waitFor();
    expect(await page.getByTestId("history-panel").textContent()).toContain("Target");
    await page.keyboard.press("Escape");
    await page.getByTestId("history-panel").waitFor({ state: "hidden" });
    await page.getByTestId(`comments-open-quick_win-${quickWin.id}`).waitFor();

    // The quick win's form (shared with governance bodies) answers a stale save with a reload.
    await page.getByTestId(`quick-win-edit-${quickWin.id}`).click();
    await page.getByTestId("quick-win-target").fill("Dasbor perencanaan dan anggaran terbuka untuk warga");
    await api("PATCH", `/api/quick-wins/${quickWin.id}`, { whyQuick: "Data dan aplikasinya sudah ada", version: 1 });
    await page.getByTestId("quick-win-submit").click();
    await page.getByTestId("quick-win-conflict-reload").click();
    await page.getByTestId("quick-win-conflict").waitFor({ state: "detached" });
    await page.getByTestId("quick-win-submit").click();
    await page.getByTestId("quick-win-target").waitFor({ state: "detached" });
    // The form keeps what the person typed and saves it on the newer version (waited for: the
    // list shows the saved text once its refresh arrives, not at the moment the form closes).
    await page
      .getByTestId("quick-win")
      .filter({ hasText: "Dasbor perencanaan dan anggaran terbuka untuk warga" })
      .waitFor();
    expect(await page.getByTestId("quick-win").textContent()).toContain("Data dan aplikasinya sudah ada");

    // "Ubah lengkap" still opens the whole program form; its reload after a 409 keeps only the
    // person's own changes, so the name someone else saved meanwhile is not written back.
    await page.goto(j.url(`/masterplan/${plan.id}?tab=program`));
    await page.getByTestId(`program-edit-${own.id}`).click();
    const modal = page.getByTestId("program-form-modal");
    expect(await modal.getByTestId("program-name").inputValue()).toBe("Sistem Perencanaan dan Penganggaran Terpadu");
    await modal.getByTestId("program-description").fill("Satu data perencanaan dan anggaran untuk semua OPD");
    const read = await api("GET", `/api/programs/${own.id}`);
    await api("PATCH", `/api/programs/${own.id}`, { name: "Sistem Perencanaan Terpadu", version: read.version });
    await modal.getByTestId("program-submit").click();
    await modal.getByTestId("program-conflict-reload").click();
    expect(await modal.getByTestId("program-name").inputValue()).toBe("Sistem Perencanaan Terpadu");
    await modal.getByTestId("program-submit").click();
    await modal.waitFor({ state: "hidden" });
    const saved = (await app.inject({ method: "GET", url: `/api/programs/${own.id}`, headers: { cookie } })).json()
      .data;
    expect([saved.name, saved.description]).toEqual([
      "Sistem Perencanaan Terpadu",
      "Satu data perencanaan dan anggaran untuk semua OPD",
    ]);

    await page.goto(j.url(`/masterplan/${plan.id}?tab=tata-kelola`));
    await page.getByTestId(`comments-open-governance_body-${dewan.id}`).click();
    await page.getByTestId("comment-body").fill("SK Dewan perlu memuat Bappeda sebagai sekretariat.");
    await page.getByTestId("comment-submit").click();
    await page.getByTestId("comment-thread").first().waitFor();
    await page.keyboard.press("Escape");
    await page.getByTestId(`comments-count-governance_body-${dewan.id}`).waitFor();
    await page.getByTestId(`history-open-governance_body-${dewan.id}`).waitFor();
    // Only the coordinator removes a governance body.
    expect(await page.getByTestId(`governance-delete-${dewan.id}`).count()).toBe(0);
    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "Keluar" }).click();
    await signIn(page, coordinator.email);
    await page.goto(j.url(`/masterplan/${plan.id}?tab=tata-kelola`));
    await page.getByTestId(`governance-delete-${dewan.id}`).click();
    await page.getByTestId("confirm-submit").click();
    await page.getByTestId("governance-body").waitFor({ state: "detached" });
  });
});
