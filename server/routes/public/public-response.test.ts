import { describe, expect, it } from "vitest";
import { etagMatches } from "./public-response";

describe("etagMatches", () => {
  const tag = '"abc"';
  it.each<[string | undefined, boolean]>([
    [undefined, false],
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ["*", true],
    ['"abcd"', false],
    ["abc", false],
  ])("If-None-Match %s → %s", (header, expected) => {
    expect(etagMatches(header, tag)).toBe(expected);
  });
});
