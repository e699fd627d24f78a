import { describe, expect, it } from "vitest";
import { AttendanceInput, DeliverableActionInput, DeliverableUpdate, isDeliverableLink, StageUpdate } from "./bimtek";

describe("StageUpdate", () => {
  it("refuses an end before its start, on the end field", () => {
    const res = StageUpdate.safeParse({ actualStart: "2024-05-02", actualEnd: "2024-05-01", version: 1 });
    expect(res.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [["actualEnd"], "Tanggal akhir sebelum tanggal mulai"],
    ]);
    expect(StageUpdate.safeParse({ plannedStart: "2024-05-01", plannedEnd: "2024-05-01", version: 1 }).success).toBe(
      true,
    );
    expect(StageUpdate.safeParse({ mode: "daring", version: 1 }).success).toBe(false);
    expect(StageUpdate.safeParse({ venue: "Aula" }).success).toBe(false);
  });
});

describe("AttendanceInput", () => {
  it("takes each OPD once, with 0 to 500 participants", () => {
    expect(AttendanceInput.safeParse([{ opdId: 1, participants: 0, attended: false }]).success).toBe(true);
    expect(AttendanceInput.safeParse([{ opdId: 1, participants: 501, attended: true }]).success).toBe(false);
    const twice = AttendanceInput.safeParse([
      { opdId: 1, participants: 1, attended: true },
      { opdId: 1, participants: 2, attended: true },
    ]);
    expect(twice.error?.issues[0]?.path).toEqual([1, "opdId"]);
  });
});

describe("deliverable links and actions", () => {
  it("accepts http(s) addresses and masterplan paths only", () => {
    expect(isDeliverableLink("https://drive.example.go.id/berkas")).toBe(true);
    expect(isDeliverableLink("/masterplan/12/bab-3")).toBe(true);
    for (const bad of ["javascript:alert(1)", "ftp://x", "/admin", "/masterplan/../x", "bukan tautan"])
      expect(isDeliverableLink(bad), bad).toBe(false);
    expect(DeliverableUpdate.safeParse({ link: `https://x.id/${"a".repeat(500)}`, version: 1 }).success).toBe(false);
    expect(DeliverableUpdate.safeParse({ link: null, note: "catatan", version: 1 }).success).toBe(true);
  });
  it("needs a reason of at least 5 letters to ask for a revision or reopen", () => {
    expect(DeliverableActionInput.safeParse({ action: "submit" }).success).toBe(true);
    expect(DeliverableActionInput.safeParse({ action: "request_revision", comment: "ok" }).success).toBe(false);
    expect(DeliverableActionInput.safeParse({ action: "reopen" }).error?.issues[0]?.path).toEqual(["comment"]);
    expect(DeliverableActionInput.safeParse({ action: "reopen", comment: "Data keliru" }).success).toBe(true);
    expect(DeliverableActionInput.safeParse({ action: "delete" }).success).toBe(false);
  });
});
