import { describe, expect, it } from "vitest";
import { nextDeliverableStatus, type StageFacts, stageGate } from "./bimtek";

describe("deliverable flow", () => {
  it("goes draft → submitted → revision → submitted → approved", () => {
    expect(nextDeliverableStatus("draft", "submit")).toBe("submitted");
    expect(nextDeliverableStatus("submitted", "request_revision")).toBe("revision_requested");
    expect(nextDeliverableStatus("revision_requested", "submit")).toBe("submitted");
    expect(nextDeliverableStatus("submitted", "approve")).toBe("approved");
  });
  it("refuses moves out of order", () => {
    expect(nextDeliverableStatus("draft", "approve")).toBeNull();
    expect(nextDeliverableStatus("approved", "submit")).toBeNull();
    expect(nextDeliverableStatus("revision_requested", "approve")).toBeNull();
  });
});

const stage = (
  number: number,
  closed: boolean,
  statuses: Array<[boolean, "draft" | "submitted" | "approved"]>,
): StageFacts => ({
  number,
  closedAt: closed ? new Date() : null,
  deliverables: statuses.map(([required, status], i) => ({ required, status, nameId: `D${number}.${i + 1}` })),
});

describe("stage gate", () => {
  it("closes a stage whose required deliverables are all approved", () => {
    expect(
      stageGate(
        stage(1, false, [
          [true, "approved"],
          [false, "draft"],
        ]),
        undefined,
      ),
    ).toEqual({ ok: true });
  });
  it("names the required deliverables still pending", () => {
    expect(
      stageGate(
        stage(1, false, [
          [true, "approved"],
          [true, "submitted"],
          [true, "draft"],
        ]),
        undefined,
      ),
    ).toEqual({
      ok: false,
      code: "deliverables_not_approved",
      pending: ["D1.2", "D1.3"],
    });
  });
  it("never closes stage n+1 before stage n", () => {
    expect(stageGate(stage(2, false, [[true, "approved"]]), stage(1, false, []))).toMatchObject({
      code: "previous_stage_open",
    });
    expect(stageGate(stage(2, false, [[true, "approved"]]), stage(1, true, []))).toEqual({ ok: true });
  });
  it("does not close a stage twice", () => {
    expect(stageGate(stage(1, true, []), undefined)).toMatchObject({ code: "stage_already_closed" });
  });
});
