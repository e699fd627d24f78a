import { describe, expect, it } from "vitest";
import { createAccount } from "../server/services/people/create-account";
import { browserAvailable } from "./support/browser";
import { setupJourney } from "./support/journey";

const ADMIN = { email: "admin@komdigi.go.id", password: "sandi-admin-nasional" };
const COORDINATOR = { email: "rina@banjarkota.go.id", name: "Rina Wulandari", password: "sandi-rina-banjar-1" };

describe.runIf(browserAvailable())("accounts journey", () => {
  const j = setupJourney();

  it("admin invites a Kota Banjar coordinator, who joins from the outbox link, adds an OPD, and the admin sees both in the audit log", async () => {
    await createAccount(j.app().database.db, j.app().auth, {
      email: ADMIN.email,
      name: "Admin Nasional",
      password: ADMIN.password,
      membership: { role: "national_admin" },
      createdBy: null,
    });
    const page = j.page();

    // The admin signs in and invites the coordinator.
    await page.goto(j.url("/masuk"));
    await page.getByLabel("E-mail").fill(ADMIN.email);
    await page.getByLabel("Kata sandi").fill(ADMIN.password);
    await page.getByTestId("sign-in-submit").click();
    await page.getByTestId("user-menu").waitFor();
    await page.goto(j.url("/pengguna"));
    await page.getByTestId("invite-open").click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("E-mail").fill(COORDINATOR.email);
    await dialog.getByLabel("Nama").fill(COORDINATOR.name);
    await dialog.getByRole("textbox", { name: "Peran" }).click();
    await page.getByRole("option", { name: "Koordinator daerah" }).click();
    await dialog.getByRole("textbox", { name: "Wilayah" }).fill("Banjar");
    await page.getByRole("option", { name: "Kota Banjar (32.79)" }).click();
    await dialog.getByTestId("invite-submit").click();
    await dialog.waitFor({ state: "hidden" });

    // The invitation waits in the outbox (no SMTP here); the admin hands over the link.
    await page.goto(j.url("/kotak-keluar"));
    const message = page.getByTestId("outbox-message").filter({ hasText: COORDINATOR.email }).first();
    await message.waitFor();
    const link = await message.locator("a[href*='/undangan/']").first().getAttribute("href");
    expect(link).toMatch(/\/undangan\/[\w-]{30,}$/);
    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "Keluar" }).click();
    await page.getByRole("link", { name: "Masuk" }).first().waitFor();

    // The coordinator accepts, which signs them in.
    // The link names the configured public address; this test server listens elsewhere.
    await page.goto(j.url(new URL(link ?? "", "http://localhost").pathname));
    await page.getByText("Koordinator daerah").first().waitFor();
    await page.getByLabel("Kata sandi", { exact: true }).fill(COORDINATOR.password);
    await page.getByLabel("Ulangi kata sandi").fill(COORDINATOR.password);
    await page.getByTestId("accept-submit").click();
    await page.getByTestId("user-menu").waitFor();

    // …and adds an OPD to Kota Banjar.
    await page.goto(j.url("/wilayah/32.79/opd"));
    await page.getByTestId("opd-add-open").click();
    await page.getByLabel("Nama OPD").fill("Dinas Komunikasi dan Informatika");
    await page.getByLabel("Singkatan").fill("Diskominfo");
    await page.getByRole("textbox", { name: "Jenis" }).click();
    await page.getByRole("option", { name: "Dinas", exact: true }).click();
    await page.getByTestId("opd-add-submit").click();
    await page.getByTestId("opd-row").filter({ hasText: "Diskominfo" }).waitFor();
    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "Keluar" }).click();
    await page.getByRole("link", { name: "Masuk" }).first().waitFor();

    // The admin finds both actions in the audit log.
    await page.goto(j.url("/masuk"));
    await page.getByLabel("E-mail").fill(ADMIN.email);
    await page.getByLabel("Kata sandi").fill(ADMIN.password);
    await page.getByTestId("sign-in-submit").click();
    await page.getByTestId("user-menu").waitFor();
    await page.goto(j.url("/audit"));
    await page.locator('[data-testid="audit-row"][data-action="opd.created"]').first().waitFor();
    const accepted = page.locator('[data-testid="audit-row"][data-action="invitation.accepted"]');
    expect(await accepted.count()).toBe(1);
    expect(await accepted.first().textContent()).toContain(COORDINATOR.email);
    const created = page.locator('[data-testid="audit-row"][data-action="opd.created"]').first();
    expect(await created.textContent()).toContain("Diskominfo");
  });
});
