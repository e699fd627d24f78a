import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { ErrorBody } from "../../domain/errors";
import { TaskOut } from "../../domain/notifications";
import { PageQuery, pageOf } from "../../domain/pagination";
import { jakartaToday } from "../../domain/reporting-calendar";
import { requireActor } from "../auth/actor";
import { listTasks } from "../services/tasks/list-tasks";
import { taskScope } from "../services/tasks/scope";

/** Perlu Tindakan: what waits for the signed-in person now. */
export const meTaskRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/me/tasks",
    {
      schema: {
        tags: ["Pengguna"],
        summary: "Perlu Tindakan: pekerjaan yang menunggu pengguna ini (dihitung dari keadaan saat ini)",
        querystring: PageQuery,
        response: { 200: pageOf(TaskOut), 401: ErrorBody, 422: ErrorBody },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const scope = taskScope(actor, jakartaToday());
      const { data, total } = await listTasks(app.database.db, { scope, ...req.query });
      return { data, total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );
};
