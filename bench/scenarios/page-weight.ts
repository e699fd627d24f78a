import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { eq, sql } from "drizzle-orm";
import { chromium } from "playwright-core";
import { buildApp, WEB_DIST } from "../../server/app";
import type { Database } from "../../server/db/client";
import { framework } from "../../server/db/schema/index";
import type { Row } from "../measure";
import { pickRegions } from "./national";
import { buildEvaluationData } from "./national/evaluation-data";
import { buildMonitoringData, rowsOf } from "./national/monitoring-data";

const CHROMIUM = "/usr/bin/chromium";
/** Issue 13: a public region page's JavaScript + CSS + data on first load, gzip. */
const TARGET_BYTES = 500 * 1024;
const KINDS = ["js", "css", "json", "geo", "html", "other"] as const;
type Kind = (typeof KINDS)[number];
/** What the target counts: code and data, not the HTML shell, fonts or images. */
const COUNTED: Kind[] = ["js", "css", "json", "geo"];

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

type Weight = {
  bytes: Record<Kind, number>;
  /** The same files decoded: what compression saved. */
  decoded: number;
  requests: number;
  ms: number;
  files: Array<[string, Kind, number]>;
};

/** The enacted plan of the national dataset the other scenarios measure; builds that dataset when alone. */
async function regionWithEnactedPlan(database: Database): Promise<string> {
  const enacted = () =>
    database.db.execute(sql`select region_code as code from masterplan where status = 'enacted'
      order by region_code offset (select count(*) / 2 from masterplan where status = 'enacted') limit 1`);
  let [row] = rowsOf<{ code: string }>(await enacted());
  if (!row) {
    const [fw] = await database.db.select().from(framework).where(eq(framework.isDefault, true));
    if (!fw) throw new Error("framework");
    const codes = await pickRegions(database);
    await buildMonitoringData(database.db, fw.id, codes);
    await buildEvaluationData(database.db, codes);
    [row] = rowsOf<{ code: string }>(await enacted());
  }
  if (!row) throw new Error("no enacted plan");
  return row.code;
}

/** Loads `url` with an empty cache and `Accept-Encoding: gzip` only; sums the bytes received until network idle. */
async function weigh(browser: import("playwright-core").Browser, url: string): Promise<Weight> {
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.setExtraHTTPHeaders", { headers: { "Accept-Encoding": "gzip" } });
  const seen = new Map<string, { url: string; kind: Kind; headers: number; decoded: number }>();
  const weight: Weight = {
    bytes: { js: 0, css: 0, json: 0, geo: 0, html: 0, other: 0 },
    decoded: 0,
    requests: 0,
    ms: 0,
    files: [],
  };
  cdp.on("Network.responseReceived", (e) => {
    const path = new URL(e.response.url).pathname;
    const kind: Kind = path.startsWith("/geo/")
      ? "geo"
      : e.type === "Script"
        ? "js"
        : e.type === "Stylesheet"
          ? "css"
          : e.type === "Document"
            ? "html"
            : e.response.mimeType.includes("json")
              ? "json"
              : "other";
    // At this point encodedDataLength is what the headers took.
    seen.set(e.requestId, { url: path, kind, headers: e.response.encodedDataLength, decoded: 0 });
  });
  cdp.on("Network.dataReceived", (e) => {
    const r = seen.get(e.requestId);
    if (r) r.decoded += e.dataLength;
  });
  cdp.on("Network.loadingFinished", (e) => {
    const r = seen.get(e.requestId);
    if (!r) return;
    const body = Math.max(0, e.encodedDataLength - r.headers);
    weight.bytes[r.kind] += body;
    if (COUNTED.includes(r.kind)) weight.decoded += r.decoded;
    weight.requests++;
    weight.files.push([r.url, r.kind, body]);
  });
  const t0 = performance.now();
  await page.goto(url, { waitUntil: "networkidle", timeout: 120_000 });
  weight.ms = performance.now() - t0;
  await context.close();
  return weight;
}

/**
 * Page weight (issue 13): a public region page — one of the national dataset's enacted plans — and
 * the national map, loaded in headless Chromium with an empty cache, gzip only, as a first visit.
 * Rows: time to network idle; the note gives the gzip bytes by kind against the 500 KB target.
 */
export async function pageWeightScenarios(database: Database): Promise<Row[]> {
  if (!existsSync(CHROMIUM)) {
    return [
      {
        scenario: "page weight",
        median: Number.NaN,
        p99: Number.NaN,
        baselineMedian: Number.NaN,
        note: `skipped: ${CHROMIUM} not found`,
      },
    ];
  }
  // BENCH_WEB_DIR weighs another build (e.g. an experiment); by default the SPA as `npm start` builds it.
  const webDir = process.env.BENCH_WEB_DIR ?? WEB_DIST;
  if (!process.env.BENCH_WEB_DIR) execFileSync("node", ["scripts/build-web.mjs"], { stdio: "inherit" });
  const code = await regionWithEnactedPlan(database);
  const site = await buildApp({ database, webDir });
  await site.listen({ port: 0, host: "127.0.0.1" });
  const base = `http://127.0.0.1:${(site.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
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
  const rows: Row[] = [];
  try {
    for (const path of [`/wilayah/${code}`, "/nasional"]) {
      // One warm-up visit so the server's first-request costs do not count as page time.
      await weigh(browser, base + path);
      const w = await weigh(browser, base + path);
      const total = COUNTED.reduce((sum, k) => sum + w.bytes[k], 0);
      const split = KINDS.filter((k) => w.bytes[k] > 0)
        .map((k) => `${k} ${kb(w.bytes[k])}`)
        .join(", ");
      console.log(
        `\n${path}: ${w.requests} requests, JS+CSS+JSON+geo ${kb(total)} gzip, ${kb(w.decoded)} decoded (${split})`,
      );
      for (const [url, kind, bytes] of w.files.sort((a, b) => b[2] - a[2]))
        console.log(`  ${kind.padEnd(5)} ${kb(bytes).padStart(9)}  ${url}`);
      rows.push({
        scenario: `first load ${path.startsWith("/wilayah") ? "/wilayah/:code (enacted plan)" : path}`,
        median: w.ms,
        p99: w.ms,
        baselineMedian: w.ms,
        note: `${kb(total)} gzip JS+CSS+JSON+geo (${split}); target ≤ 500 KB: ${total <= TARGET_BYTES ? "met" : "NOT met"}`,
      });
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return rows;
}
