import { describe, expect, it } from "vitest";
import { chapterHref, chapterTab, MASTERPLAN_CHAPTERS } from "../../../domain/masterplan-chapters";
import { MASTERPLAN_TABS, validateMasterplanSearch } from "./search";

describe("masterplan chapter links from the API", () => {
  it("open a tab the masterplan page has, for every chapter", () => {
    for (const key of MASTERPLAN_CHAPTERS) {
      expect(MASTERPLAN_TABS).toContain(chapterTab(key));
      const query = new URLSearchParams(chapterHref(7, key).split("?")[1]);
      expect(validateMasterplanSearch(Object.fromEntries(query)).tab).toBe(chapterTab(key));
    }
  });
});
