import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { App } from "../server/app";
import { makeWorkspace, workspaceOf } from "../server/testing/cohort-factories";
import { signIn as apiSignIn, makeOpd, makeUser, TEST_PASSWORD } from "../server/testing/factories";
import { makeMasterplan } from "../server/testing/masterplan-factories";
import { linkIndicatorDirect, makeProgram, nationalIndicator, THIS_YEAR } from "../server/testing/monitoring-factories";
import { waitFor } from "../server/testing/wait";
import { browserAvailable } from "./support/browser";
import { setupJourney } from "./support/journey";

const BANJAR = "32.79";
const BANDUNG = "32.73";
const SHOTS = "/tmp/tasks-journey";
const RETURN_NOTE = "Angka belum sesuai laporan Diskominfo; lampirkan rekap triwulan IV.";
// Generous, bounded waits: the journeys run on a slow machine shared with other work.
const WAIT = { timeout: 30_000 };
const POLL = { timeout: 30_000, interval: 250 };
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

type Method = "GET" | "POST" | "PUT" | "PATCH";

/** A request through the test server as someone signed in; anything but 2xx fails the journey there. */
async function call<T = { id: number; version: number }>(
  app: App,
  cookie: string,
  method: Method,
  url: string,
  payload?: object,
): Promise<T> {
  const res = await app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.json().data as T;
}

/** A deliverable of stage I submitted by the region's coordinator, waiting for the mentor. */
async function submittedDeliverable(app: App, regionCode: string) {
  const { candidate } = await makeWorkspace(app, regionCode);
  const coordinator = await makeUser(app, { role: "region_coordinator", regionCode }, { name: "Rina Koordinator" });
  const mentor = await makeUser(app, { role: "mentor", regionCode }, { name: "Budi Mentor" });
  const [stage1] = await workspaceOf(app, candidate.id);
  const first = stage1?.deliverables[0];
  if (!stage1 || !first) throw new Error("workspace without deliverables");
  const cookie = await apiSignIn(app, coordinator.email);
  await call(app, cookie, "PATCH", `/api/deliverables/${first.id}`, {
    link: "https://drive.contoh.go.id/analisis-kesenjangan",
    version: 1,
  });
  await call(app, cookie, "POST", `/api/deliverables/${first.id}/actions`, { action: "submit" });
  return { candidate, coordinator, coordinatorCookie: cookie, mentor, deliverable: first };
}

/** Whether the element is inside the viewport (brought into view, not merely on the page). */
const inView = (locator: Locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  });

/** Whether a menu has finished fading in (a screenshot mid-transition shows the page through it). */
const opaque = (locator: Locator) => locator.evaluate((el) => getComputedStyle(el).opacity === "1");

const overflowsHorizontally = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);

