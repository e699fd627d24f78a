import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { checkHealth } from "../services/health/check-health";

const HealthBody = z.object({
  status: z.enum(["ok", "degraded"]),
  version: z.string(),
  database: z.object({
    kind: z.enum(["pglite", "postgres"]),
    reachable: z.boolean(),
    version: z.string().nullable(),
  }),
});

/** Liveness and database reachability, for operators and load balancers. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/health",
    {
      schema: {
        tags: ["Sistem"],
        summary: "Status layanan dan basis data",
        response: { 200: HealthBody, 503: HealthBody },
      },
    },
    async (_req, reply) => {
      const health = await checkHealth(app.database, app.appVersion);
      return reply.code(health.status === "ok" ? 200 : 503).send(health);
    },
  );
};
