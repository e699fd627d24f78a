import { readFile } from "node:fs/promises";
import { and, count, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { masterplan, observation, program } from "../server/db/schema/index";
import { banjarMasterplanStep } from "../server/demo/banjar-step";
import { DEMO_PASSWORD, DEMO_PEOPLE } from "../server/demo/people";
import { seedDemo } from "../server/demo/seed-demo";
import { linkIndicatorDirect, nationalIndicator } from "../server/testing/monitoring-factories";
import { TINY_PDF } from "../server/testing/multipart";
import { browserAvailable } from "./support/browser";
import { setupJourney } from "./support/journey";

const BANJAR = "32.79";
const SHOTS = "/tmp/monitoring-journey";
const EHR = "SC: EH: ED: 5A"; // Rekam Medis Elektronik, % penduduk, higher is better
const MATERNAL = "SC: EH: H: 2C"; // Angka Kematian Ibu, lower is better

describe.runIf(browserAvailable())("monitoring journey", () => {
  const j = setupJourney();

  async function signIn(page: Page, email: string) {
    await page.goto(j.url("/masuk"));
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Kata sandi", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByTestId("sign-in-submit").click();
    await page.getByTestId("user-menu").waitFor();
  }

  async function signOut(page: Page) {
    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "Keluar" }).click();
    await page.getByTestId("user-menu").waitFor({ state: "detached" });
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}-${name}.png`, fullPage: true });

  it("the coordinator sets a target, a Dinkes contributor imports the filled template after fixing two rows, the coordinator verifies one value and returns another, and the dashboard shows the achievement", {
    timeout: 300_000,
  }, async () => {
    // Kota Banjar's enacted 2024–2033 plan with its OPD contributors (no Solok draft: not needed here).
    await seedDemo(j.app(), () => {}, { steps: [banjarMasterplanStep] });
    const db = j.app().database.db;
    const [plan] = await db.select().from(masterplan).where(eq(masterplan.regionCode, BANJAR));
    if (!plan) throw new Error("Banjar plan missing");
    expect(plan.status).toBe("enacted");
    const programs = await db.select().from(program).where(eq(program.masterplanId, plan.id));
    const ehrProgram = programs.find((p) => p.name.startsWith("Rekam medis elektronik"));
    const posyandu = programs.find((p) => p.name.startsWith("Posyandu digital"));
    if (!ehrProgram || !posyandu) throw new Error("Dinkes programs missing");
    // One indicator with targets is already there (the plan's own table); the other the coordinator adds below.
    const ehr = await nationalIndicator(j.app(), EHR);
    const ehrLink = await linkIndicatorDirect(j.app(), ehrProgram.id, ehr.id, {
      2024: 20,
      2025: 40,
      2026: 60,
      2027: 80,
    });

    const page = j.page();
    await page.setViewportSize({ width: 1440, height: 1000 });

    // ── The coordinator links the maternal mortality indicator to the posyandu program, with a target ──
    await signIn(page, DEMO_PEOPLE.coordinators[0].email);
    // First a regional indicator of its own in the catalogue: the form says what is missing before it saves.
    await page.goto(j.url(`/indikator?region=${BANJAR}&scope=regional`));
    await page.getByTestId("catalog-empty").waitFor();
    await page.getByTestId(`catalog-add-${BANJAR}`).click();
    await page.getByTestId("indicator-form-submit").click();
    const form = page.getByTestId("indicator-form-modal");
    await form.getByText("Kode indikator wajib diisi").waitFor();
    await form.getByText("Pilih arah indikator").waitFor();
    await page.getByTestId("indicator-code").fill("BJR-KES-01");
    await page.getByTestId("indicator-name").fill("Puskesmas dengan rekam medis elektronik terhubung SATUSEHAT");
    await page.getByTestId("indicator-unit").fill("% puskesmas");
    await page.getByTestId("indicator-direction").click();
    await page.getByRole("option", { name: "Semakin tinggi semakin baik" }).click();
    await page
      .getByTestId("indicator-definition")
      .fill("Puskesmas yang mengirim rekam medis ke SATUSEHAT setiap hari.");
    await page.getByTestId("indicator-measure").fill("Puskesmas terhubung ÷ seluruh puskesmas × 100");
    await page.getByTestId("indicator-form-submit").click();
    await page.getByTestId("indicator-title").getByText("Puskesmas dengan rekam medis").waitFor();
    expect(await page.getByTestId("indicator-scope").textContent()).toContain("Kota Banjar");
    await page.goto(j.url(`/indikator?region=${BANJAR}&scope=regional`));
    await expect.poll(() => page.getByTestId("catalog-row").count()).toBe(1);
    await shot(page, "0-catalogue");

    await page.goto(j.url(`/masterplan/${plan.id}`));
    await page.getByTestId("masterplan-monitoring").click();
    await page.getByTestId("monitoring-dashboard").waitFor();
    await page.goto(j.url(`/masterplan/${plan.id}/monitoring/program/${posyandu.id}`));
    await page.getByTestId("indicator-link-open").click();
    const pick = page.getByTestId("indicator-pick");
    await pick.fill("Kematian Ibu");
    await page.getByRole("option", { name: /Angka Kematian Ibu/ }).click();
    await page.getByTestId("baseline-value").fill("102");
    await page.getByTestId("baseline-year").fill("2023");
    await page.getByTestId("target-2025").fill("90");
    await page.getByTestId("target-2026").fill("85");
    await page.getByTestId("indicator-targets-submit").click();
    await page.getByTestId("indicator-targets-modal").waitFor({ state: "hidden" });
    await page.getByTestId("program-indicator").filter({ hasText: "Angka Kematian Ibu" }).waitFor();
    await shot(page, "1-program-targets");
    await signOut(page);

    // ── The Dinkes contributor downloads the pre-filled template and fills it, two rows wrongly ──
    await signIn(page, "dinkes@demo-banjarkota.go.id");
    await page.goto(j.url(`/masterplan/${plan.id}/monitoring?tab=data`));
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("realisations-template-xlsx").click(),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("Realisasi");
    if (!ws) throw new Error("template sheet missing");
    const rowOf = (indicator: string, year: number) => {
      for (let n = 2; n <= ws.rowCount; n++) {
        const r = ws.getRow(n);
        if (r.getCell(4).value === indicator && r.getCell(7).value === year) return r;
      }
      throw new Error(`no template row for ${indicator} ${year}`);
    };
    // Only Dinkes's programs: the two indicators over their programs' years (2024–2027 and
    // 2025–2033) up to this year, since later years have no realisations yet.
    const thisYear = new Date().getUTCFullYear();
    const yearsUpToNow = (from: number, to: number) => Math.max(0, Math.min(to, thisYear) - from + 1);
    expect(ws.rowCount).toBe(1 + yearsUpToNow(2024, 2027) + yearsUpToNow(2025, 2033));
    rowOf(EHR, 2024).getCell(10).value = 22;
    const ehr2025 = rowOf(EHR, 2025);
    ehr2025.getCell(6).value = "persen"; // wrong unit
    ehr2025.getCell(10).value = 38;
    const maternal2025 = rowOf(MATERNAL, 2025);
    maternal2025.getCell(10).value = "delapan puluh empat"; // not a number
    const upload = async (name: string) =>
      page.getByTestId("realisations-import-input").setInputFiles({
        name,
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: Buffer.from(await wb.xlsx.writeBuffer()),
      });

    await upload("realisasi-dinkes.xlsx");
    const errors = page.getByTestId("realisations-import-errors");
    await errors.waitFor();
    await expect.poll(() => errors.getByTestId("import-issue").count()).toBe(2);
    const issues = await errors.getByTestId("import-issue").allInnerTexts();
    expect(issues[0]).toContain("Satuan");
    expect(issues[0]).toContain('Satuan "persen" tidak sesuai');
    expect(issues[1]).toContain("Realisasi");
    expect(issues[1]).toContain("bukan angka");
    const [stored] = await db.select({ n: count() }).from(observation);
    expect(stored?.n).toBe(0);
    await shot(page, "2-import-rejected");

    // Fixed: the unit back as the template had it, the value as a number (Indonesian decimal comma).
    ehr2025.getCell(6).value = "% penduduk";
    maternal2025.getCell(10).value = "84,0";
    await upload("realisasi-dinkes-perbaikan.xlsx");
    const done = page.getByTestId("realisations-import-done");
    await done.waitFor();
    expect(await done.innerText()).toContain("3 baris (3 baru, 0 diperbarui)");
    await expect.poll(() => errors.count()).toBe(0);

    // Evidence for the 2024 value, on the program's page.
    await page.goto(j.url(`/masterplan/${plan.id}/monitoring/program/${ehrProgram.id}?year=2024`));
    const row2024 = page.getByTestId("realisation-row").filter({ hasText: "2024" });
    await row2024.waitFor();
    await row2024.locator('[data-testid$="-upload-input"]').setInputFiles({
      name: "laporan-rme-2024.pdf",
      mimeType: "application/pdf",
      buffer: TINY_PDF,
    });
    await row2024.getByText("laporan-rme-2024.pdf").waitFor();
    // And the program's 2025 progress, in Rupiah.
    await page.getByTestId("progress-edit-2025").click();
    await page.getByTestId("progress-status").click();
    await page.getByRole("option", { name: "Sesuai jadwal" }).click();
    await page.getByTestId("progress-physical").fill("45");
    await page.getByTestId("progress-allocated").fill("1200000000");
    await page.getByTestId("progress-realised").fill("950000000");
    await page.getByTestId("progress-form-submit").click();
    await page.getByTestId("progress-modal").waitFor({ state: "hidden" });
    await page.getByTestId("progress-row-2025").getByText("Rp 950.000.000").waitFor();
    await shot(page, "3-program-entered");
    await signOut(page);

    // ── The coordinator verifies the 2025 realisation from the queue ──
    await signIn(page, DEMO_PEOPLE.coordinators[0].email);
    await page.goto(j.url(`/masterplan/${plan.id}/monitoring?tab=verifikasi`));
    const queue = page.getByTestId("realisation-queue");
    await queue.waitFor();
    expect(await queue.getByTestId("queue-row").count()).toBe(3);
    const [ehrValue] = await db
      .select()
      .from(observation)
      .where(and(eq(observation.programIndicatorId, ehrLink.id), eq(observation.year, 2025)));
    if (!ehrValue) throw new Error("imported 2025 value missing");
    await shot(page, "4-queue");
    await page.getByTestId(`realisation-verify-${ehrValue.id}`).click();
    await page.getByTestId("notice").getByText("Realisasi diverifikasi.").waitFor();
    await expect.poll(() => queue.getByTestId("queue-row").count()).toBe(2);
    const [verified] = await db.select().from(observation).where(eq(observation.id, ehrValue.id));
    expect(verified?.status).toBe("verified");
    // The maternal mortality value goes back to Dinkes with a note: a reason is required.
    const maternalRow = queue.getByTestId("queue-row").filter({ hasText: "Angka Kematian Ibu" });
    await maternalRow.getByRole("button", { name: "Kembalikan" }).click();
    await page.getByTestId("return-submit").click();
    await page.getByText("Tulis alasan pengembalian").waitFor();
    await page.getByTestId("return-note").fill("Angka 2025 belum sesuai laporan Dinkes; lampirkan rekap puskesmas.");
    await page.getByTestId("return-submit").click();
    await page.getByTestId("notice").getByText("Realisasi dikembalikan").waitFor();
    await expect.poll(() => queue.getByTestId("queue-row").count()).toBe(1);

    // ── The dashboard shows the achievement: 38 of a 40 target is 95 %, on target ──
    await page.goto(j.url(`/masterplan/${plan.id}/monitoring?year=2025&indicator=${ehrLink.id}`));
    const dashboard = page.locator('[data-testid="monitoring-dashboard"][data-year="2025"]');
    await dashboard.waitFor();
    const achievement = page.getByTestId("trend-achievement-2025");
    await achievement.waitFor();
    expect(await achievement.getAttribute("data-light")).toBe("green");
    expect(await achievement.innerText()).toContain("95,00%");
    expect(await page.getByTestId("trend-year-2025").textContent()).toContain("Terverifikasi");
    await page.getByTestId("chart-trend").locator("svg").waitFor();
    await page.getByTestId("chart-budget").locator("svg").waitFor();
    // Two indicators have a 2025 target; the returned value does not count, so the mean is the verified 95 %.
    expect(await page.getByTestId("figure-achievement").innerText()).toContain("95,00%");
    expect(await page.getByTestId("dimension-progress-living").textContent()).toContain("Tercapai");
    await shot(page, "5-dashboard");
    await page.getByTestId("monitoring-tab-quick-wins").click();
    await page.getByTestId("quick-win-monitoring").first().waitFor();
    await shot(page, "6-quick-wins");
    await page.getByTestId("monitoring-tab-program").click();
    await page.getByTestId("monitoring-program-row").first().waitFor();
    await shot(page, "7-programs");

    // The same dashboard in English.
    await page.getByTestId("lang-switch").getByRole("button", { name: /^EN/ }).click();
    await page.goto(j.url(`/masterplan/${plan.id}/monitoring?year=2025&indicator=${ehrLink.id}`));
    await page.getByTestId("monitoring-title").getByText("Smart City monitoring, Kota Banjar").waitFor();
    expect(await page.getByTestId("trend-achievement-2025").innerText()).toContain("95.00%");
    await shot(page, "8-dashboard-en");
  });
});
