import { Command } from "commander";
import { RegionCode } from "../domain/regions";
import type { Database } from "./db/client";
import { AppError } from "./errors";
import {
  type ImportProgress,
  importObservationsFile,
  ObservationImportError,
  planForRegion,
} from "./services/monitoring/import-observations";

const fmt = new Intl.NumberFormat("id-ID");

/** A progress bar on stderr: redrawn in place on a terminal, a line per step otherwise. */
export function progressPrinter(stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let last = 0;
  let printedStep = 0;
  return {
    update(p: ImportProgress, final = false) {
      const now = Date.now();
      if (!final && now - last < 250) return;
      last = now;
      const share = p.totalBytes ? Math.min(1, p.bytes / p.totalBytes) : 1;
      const filled = Math.round(share * 30);
      const rate = Math.round(p.rows / Math.max(0.001, (now - started) / 1000));
      const line = `[${"#".repeat(filled)}${"-".repeat(30 - filled)}] ${Math.round(share * 100)}% · ${fmt.format(p.rows)} baris · ${fmt.format(rate)} baris/detik`;
      if (stream.isTTY) stream.write(`\r${line}${final ? "\n" : ""}`);
      // Not a terminal (a log file): a line per 100,000 rows read, and the last one.
      else if (final || Math.floor(p.rows / 100_000) > printedStep) {
        printedStep = Math.floor(p.rows / 100_000);
        stream.write(`${line}\n`);
      }
    },
  };
}

/** `kotacerdas import observations FILE.csv --region 32.79`: realisations from a large CSV, all or nothing. */
export function importCommand(
  withDatabase: <T>(fn: (d: Database) => Promise<T>) => Promise<T>,
  fail: (m: string) => Error,
) {
  const cmd = new Command("import").description("Mengimpor data dari berkas");
  cmd
    .command("observations")
    .description(
      "Mengimpor realisasi indikator dari CSV berkolom templat realisasi (Kode Program, Kode Indikator, Satuan, Tahun, Semester, Realisasi, Catatan) ke masterplan wilayah yang ditetapkan; semua baris atau tidak sama sekali",
    )
    .argument("<berkas>", "berkas CSV (UTF-8; pemisah koma atau titik koma)")
    .requiredOption("--region <kode>", "kode wilayah Kemendagri, mis. 32.79")
    .option("--masterplan <id>", "masterplan tertentu wilayah itu (bawaan: yang terakhir ditetapkan)")
    .action(async (file: string, opts: { region: string; masterplan?: string }) => {
      const region = RegionCode.safeParse(opts.region);
      if (!region.success) throw fail(`--region: ${region.error.issues[0]?.message ?? "kode wilayah tidak valid"}`);
      const masterplanId = opts.masterplan ? Number(opts.masterplan) : undefined;
      if (masterplanId !== undefined && !Number.isInteger(masterplanId))
        throw fail("--masterplan: harus nomor masterplan");
      await withDatabase(async (d) => {
        const plan = await planForRegion(d.db, region.data, masterplanId).catch((err) => {
          if (err instanceof AppError) throw fail(`Wilayah ${region.data} belum memiliki masterplan yang ditetapkan.`);
          throw err;
        });
        const bar = progressPrinter();
        const started = Date.now();
        try {
          const r = await importObservationsFile(d, {
            file,
            plan,
            ctx: { actor: null, ip: null, userAgent: "kotacerdas-cli", requestId: `cli-${started}` },
            onProgress: (p) => bar.update(p, p.done),
          });
          const secs = ((Date.now() - started) / 1000).toFixed(1);
          console.log(
            `Impor selesai ke masterplan ${r.masterplanId}: ${fmt.format(r.rows)} baris (${fmt.format(r.inserted)} baru, ${fmt.format(r.updated)} diperbarui, ${fmt.format(r.skipped)} kosong dilewati) dalam ${secs} detik.`,
          );
        } catch (err) {
          if (err instanceof ObservationImportError) {
            const lines = err.issues
              .slice(0, 50)
              .map((i) => `  baris ${i.row}, kolom "${i.column}"${i.value ? ` (${i.value})` : ""}: ${i.message}`);
            const more =
              err.total > lines.length ? `\n  … dan ${fmt.format(err.total - lines.length)} masalah lain` : "";
            throw fail(
              `Impor dibatalkan, tidak ada yang disimpan: ${fmt.format(err.total)} masalah.\n${lines.join("\n")}${more}`,
            );
          }
          if (err instanceof AppError && err.code === "version_conflict")
            throw fail(
              "Impor dibatalkan, tidak ada yang disimpan: realisasi masterplan ini diubah orang lain selama impor (diisi, diverifikasi atau dihapus). Ulangi impor.",
            );
          if (err instanceof AppError && err.code === "monitoring_not_open")
            throw fail(
              `Masterplan ${plan.id} belum ditetapkan; realisasi hanya diisi untuk masterplan yang ditetapkan.`,
            );
          throw err;
        }
      });
    });
  return cmd;
}
