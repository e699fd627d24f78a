import { describe, expect, it } from "vitest";
import { internalHref, linkOf } from "./server-href";

describe("paths from the server", () => {
  it("follows only links inside the site", () => {
    expect(internalHref("/kandidat/7?tab=bimtek")).toBe("/kandidat/7?tab=bimtek");
    expect(internalHref("//evil.example/x")).toBeUndefined();
    expect(internalHref("https://evil.example/")).toBeUndefined();
    expect(internalHref("/\\evil.example")).toBeUndefined();
  });

  it("splits a server path into the router's path, search and hash", () => {
    expect(linkOf("/kandidat/7?tab=bimtek")).toEqual({ to: "/kandidat/7", search: { tab: "bimtek" } });
    expect(linkOf("/masterplan/3?tab=program&page=2#p-01")).toEqual({
      to: "/masterplan/3",
      search: { tab: "program", page: "2" },
      hash: "p-01",
    });
    expect(linkOf("/tugas")).toEqual({ to: "/tugas", search: {} });
    expect(linkOf("https://evil.example/")).toBeUndefined();
  });
});
