import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ACTIONS, runAction } from "../../services/ckan/actions";
import { badRequest, CkanError } from "../../services/ckan/errors";
import type { Params } from "../../services/ckan/params";

/** Where CKAN clients find the Action API: `/api/3/action/{action}` (and the unversioned `/api/action/{action}`). */
export const CKAN_ACTION_PREFIXES = ["/api/3/action/", "/api/action/"] as const;

const SITE_TITLE = "Kota Cerdas — Data Terbuka Gerakan Menuju Smart City";
const SITE_DESCRIPTION =
  "Data terbuka platform Gerakan Menuju Smart City (Satu Data Indonesia): realisasi indikator, anggaran dan progres program, hasil evaluasi, per kabupaten/kota.";

const cors = (reply: FastifyReply) =>
  reply
    .header("access-control-allow-origin", "*")
    // Helmet's same-origin default would stop other sites reading the catalogue.
    .header("cross-origin-resource-policy", "cross-origin");

/**
 * CKAN's Action API, read-only and anonymous, for harvesters (ckanext-harvest, ckanext-dcat),
 * ckanapi and portals such as data.go.id: GET with a query string or POST with a JSON body,
 * answered in CKAN's `{ help, success, result }` envelope and its error shapes.
 */
export const ckanRoutes: FastifyPluginAsyncZod = async (app) => {
  const help = (action: string) => `${app.publicUrl}/api/3/action/help_show?name=${encodeURIComponent(action)}`;

  // Some CKAN clients post form-encoded parameters.
  app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_req, body, done) => {
    const params: Record<string, string | string[]> = {};
    for (const [k, v] of new URLSearchParams(String(body))) {
      const had = params[k];
      params[k] = had === undefined ? v : Array.isArray(had) ? [...had, v] : [had, v];
    }
    done(null, params);
  });

  // Anything that goes wrong answers as CKAN does: unreadable requests 400 "Bad request - …", others 500.
  app.setErrorHandler((err: FastifyError, req, reply) => {
    cors(reply);
    const action = (req.params as { action?: string } | undefined)?.action ?? "";
    if (err instanceof CkanError) return send(reply, action, err);
    if (err.statusCode && err.statusCode < 500) return send(reply, action, badRequest(`JSON Error: ${err.message}`));
    req.log.error({ err }, "CKAN action failed");
    return send(
      reply,
      action,
      new CkanError(500, { __type: "Internal Server Error", message: "Internal Server Error" }),
    );
  });

  const send = (reply: FastifyReply, action: string, err: CkanError) => {
    reply.code(err.status).type("application/json; charset=utf-8");
    if (typeof err.error === "string") return reply.send(JSON.stringify(err.error));
    return reply.send({ help: help(action), success: false, error: err.error });
  };

  const handle = async (req: FastifyRequest<{ Params: { action: string } }>, reply: FastifyReply) => {
    cors(reply);
    const action = req.params.action;
    if (!Object.hasOwn(ACTIONS, action)) throw badRequest(`Action name not known: ${action}`);
    const body = req.body;
    if (
      req.method === "POST" &&
      body !== undefined &&
      body !== null &&
      (typeof body !== "object" || Array.isArray(body))
    )
      throw badRequest(
        `JSON Error: Request data JSON decoded to ${JSON.stringify(body)} but it needs to be a dictionary.`,
      );
    const fromBody = body && typeof body === "object" && Object.keys(body).length ? (body as Params) : undefined;
    const params: Params = { ...(fromBody ?? (req.query as Params)) };
    delete params.callback;
    const result = await runAction(
      action,
      {
        db: app.database.db,
        settings: app.openData,
        baseUrl: app.publicUrl,
        now: Date.now(),
        siteTitle: SITE_TITLE,
        siteDescription: SITE_DESCRIPTION,
      },
      params,
    );
    reply.type("application/json; charset=utf-8");
    return { help: help(action), success: true, result };
  };

  const ActionParams = z.object({
    action: z.string().describe(`Nama aksi: ${Object.keys(ACTIONS).join(", ")}`),
  });
  const description =
    'API Aksi CKAN 2.10, hanya baca dan tanpa masuk, untuk harvester (ckanext-harvest, ckanext-dcat), ckanapi dan portal Satu Data. Parameter lewat query string (GET) atau badan JSON (POST); jawaban `{ help, success, result }`, galat seperti CKAN (404 `Not Found Error`, 409 `Validation Error`/`Search Error`, 400 `Search Query Error` atau `"Bad request - …"`). `package_search`: `q`, `fq` (organization, groups, tags, res_format, license_id, `metadata_modified:[X TO *]`), `sort`, `rows` ≤ 1000, `start`, `facet.field`. CORS `*`. Juga di `/api/action/{action}`.';
  for (const prefix of CKAN_ACTION_PREFIXES) {
    const url = `${prefix}:action`;
    const hide = prefix !== "/api/3/action/";
    app.get(
      url,
      { schema: { hide, tags: ["CKAN"], summary: "Aksi CKAN (GET)", description, params: ActionParams } },
      handle,
    );
    app.post(
      url,
      { schema: { hide, tags: ["CKAN"], summary: "Aksi CKAN (POST JSON)", description, params: ActionParams } },
      handle,
    );
    app.options(url, { schema: { hide: true } }, async (req, reply) => {
      cors(reply)
        .header("access-control-allow-methods", "GET, POST, OPTIONS")
        .header(
          "access-control-allow-headers",
          req.headers["access-control-request-headers"] ?? "content-type, authorization, x-ckan-api-key",
        )
        .header("access-control-max-age", "86400");
      return reply.code(204).send();
    });
  }
};
