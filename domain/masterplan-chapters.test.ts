import { describe, expect, it } from "vitest";
import { type ChapterFacts, chapterCompleteness, chapterHref, MASTERPLAN_CHAPTERS } from "./masterplan-chapters";
import { completeness } from "./masterplan-completeness";

const EMPTY: ChapterFacts = {
  periodStart: 2024,
  periodEnd: 2033,
  dimensions: [
    { code: "governance", nameId: "Smart Governance", elementCodes: ["governance.pelayanan-publik"] },
    { code: "living", nameId: "Smart Living", elementCodes: ["living.kesehatan"] },
  ],
  vision: null,
  requiredBodies: [{ kind: "dewan", nameId: "Dewan Smart City" }],
  forewordMissing: [],
  missionCount: 0,
  elementsWithStrategy: [],
  programs: [],
  quickWinCount: 0,
  governanceKinds: [],
  sections: {},
};

const lens = (name: string, extra: object) => ({ lens: name, ...extra });
const FULL: ChapterFacts = {
  ...EMPTY,
  vision: "Kota cerdas",
  missionCount: 1,
  elementsWithStrategy: ["governance.pelayanan-publik", "living.kesehatan"],
  programs: [
    {
      id: 1,
      name: "MPP",
      dimensionCode: "governance",
      ownerOpdId: 3,
      term: "medium",
      startYear: 2024,
      endYear: 2026,
    },
    { id: 2, name: "Puskesmas", dimensionCode: "living", ownerOpdId: 4, term: "short", startYear: 2024, endYear: 2024 },
  ],
  quickWinCount: 1,
  governanceKinds: ["dewan"],
  sections: {
    profile: { figures: [{ label: "Penduduk", value: "205.000", year: 2023, source: "BPS" }] },
    readiness: {
      lenses: ["struktur", "infrastruktur", "suprastruktur"].map((l) =>
        lens(l, { condition: "<p>Ada</p>", gap: "<p>Kurang</p>" }),
      ),
    },
    swot: {
      lenses: ["struktur", "infrastruktur", "suprastruktur"].map((l) =>
        lens(l, { strengths: ["Kuat"], weaknesses: [], opportunities: [], threats: [] }),
      ),
    },
    priority_issues: { issues: [{ title: "Layanan belum terpadu" }] },
  },
};

const stateOf = (facts: ChapterFacts, key: string) => chapterCompleteness(facts).find((c) => c.key === key);

describe("chapterCompleteness", () => {
  it("answers every chapter in order, all missing for an empty plan", () => {
    const states = chapterCompleteness(EMPTY);
    expect(states.map((s) => s.key)).toEqual([...MASTERPLAN_CHAPTERS]);
    expect(states.every((s) => !s.complete && s.missing.length > 0)).toBe(true);
    expect(stateOf(EMPTY, "vision")?.missing).toEqual(["Visi smart city dirumuskan", "Paling sedikit satu misi"]);
    expect(stateOf(EMPTY, "programs")?.missing).toEqual([
      "Smart Governance: paling sedikit satu program",
      "Smart Living: paling sedikit satu program",
    ]);
    expect(stateOf(EMPTY, "swot")?.missing).toEqual([
      "SWOT struktur belum diisi",
      "SWOT infrastruktur belum diisi",
      "SWOT suprastruktur belum diisi",
    ]);
  });

  it("finds a complete plan complete in every chapter", () => {
    expect(completeness(FULL).ok).toBe(true);
    expect(chapterCompleteness(FULL).filter((s) => !s.complete)).toEqual([]);
  });

  it("puts each failing line of the submission checklist under its chapter", () => {
    const facts: ChapterFacts = {
      ...FULL,
      programs: [{ ...(FULL.programs[0] as ChapterFacts["programs"][number]), ownerOpdId: null, endYear: 2040 }],
      governanceKinds: ["forum"],
    };
    const states = chapterCompleteness(facts);
    const missing = (key: string) => states.find((s) => s.key === key)?.missing ?? [];
    expect(missing("programs")).toEqual([
      "Smart Living: paling sedikit satu program",
      'Program "MPP" belum memiliki OPD penanggung jawab',
      'Program "MPP": Tahun selesai harus di dalam periode masterplan 2024–2033',
    ]);
    expect(missing("roadmap")).toEqual(['Program "MPP": Tahun selesai harus di dalam periode masterplan 2024–2033']);
    expect(missing("governance")).toEqual(["Dewan Smart City dibentuk (SK)"]);
    expect(missing("vision")).toEqual([]);
  });

  it("counts empty narratives as missing: a readiness lens needs both condition and gap", () => {
    const facts: ChapterFacts = {
      ...FULL,
      sections: {
        ...FULL.sections,
        readiness: { lenses: [lens("struktur", { condition: "<p>Ada</p>", gap: "<p></p>" })] },
      },
    };
    expect(stateOf(facts, "readiness")?.missing).toEqual([
      "Kesiapan struktur: kondisi dan analisis kesenjangan belum diisi",
      "Kesiapan infrastruktur: kondisi dan analisis kesenjangan belum diisi",
      "Kesiapan suprastruktur: kondisi dan analisis kesenjangan belum diisi",
    ]);
  });

  it("leaves no failing line of the submission checklist out of the chapters", () => {
    const facts = {
      ...EMPTY,
      programs: [{ ...(FULL.programs[0] as ChapterFacts["programs"][number]), ownerOpdId: null, endYear: 2050 }],
    };
    const failing = completeness(facts).items.filter((i) => !i.ok);
    expect(new Set(failing.map((i) => i.code))).toEqual(
      new Set([
        "vision",
        "mission",
        "dimension_strategy",
        "dimension_program",
        "program_owner",
        "program_years",
        "quick_win",
        "governance_dewan",
      ]),
    );
    const listed = new Set(chapterCompleteness(facts).flatMap((s) => s.missing));
    for (const i of failing) expect(listed.has(i.message), i.message).toBe(true);
  });
});

describe("chapterHref", () => {
  it("links a chapter to the tab of the masterplan page where it is edited", () => {
    expect(chapterHref(3, "vision")).toBe("/masterplan/3?tab=visi");
    expect(chapterHref(3, "swot")).toBe("/masterplan/3?tab=strategis");
    expect(chapterHref(12, "governance")).toBe("/masterplan/12?tab=tata-kelola");
  });
});
