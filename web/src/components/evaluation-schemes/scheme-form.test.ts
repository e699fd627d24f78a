import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/client";

// The client asks i18n for the language, and i18n wants a document; these helpers need neither.
vi.mock("../../i18n", () => ({ currentLanguage: () => "id" }));

import { issuesByPath, unplacedIssues, validSchemeYear, weightsComplete, weightTotal } from "./scheme-form";

describe("scheme form helpers", () => {
  it("adds weights as typed, an empty field counting 0, without float dust", () => {
    expect(weightTotal({ baseline: 10, output: "20", outcome: 30, impact: "", quick_win: 20 })).toBe(80);
    expect(weightsComplete({ a: 33.3, b: 33.3, c: 33.4 })).toBe(true);
    expect(weightsComplete({ baseline: 10, output: 20, outcome: 30, impact: 20, quick_win: 10 })).toBe(false);
  });

  it("keys a 422's issues by their whole path, first message per path", () => {
    const error = new ApiError(422, "validation_failed", "invalid", {
      issues: [
        { path: "body.resultDimensions", message: "jumlah bobot 90, seharusnya 100" },
        { path: "body.items.3.textId", message: "Wajib diisi" },
        { path: "body.items.3.textId", message: "kedua" },
        { path: "body", message: "rusak" },
      ],
    });
    const issues = issuesByPath(error);
    expect(issues).toEqual({
      resultDimensions: "jumlah bobot 90, seharusnya 100",
      "items.3.textId": "Wajib diisi",
      _: "rusak",
    });
    expect(unplacedIssues(issues, (p) => p !== "_")).toEqual(["rusak"]);
    expect(issuesByPath(new ApiError(409, "scheme_in_use", "in use"))).toEqual({});
  });

  it("accepts years 2017 to 2100 only", () => {
    expect(validSchemeYear(2025)).toBe(true);
    expect(validSchemeYear("")).toBe(false);
    expect(validSchemeYear(2016)).toBe(false);
  });
});
