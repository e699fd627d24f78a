import { describe, expect, it } from "vitest";
import { z } from "zod";
import { PAGE_SIZE_MAX, PageQuery, pageOf, pageOffset } from "./pagination";

describe("paging", () => {
  it("computes offsets", () => {
    expect(pageOffset({ page: 1, pageSize: 50 })).toBe(0);
    expect(pageOffset({ page: 3, pageSize: 20 })).toBe(40);
  });
  it("caps the page size", () => {
    expect(PageQuery.safeParse({ pageSize: PAGE_SIZE_MAX }).success).toBe(true);
    expect(PageQuery.safeParse({ pageSize: PAGE_SIZE_MAX + 1 }).success).toBe(false);
  });
  it("describes the envelope", () => {
    const Page = pageOf(z.object({ code: z.string() }));
    expect(Page.safeParse({ data: [{ code: "32" }], total: 1, page: 1, pageSize: 50 }).success).toBe(true);
    expect(Page.safeParse({ data: [], total: 0 }).success).toBe(false);
  });
});
