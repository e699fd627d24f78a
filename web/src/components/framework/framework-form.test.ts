import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { KOMINFO_2017 } from "../../../../domain/framework/kominfo-2017";
import type { FrameworkDetail } from "../../../../domain/framework/schemas";
import { checkDef, defOf, formOf, moveItem, recodeDimension, serverErrors } from "./framework-form";

const t = ((key: string) => key) as unknown as TFunction;

/** Kominfo 2017 as GET /api/frameworks/:id returns it, with the dimensions stored in reverse order. */
function detail(): FrameworkDetail {
  const dims = KOMINFO_2017.dimensions.map((d, i) => ({
    ...d,
    id: i + 1,
    order: i + 1,
    elements: d.elements.map((e, j) => ({ ...e, id: 10 * i + j, order: j + 1 })),
  }));
  return {
    ...KOMINFO_2017,
    id: 1,
    isDefault: true,
    status: "published",
    revision: 3,
    dimensionCount: 6,
    elementCount: 18,
    stageCount: 4,
    dimensions: dims.reverse(),
    stages: KOMINFO_2017.stages.map((s, i) => ({
      ...s,
      id: i + 1,
      deliverables: s.deliverables.map((d, j) => ({ ...d, id: j, order: j + 1 })),
    })),
  };
}

describe("the framework form", () => {
  it("gives back the definition it was read from, ordered, without ids or list keys", () => {
    expect(defOf(formOf(detail()))).toEqual(KOMINFO_2017);
    expect(checkDef(defOf(formOf(detail())), t)).toEqual({});
  });

  it("recodes a dimension's elements with it and numbers the stages by place", () => {
    const form = formOf(detail());
    const branding = form.dimensions.find((d) => d.code === "branding");
    if (!branding) throw new Error("no branding");
    expect(recodeDimension(branding, "mobility").elements.map((e) => e.code)).toEqual([
      "mobility.pariwisata",
      "mobility.bisnis-daerah",
      "mobility.wajah-kota",
    ]);
    const swapped = defOf({ ...form, stages: moveItem(form.stages, 3, 0) });
    expect(swapped.stages.map((s) => s.number)).toEqual([1, 2, 3, 4]);
    expect(swapped.stages[0]?.nameId).toBe(KOMINFO_2017.stages[3]?.nameId);
  });

  it("marks problems at the path the API would name, before and after sending", () => {
    const def = defOf(formOf(detail()));
    const el = def.dimensions[1]?.elements[2];
    if (!el) throw new Error("no element");
    el.code = "governance.wajah-kota";
    el.nameId = " ";
    const found = checkDef(def, t);
    expect(found["dimensions.1.elements.2.nameId"]).toBe("frameworkEdit.errors.required");
    const fromServer = serverErrors({
      status: 422,
      code: "validation_failed",
      details: { issues: [{ path: "body.dimensions.1.elements.2.code", message: "elemen tidak berawalan branding." }] },
    });
    expect(fromServer).toEqual({ "dimensions.1.elements.2.code": "elemen tidak berawalan branding." });
  });
});
