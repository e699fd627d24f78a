import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { membership } from "../server/db/schema/index";
import { createAccount } from "../server/services/people/create-account";
import { browserAvailable } from "./support/browser";
import { setupJourney } from "./support/journey";

const PASSWORD = "sandi-uji-angkatan-2024";
// The ten regions selected into GMSC 2024, and four more on the invitation list.
const SELECTED = ["51.06", "75.03", "51.04", "33.26", "33.03", "36.04", "63.10", "32.79", "73.72", "13.72"];
const OTHERS = ["33.76", "33.19", "71.72", "52.03"];
const STAGE_ONE = ["analisis-kesenjangan", "swot", "isu-prioritas", "visi-misi"];

describe.runIf(browserAvailable())("GMSC 2024 cohort journey", () => {
  const j = setupJourney();

  async function person(
    email: string,
    role: "national_admin" | "assessor" | "mentor" | "region_coordinator",
    regionCode?: string,
  ) {
    const app = j.app();
    const u = await createAccount(app.database.db, app.auth, {
      email,
      name: email.split("@")[0] ?? email,
      password: PASSWORD,
      membership: { role, regionCode },
      createdBy: null,
    });
    return u;
  }

  async function signIn(page: Page, email: string) {
    await page.goto(j.url("/masuk"));
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Kata sandi", { exact: true }).fill(PASSWORD);
    await page.getByTestId("sign-in-submit").click();
    await page.getByTestId("user-menu").waitFor();
  }

  async function apiAs(email: string) {
    const res = await j
      .app()
      .inject({ method: "POST", url: "/api/auth/sign-in/email", payload: { email, password: PASSWORD } });
    const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    return (method: "GET" | "PUT", url: string, payload?: object) =>
      j.app().inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  }

  it("runs from the invitation list to Bimtek I approved, and refuses to close Bimtek II early", {
    timeout: 240_000,
  }, async () => {
    await person("admin@komdigi.go.id", "national_admin");
    const assessors = [await person("asesor1@uji.id", "assessor"), await person("asesor2@uji.id", "assessor")];
    await person("mentor.banjar@uji.id", "mentor", "32.79");
    await person("koordinator@banjarkota.go.id", "region_coordinator", "32.79");
    const page = j.page();
    await page.setViewportSize({ width: 1440, height: 900 });

    // The program office creates the cohort and its invitation list.
    await signIn(page, "admin@komdigi.go.id");
    await page.goto(j.url("/angkatan"));
    await page.getByTestId("cohort-create-open").click();
    await page.getByLabel("Tahun").fill("2024");
    await page.getByLabel("Nama angkatan").fill("Gerakan Menuju Smart City 2024");
    await page.getByLabel("Kuota").fill("10");
    await page.getByTestId("cohort-create-submit").click();
    await page.getByTestId("cohort-title").waitFor();
    const cohortId = Number(new URL(page.url()).pathname.split("/").pop());
    await page.getByTestId("candidates-add-open").click();
    await page.getByTestId("candidates-add-tab-codes").click();
    await page.getByLabel("Kode wilayah").fill([...SELECTED, ...OTHERS].join("\n"));
    await page.getByTestId("candidates-add-submit").click();
    await page.getByTestId("notice").waitFor();
    await page.getByTestId("candidate-row").nth(13).waitFor();
    expect(await page.getByTestId("candidate-row").count()).toBe(14);
    await page.getByTestId("transition-assessment").click();
    await page.getByTestId("transition-selection").waitFor();

    // Two assessors of the cohort score every candidate (through the API, as a scoring sheet would).
    for (const a of assessors) {
      await j.app().database.db.update(membership).set({ cohortId }).where(eq(membership.userId, a.id));
    }
    for (const [ai, a] of assessors.entries()) {
      const call = await apiAs(a.email);
      const candidates = (await call("GET", `/api/cohorts/${cohortId}/candidates`)).json().data as Array<{
        id: number;
        regionCode: string;
      }>;
      const assessment = (await call("GET", `/api/candidates/${candidates[0]?.id}/assessment`)).json().data;
      for (const c of candidates) {
        const base = SELECTED.includes(c.regionCode) ? 5 - ((SELECTED.indexOf(c.regionCode) + ai) % 2) : 2;
        const res = await call("PUT", `/api/candidates/${c.id}/scores`, {
          scores: assessment.instrument.criteria.map((k: { id: number }) => ({ criterionId: k.id, score: base })),
        });
        expect(res.statusCode).toBe(204);
      }
    }

    // Selection of the ten, with the result letter, published.
    await page.reload();
    await page.getByTestId("transition-selection").click();
    await page.getByTestId("transition-mou").waitFor();
    await page.getByTestId("cohort-tab-seleksi").click();
    await page.getByLabel("Nomor surat hasil").fill("B-001/DJAI/AI.01.02/01/2024");
    await page.getByLabel("Tanggal surat hasil").fill("2024-01-19");
    await page.getByTestId("selection-publish").click();
    await page.getByTestId("confirm-publish").click();
    await page.getByTestId("selection-published").waitFor();
    const statuses = (await (await apiAs("admin@komdigi.go.id"))("GET", `/api/cohorts/${cohortId}/candidates`)).json()
      .data as Array<{
      id: number;
      regionCode: string;
      status: string;
    }>;
    expect(
      statuses
        .filter((c) => c.status === "selected")
        .map((c) => c.regionCode)
        .sort(),
    ).toEqual([...SELECTED].sort());

    // One virtual ceremony on 5 March 2024 for the ten regions.
    await page.getByTestId("transition-mou").click();
    await page.getByTestId("transition-mentoring").waitFor();
    await page.getByTestId("cohort-tab-mou").click();
    await page.getByTestId("mou-row").nth(9).waitFor();
    await page.getByTestId("ceremony-open").click();
    await page.getByLabel("Tanggal penandatanganan").fill("2024-03-05");
    await page.getByLabel("Tempat").fill("Penandatanganan virtual");
    await page.getByLabel("Nama penandatangan Kementerian").fill("Direktur Jenderal Aplikasi Informatika");
    await page.getByLabel("Jabatan penandatangan Kementerian").fill("Direktur Jenderal");
    for (const c of statuses.filter((s) => s.status === "selected")) {
      await page.getByTestId(`ceremony-ministryNumber-${c.id}`).fill(`NK-${c.id}/DJAI/03/2024`);
      await page.getByTestId(`ceremony-regionNumber-${c.id}`).fill(`NK/${c.regionCode}/2024`);
      await page.getByTestId(`ceremony-regionSignatoryName-${c.id}`).fill("Kepala Daerah");
      await page.getByTestId(`ceremony-regionSignatoryPosition-${c.id}`).fill("Bupati/Wali Kota");
    }
    await page.getByTestId("ceremony-submit").click();
    await page.getByTestId("notice").waitFor();
    await page.getByTestId("transition-mentoring").click();
    await page.getByTestId("transition-completed").waitFor();

    // Kota Banjar's coordinator submits the Bimtek I deliverables.
    const banjar = statuses.find((c) => c.regionCode === "32.79")?.id;
    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "Keluar" }).click();
    await signIn(page, "koordinator@banjarkota.go.id");
    await page.goto(j.url(`/kandidat/${banjar}?tab=bimtek`));
    await page.getByTestId("stage-1").waitFor();
    for (const code of STAGE_ONE) {
      await page.getByTestId(`deliverable-link-${code}`).fill(`https://drive.banjarkota.go.id/bimtek-1/${code}`);
      await page.getByTestId(`deliverable-submit-${code}`).click();
      await page.locator(`[data-testid=deliverable][data-code=${code}][data-status=submitted]`).waitFor();
    }
    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "Keluar" }).click();

    // The mentor approves them and closes Bimtek I; Bimtek II refuses to close.
    await signIn(page, "mentor.banjar@uji.id");
    await page.goto(j.url(`/kandidat/${banjar}?tab=bimtek`));
    await page.getByTestId("stage-1").waitFor();
    for (const code of STAGE_ONE) {
      await page.getByTestId(`deliverable-approve-${code}`).click();
      await page.locator(`[data-testid=deliverable][data-code=${code}][data-status=approved]`).waitFor();
    }
    await page.getByTestId("stage-close-1").click();
    await page.locator("[data-testid=stage-1][data-closed=true]").waitFor();
    await page.getByTestId("stage-close-2").click();
    const gate = page.getByTestId("stage-gate-message-2");
    await gate.waitFor();
    expect(await gate.innerText()).toContain("Tahap II belum dapat ditutup");
    expect(await page.locator("[data-testid=stage-2][data-closed=true]").count()).toBe(0);
  });
});
