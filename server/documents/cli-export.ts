import { writeFile } from "node:fs/promises";
import path from "node:path";
import { Command, Option } from "commander";
import { z } from "zod";
import { BOOKS, Book, DOCUMENT_FORMATS, DocumentFormat } from "../../domain/documents";
import { loadConfig } from "../config";
import type { Database } from "../db/client";
import { AppError } from "../errors";
import { generateBook } from "../services/documents/generate-book";
import { loadPlanById } from "../services/documents/load-plan-for-documents";

const Options = z.object({
  masterplan: z.coerce
    .number("harus nomor masterplan")
    .int("harus nomor masterplan")
    .positive("harus nomor masterplan"),
  book: Book,
  format: DocumentFormat,
  out: z.string().min(1).optional(),
});

/** `kotacerdas export --masterplan 3 --book buku-2 --format pdf [--out berkas.pdf]` */
export function exportCommand(
  withDatabase: <T>(fn: (d: Database) => Promise<T>) => Promise<T>,
  fail: (message: string) => Error,
): Command {
  return new Command("export")
    .description(
      "Mencetak dokumen resmi masterplan (Buku 1–4, ringkasan eksekutif, rancangan Perkada) sebagai DOCX atau PDF dari data saat ini; draf bertanda DRAF",
    )
    .requiredOption("--masterplan <id>", "nomor masterplan")
    .addOption(
      new Option(
        "--book <buku>",
        "dokumen: buku-1 Analisis Strategis, buku-2 Masterplan, buku-3 Quick Wins, buku-4 Road Map, ringkasan-eksekutif, perkada (rancangan Perwali/Perbup/Pergub)",
      )
        .choices(BOOKS)
        .makeOptionMandatory(),
    )
    .addOption(new Option("--format <format>", "format berkas").choices(DOCUMENT_FORMATS).default("pdf"))
    .option(
      "--out <berkas>",
      "berkas keluaran (bawaan: nama resmi di folder ini, mis. Buku-2-Masterplan-Smart-City-Kota-Banjar-2024-2033.pdf)",
    )
    .action(async (raw: Record<string, string>) => {
      const parsed = Options.safeParse(raw);
      if (!parsed.success) throw fail(parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n"));
      const opts = parsed.data;
      await withDatabase(async (d) => {
        const started = performance.now();
        const plan = await loadPlanById(d.db, opts.masterplan).catch((err: unknown) => {
          if (err instanceof AppError) throw fail(`Masterplan ${opts.masterplan} tidak ditemukan.`);
          throw err;
        });
        // The region's emblem is read from the uploads `serve` keeps under DATA_DIR/files.
        const store = { dir: path.join(loadConfig().dataDir, "files") };
        const doc = await generateBook(d.db, { plan, book: opts.book, format: opts.format, store });
        const target = opts.out ?? doc.fileName;
        await writeFile(target, doc.buffer);
        const seconds = ((performance.now() - started) / 1000).toFixed(1).replace(".", ",");
        console.log(
          `Tersimpan: ${target} (${Math.ceil(doc.buffer.length / 1024)} KB, ${seconds} detik)${plan.status === "enacted" ? "" : " — DRAF: masterplan belum ditetapkan"}`,
        );
      });
    });
}
