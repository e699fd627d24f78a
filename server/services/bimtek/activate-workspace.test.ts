import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { bimtekStage, deliverable } from "../../db/schema/index";
import { makeCohort, makeSelectedCandidate, workspaceOf } from "../../testing/cohort-factories";
import { setupTestApp } from "../../testing/test-app";
import { activateWorkspace } from "./activate-workspace";

const t = setupTestApp();

describe("activateWorkspace", () => {
  it("opens one stage per template and one draft deliverable per deliverable template, once", async () => {
    const app = t.app();
    const cohort = await makeCohort(app, { status: "mou" });
    const c = await makeSelectedCandidate(app, { cohortId: cohort.id, regionCode: "32.79" });
    const db = app.database.db;
    await db.transaction((tx) => activateWorkspace(tx, { candidateId: c.id, frameworkId: cohort.frameworkId }));
    const ws = await workspaceOf(app, c.id);
    expect(ws.map((s) => [s.number, s.deliverables.length])).toEqual([
      [1, 4],
      [2, 3],
      [3, 3],
      [4, 4],
    ]);
    expect(ws[2]?.deliverables.find((d) => d.code === "inovasi")?.required).toBe(false);
    const [stages] = await db.select({ n: count() }).from(bimtekStage).where(eq(bimtekStage.candidateId, c.id));
    expect(stages?.n).toBe(4);
    const drafts = await db.select({ status: deliverable.status }).from(deliverable);
    expect(new Set(drafts.map((d) => d.status))).toEqual(new Set(["draft"]));
  });
});
