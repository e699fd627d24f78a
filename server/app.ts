import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import multipart from "@fastify/multipart";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import scalar from "@scalar/fastify-api-reference";
import Fastify, { type FastifyServerOptions } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import { z } from "zod";
import type { Actor } from "../domain/roles";
import { resolveActor } from "./auth/actor";
import { type Auth, createAuth } from "./auth/auth";
import { checkSameOrigin } from "./auth/csrf";
import { resolveAuthSecret } from "./auth/secret";
import { compression, webStaticOptions } from "./compression";
import type { Database } from "./db/client";
import type { MinistryLogo } from "./documents/cohort/ministry-logo";
import { AppError, handleError } from "./errors";
import type { FileStore } from "./files/store";
import { MAX_UPLOAD_BYTES } from "./files/store";
import { createMailer, type Mailer } from "./mail/mailer";
import { auditRoutes } from "./routes/audit";
import { authRoutes } from "./routes/auth";
import { candidateRoutes } from "./routes/candidates";
import { CKAN_ACTION_PREFIXES, ckanRoutes } from "./routes/ckan/action-api";
import { cohortDocumentRoutes } from "./routes/cohort-documents";
import { cohortRoutes } from "./routes/cohorts";
import { datasetRoutes } from "./routes/datasets";
import { dcatRoutes } from "./routes/dcat";
import { deliverableRoutes } from "./routes/deliverables";
import { documentRoutes } from "./routes/documents";
import { evaluationResultRoutes } from "./routes/evaluation-results";
import { evaluationRoundRoutes } from "./routes/evaluation-rounds";
import { evaluationSchemeRoutes } from "./routes/evaluation-schemes";
import { evaluationRoutes } from "./routes/evaluations";
import { feedbackRoutes } from "./routes/feedback";
import { fileRoutes } from "./routes/files";
import { frameworkRoutes } from "./routes/frameworks";
import { governanceBodyRoutes } from "./routes/governance-bodies";
import { healthRoutes } from "./routes/health";
import { indicatorRoutes } from "./routes/indicators";
import { invitationRoutes } from "./routes/invitations";
import { masterplanFileRoutes } from "./routes/masterplan-files";
import { masterplanReviewRoutes } from "./routes/masterplan-review";
import { masterplanRoutes } from "./routes/masterplans";
import { meRoutes } from "./routes/me";
import { meNotificationRoutes } from "./routes/me-notifications";
import { meTaskRoutes } from "./routes/me-tasks";
import { monitoringRoutes } from "./routes/monitoring";
import { monitoringFileRoutes } from "./routes/monitoring-files";
import { mouRoutes } from "./routes/mou";
import { opdRoutes } from "./routes/opds";
import { outboxRoutes } from "./routes/outbox";
import { programIndicatorRoutes } from "./routes/program-indicators";
import { programRoutes } from "./routes/programs";
import { progressRoutes } from "./routes/progress";
import { datasetDataRoutes } from "./routes/public/dataset-data";
import { publicDatasetRoutes } from "./routes/public/datasets";
import { publicFeedbackRoutes } from "./routes/public/feedback";
import { publicMapRoutes } from "./routes/public/map";
import { publicRegionRoutes } from "./routes/public/regions";
import { readinessInstrumentRoutes } from "./routes/readiness-instruments";
import { realisationRoutes } from "./routes/realisations";
import { regionEmblemRoutes } from "./routes/region-emblem";
import { regionRoutes } from "./routes/regions";
import { stageRoutes } from "./routes/stages";
import { userRoutes } from "./routes/users";
import { securityHeaders } from "./security-headers";
import { BookCache } from "./services/documents/book-cache";
import { DEFAULT_FEEDBACK_SETTINGS, type FeedbackSettings } from "./services/feedback/settings";
import { DEFAULT_OPEN_DATA_SETTINGS, type OpenDataSettings } from "./services/open-data/settings";

declare module "fastify" {
  interface FastifyInstance {
    database: Database;
    appVersion: string;
    auth: Auth;
    mailer: Mailer;
    publicUrl: string;
    files: FileStore;
    feedbackSettings: FeedbackSettings;
    openData: OpenDataSettings;
    books: BookCache;
    ministryLogo: MinistryLogo | null;
  }
  interface FastifyRequest {
    /** The signed-in person, or null for the public. */
    actor: Actor | null;
  }
}

