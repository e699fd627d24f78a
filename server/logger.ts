import type { FastifyServerOptions } from "fastify";
import type { Config } from "./config";

/** Structured JSON logs with the request id; credentials never reach the log. */
export function loggerOptions(config: Config): FastifyServerOptions["logger"] {
  return {
    level: config.logLevel,
    redact: {
      paths: [
        "req.headers.authorization",
        "req.headers.cookie",
        'res.headers["set-cookie"]',
        "*.password",
        "*.token",
        "*.secret",
      ],
      censor: "[disembunyikan]",
    },
  };
}
