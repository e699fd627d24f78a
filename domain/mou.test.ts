import { describe, expect, it } from "vitest";
import { isMouComplete, MouCeremonyInput, MouInput, missingMouFields } from "./mou";

const complete = {
  ministryNumber: "B-101/DJAI/AI.01.02/03/2024",
  regionNumber: "415.4/12/2024",
  signedOn: "2024-03-05",
  mode: "virtual",
  ministrySignatoryName: "Direktur Jenderal",
  ministrySignatoryPosition: "Dirjen Aptika",
  regionSignatoryName: "Wali Kota",
  regionSignatoryPosition: "Wali Kota Banjar",
};

describe("isMouComplete", () => {
  it("needs both numbers, the date, the mode and both signatories", () => {
    expect(isMouComplete(complete)).toBe(true);
    expect(isMouComplete({ ...complete, place: null } as typeof complete)).toBe(true);
    for (const field of Object.keys(complete) as Array<keyof typeof complete>) {
      expect(isMouComplete({ ...complete, [field]: null }), field).toBe(false);
      expect(missingMouFields({ ...complete, [field]: "  " })).toEqual([field]);
    }
  });
  it("treats a memorandum not recorded yet as incomplete", () => {
    expect(isMouComplete(null)).toBe(false);
    expect(missingMouFields(undefined)).toHaveLength(8);
  });
});

describe("MoU bodies", () => {
  it("accepts a partial correction and refuses a malformed date in Indonesian", () => {
    expect(MouInput.safeParse({ regionNumber: "415/12/2024", version: 1 }).success).toBe(true);
    const bad = MouInput.safeParse({ signedOn: "5 Maret 2024" });
    expect(bad.error?.issues[0]?.message).toBe("Tanggal harus berbentuk YYYY-MM-DD");
  });
  it("needs at least one region in a ceremony, each once, and numbers only for them", () => {
    const base = {
      signedOn: "2024-03-05",
      mode: "virtual",
      ministrySignatoryName: "Direktur Jenderal",
      ministrySignatoryPosition: "Dirjen Aptika",
    };
    expect(MouCeremonyInput.safeParse({ ...base, candidateIds: [] }).error?.issues[0]?.message).toBe(
      "Pilih minimal satu daerah",
    );
    expect(MouCeremonyInput.safeParse({ ...base, candidateIds: [1, 1] }).success).toBe(false);
    const stray = MouCeremonyInput.safeParse({ ...base, candidateIds: [1], numbers: [{ candidateId: 2 }] });
    expect(stray.error?.issues[0]?.path).toEqual(["numbers", 0, "candidateId"]);
    expect(MouCeremonyInput.safeParse({ ...base, mode: "hybrid", candidateIds: [1] }).success).toBe(false);
    expect(MouCeremonyInput.safeParse({ ...base, candidateIds: [1], numbers: [{ candidateId: 1 }] }).success).toBe(
      true,
    );
  });
});
