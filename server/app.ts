import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
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
import type { Database } from "./db/client";
import { AppError, handleError } from "./errors";
import { frameworkRoutes } from "./routes/frameworks";
import { healthRoutes } from "./routes/health";
import { regionRoutes } from "./routes/regions";

declare module "fastify" {
  interface FastifyInstance {
    database: Database;
    appVersion: string;
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
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate("database", opts.database);
  app.decorate("appVersion", pkg.version);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.addHook("onSend", async (req, reply) => {
    reply.header("x-request-id", req.id);
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
        { name: "Kerangka", description: "Dimensi, elemen dan tahap Bimtek sebagai data" },
        { name: "Sistem", description: "Status layanan" },
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
  await app.register(frameworkRoutes);

  const webDir = opts.webDir === undefined ? (existsSync(WEB_DIST) ? WEB_DIST : false) : opts.webDir;
  if (webDir) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: false });
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
