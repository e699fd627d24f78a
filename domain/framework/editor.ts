import { z } from "zod";
import { FrameworkDef, frameworkIssues } from "./types";

/** Where a framework is in its life: edited as a draft, used once published, kept but not offered once retired. */
export const FRAMEWORK_STATUSES = ["draft", "published", "retired"] as const;
export const FrameworkStatus = z.enum(FRAMEWORK_STATUSES);
export type FrameworkStatus = z.infer<typeof FrameworkStatus>;

/** The status changes the program office may make, by action. */
export const FRAMEWORK_TRANSITIONS = {
  publish: { from: "draft", to: "published" },
  retire: { from: "published", to: "retired" },
} as const satisfies Record<string, { from: FrameworkStatus; to: FrameworkStatus }>;
export type FrameworkTransition = keyof typeof FRAMEWORK_TRANSITIONS;

/** Whether a framework's content may still change: a draft or a published one, as long as nothing uses it yet. */
export function frameworkEditable(status: FrameworkStatus, inUse: boolean): boolean {
  return status !== "retired" && !inUse;
}

/** Whether new cohorts and plans may take a framework: only a published one. */
export const frameworkSelectable = (status: FrameworkStatus): boolean => status === "published";

const withIssues = (f: FrameworkDef, ctx: z.RefinementCtx) => {
  for (const issue of frameworkIssues(f)) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
};

/** A whole framework as the editor sends it: the representation of GET without ids, orders or counts. */
export const FrameworkInput = FrameworkDef.superRefine(withIssues);
export type FrameworkInput = z.infer<typeof FrameworkInput>;

/** A new framework: the whole definition, or `copyOf` an existing one under a new code, version and name. */
export const FrameworkCreate = FrameworkDef.partial({
  descriptionId: true,
  descriptionEn: true,
  dimensions: true,
  stages: true,
})
  .extend({ copyOf: z.number().int().positive().optional().describe("ID kerangka yang disalin") })
  .superRefine((f, ctx) => {
    if (f.copyOf !== undefined) return;
    const missing = (["descriptionId", "descriptionEn", "dimensions", "stages"] as const).filter(
      (k) => f[k] === undefined,
    );
    for (const k of missing) ctx.addIssue({ code: "custom", path: [k], message: "Wajib diisi" });
    if (missing.length === 0) withIssues(f as FrameworkDef, ctx);
  });
export type FrameworkCreate = z.infer<typeof FrameworkCreate>;

/** An edit of a draft: the whole definition with the revision it was read at. */
export const FrameworkUpdate = FrameworkDef.extend({
  revision: z.number().int().positive().describe("Revisi yang dibaca (penulisan dengan pemeriksaan versi)"),
}).superRefine(withIssues);
export type FrameworkUpdate = z.infer<typeof FrameworkUpdate>;

/** A status change, checked against the revision read. */
export const FrameworkTransitionBody = z.object({ revision: z.number().int().positive() });
