import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { eq, sql } from "drizzle-orm";
import type { App } from "../../server/app";
import { masterplan } from "../../server/db/schema/index";
import { buildBook } from "../../server/documents/books/index";
import { makePrintablePlan } from "../../server/documents/test-fixture";
import { generateBook } from "../../server/services/documents/generate-book";
import { loadPlanForPrint } from "../../server/services/documents/load-plan-for-print";
import type { PlanRow } from "../../server/services/masterplans/load";
import { measure, type Row } from "../measure";
import { modelToMarkdown } from "./documents-markdown";

const run = promisify(execFile);
const RUNS = 5;

/** Highest resident set size seen while `fn` runs, sampled every 10 ms. */
async function peakRss<T>(fn: () => Promise<T>): Promise<{ result: T; peakMb: number; beforeMb: number }> {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  try {
    const result = await fn();
    return { result, peakMb: Math.max(peak, process.memoryUsage().rss) / 1e6, beforeMb: before / 1e6 };
  } finally {
    clearInterval(timer);
  }
}

async function pandocVersion(): Promise<string | null> {
  try {
    return (await run("pandoc", ["--version"])).stdout.split("\n")[0] ?? "pandoc";
  } catch {
    return null;
  }
}

/**
 * Buku 2 of a plan with 200 programs, as DOCX and as PDF (load + build + render, as the download
 * endpoint does it), with peak RSS; pandoc converting the same content as Markdown to DOCX is the
 * baseline when it is installed.
 */
export async function documentScenarios(app: App): Promise<Row[]> {
  const db = app.database.db;
  const made = await makePrintablePlan(app, "32.73", { programs: 200 });
  const [plan] = (await db.select().from(masterplan).where(eq(masterplan.id, made.plan.id))) as [PlanRow];
  const book = (format: "docx" | "pdf") => () => generateBook(db, { plan, book: "buku-2", format });

  const docx = await peakRss(() => measure(book("docx"), RUNS, 1));
  const pdf = await peakRss(() => measure(book("pdf"), RUNS, 1));
  const maxRssMb = process.resourceUsage().maxRSS / 1024;

  const version = await pandocVersion();
  let pandoc: { median: number; p99: number } | null = null;
  if (version) {
    const dir = await mkdtemp(path.join(tmpdir(), "kc-bench-"));
    try {
      const md = path.join(dir, "buku-2.md");
      await writeFile(md, modelToMarkdown(buildBook("buku-2", await loadPlanForPrint(db, plan))));
      pandoc = await measure(
        () => run("pandoc", [md, "-f", "markdown", "--toc", "-o", path.join(dir, "buku-2.docx")]),
        RUNS,
        1,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    console.log(`Dokumen: pembanding ${version}, Markdown → DOCX dengan --toc`);
  } else {
    console.log(
      "Dokumen: pandoc tidak ditemukan di PATH — perbandingan dengan pandoc dilewati (baseline = median PDF).",
    );
  }

  // A repeated download of the unchanged plan: the plan row, the cache's stamp query, the stored bytes.
  const cached = () =>
    app.books.get(db, { plan, book: "buku-2", format: "pdf" }, () =>
      generateBook(db, { plan, book: "buku-2", format: "pdf" }),
    );
  await cached();
  const repeat = await measure(
    async () => {
      await db.select().from(masterplan).where(eq(masterplan.id, plan.id));
      const doc = await cached();
      if (!doc.cached) throw new Error("the unchanged plan's book was rendered again");
    },
    50,
    3,
  );
  // Its floor: the same plan row and stamp lookups as bare SQL, with nothing kept or served.
  const floor = await measure(
    async () => {
      await db.select().from(masterplan).where(eq(masterplan.id, plan.id));
      await db.execute(
        sql`select (select id from audit_event where region_code = ${plan.regionCode} order by at desc, id desc limit 1),
                   (select id from audit_event where region_code is null order by at desc, id desc limit 1)`,
      );
    },
    50,
    3,
  );

  const target = (ms: number) => `target < 2000 ms: ${ms < 2000 ? "met" : "NOT met"}`;
  // The process also holds the database (PGlite in memory), so the rise during the runs is shown too.
  const rss = (m: { peakMb: number; beforeMb: number }) =>
    `peak RSS ${Math.round(m.peakMb)} MB (+${Math.round(m.peakMb - m.beforeMb)} MB over ${Math.round(m.beforeMb)} MB before)`;
  const versus = pandoc ? "baseline = pandoc MD→DOCX" : "pandoc skipped";
  return [
    {
      scenario: "Buku 2 DOCX (200 programs, load+build+render)",
      median: docx.result.median,
      p99: docx.result.p99,
      baselineMedian: pandoc?.median ?? pdf.result.median,
      note: `${target(docx.result.median)}; ${rss(docx)}; ${versus}`,
    },
    {
      scenario: "Buku 2 PDF (200 programs, load+build+render)",
      median: pdf.result.median,
      p99: pdf.result.p99,
      baselineMedian: pandoc?.median ?? pdf.result.median,
      note: `${target(pdf.result.median)}; ${rss(pdf)}, process maxRSS ${Math.round(maxRssMb)} MB; ${versus}`,
    },
    {
      scenario: "Buku 2 PDF, repeated download of an unchanged plan (cache)",
      median: repeat.median,
      p99: repeat.p99,
      baselineMedian: floor.median,
      note: `target ≤ 50 ms: ${repeat.median <= 50 ? "met" : "NOT met"}; baseline = the plan row and stamp lookups as bare SQL`,
    },
  ];
}
