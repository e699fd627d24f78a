import { and, desc, eq } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ErrorBody } from "../../domain/errors";
import { MASTERPLAN_ACTIONS, type MasterplanStatus } from "../../domain/masterplan";
import {
  MasterplanCreate,
  MasterplanTransition,
  MasterplanUpdate,
  SectionKey,
  SectionPut,
} from "../../domain/masterplan-api";
import { CompletenessOut, MasterplanOut, RoadmapOut, SectionOut } from "../../domain/masterplan-responses";
import { RegionCode } from "../../domain/regions";
import type { Actor } from "../../domain/roles";
import { requestContext } from "../audit/record";
import { requireActor } from "../auth/actor";
import type { Db } from "../db/client";
import { masterplan, masterplanSection, region } from "../db/schema/index";
import { AppError } from "../errors";
import { guardDraft, masterplanPolicy, regionMasterplanPolicy } from "../policies/masterplan";
import { planRes, presentChapters, presentMasterplan, presentSection } from "../presenters/masterplan";
import { createMasterplan } from "../services/masterplans/create-masterplan";
import { loadMasterplan, type PlanRow } from "../services/masterplans/load";
import { planChapters, planRoadmap } from "../services/masterplans/plan-facts";
import { parseSection, saveSection } from "../services/masterplans/save-section";
import { submitCheck } from "../services/masterplans/submit-check";
import { transitionMasterplan } from "../services/masterplans/transition-masterplan";
import { updateMasterplan } from "../services/masterplans/update-masterplan";

const errors = { 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };
const tags = ["Masterplan"];
const IdParams = z.object({ id: z.coerce.number().int().positive() });
const RegionParams = z.object({ code: RegionCode });
const One = z.object({ data: MasterplanOut });

/** The region, if the actor may see its workspace (members, its mentor, the admin); else 404. */
async function loadRegion(db: Db, code: string, actor: Actor) {
  const [r] = await db.select({ code: region.code }).from(region).where(eq(region.code, code));
  if (!r || !masterplanPolicy.can(actor, "read", { regionCode: code }))
    throw new AppError("region_not_found", { code });
  return r;
}

