import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { observation, programProgress } from "../server/db/schema/index";
import { GMSC_EVALUATION_2022 } from "../server/db/seed/evaluation-schemes";
import { createAccount } from "../server/services/people/create-account";
import { makeMasterplan } from "../server/testing/masterplan-factories";
import { linkIndicatorDirect, makeProgram, nationalIndicator } from "../server/testing/monitoring-factories";
import { TINY_PDF } from "../server/testing/multipart";
import { browserAvailable } from "./support/browser";
import { setupJourney } from "./support/journey";

const PASSWORD = "sandi-uji-evaluasi-2024";
const BANJAR = "32.79";
const BANDUNG = "32.73";
const SOLOK = "13.72";
const ADMIN = "admin@komdigi.go.id";
const ASSESSOR = "asesor.evaluasi@uji.id";
const COORDINATOR = "koordinator@banjarkota.go.id";
const scheme = GMSC_EVALUATION_2022;
// Screenshots are for looking at while building the UI, never committed: set SHOTS=/tmp/… to keep them.
const SHOTS = process.env.SHOTS;

describe.runIf(browserAvailable())("evaluation round journey", () => {
  const j = setupJourney();

  async function person(
    email: string,
    role: "national_admin" | "assessor" | "region_coordinator",
    regionCode?: string,
  ) {
    const app = j.app();
    return createAccount(app.database.db, app.auth, {
      email,
      name: email === ASSESSOR ? "Asesor Evaluasi" : (email.split("@")[0] ?? email),
      password: PASSWORD,
      membership: { role, regionCode },
      createdBy: null,
    });
  }

  async function signIn(page: Page, email: string) {
    await page.goto(j.url("/masuk"));
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Kata sandi", { exact: true }).fill(PASSWORD);
    await page.getByTestId("sign-in-submit").click();
    await page.getByTestId("user-menu").waitFor();
  }

  async function signOut(page: Page) {
    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "Keluar" }).click();
    await page.getByTestId("user-menu").waitFor({ state: "detached" });
  }

  async function shot(page: Page, name: string) {
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/evaluation-${name}.png`, fullPage: true });
  }

  async function apiAs(email: string) {
    const res = await j
      .app()
      .inject({ method: "POST", url: "/api/auth/sign-in/email", payload: { email, password: PASSWORD } });
    const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    return (method: "GET" | "PUT", url: string, payload?: object) =>
      j.app().inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  }

  /** Kota Banjar's enacted masterplan with one governance program, its 2024 progress and one verified indicator. */
  async function seedBanjarMonitoring() {
    const app = j.app();
    const plan = await makeMasterplan(app, BANJAR, { status: "enacted" });
    const program = await makeProgram(app, plan.id, null, { startYear: 2024, endYear: 2028 });
    const internet = await nationalIndicator(app, "EC: ICT: ICT: 1C");
    const link = await linkIndicatorDirect(app, program.id, internet.id, { 2024: 80 });
    const db = app.database.db;
    await db.insert(observation).values({ programIndicatorId: link.id, year: 2024, value: 72, status: "verified" });
    await db.insert(programProgress).values({
      programId: program.id,
      year: 2024,
      status: "on_track",
      physicalProgress: 60,
      budgetAllocated: 1_250_000_000,
      budgetRealised: 900_000_000,
    });
  }

  it("opens Tahap I 2024, takes Banjar's self-assessment and the assessor's scores, and publishes ranked results", {
    timeout: 300_000,
  }, async () => {
    await person(ADMIN, "national_admin");
    await person(ASSESSOR, "assessor");
    await person(COORDINATOR, "region_coordinator", BANJAR);
    await seedBanjarMonitoring();
    const page = j.page();
    await page.setViewportSize({ width: 1440, height: 900 });

    // The program office opens the round with Kota Banjar (searched by name) and two more regions (pasted codes).
    await signIn(page, ADMIN);
    await page.getByTestId("nav-evaluation").click();
    await page.getByTestId("round-create-open").click();
    await page.getByTestId("round-year").fill("2024");
    await page.getByTestId("round-mode-regions").check();
    await page.getByTestId("eval-region-search").fill("Kota Banjar");
    await page.getByRole("option", { name: "Kota Banjar (32.79)" }).click();
    await page.getByTestId("eval-region-codes").fill(`${BANDUNG}\n${SOLOK}`);
    await page.getByTestId("eval-region-codes-add").click();
    await page.getByText("3 daerah dipilih").waitFor();
    await shot(page, "1-open-round");
    await page.getByTestId("round-create-submit").click();
    await page.getByTestId("round-title").waitFor();
    expect(await page.getByTestId("round-title").innerText()).toBe("Evaluasi Smart City 2024 Tahap I");
    const roundId = Number(new URL(page.url()).pathname.split("/").pop());
    await page.getByTestId("participant-row").nth(2).waitFor();

    // While a draft, the round is renamed and its scheme tried out, then set back (by keyboard where it can be).
    const weights = await page.getByTestId("round-weights").innerText();
    await page.getByTestId("round-edit").click();
    const nameField = page.getByTestId("round-edit-name");
    await nameField.fill("Evaluasi GMSC 2024 Tahap I");
    await page.getByTestId("round-edit-scheme").click();
    await page.getByRole("option", { name: /10\/20\/30\/30\/10/ }).click();
    await nameField.press("Enter");
    await page.getByTestId("round-title").filter({ hasText: "Evaluasi GMSC 2024 Tahap I" }).waitFor();
    expect(await page.getByTestId("round-weights").innerText()).toContain("Impact 30%");
    await page.getByTestId("round-edit").click();
    await page.getByTestId("round-edit-name").fill("");
    await page.getByTestId("round-edit-save").click();
    await page.getByText("Nama putaran minimal 5 huruf").waitFor();
    await shot(page, "1b-edit-round");
    await page.getByTestId("round-edit-name").fill("Evaluasi Smart City 2024 Tahap I");
    await page.getByTestId("round-edit-scheme").click();
    await page.getByRole("option", { name: /10\/20\/30\/20\/20/ }).click();
    await page.getByTestId("round-edit-save").click();
    await page.getByTestId("round-title").filter({ hasText: "Evaluasi Smart City 2024 Tahap I" }).waitFor();
    await page.getByTestId("round-weights").filter({ hasText: weights }).waitFor();

    // One assessor assigned; the round opens for self-assessment.
    await page.getByTestId("round-tab-asesor").click();
    await page.getByTestId("assessors-select").click();
    await page.getByRole("option", { name: /Asesor Evaluasi/ }).click();
    await page.keyboard.press("Escape");
    await page.getByTestId("assessors-save").click();
    await page.getByTestId("assessor-row").waitFor();
    await page.getByTestId("round-move-self_assessment").click();
    await page.locator("[data-testid=round-status][data-status=self_assessment]").waitFor();
    await shot(page, "2-round-self-assessment");
    await signOut(page);

    // Kota Banjar's coordinator answers one item and uploads its evidence.
    await signIn(page, COORDINATOR);
    await page.getByTestId("nav-evaluation").click();
    await page.locator(`[data-testid=own-evaluation-link][data-code="${BANJAR}"]`).click();
    await page.getByTestId("evaluation-title").waitFor();
    const item = "item-governance.baseline";
    await page
      .getByTestId(`${item}-narrative`)
      .fill(
        "Data dasar layanan publik 2023: 42 layanan daring, indeks SPBE 2,8; tercatat dalam Buku 1 Analisis Strategis.",
      );
    await page.getByTestId(`${item}-score`).click();
    await page.getByRole("option", { name: "4 — Terlaksana" }).click();
    await page.getByTestId(`${item}-save`).click();
    await page.getByTestId(`${item}-state`).filter({ hasText: "Tersimpan · versi 1" }).waitFor();
    await page
      .getByTestId(`${item}-upload-input`)
      .setInputFiles({ name: "baseline-layanan-2023.pdf", mimeType: "application/pdf", buffer: TINY_PDF });
    await page.getByTestId(item).getByTestId("eval-evidence").waitFor();
    expect(await page.getByTestId("self-progress").innerText()).toContain("1 dari 30 butir diisi · 1 bukti dukung");
    await shot(page, "3-self-assessment");
    await signOut(page);

    // The admin moves the round to scoring.
    await signIn(page, ADMIN);
    await page.goto(j.url(`/evaluasi/${roundId}`));
    await page.getByTestId("round-move-scoring").click();
    await page.locator("[data-testid=round-status][data-status=scoring]").waitFor();
    // Publishing is offered but blocked while regions are unscored, and the reason names them.
    // The names come with the participants' list, which may arrive after the new status.
    await page.getByTestId("round-blockers-published").filter({ hasText: "Kota Banjar" }).waitFor();
    await signOut(page);

    // The assessor scores Kota Banjar on the sheet, with the interview.
    await signIn(page, ASSESSOR);
    await page.getByTestId("nav-evaluation").click();
    await page.locator(`[data-testid=round-row][data-round-id="${roundId}"] a`).click();
    await page.getByTestId(`participant-open-${BANJAR}`).click();
    await page.getByTestId("score-progress").waitFor();
    for (const i of scheme.items) await page.getByTestId(`score-${i.code}-4`).check();
    await page.getByTestId("interview-date").fill("2024-06-20");
    await page.getByTestId("interview-notes").fill("Wawancara daring dengan Diskominfo dan Bappeda Kota Banjar.");
    await page.getByTestId("score-save").click();
    await page.getByTestId("notice").waitFor();
    expect(await page.getByTestId("score-progress").innerText()).toBe("30 dari 30 butir dinilai");
    await shot(page, "4-score-sheet");
    // Back on the round, the assessor's own progress shows per region.
    await page
      .getByRole("navigation", { name: "Lokasi halaman" })
      .getByRole("link", { name: /Tahap I/ })
      .click();
    const own = page.locator(`[data-testid=participant-row][data-code="${BANJAR}"] [data-testid=participant-own]`);
    await own.filter({ hasText: "Selesai" }).waitFor();
    await shot(page, "4b-assessor-round");
    await signOut(page);
    // The two other regions are scored through the API, as the same sheet would send them.
    const asAssessor = await apiAs(ASSESSOR);
    const list = (await asAssessor("GET", `/api/evaluation-rounds/${roundId}/evaluations`)).json().data as Array<{
      id: number;
      regionCode: string;
    }>;
    for (const [code, value] of [
      [BANDUNG, 5],
      [SOLOK, 3],
    ] as const) {
      const id = list.find((e) => e.regionCode === code)?.id;
      const res = await asAssessor("PUT", `/api/evaluations/${id}/scores`, {
        scores: scheme.items.map((i) => ({ itemCode: i.code, score: value })),
      });
      expect(res.statusCode, res.body).toBe(204);
    }

    // The admin checks the preview and publishes with the result letter.
    await signIn(page, ADMIN);
    await page.goto(j.url(`/evaluasi/${roundId}?tab=pratinjau`));
    await page.getByTestId("preview-row").nth(2).waitFor();
    const order = await page
      .getByTestId("preview-row")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-code")));
    expect(order).toEqual([BANDUNG, BANJAR, SOLOK]);
    await shot(page, "5-preview");
    await page.getByTestId("round-move-published").click();
    await page.getByTestId("publish-letter-number").fill("B-215/DJAI/AI.01.02/07/2024");
    await page.getByTestId("publish-letter-date").fill("2024-07-15");
    await page.getByTestId("publish-submit").click();
    await page.locator("[data-testid=round-status][data-status=published]").waitFor();
    expect(await page.getByTestId("round-result-letter").innerText()).toContain("B-215/DJAI/AI.01.02/07/2024");
    await signOut(page);

    // Kota Banjar sees its index and ranks, and drills down into a dimension's programs.
    await signIn(page, COORDINATOR);
    await page.getByTestId("nav-evaluation").click();
    await page.locator(`[data-testid=own-evaluation-link][data-code="${BANJAR}"]`).click();
    await page.getByTestId("result-index").waitFor();
    expect(await page.getByTestId("result-index").innerText()).toBe("4,00");
    expect(await page.getByTestId("result-national-rank").innerText()).toBe("2 dari 3");
    expect(await page.getByTestId("result-provincial-rank").innerText()).toBe("2 dari 2");
    await page.getByTestId("chart-results").locator("svg").waitFor();
    await page.getByTestId("result-smart-governance").getByRole("button").click();
    await page.getByTestId("drill-program").waitFor();
    expect(await page.getByTestId("drill-indicator").innerText()).toContain("90,0%");
    if (SHOTS) await page.waitForTimeout(400); // the accordion opening, for the picture only
    await shot(page, "6-region-result");

    // The national table lists the regions by rank, for the round's year and Tahap.
    await page.goto(j.url("/evaluasi/hasil"));
    await page.getByTestId("result-row").nth(2).waitFor();
    expect(new URL(page.url()).search).toBe("?year=2024&tahap=I");
    const ranked = await page
      .getByTestId("result-row")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-code")));
    expect(ranked).toEqual([BANDUNG, BANJAR, SOLOK]);
    expect(await page.getByTestId("results-xlsx").getAttribute("href")).toBe(
      "/api/evaluation-results.xlsx?year=2024&tahap=I&sort=rank",
    );
    await shot(page, "7-national-table");
  });
});
