import { describe, expect, it } from "vitest";
import { signIn } from "../testing/factories";
import { setupTestApp } from "../testing/test-app";
import { DEMO_ADMIN, DEMO_PASSWORD, SELECTED_2024 } from "./people";
import { seedDemo } from "./seed-demo";

const t = setupTestApp();

describe("kotacerdas seed --demo", () => {
  it("runs the 2024 cohort through the platform: ten regions selected, MoU on 5 March 2024, Kota Banjar past Bimtek I", async () => {
    const app = t.app();
    expect(await seedDemo(app, () => {})).toEqual({ skipped: false });
    const cookie = await signIn(app, DEMO_ADMIN.email, DEMO_PASSWORD);
    const get = async (url: string) => (await app.inject({ url, headers: { cookie } })).json();

    const [cohort] = (await get("/api/cohorts")).data;
    expect(cohort).toMatchObject({
      year: 2024,
      quota: 10,
      status: "mentoring",
      counts: { candidates: 16, selected: 10 },
    });
    const candidates = (await get(`/api/cohorts/${cohort.id}/candidates`)).data as Array<{
      regionCode: string;
      status: string;
      id: number;
    }>;
    expect(
      candidates
        .filter((c) => c.status === "selected")
        .map((c) => c.regionCode)
        .sort(),
    ).toEqual([...SELECTED_2024].sort());

    const dashboard = (await get(`/api/cohorts/${cohort.id}/dashboard`)).data;
    expect(dashboard.funnel.find((f: { key: string }) => f.key === "mou_signed").count).toBe(10);
    expect(dashboard.funnel.find((f: { key: string }) => f.key === "bimtek:1").count).toBe(1);
    const banjar = dashboard.rows.find((r: { regionCode: string }) => r.regionCode === "32.79");
    expect(banjar).toMatchObject({ step: "bimtek:2", mouSignedOn: "2024-03-05", stagesClosed: 1, pendingReview: 1 });
    expect(banjar.mentors).toEqual(["Ir. Agus Prasetyo, M.T."]);

    const banjarId = candidates.find((c) => c.regionCode === "32.79")?.id;
    const mou = (await get(`/api/candidates/${banjarId}/mou`)).data;
    expect(mou).toMatchObject({ signedOn: "2024-03-05", mode: "virtual", complete: true });

    const stages = (await get(`/api/candidates/${banjarId}/stages`)).data;
    expect(stages[0].closedAt).toMatch(/^2024-04-30/);

    const audit = await get("/api/audit-events?pageSize=1");
    expect(audit.total).toBeGreaterThan(100);
    expect(await seedDemo(app, () => {})).toEqual({ skipped: true });
  }, 120_000);
});