/** The Masterplan Smart City: plan, chapters, transitions, completeness and roadmap. */
export const masterplanRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.database.db;
  const present = async (actor: Actor, row: PlanRow) =>
    presentMasterplan(actor, row, await submitCheck(db(), actor, row));

  app.get(
    "/api/regions/:code/masterplans",
    {
      schema: {
        tags,
        summary: "Masterplan suatu wilayah, terbaru lebih dulu (revisi menunjuk ke masterplan sebelumnya)",
        params: RegionParams,
        response: {
          200: z.object({ data: z.array(MasterplanOut), can: z.object({ create: z.boolean() }) }),
          ...errors,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await loadRegion(db(), req.params.code, actor);
      const rows = await db()
        .select()
        .from(masterplan)
        .where(and(eq(masterplan.regionCode, req.params.code)))
        .orderBy(desc(masterplan.id));
      return {
        data: await Promise.all(rows.map((p) => present(actor, p))),
        // A second plan starts as a revision of the enacted one (`can.revise` on it), never from scratch.
        can: {
          create: rows.length === 0 && regionMasterplanPolicy.can(actor, "create", { regionCode: req.params.code }),
        },
      };
    },
  );

  app.post(
    "/api/regions/:code/masterplans",
    {
      schema: {
        tags,
        summary: "Memulai masterplan, atau revisi dari masterplan yang sudah ditetapkan (previousId)",
        params: RegionParams,
        body: MasterplanCreate,
        response: { 201: One, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await loadRegion(db(), req.params.code, actor);
      if (req.body.previousId) {
        const previous = await loadMasterplan(db(), req.body.previousId, actor);
        if (previous.regionCode !== req.params.code) throw new AppError("masterplan_not_found", { id: previous.id });
        masterplanPolicy.authorize(actor, "revise", planRes(previous));
      } else {
        regionMasterplanPolicy.authorize(actor, "create", { regionCode: req.params.code });
      }
      const row = await createMasterplan(db(), {
        regionCode: req.params.code,
        input: req.body,
        ctx: requestContext(req),
      });
      return reply.code(201).send({ data: await present(actor, row) });
    },
  );

  app.get(
    "/api/masterplans/:id",
    { schema: { tags, summary: "Satu masterplan", params: IdParams, response: { 200: One, ...errors } } },
    async (req) => {
      const actor = requireActor(req);
      return { data: await present(actor, await loadMasterplan(db(), req.params.id, actor)) };
    },
  );

  app.patch(
    "/api/masterplans/:id",
    {
      schema: {
        tags,
        summary: "Mengubah judul atau periode (draf; dengan versi)",
        params: IdParams,
        body: MasterplanUpdate,
        response: { 200: One, ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const current = await loadMasterplan(db(), req.params.id, actor);
      const res = planRes(current);
      guardDraft(
        res.status,
        (status) => masterplanPolicy.can(actor, "update", { ...res, status }),
        () => masterplanPolicy.authorize(actor, "update", res),
      );
      const row = await updateMasterplan(db(), { current, changes: req.body, ctx: requestContext(req) });
      return { data: await present(actor, row) };
    },
  );

  app.post(
    "/api/masterplans/:id/transition",
    {
      schema: {
        tags,
        summary:
          "Mengajukan (submit), mengembalikan untuk revisi (return), menyetujui (approve) atau menetapkan (enact, dengan nomor dan tanggal Perkada)",
        params: IdParams,
        body: MasterplanTransition,
        response: { 200: One, ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const current = await loadMasterplan(db(), req.params.id, actor);
      const res = planRes(current);
      const { action } = req.body;
      const from: readonly MasterplanStatus[] = MASTERPLAN_ACTIONS[action].from;
      if (!from.some((status) => masterplanPolicy.can(actor, action, { ...res, status })))
        masterplanPolicy.authorize(actor, action, res);
      if (!masterplanPolicy.can(actor, action, res))
        throw new AppError("masterplan_transition_not_allowed", { status: current.status, action });
      const row = await transitionMasterplan(db(), { current, input: req.body, ctx: requestContext(req) });
      return { data: await present(actor, row) };
    },
  );

  app.get(
    "/api/masterplans/:id/completeness",
    {
      schema: {
        tags,
        summary:
          "Daftar periksa kelengkapan (syarat pengajuan untuk ditelaah) dan keadaan setiap bab dengan keluaran Bimtek yang mencakupnya",
        params: IdParams,
        response: { 200: z.object({ data: CompletenessOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadMasterplan(db(), req.params.id, actor);
      const { check, chapters, framework } = await planChapters(db(), plan);
      return { data: { ...check, chapters: presentChapters(plan, chapters, framework) } };
    },
  );

  app.get(
    "/api/masterplans/:id/roadmap",
    {
      schema: {
        tags,
        summary: "Peta jalan: jumlah program dan anggaran per tahun × dimensi, diturunkan dari tahun program",
        params: IdParams,
        response: { 200: z.object({ data: RoadmapOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadMasterplan(db(), req.params.id, actor);
      return { data: await planRoadmap(db(), plan) };
    },
  );

  const SectionParams = IdParams.extend({ key: SectionKey });

  app.get(
    "/api/masterplans/:id/sections/:key",
    {
      schema: {
        tags,
        summary: "Satu bab: profile, readiness, swot, priority_issues, vision, atau element:<kode elemen>",
        params: SectionParams,
        response: { 200: z.object({ data: SectionOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadMasterplan(db(), req.params.id, actor);
      const [row] = await db()
        .select()
        .from(masterplanSection)
        .where(and(eq(masterplanSection.masterplanId, plan.id), eq(masterplanSection.key, req.params.key)));
      return { data: presentSection(actor, plan, req.params.key, row) };
    },
  );

  app.put(
    "/api/masterplans/:id/sections/:key",
    {
      schema: {
        tags,
        summary:
          "Menyimpan satu bab (versi 0 untuk bab baru); narasi dibersihkan menjadi p, br, strong, em, ul, ol, li",
        params: SectionParams,
        body: SectionPut,
        response: { 200: z.object({ data: SectionOut }), ...errors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const plan = await loadMasterplan(db(), req.params.id, actor);
      const res = planRes(plan);
      guardDraft(
        res.status,
        (status) => masterplanPolicy.can(actor, "update", { ...res, status }),
        () => masterplanPolicy.authorize(actor, "update", res),
      );
      const content = await parseSection(db(), plan, req.params.key, req.body.content);
      const row = await saveSection(db(), {
        plan,
        key: req.params.key,
        content,
        version: req.body.version,
        ctx: requestContext(req),
      });
      return { data: presentSection(actor, plan, req.params.key, row) };
    },
  );
};