describe.runIf(browserAvailable())("Perlu Tindakan and notifications", () => {
  const j = setupJourney({ mail: true });

  async function signIn(page: Page, email: string) {
    await page.goto(j.url("/masuk"));
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Kata sandi", { exact: true }).fill(TEST_PASSWORD);
    await page.getByTestId("sign-in-submit").click();
    // Everyone starts on what waits for them.
    await page.waitForURL((u) => u.pathname === "/tugas", WAIT);
    await page.getByTestId("user-menu").waitFor(WAIT);
  }

  async function signOut(page: Page) {
    await page.getByTestId("user-menu").click();
    await page.getByRole("menuitem", { name: "Keluar" }).click();
    await page.getByTestId("user-menu").waitFor({ state: "detached", ...WAIT });
  }

  /** The list has answered: either tasks or the empty state, not the skeleton. */
  const tasksLoaded = (page: Page) =>
    page.locator('[data-testid="task"], [data-testid="tasks-empty"]').first().waitFor(WAIT);

  const shot = (page: Page, name: string, fullPage = true) =>
    page.screenshot({ path: `${SHOTS}-${name}.png`, fullPage });

  it("the mentor approves a deliverable from Perlu Tindakan, the coordinator hears of it through the bell and by e-mail, and an OPD contributor corrects a returned value", {
    timeout: 300_000,
  }, async () => {
    const app = j.app();
    const admin = await makeUser(app, { role: "national_admin" });
    const { candidate, coordinator, coordinatorCookie, mentor, deliverable } = await submittedDeliverable(app, BANJAR);
    const deliverableHref = `/kandidat/${candidate.id}?tab=bimtek#keluaran-${deliverable.id}`;

    // An enacted plan whose program Diskominfo owns; its contributor entered last year's value and
    // the coordinator returned it with a note.
    const plan = await makeMasterplan(app, BANJAR, {
      status: "enacted",
      periodStart: THIS_YEAR - 2,
      periodEnd: THIS_YEAR + 7,
    });
    const diskominfo = await makeOpd(app, BANJAR, "Diskominfo");
    const contributor = await makeUser(
      app,
      { role: "opd_contributor", regionCode: BANJAR, opdId: diskominfo.id },
      { name: "Sari Diskominfo" },
    );
    const program = await makeProgram(app, plan.id, diskominfo.id, { startYear: THIS_YEAR - 1 });
    const indicator = await nationalIndicator(app, "EC: ICT: ICT: 1C");
    const link = await linkIndicatorDirect(app, program.id, indicator.id, { [THIS_YEAR - 1]: 80, [THIS_YEAR]: 90 });
    const entered = await call(
      app,
      await apiSignIn(app, contributor.email),
      "POST",
      `/api/program-indicators/${link.id}/realisations`,
      {
        year: THIS_YEAR - 1,
        value: 75,
      },
    );
    await call(app, coordinatorCookie, "POST", `/api/realisations/${entered.id}/return`, {
      version: entered.version,
      note: RETURN_NOTE,
    });
    // The coordinator wants each notification by e-mail at once.
    const prefs = await call<{ version: number }>(app, coordinatorCookie, "GET", "/api/me/notification-preferences");
    await call(app, coordinatorCookie, "PUT", "/api/me/notification-preferences", {
      emailMode: "immediate",
      mutedKinds: [],
      version: prefs.version,
    });

    const page = j.page();
    await page.setViewportSize(DESKTOP);

    // ── The mentor: from Perlu Tindakan to the deliverable, approved there ──
    await signIn(page, mentor.email);
    const review = page.locator('[data-testid="task"][data-kind="deliverable.review"]');
    await review.waitFor(WAIT);
    expect(await page.getByTestId("task").count()).toBe(1);
    expect(await review.innerText()).toContain("Tinjau keluaran Tahap 1");
    expect(await review.innerText()).toContain("Kota Banjar");
    await shot(page, "desktop-1-mentor-tasks");
    await review.getByTestId("task-link").click();
    await page.waitForURL(
      (u) => u.pathname === `/kandidat/${candidate.id}` && u.hash === `#keluaran-${deliverable.id}`,
      WAIT,
    );
    expect(new URL(page.url()).searchParams.get("tab")).toBe("bimtek");
    const row = page.locator(`#keluaran-${deliverable.id}`);
    await row.waitFor(WAIT);
    expect(await row.getAttribute("data-status")).toBe("submitted");
    await expect.poll(() => inView(row), POLL).toBe(true);
    await row.getByTestId(`deliverable-approve-${deliverable.code}`).click();
    await page.locator(`#keluaran-${deliverable.id}[data-status="approved"]`).waitFor(WAIT);
    await page.getByTestId("nav-tasks").click();
    await page.waitForURL((u) => u.pathname === "/tugas", WAIT);
    // It was the only thing waiting: nothing is left.
    await page.getByTestId("tasks-empty").getByText("Tidak ada yang menunggu Anda").waitFor(WAIT);
    expect(await page.getByTestId("task").count()).toBe(0);
    await signOut(page);

    // ── The coordinator: the bell tells of the approval; opening it marks it read and leads there ──
    await signIn(page, coordinator.email);
    const bell = page.getByTestId("bell");
    await expect.poll(() => bell.getAttribute("aria-label"), POLL).toBe("Notifikasi, 1 belum dibaca");
    expect(await page.getByTestId("bell-count").innerText()).toBe("1");
    await shot(page, "desktop-2-coordinator-tasks");
    await bell.click();
    const dropdown = page.getByTestId("bell-dropdown");
    const approved = dropdown.getByTestId("bell-item").filter({ hasText: "disetujui" });
    await approved.waitFor(WAIT);
    expect(await approved.getAttribute("data-unread")).toBe("true");
    expect(await approved.innerText()).toContain("Kota Banjar: keluaran Tahap 1 disetujui");
    await expect.poll(() => opaque(dropdown), POLL).toBe(true);
    await shot(page, "desktop-3-bell");
    await approved.click();
    await page.waitForURL(
      (u) => u.pathname === `/kandidat/${candidate.id}` && u.hash === `#keluaran-${deliverable.id}`,
      WAIT,
    );
    const approvedRow = page.locator(`#keluaran-${deliverable.id}`);
    await approvedRow.waitFor(WAIT);
    expect(await approvedRow.getAttribute("data-status")).toBe("approved");
    await expect.poll(() => inView(approvedRow), POLL).toBe(true);
    await expect.poll(() => bell.getAttribute("aria-label"), POLL).toBe("Notifikasi");
    expect(await page.getByTestId("bell-count").count()).toBe(0);
    await bell.click();
    await dropdown.getByTestId("bell-item").filter({ hasText: "disetujui" }).waitFor(WAIT);
    expect(await dropdown.locator('[data-testid="bell-item"][data-unread]').count()).toBe(0);
    await page.keyboard.press("Escape");
    await dropdown.waitFor({ state: "hidden", ...WAIT });
    await page.goto(j.url("/notifikasi"));
    await page.getByTestId("notification").first().waitFor(WAIT);
    await shot(page, "desktop-4-notifications");

    // The immediate e-mail: written to the outbox with the change, then sent by the job queue.
    const adminCookie = await apiSignIn(app, admin.email);
    type Outbox = { to: string; kind: string; subject: string; text: string; status: string };
    const mail = await waitFor(
      async () => {
        const box = await call<Outbox[]>(app, adminCookie, "GET", "/api/outbox?pageSize=100");
        return box.find((m) => m.to === coordinator.email && m.kind === "notification" && m.status === "sent");
      },
      { timeoutMs: 30_000, everyMs: 250, what: `the approval e-mail to ${coordinator.email} to be sent` },
    );
    expect(mail.subject).toContain("Kota Banjar: keluaran Tahap 1 disetujui");
    expect(mail.text).toContain(deliverableHref);
    await waitFor(() => j.smtp().to(coordinator.email).length > 0, {
      timeoutMs: 30_000,
      what: "the local SMTP server to receive the e-mail",
    });
    // Its link opens the deliverable for the signed-in coordinator.
    await page.goto(j.url(deliverableHref));
    await page.locator(`#keluaran-${deliverable.id}[data-status="approved"]`).waitFor(WAIT);
    await signOut(page);

    // ── The OPD contributor: the returned value with the coordinator's note, corrected in place ──
    await signIn(page, contributor.email);
    const fix = page.locator('[data-testid="task"][data-kind="realisation.fix"]');
    await fix.waitFor(WAIT);
    expect(await fix.innerText()).toContain("Perbaiki realisasi yang dikembalikan");
    expect(await fix.getByTestId("task-note").innerText()).toContain(RETURN_NOTE);
    await shot(page, "desktop-5-contributor-tasks");
    await fix.getByTestId("task-link").click();
    await page.waitForURL(
      (u) =>
        u.pathname === `/masterplan/${plan.id}/monitoring/program/${program.id}` &&
        u.hash === `#realisasi-${entered.id}`,
      WAIT,
    );
    const valueRow = page.locator(`#realisasi-${entered.id}`);
    await valueRow.waitFor(WAIT);
    expect(await valueRow.getAttribute("data-status")).toBe("returned");
    await expect.poll(() => inView(valueRow), POLL).toBe(true);
    expect(await valueRow.innerText()).toContain(RETURN_NOTE);
    await valueRow.getByTestId(`realisation-edit-${entered.id}`).click();
    const modal = page.getByTestId("realisation-modal");
    await modal.getByTestId("realisation-value").fill("78");
    await modal.getByTestId("realisation-note").fill("Sesuai rekap triwulan IV, terlampir.");
    await modal.getByTestId("realisation-form-submit").click();
    await modal.waitFor({ state: "hidden", ...WAIT });
    await page.locator(`#realisasi-${entered.id}[data-status="entered"]`).waitFor(WAIT);
    expect(await page.locator(`#realisasi-${entered.id}`).innerText()).toContain("78");
    await page.getByTestId("nav-tasks").click();
    await page.waitForURL((u) => u.pathname === "/tugas", WAIT);
    await tasksLoaded(page);
    // The returned value no longer waits; this year's report still does.
    await expect.poll(() => fix.count(), POLL).toBe(0);
    await page.locator('[data-testid="task"][data-kind="program.report"]').first().waitFor(WAIT);
  });

  it("on a phone, Perlu Tindakan and the bell fit the screen and the task opens with the keyboard", {
    timeout: 180_000,
  }, async () => {
    const app = j.app();
    const { candidate, mentor, deliverable } = await submittedDeliverable(app, BANDUNG);
    const page = j.page();
    await page.setViewportSize(PHONE);
    await signIn(page, mentor.email);
    const review = page.locator('[data-testid="task"][data-kind="deliverable.review"]');
    await review.waitFor(WAIT);
    expect(await overflowsHorizontally(page)).toBe(false);
    await shot(page, "phone-1-tasks");

    // The bell: the mentor was told of the submission.
    const bell = page.getByTestId("bell");
    await expect.poll(() => bell.getAttribute("aria-label"), POLL).toBe("Notifikasi, 1 belum dibaca");
    await bell.click();
    const dropdown = page.getByTestId("bell-dropdown");
    await dropdown.getByTestId("bell-item").filter({ hasText: "diajukan" }).waitFor(WAIT);
    expect(await overflowsHorizontally(page)).toBe(false);
    const box = await dropdown.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
    await expect.poll(() => opaque(dropdown), POLL).toBe(true);
    await shot(page, "phone-2-bell");
    await page.keyboard.press("Escape");
    await dropdown.waitFor({ state: "hidden", ...WAIT });

    await page.goto(j.url("/notifikasi"));
    await page.getByTestId("notification").first().waitFor(WAIT);
    expect(await overflowsHorizontally(page)).toBe(false);
    await shot(page, "phone-3-notifications");

    // From the top of /tugas, Tab reaches the task's link and Enter opens it.
    await page.goto(j.url("/tugas"));
    await review.waitFor(WAIT);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null);
    let presses = 0;
    while ((await focused()) !== "task-link") {
      expect(presses++, "Tab presses before the task's link is focused").toBeLessThan(25);
      await page.keyboard.press("Tab");
    }
    expect(await review.getByTestId("task-link").evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await page.waitForURL(
      (u) => u.pathname === `/kandidat/${candidate.id}` && u.hash === `#keluaran-${deliverable.id}`,
      WAIT,
    );
    const row = page.locator(`#keluaran-${deliverable.id}`);
    await row.waitFor(WAIT);
    await expect.poll(() => inView(row), POLL).toBe(true);
    expect(await overflowsHorizontally(page)).toBe(false);
    await shot(page, "phone-4-deliverable", false);
  });
});
