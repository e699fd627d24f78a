/**
 * Evaluation schemes as data the program office edits, in the shape of the framework editor:
 * draft → published → retired, a whole definition per write, checked against the revision read.
 *
 * A scheme names its framework by `frameworkId`; its smart-city dimensions are that framework's,
 * so a client never sends them (the server checks each item's `smartDimension` against them).
 */
import { z } from "zod";
import { FRAMEWORK_STATUSES, FRAMEWORK_TRANSITIONS, frameworkEditable } from "../framework/editor";
import { ResultDimensionDef, ScaleDef, SchemeDef, SchemeItemDef, schemeIssues } from "./schemes";

/** Where a scheme is in its life, as for frameworks. */
export const SchemeStatus = z.enum(FRAMEWORK_STATUSES);
export type SchemeStatus = z.infer<typeof SchemeStatus>;

/** The status changes the program office may make, by action. */
export const SCHEME_TRANSITIONS = FRAMEWORK_TRANSITIONS;
export type SchemeTransition = keyof typeof SCHEME_TRANSITIONS;

/** Whether a scheme may still change: a draft or a published one no round has copied yet. */
export const schemeEditable = (status: SchemeStatus, inUse: boolean): boolean => frameworkEditable(status, inUse);

const Text = (max: number) => z.string().trim().min(1, "Wajib diisi").max(max);
const Code = z.string().regex(/^[a-z0-9-]+$/, "Kode: huruf kecil, angka dan tanda hubung");
const Year = z.number().int().min(2017, "Tahun mulai 2017").max(2100);
const FrameworkId = z.number().int().positive().describe("ID kerangka yang dinilai skema ini");
const Revision = z.number().int().positive().describe("Revisi yang dibaca (penulisan dengan pemeriksaan versi)");

/** Weights per result dimension (Baseline, Output, Outcome, Impact, Quick Win), summing to 100. */
export const SchemeWeights = z.object({
  baseline: z.number().min(0).max(100),
  output: z.number().min(0).max(100),
  outcome: z.number().min(0).max(100),
  impact: z.number().min(0).max(100),
  quick_win: z.number().min(0).max(100),
});

const SchemeFields = z.object({
  code: Code.describe("Kode skema, mis. gmsc-evaluasi"),
  version: Text(40).describe("Versi, mis. 2022"),
  year: Year.describe("Tahun berlaku: putaran tahun ini dan sesudahnya memakainya secara bawaan"),
  name: Text(200),
  frameworkId: FrameworkId,
  scale: ScaleDef,
  resultDimensions: z.array(ResultDimensionDef).min(1).max(10).describe("Dimensi hasil dengan bobot (jumlah 100)"),
  items: z.array(SchemeItemDef).min(1).max(500).describe("Butir: dimensi smart city kerangka × dimensi hasil"),
});

const withIssues = (s: Pick<SchemeDef, "scale" | "resultDimensions" | "items">, ctx: z.RefinementCtx) => {
  for (const issue of schemeIssues(s)) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
};

/** A whole scheme as the editor sends it: the representation of GET without id, status, key or smart-city dimensions. */
export const SchemeInput = SchemeFields.superRefine(withIssues);
export type SchemeInput = z.infer<typeof SchemeInput>;

/**
 * A new scheme (draft), one of three ways: the whole definition; `copyOf` an existing scheme
 * under a new code, version and name; or `frameworkId`, `year` and `weights` for the standard
 * grid over that framework's dimensions (standard texts, scale 1–5).
 */
export const SchemeCreate = SchemeFields.partial({
  year: true,
  frameworkId: true,
  scale: true,
  resultDimensions: true,
  items: true,
})
  .extend({
    copyOf: z.number().int().positive().optional().describe("ID skema yang disalin"),
    weights: SchemeWeights.optional().describe("Bobot untuk membuat kisi baku atas dimensi kerangka"),
  })
  .superRefine((s, ctx) => {
    if (s.copyOf !== undefined) return;
    const need = (keys: ReadonlyArray<"year" | "frameworkId" | "scale" | "resultDimensions" | "items">) => {
      const missing = keys.filter((k) => s[k] === undefined);
      for (const k of missing) ctx.addIssue({ code: "custom", path: [k], message: "Wajib diisi" });
      return missing.length === 0;
    };
    if (!need(["year", "frameworkId"])) return;
    if (s.weights !== undefined && s.items === undefined) {
      const total = Object.values(s.weights).reduce((a, w) => a + w, 0);
      if (Math.abs(total - 100) > 1e-9)
        ctx.addIssue({ code: "custom", path: ["weights"], message: `jumlah bobot ${total}, seharusnya 100` });
      return;
    }
    if (need(["scale", "resultDimensions", "items"])) withIssues(s as SchemeInput, ctx);
  });
export type SchemeCreate = z.infer<typeof SchemeCreate>;

/** An edit: the whole definition with the revision it was read at. */
export const SchemeUpdate = SchemeFields.extend({ revision: Revision }).superRefine(withIssues);
export type SchemeUpdate = z.infer<typeof SchemeUpdate>;

/** A status change, checked against the revision read. */
export const SchemeTransitionBody = z.object({ revision: Revision });

export const SchemeIdParams = z.object({ id: z.coerce.number().int().positive().describe("ID skema evaluasi") });

/** Filters of the scheme list. */
export const SchemeListQuery = z.object({
  frameworkId: z.coerce.number().int().positive().optional().describe("Hanya skema atas kerangka ini"),
  status: SchemeStatus.optional().describe("Hanya skema berstatus ini (draf hanya untuk admin nasional)"),
});
export type SchemeListQuery = z.infer<typeof SchemeListQuery>;

/** A stored scheme as GET returns it: the definition with its key, framework, status, revision and use. */
export const SchemeDetail = SchemeDef.extend({
  id: z.number().int(),
  key: z.string().describe("Kunci yang disimpan putaran: kode@versi"),
  frameworkId: z.number().int(),
  status: SchemeStatus,
  revision: Revision,
  rounds: z.number().int().describe("Jumlah putaran yang memakai skema ini"),
});
export type SchemeDetail = z.infer<typeof SchemeDetail>;

/** What the caller may do with a scheme. */
export const SchemeCan = z.object({
  create: z.boolean(),
  copy: z.boolean(),
  update: z.boolean(),
  publish: z.boolean(),
  retire: z.boolean(),
});
