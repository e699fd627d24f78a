import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IndicatorFilters } from "../../../domain/indicator-api";
import type { Actor } from "../../../domain/roles";
import type { Database } from "../../db/client";
import { framework, indicator } from "../../db/schema/index";
import { createTestDatabase } from "../../testing/test-database";
import { getFramework } from "../frameworks/get-framework";
import { transitionFramework } from "../frameworks/transition-framework";
import { listIndicators } from "./list-indicators";

const BANJAR = "32.79";
const admin: Actor = {
  userId: "admin",
  email: "admin@example.id",
  name: "Admin",
  memberships: [{ id: 1, role: "national_admin", regionCode: null, opdId: null, cohortId: null }],
};
let database: Database;
let kominfo: number;
let rpm: number;

const idOf = async (code: string) => {
  const [row] = await database.db.select({ id: framework.id }).from(framework).where(eq(framework.code, code));
  if (!row) throw new Error(`no framework ${code}`);
  return row.id;
};

const codes = async (filter: Record<string, unknown>, actor: Actor | null = admin) => {
  const { rows } = await listIndicators(database.db, {
    actor,
    filter: IndicatorFilters.parse(filter),
    page: { page: 1, pageSize: 500 },
  });
  return rows.map((r) => r.code);
};

beforeAll(async () => {
  database = await createTestDatabase();
  kominfo = await idOf("kominfo-2017");
  rpm = await idOf("rpm-kota-cerdas-2026");
  // A region's own indicator, mapped in Kominfo 2017 under Public Service.
  await database.db.insert(indicator).values({
    regionCode: BANJAR,
    code: "BJR-01",
    name: "Layanan perizinan daring",
    unit: "%",
    direction: "higher_is_better",
    frameworkId: kominfo,
    dimensionCode: "governance",
    elementCode: "governance.pelayanan-publik",
  });
}, 60_000);
afterAll(() => database?.close());

describe("the catalogue read in a plan's framework", () => {
  it("keeps a draft framework to the program office", async () => {
    await expect(codes({ frameworkId: rpm, dimensionCode: "mobility" }, null)).rejects.toMatchObject({
      code: "framework_not_found",
    });
    expect(await codes({ frameworkId: rpm, dimensionCode: "mobility" })).toContain("EC: I: T: 1C");
  });

  it("offers the national transport KPIs under Mobilitas Cerdas on RPM 2026 and under Sarana Transportasi on Kominfo 2017", async () => {
    const { revision } = await getFramework(database.db, rpm);
    await transitionFramework(database.db, {
      id: rpm,
      revision,
      action: "publish",
      ctx: { actor: null, ip: null, userAgent: null, requestId: "test" },
    });
    const transit = await codes({ frameworkId: rpm, elementCode: "mobility.transportasi-publik" }, null);
    expect(transit).toEqual(expect.arrayContaining(["EC: I: T: 1C", "EC: ICT: T: 1C"]));
    expect(transit).not.toContain("EC: ICT: T: 2C"); // traffic monitoring: Manajemen Lalu Lintas Cerdas
    expect(await codes({ frameworkId: rpm, dimensionCode: "mobility" }, null)).toContain("EC: ICT: T: 2C");
    // The KPIs follow their tags: not offered twice under RPM 2026's own transport element of Smart Living.
    expect(await codes({ frameworkId: rpm, elementCode: "living.transportasi" }, null)).not.toContain("EC: I: T: 1C");
    expect(await codes({ frameworkId: kominfo, elementCode: "living.transportasi" }, null)).toContain("EC: I: T: 1C");
    expect(await codes({ elementCode: "living.transportasi" }, null)).toContain("EC: I: T: 1C");
    // Tourism has no element in RPM 2026.
    expect(await codes({ frameworkId: rpm, dimensionCode: "branding" }, null)).toEqual([]);
    expect(await codes({ frameworkId: kominfo, dimensionCode: "branding" }, null)).toContain("EC: P: EM: 3A");
  });

  it("offers an indicator of another framework where its element's tag matches", async () => {
    const service = await codes({ frameworkId: rpm, elementCode: "governance.pelayanan-publik", scope: "regional" });
    expect(service).toEqual(["BJR-01"]);
    expect(await codes({ frameworkId: rpm, elementCode: "governance.kebijakan-publik", scope: "regional" })).toEqual(
      [],
    );
  });
});
