import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { bimtekStage, deliverable, deliverableTemplate, stageTemplate } from "../../db/schema/index";

/**
 * Opens a selected region's Bimtek workspace: one stage per stage template of the cohort's
 * framework and one draft deliverable per deliverable template. Idempotent, so publishing a
 * selection again (or adding a stage template later) only fills in what is missing. The
 * caller decides who is selected and runs this inside its own transaction.
 */
export async function activateWorkspace(tx: Db, opts: { candidateId: number; frameworkId: number }): Promise<void> {
  const templates = await tx
    .select()
    .from(stageTemplate)
    .where(eq(stageTemplate.frameworkId, opts.frameworkId))
    .orderBy(asc(stageTemplate.number));
  if (!templates.length) return;
  await tx
    .insert(bimtekStage)
    .values(templates.map((t) => ({ candidateId: opts.candidateId, stageTemplateId: t.id, number: t.number })))
    .onConflictDoNothing({ target: [bimtekStage.candidateId, bimtekStage.number] });

  // Stages that already existed keep their own template; their deliverables follow it.
  const stages = await tx
    .select({ id: bimtekStage.id, templateId: bimtekStage.stageTemplateId })
    .from(bimtekStage)
    .where(eq(bimtekStage.candidateId, opts.candidateId));
  if (!stages.length) return;
  const deliverableTemplates = await tx
    .select({ id: deliverableTemplate.id, stageTemplateId: deliverableTemplate.stageTemplateId })
    .from(deliverableTemplate)
    .where(
      inArray(
        deliverableTemplate.stageTemplateId,
        stages.map((s) => s.templateId),
      ),
    );
  const rows = stages.flatMap((s) =>
    deliverableTemplates
      .filter((d) => d.stageTemplateId === s.templateId)
      .map((d) => ({ stageId: s.id, templateId: d.id, status: "draft" as const })),
  );
  if (rows.length)
    await tx
      .insert(deliverable)
      .values(rows)
      .onConflictDoNothing({ target: [deliverable.stageId, deliverable.templateId] });
}
