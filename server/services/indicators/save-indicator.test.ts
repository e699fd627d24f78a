import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FrameworkCreate } from "../../../domain/framework/editor";
import type { IndicatorCreate } from "../../../domain/indicator-api";
import type { RequestContext } from "../../audit/record";
import type { Database } from "../../db/client";
import { framework } from "../../db/schema/index";
import { AppError } from "../../errors";
import { createTestDatabase } from "../../testing/test-database";
import { createFramework } from "../frameworks/create-framework";
import { getFramework } from "../frameworks/get-framework";
import { transitionFramework } from "../frameworks/transition-framework";
import { createIndicator, updateIndicator } from "./save-indicator";

const ctx: RequestContext = { actor: null, ip: null, userAgent: null, requestId: "test" };
let database: Database;
let kominfo: number;
let rpm: number;

const input = (over: Partial<IndicatorCreate> = {}): IndicatorCreate => ({
  regionCode: null,
  code: "KC-01",
  name: "Panjang koridor angkutan umum terintegrasi",
  concept: "",
  definition: "",
  classification: "",
  measure: "",
  unit: "km",
  direction: "higher_is_better",
  frequency: "annual",
  producerOpdId: null,
  source: "",
  referenceCodes: [],
  dimensionCode: null,
  elementCode: null,
  ...over,
});

const refusal = async (p: Promise<unknown>) => {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
};

const idOf = async (code: string) => {
  const [row] = await database.db.select({ id: framework.id }).from(framework).where(eq(framework.code, code));
  if (!row) throw new Error(`no framework ${code}`);
  return row.id;
};

beforeAll(async () => {
  database = await createTestDatabase();
  kominfo = await idOf("kominfo-2017");
  rpm = await idOf("rpm-kota-cerdas-2026");
}, 60_000);
afterAll(() => database?.close());

describe("saving an indicator against a framework", () => {
  it("refuses a draft framework, then takes it once published, checking codes against its own data", async () => {
    const db = database.db;
    const mobility = { dimensionCode: "mobility", elementCode: "mobility.transportasi-publik" };
    const draft = await refusal(createIndicator(db, { input: input({ frameworkId: rpm, ...mobility }), ctx }));
    expect(draft.code).toBe("framework_not_published");
    expect(draft.status).toBe(409);
    expect(draft.details).toMatchObject({ id: rpm, status: "draft" });

    // Kominfo 2017 has no mobility dimension: the codes are checked against the framework's data.
    const wrong = await refusal(createIndicator(db, { input: input({ frameworkId: kominfo, ...mobility }), ctx }));
    expect(wrong.code).toBe("validation_failed");
    expect(wrong.details).toMatchObject({ issues: [{ path: "body.dimensionCode" }] });

    const { revision } = await getFramework(db, rpm);
    await transitionFramework(db, { id: rpm, revision, action: "publish", ctx });
    const made = await createIndicator(db, { input: input({ frameworkId: rpm, ...mobility }), ctx });
    expect(made).toMatchObject({ frameworkId: rpm, ...mobility });
    const branding = await refusal(
      createIndicator(db, {
        input: input({
          code: "KC-02",
          frameworkId: rpm,
          dimensionCode: "branding",
          elementCode: "branding.pariwisata",
        }),
        ctx,
      }),
    );
    expect(branding.code).toBe("validation_failed");
  });

  it("refuses mapping anew in a retired framework, but still lets its indicators be renamed", async () => {
    const db = database.db;
    const created = await createFramework(db, {
      input: FrameworkCreate.parse({
        copyOf: kominfo,
        code: "kominfo-2017-lama",
        version: "2017-b",
        name: "Kominfo 2017 (salinan)",
      }),
      ctx,
    });
    const id = created.id;
    let fw = await getFramework(db, id);
    await transitionFramework(db, { id, revision: fw.revision, action: "publish", ctx });
    const kept = await createIndicator(db, {
      input: input({ code: "KC-03", frameworkId: id, dimensionCode: "living", elementCode: "living.kesehatan" }),
      ctx,
    });
    fw = await getFramework(db, id);
    await transitionFramework(db, { id, revision: fw.revision, action: "retire", ctx });

    const fresh = await refusal(createIndicator(db, { input: input({ code: "KC-04", frameworkId: id }), ctx }));
    expect(fresh.code).toBe("framework_not_published");
    expect(fresh.details).toMatchObject({ status: "retired" });
    const moved = await refusal(
      updateIndicator(db, {
        current: kept,
        changes: { dimensionCode: "living", elementCode: "living.tata-ruang", version: kept.version },
        ctx,
      }),
    );
    expect(moved.code).toBe("framework_not_published");
    const renamed = await updateIndicator(db, {
      current: kept,
      changes: { name: "Cakupan layanan kesehatan", version: kept.version },
      ctx,
    });
    expect(renamed).toMatchObject({ name: "Cakupan layanan kesehatan", elementCode: "living.kesehatan" });
  });
});
