import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { keepScreenshot, launchBrowser } from "./browser";
import { startPlatform } from "./server";

/** A running platform, a browser and a fresh page per test; a screenshot is kept when a test fails. */
export function setupJourney() {
  let platform: Awaited<ReturnType<typeof startPlatform>> | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    [platform, browser] = await Promise.all([startPlatform(), launchBrowser()]);
  });
  beforeEach(async (ctx) => {
    context = await browser?.newContext({ locale: "id-ID", viewport: { width: 1280, height: 900 } });
    const current = await context?.newPage();
    page = current;
    ctx.onTestFailed(async () => {
      if (!current) return;
      const file = await keepScreenshot(current, ctx.task.name).catch(() => "(tidak dapat diambil)");
      console.error(`Screenshot of the failed journey: ${file}`);
    });
  });
  afterEach(async () => {
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
    page: () => {
      if (!page) throw new Error("page not ready");
      return page;
    },
  };
}
