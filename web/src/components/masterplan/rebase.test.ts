import { describe, expect, it } from "vitest";
import { rebaseFields } from "./rebase";

describe("rebaseFields", () => {
  const base = { target: "Dasbor", whyQuick: "Data ada", year: "2025", members: [{ name: "A" }] };

  it("takes the newer value of every field the person left alone and keeps what they changed", () => {
    const mine = { ...base, target: "Dasbor terbuka" };
    const fresh = { ...base, whyQuick: "Data dan aplikasinya sudah ada", year: "2026" };
    expect(rebaseFields(base, mine, fresh)).toEqual({
      target: "Dasbor terbuka",
      whyQuick: "Data dan aplikasinya sudah ada",
      year: "2026",
      members: base.members,
    });
  });

  it("keeps a list the person edited as a whole, and takes a newer list they did not touch", () => {
    const edited = [...base.members, { name: "B" }];
    const newer = [{ name: "C" }];
    expect(rebaseFields(base, { ...base, members: edited }, { ...base, members: newer }).members).toBe(edited);
    expect(rebaseFields(base, base, { ...base, members: newer }).members).toBe(newer);
  });

  it("keeps the person's value when both changed the same field", () => {
    const r = rebaseFields(base, { ...base, year: "2027" }, { ...base, year: "2026" });
    expect(r.year).toBe("2027");
  });
});
