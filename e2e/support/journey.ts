import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { keepScreenshot, launchBrowser } from "./browser";
import { type PlatformOptions, startPlatform } from "./server";

/** A running platform, a browser and a fresh page per test; a screenshot is kept when a test fails. */
export function setupJourney(opts: PlatformOptions = {}) {
  let platform: Awaited<ReturnType<typeof startPlatform>> | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    [platform, browser] = await Promise.all([startPlatform(opts), launchBrowser()]);
  });
  beforeEach(async () => {
    context = await browser?.newContext({ locale: "id-ID", viewport: { width: 1280, height: 900 } });
    page = await context?.newPage();
  });
  afterEach(async (ctx) => {
    // The page is still open here, so a failed journey leaves a picture of where it stopped.
    if (page && ctx.task.result?.state === "fail") {
      const file = await keepScreenshot(page, ctx.task.name).catch(() => "(tidak dapat diambil)");
      console.error(`Screenshot of the failed journey: ${file}`);
    }
    await context?.close();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.close();
  });
  return {
    url: (p: string) => `${platform?.url}${p}`,
    app: () => {
      if (!platform) throw new Error("platform not ready");
      return platform.app;
    },
    /** The local SMTP server (journeys set up with `mail: true`). */
    smtp: () => {
      if (!platform?.smtp) throw new Error("no SMTP server: set up the journey with { mail: true }");
      return platform.smtp;
    },
    page: () => {
      if (!page) throw new Error("page not ready");
      return page;
    },
  };
}
