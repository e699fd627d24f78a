import { describe, expect, it } from "vitest";
import { photoProblem } from "./photo";
import { validateFeedbackQueueSearch } from "./search";

const file = (type: string, size: number) => new File([new Uint8Array(size)], "foto", { type });

describe("photoProblem", () => {
  it("accepts a JPEG or PNG up to 5 MB", () => {
    expect(photoProblem(null)).toBeNull();
    expect(photoProblem(file("image/jpeg", 1000))).toBeNull();
    expect(photoProblem(file("image/png", 5 * 1024 * 1024))).toBeNull();
  });
  it("refuses other types and larger files", () => {
    expect(photoProblem(file("image/gif", 10))).toBe("type");
    expect(photoProblem(file("image/png", 5 * 1024 * 1024 + 1))).toBe("size");
  });
});

describe("validateFeedbackQueueSearch", () => {
  it("keeps known tabs and drops the default and bad values", () => {
    expect(validateFeedbackQueueSearch({ status: "published", page: "2" })).toEqual({ status: "published", page: 2 });
    expect(validateFeedbackQueueSearch({ status: "open" })).toEqual({ status: undefined, page: undefined });
    expect(validateFeedbackQueueSearch({ status: "nope", page: "-1" })).toEqual({ status: undefined, page: undefined });
  });
});
