import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";
import { z } from "zod";
import { type MinistryLogo, readMinistryLogo } from "./documents/cohort/ministry-logo";
import type { FeedbackSettings } from "./services/feedback/settings";
import {
  DEFAULT_OPEN_DATA_SETTINGS,
  LICENSES,
  type LicenseId,
  type OpenDataSettings,
} from "./services/open-data/settings";
import { slugify } from "./services/open-data/slug";

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "harus berawalan postgres:// atau postgresql://")
    .optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PUBLIC_URL: z.url({ protocol: /^https?$/, error: "harus berupa URL http(s)://…" }).optional(),
  AUTH_SECRET: z.string().min(32, "minimal 32 karakter acak").optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "harus berawalan smtp:// atau smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Kota Cerdas <no-reply@localhost>"),
  ADMIN_EMAIL: z.email("bukan alamat e-mail yang valid").optional(),
  ADMIN_PASSWORD: z.string().min(10, "minimal 10 karakter").max(128).optional(),
  ADMIN_NAME: z.string().min(1).default("Admin Nasional"),
  TRUST_PROXY: z.stringbool({ error: "isi true atau false" }).default(false),
  REMINDER_DAYS: z
    .string()
    .regex(/^\s*\d{1,2}(\s*,\s*\d{1,2})*\s*$/, "daftar hari dipisah koma, misalnya 7,1")
    .transform((v) => [...new Set(v.split(",").map(Number))].sort((a, b) => b - a))
    .refine((days) => days.every((d) => d >= 1 && d <= 60), "setiap nilai antara 1 dan 60 hari")
    .default([7, 1]),
  FEEDBACK_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  FEEDBACK_LIMIT_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(5),
  FEEDBACK_LIMIT_PER_EMAIL_DAY: z.coerce.number().int().min(1).max(1000).default(5),
  OPEN_DATA_LICENSE: z.enum(Object.keys(LICENSES) as [LicenseId, ...LicenseId[]]).default("CC-BY-4.0"),
  OPEN_DATA_CONTACT_EMAIL: z.email("bukan alamat e-mail yang valid").optional(),
  OPEN_DATA_MINISTRY: z.string().min(3).max(200).default(DEFAULT_OPEN_DATA_SETTINGS.ministry.name),
  BOOK_CACHE_MB: z.coerce.number().int().min(0).max(16384).default(128),
  MINISTRY_LOGO_FILE: z.string().min(1).optional(),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  /** Absent means the embedded PGlite database in `<dataDir>/db`. */
  databaseUrl: string | undefined;
  logLevel: z.infer<typeof Env>["LOG_LEVEL"];
  env: z.infer<typeof Env>["NODE_ENV"];
  /** Where people reach the platform; used in e-mailed links and as the trusted origin. */
  publicUrl: string;
  /** Signs sessions; when absent one is generated once and kept in the database. */
  authSecret: string | undefined;
  /** Memory for rendered books kept until their plan's data changes; 0 keeps none. */
  bookCacheBytes: number;
  /** The ministry's logo at the left of the letterhead (MINISTRY_LOGO_FILE: PNG or JPEG, ≤ 1 MB); none keeps the kop text-only. */
  ministryLogo: MinistryLogo | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  firstAdmin: { email: string; password: string | undefined; name: string } | undefined;
  /** Behind a reverse proxy: take the client address and protocol from X-Forwarded-*. */
  trustProxy: boolean;
  /** ADMIN_PASSWORD on its own, for `kotacerdas admin create --email`. */
  adminPassword: string | undefined;
  /** Days before a deadline on which reminders go out, largest first (REMINDER_DAYS, default 7,1). */
  reminderDays: number[];
  /** Citizen feedback: abuse limits and how long senders' e-mail and network addresses are kept. */
  feedback: FeedbackSettings;
  /** Open data: licence of every dataset, the contact point, the ministry publishing national datasets. */
  openData: OpenDataSettings;
};

export class ConfigError extends Error {}

/** Loads `.env` from the working directory into process.env when the file exists; real variables win. */
export function loadDotEnv(file = ".env"): void {
  if (!existsSync(file)) return;
  const fromFile = parseEnv(readFileSync(file, "utf8"));
  for (const [k, v] of Object.entries(fromFile)) if (process.env[k] === undefined) process.env[k] = v;
}

/** The only reader of process.env: validates everything at once and reports every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = Env.safeParse(raw);
  const lines = parsed.error?.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`) ?? [];
  // The logo file is read once here, so a wrong one stops the start with the other problems.
  let ministryLogo: MinistryLogo | undefined;
  const logoFile = parsed.data?.MINISTRY_LOGO_FILE ?? (parsed.success ? undefined : raw.MINISTRY_LOGO_FILE);
  if (logoFile)
    try {
      ministryLogo = readMinistryLogo(path.resolve(logoFile));
    } catch (err) {
      lines.push(`  MINISTRY_LOGO_FILE: ${(err as Error).message}`);
    }
  if (!parsed.success || lines.length)
    throw new ConfigError(`Konfigurasi lingkungan tidak valid:\n${lines.join("\n")}`);
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    env: e.NODE_ENV,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT || 3000}`).replace(/\/+$/, ""),
    authSecret: e.AUTH_SECRET,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    firstAdmin: e.ADMIN_EMAIL ? { email: e.ADMIN_EMAIL, password: e.ADMIN_PASSWORD, name: e.ADMIN_NAME } : undefined,
    adminPassword: e.ADMIN_PASSWORD,
    trustProxy: e.TRUST_PROXY,
    reminderDays: e.REMINDER_DAYS,
    feedback: {
      retentionDays: e.FEEDBACK_RETENTION_DAYS,
      perAddressPerHour: e.FEEDBACK_LIMIT_PER_HOUR,
      perEmailPerDay: e.FEEDBACK_LIMIT_PER_EMAIL_DAY,
    },
    bookCacheBytes: e.BOOK_CACHE_MB * 1024 * 1024,
    ministryLogo,
    openData: {
      license: LICENSES[e.OPEN_DATA_LICENSE],
      // Without its own address, questions about the data go to the first admin.
      contactEmail: e.OPEN_DATA_CONTACT_EMAIL ?? e.ADMIN_EMAIL ?? DEFAULT_OPEN_DATA_SETTINGS.contactEmail,
      ministry: { name: e.OPEN_DATA_MINISTRY, slug: slugify(e.OPEN_DATA_MINISTRY) },
    },
  };
}