// Field messages of validation errors in Indonesian, the platform's first language.
z.config(z.locales.id());

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
export const WEB_DIST = fileURLToPath(new URL("../dist/web", import.meta.url));

export type AppOptions = {
  database: Database;
  logger?: FastifyServerOptions["logger"];
  /** Built SPA to serve; defaults to dist/web when it exists. `false` serves none. */
  webDir?: string | false;
  /** Where people reach the platform (links in e-mails, trusted origin). */
  publicUrl?: string;
  /** Session signing secret; generated once and kept in the database when absent. */
  authSecret?: string;
  mailer?: Mailer;
  /** Behind a reverse proxy: trust X-Forwarded-For/-Proto. */
  trustProxy?: boolean;
  /** Where uploads are kept (DATA_DIR/files); a temporary folder when absent. */
  filesDir?: string;
  /** Citizen feedback limits and retention; the defaults when absent. */
  feedback?: FeedbackSettings;
  /** Open data licence, contact and ministry; the defaults when absent. */
  openData?: OpenDataSettings;
  /** Memory for rendered books (BOOK_CACHE_MB); 128 MB when absent. */
  bookCacheBytes?: number;
  /** The ministry's logo on letters (MINISTRY_LOGO_FILE, checked at start); none when absent. */
  ministryLogo?: MinistryLogo | null;
};

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the whole HTTP application without listening, so tests can use `inject`. */
export async function buildApp(opts: AppOptions) {
  const app = Fastify({
    logger: opts.logger ?? false,
    // genReqId reads x-request-id itself so that a malformed one is replaced, not echoed.
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers["x-request-id"];
      return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    trustProxy: opts.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();

  const publicUrl = opts.publicUrl ?? "http://localhost:3000";
  const mailer = opts.mailer ?? createMailer({ from: "Kota Cerdas <no-reply@localhost>" });
  const secret = await resolveAuthSecret(opts.database.db, opts.authSecret);
  app.decorate("database", opts.database);
  app.decorate("appVersion", pkg.version);
  app.decorate("publicUrl", publicUrl);
  app.decorate("mailer", mailer);
  app.decorate("auth", createAuth({ db: opts.database.db, secret, publicUrl, mailer }));
  app.decorateRequest("actor", null);
  app.decorate("feedbackSettings", opts.feedback ?? DEFAULT_FEEDBACK_SETTINGS);
  app.decorate("openData", opts.openData ?? DEFAULT_OPEN_DATA_SETTINGS);
  app.decorate("books", new BookCache(opts.bookCacheBytes ?? 128 * 1024 * 1024));
  app.decorate("ministryLogo", opts.ministryLogo ?? null);
  app.decorate("files", { dir: opts.filesDir ?? path.join(tmpdir(), `kotacerdas-files-${process.pid}`) });
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });
  // Before any route: gzip/brotli for JSON and text answers (the plugin hooks each route as declared).
  await compression(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.addHook("onSend", async (req, reply) => {
    reply.header("x-request-id", req.id);
  });
  await securityHeaders(app);
  // Every API request: refuse cross-site writes, then find who is asking.
  app.addHook("preHandler", async (req) => {
    if (!req.url.startsWith("/api/")) return;
    // The CKAN Action API is anonymous, read-only and open to every origin: no CSRF check, no session.
    if (CKAN_ACTION_PREFIXES.some((p) => req.url.startsWith(p))) return;
    checkSameOrigin(req, new URL(publicUrl).origin);
    req.actor = await resolveActor(app.auth, opts.database.db, req);
  });

  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Kota Cerdas API",
        description:
          "API platform Gerakan Menuju Smart City. Daftar dipaginasi dengan `page` dan `pageSize`; setiap galat berbentuk `{ error: { code, message, details? } }`.",
        version: pkg.version,
      },
      tags: [
        { name: "Wilayah", description: "Provinsi dan kabupaten/kota (kode Kemendagri)" },
        {
          name: "Publik",
          description: "Tanpa masuk: hanya yang ditetapkan, terverifikasi atau diumumkan; cache publik 60 detik",
        },
        { name: "Kerangka", description: "Dimensi, elemen dan tahap Bimtek sebagai data" },
        {
          name: "Pengguna",
          description: "Akun, peran, undangan. Masuk: POST /api/auth/sign-in/email {email, password}",
        },
        { name: "OPD", description: "Perangkat daerah suatu wilayah" },
        { name: "Angkatan", description: "Angkatan GMSC, kandidat, peringkat dan seleksi" },
        { name: "Asesmen Kesiapan", description: "Penilaian mandiri, bukti dukung, nilai asesor" },
        { name: "Jejak Audit", description: "Setiap perubahan, tidak dapat diubah atau dihapus" },
        {
          name: "Indikator",
          description: "Katalog indikator nasional (U4SSC) dan indikator daerah, standar Satu Data",
        },
        {
          name: "Monitoring",
          description:
            "Indikator program, target, realisasi dan verifikasinya, progres program dan quick win, impor/ekspor",
        },
        { name: "Sistem", description: "Status layanan dan kotak keluar e-mail" },
      ],
    },
    transform: jsonSchemaTransform,
  });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  await app.register(scalar, {
    routePrefix: "/api/docs",
    configuration: { url: "/api/openapi.json", withDefaultFonts: false, title: "Kota Cerdas API" },
  });

  await app.register(healthRoutes);
  await app.register(regionRoutes);
  await app.register(publicRegionRoutes);
  await app.register(regionEmblemRoutes);
  await app.register(frameworkRoutes);
  await app.register(evaluationSchemeRoutes);
  await app.register(readinessInstrumentRoutes);
  await app.register(authRoutes);
  await app.register(meRoutes);
  await app.register(meTaskRoutes);
  await app.register(meNotificationRoutes);
  await app.register(userRoutes);
  await app.register(invitationRoutes);
  await app.register(opdRoutes);
  await app.register(auditRoutes);
  await app.register(outboxRoutes);
  await app.register(cohortRoutes);
  await app.register(candidateRoutes);
  await app.register(stageRoutes);
  await app.register(deliverableRoutes);
  await app.register(fileRoutes);
  await app.register(mouRoutes);
  await app.register(masterplanRoutes);
  await app.register(programRoutes);
  await app.register(governanceBodyRoutes);
  await app.register(masterplanReviewRoutes);
  await app.register(masterplanFileRoutes);
  await app.register(documentRoutes);
  await app.register(cohortDocumentRoutes);
  await app.register(indicatorRoutes);
  await app.register(programIndicatorRoutes);
  await app.register(realisationRoutes);
  await app.register(progressRoutes);
  await app.register(monitoringRoutes);
  await app.register(monitoringFileRoutes);
  await app.register(evaluationRoundRoutes);
  await app.register(evaluationRoutes);
  await app.register(evaluationResultRoutes);
  await app.register(publicMapRoutes);
  await app.register(publicFeedbackRoutes);
  await app.register(ckanRoutes);
  await app.register(datasetDataRoutes);
  await app.register(dcatRoutes);
  await app.register(feedbackRoutes);
  await app.register(publicDatasetRoutes);
  await app.register(datasetRoutes);

  const webDir = opts.webDir === undefined ? (existsSync(WEB_DIST) ? WEB_DIST : false) : opts.webDir;
  if (webDir) {
    await app.register(fastifyStatic, webStaticOptions(webDir));
    const indexHtml = readFileSync(`${webDir}/index.html`, "utf8");
    app.setNotFoundHandler((req, reply) => {
      if (req.method !== "GET" || req.url.startsWith("/api/") || req.url === "/api") {
        throw new AppError("not_found", { method: req.method, url: req.url.split("?")[0] });
      }
      // Client-side routes (/wilayah/32.79) get the SPA shell.
      return reply.type("text/html; charset=utf-8").header("cache-control", "no-cache").send(indexHtml);
    });
  } else {
    app.setNotFoundHandler((req) => {
      throw new AppError("not_found", { method: req.method, url: req.url.split("?")[0] });
    });
  }
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
