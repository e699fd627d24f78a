import path from "node:path";
import { Command, Option } from "commander";
import { Email } from "../domain/people";
import { RegionListQuery, RegionType } from "../domain/regions";
import { buildApp } from "./app";
import { createAuth } from "./auth/auth";
import { resolveAuthSecret } from "./auth/secret";
import { importCommand } from "./cli-import";
import { ConfigError, loadConfig, loadDotEnv } from "./config";
import { openDatabase } from "./db/client";
import { runMigrations } from "./db/migrate";
import { seedReferenceData } from "./db/seed/reference";
import { demoAccountLines } from "./demo/accounts";
import { DEMO_PASSWORD } from "./demo/people";
import { DEMO_COHORT, seedDemo } from "./demo/seed-demo";
import { exportCommand } from "./documents/cli-export";
import { announceFirstAdmin } from "./first-admin-notice";
import { createMailer } from "./mail/mailer";
import { presentRegion } from "./presenters/region";
import { ensureFirstAdmin } from "./services/people/first-admin";
import { listRegions } from "./services/regions/list-regions";
import { startServer } from "./start";

/** Opens the configured database, migrated, runs `fn`, and always closes it. */
async function withDatabase<T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const database = await openDatabase(loadConfig());
  try {
    await runMigrations(database);
    return await fn(database);
  } finally {
    await database.close();
  }
}

export function buildCli(): Command {
  const program = new Command("kotacerdas")
    .description("Kota Cerdas — platform Gerakan Menuju Smart City")
    .showHelpAfterError("(jalankan dengan --help untuk bantuan)");

  program
    .command("serve")
    .description("Menjalankan server di PORT (bawaan 3000); basis data PGlite di DATA_DIR kecuali DATABASE_URL diisi")
    .option("-p, --port <port>", "port HTTP (menimpa PORT)")
    .action(async (opts: { port?: string }) => {
      if (opts.port) process.env.PORT = opts.port;
      await startServer(loadConfig());
    });

  program
    .command("migrate")
    .description("Menerapkan migrasi skema basis data (aman dijalankan berulang)")
    .action(async () => {
      await withDatabase(async (d) => console.log(`Migrasi selesai (${d.kind}: ${d.location}).`));
    });

  program
    .command("seed")
    .description("Memuat data rujukan: 38 provinsi, 514 kabupaten/kota dan kerangka Kominfo 2017")
    .option("--force", "muat ulang walaupun data rujukan tidak berubah")
    .option(
      "--demo",
      "juga memuat demo: angkatan GMSC 2024 dengan sepuluh daerahnya, asesmen, seleksi, Nota Kesepakatan, Bimtek dan masterplan Kota Banjar yang ditetapkan",
    )
    .action(async (opts: { force?: boolean; demo?: boolean }) => {
      await withDatabase(async (d) => {
        const r = await seedReferenceData(d.db, { force: opts.force });
        console.log(
          r.skipped
            ? `Data rujukan sudah mutakhir (${r.regions} wilayah).`
            : `Data rujukan dimuat: ${r.regions} wilayah, ${r.frameworksAdded} kerangka baru.`,
        );
        if (opts.demo) await loadDemo(d);
      });
    });

  program
    .command("regions")
    .description("Menampilkan daftar wilayah dengan kode Kemendagri")
    .option("--province <kode>", "hanya wilayah dalam provinsi ini, mis. 32")
    .addOption(new Option("--type <jenis>", "jenis wilayah").choices(RegionType.options))
    .option("-q, --search <teks>", "cari nama atau kode, mis. banjar")
    .option("--json", "keluaran JSON")
    .action(async (opts: { province?: string; type?: string; search?: string; json?: boolean }) => {
      const query = RegionListQuery.safeParse({
        province: opts.province,
        type: opts.type,
        q: opts.search,
        pageSize: 500,
      });
      if (!query.success) {
        throw new CliError(query.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n"));
      }
      await withDatabase(async (d) => {
        await seedReferenceData(d.db);
        const { rows, total } = await listRegions(d.db, query.data);
        const regions = rows.map(presentRegion);
        if (opts.json) {
          console.log(JSON.stringify({ data: regions, total }, null, 2));
          return;
        }
        for (const r of regions) console.log(`${r.code.padEnd(6)} ${r.type.padEnd(10)} ${r.displayName}`);
        console.log(`${total} wilayah${total > rows.length ? ` (${rows.length} ditampilkan)` : ""}`);
      });
    });

  program.addCommand(importCommand(withDatabase, (m) => new CliError(m)));
  program.addCommand(exportCommand(withDatabase, (m) => new CliError(m)));

  const admin = program.command("admin").description("Mengelola admin nasional");
  admin
    .command("create")
    .description(
      "Membuat admin nasional: dengan ADMIN_PASSWORD dari lingkungan langsung dibuat, tanpa itu dicetak tautan undangan untuk membuat kata sandi",
    )
    .requiredOption("--email <email>", "e-mail admin")
    .option("--name <nama>", "nama lengkap", "Admin Nasional")
    .action(async (opts: { email: string; name: string }) => {
      const email = Email.safeParse(opts.email);
      if (!email.success) throw new CliError(`--email: ${email.error.issues[0]?.message ?? "tidak valid"}`);
      const config = loadConfig();
      await withDatabase(async (d) => {
        await seedReferenceData(d.db);
        const secret = await resolveAuthSecret(d.db, config.authSecret);
        const mailer = createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom });
        const auth = createAuth({ db: d.db, secret, publicUrl: config.publicUrl, mailer });
        const result = await ensureFirstAdmin(d.db, auth, {
          admin: { email: email.data, name: opts.name, password: config.adminPassword },
          publicUrl: config.publicUrl,
          force: true,
        });
        announceFirstAdmin(result);
      });
    });

  return program;
}

/** Runs the demo through the API on the configured database, and says how to look at it. */
async function loadDemo(database: Awaited<ReturnType<typeof openDatabase>>) {
  const config = loadConfig();
  // Uploads made by the demo (the signed Perwali) go where `serve` will look for them.
  const app = await buildApp({
    database,
    webDir: false,
    publicUrl: config.publicUrl,
    authSecret: config.authSecret,
    filesDir: path.join(config.dataDir, "files"),
  });
  try {
    const { skipped } = await seedDemo(app);
    if (skipped) {
      console.log(`Demo sudah ada (${DEMO_COHORT}).`);
      return;
    }
    console.log(
      [
        `Demo dimuat: ${DEMO_COHORT}.`,
        "Masuk di http://localhost:3000/masuk dengan salah satu akun demo (kata sandi untuk semuanya: " +
          DEMO_PASSWORD +
          "); yang menunggu tiap akun ada di Perlu Tindakan:",
        ...demoAccountLines(),
        "Akun demo hanya untuk mencoba; jangan gunakan di server produksi.",
      ].join("\n"),
    );
  } finally {
    await app.close();
  }
}

export class CliError extends Error {}

/** Runs the CLI; errors become one readable line and exit code 1. */
export async function runCli(argv: string[]): Promise<void> {
  try {
    loadDotEnv();
    await buildCli().parseAsync(argv);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof CliError) console.error(err.message);
    else console.error(err);
    process.exitCode = 1;
  }
}
