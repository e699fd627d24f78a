import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Debian's Chromium, or undefined when this machine has none. Never downloads a browser. */
export function chromiumPath(): string | undefined {
  return CANDIDATES.find((p): p is string => Boolean(p && existsSync(p)));
}

/**
 * Whether journeys run. Outside CI a machine without Chromium skips them with a clear
 * line; under CI that is a failure, because the journeys must run there.
 */
export function browserAvailable(): boolean {
  if (chromiumPath()) return true;
  const line =
    "Browser journeys SKIPPED: Chromium not found (/usr/bin/chromium). Install it with: apt-get install chromium";
  if (process.env.CI) throw new Error(`${line} — under CI the browser journeys must run.`);
  console.warn(line);
  return false;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

const ARTIFACTS = path.resolve("e2e/artifacts");

/** Keeps a screenshot of the page, e.g. when a journey fails. */
export async function keepScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name.replace(/[^a-z0-9-]+/gi, "-")}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
