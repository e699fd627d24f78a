import { describe, expect, it } from "vitest";
import { KOMINFO_2017 } from "./framework/kominfo-2017";
import {
  budgetByDimension,
  budgetBySource,
  budgetByYear,
  budgetProblems,
  canStartRevision,
  checkApbdCode,
  MASTERPLAN_STATUSES,
  nextMasterplanStatus,
  programTotal,
  programYearProblems,
  roadmap,
  termOf,
} from "./masterplan";
import { MasterplanTransition, ProgramCreate, sectionContentSchema } from "./masterplan-api";
import { completeness, forewordMissing, type PlanFacts } from "./masterplan-completeness";
import { richTextIsEmpty, sanitizeRichText } from "./rich-text";

describe("masterplan transitions", () => {
  it("follows draft → in_review → approved → enacted, with return to draft for revision", () => {
    expect(nextMasterplanStatus("draft", "submit")).toBe("in_review");
    expect(nextMasterplanStatus("in_review", "return")).toBe("draft");
    expect(nextMasterplanStatus("in_review", "approve")).toBe("approved");
    expect(nextMasterplanStatus("approved", "enact")).toBe("enacted");
  });
  it("refuses every other move", () => {
    const allowed = new Set(["draft:submit", "in_review:return", "in_review:approve", "approved:enact"]);
    for (const s of MASTERPLAN_STATUSES)
      for (const a of ["submit", "return", "approve", "enact"] as const)
        if (!allowed.has(`${s}:${a}`)) expect(nextMasterplanStatus(s, a), `${s}:${a}`).toBeNull();
  });
  it("starts a revision only from an enacted plan", () => {
    expect(MASTERPLAN_STATUSES.filter(canStartRevision)).toEqual(["enacted"]);
  });
  it("needs the Perkada number and date, its signatory, promulgation and Berita Daerah to enact", () => {
    const r = MasterplanTransition.safeParse({ action: "enact", version: 3 });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual([
      "perkadaNumber",
      "perkadaDate",
      "headName",
      "secretaryName",
      "secretaryNip",
      "promulgatedOn",
      "gazetteYear",
      "gazetteNumber",
    ]);
    const full = {
      action: "enact",
      version: 3,
      perkadaNumber: "12/2025",
      perkadaDate: "2025-02-03",
      headName: "H. Dadang Sudrajat",
      secretaryName: "Drs. Agus Salim Nurjaman, M.Si.",
      secretaryNip: "197005121995031004",
      promulgatedOn: "2025-02-04",
      gazetteYear: 2025,
      gazetteNumber: "12",
    };
    expect(MasterplanTransition.safeParse(full).success).toBe(true);
    const issue = (patch: object) =>
      MasterplanTransition.safeParse({ ...full, ...patch }).error?.issues.map((i) => [i.path.join("."), i.message]);
    expect(issue({ secretaryNip: "1970 0512" })).toEqual([["secretaryNip", "NIP terdiri dari 18 angka"]]);
    expect(issue({ promulgatedOn: "2025-02-01" })).toEqual([
      ["promulgatedOn", "Tanggal pengundangan tidak boleh sebelum tanggal penetapan"],
    ]);
    expect(issue({ gazetteYear: 2024 })).toEqual([
      ["gazetteYear", "Tahun Berita Daerah harus sama dengan tahun pengundangan"],
    ]);
    // The other moves take none of it.
    expect(MasterplanTransition.safeParse({ action: "submit", version: 3 }).success).toBe(true);
  });
});

describe("terms and years", () => {
  const period = { periodStart: 2024, periodEnd: 2033 };
  it("derives the term from the year the program ends", () => {
    expect(termOf(2024, 2024, 2024)).toBe("short");
    expect(termOf(2024, 2025, 2024)).toBe("medium");
    expect(termOf(2026, 2028, 2024)).toBe("medium");
    expect(termOf(2024, 2028, 2024)).toBe("medium");
    expect(termOf(2024, 2029, 2024)).toBe("long");
    expect(termOf(2030, 2033, 2024)).toBe("long");
  });
  it("flags years outside the period, end before start, and a term that does not match", () => {
    expect(programYearProblems({ term: "short", startYear: 2024, endYear: 2024 }, period)).toEqual([]);
    expect(programYearProblems({ term: "long", startYear: 2023, endYear: 2034 }, period).map((p) => p.field)).toEqual([
      "startYear",
      "endYear",
    ]);
    expect(programYearProblems({ term: "medium", startYear: 2027, endYear: 2026 }, period).map((p) => p.field)).toEqual(
      ["endYear"],
    );
    const [wrong] = programYearProblems({ term: "short", startYear: 2024, endYear: 2026 }, period);
    expect(wrong).toMatchObject({ field: "term" });
    expect(wrong?.message).toContain("jangka menengah");
  });
});

describe("APBD nomenclature code", () => {
  it("accepts every level from urusan to sub kegiatan", () => {
    expect(checkApbdCode("2")).toEqual({ ok: true, level: "urusan" });
    expect(checkApbdCode("2.16")).toEqual({ ok: true, level: "bidang" });
    expect(checkApbdCode("2.16.02")).toEqual({ ok: true, level: "program" });
    expect(checkApbdCode("2.16.02.1.01")).toEqual({ ok: true, level: "kegiatan" });
    expect(checkApbdCode("2.16.02.1.01.0001")).toEqual({ ok: true, level: "sub_kegiatan" });
    expect(checkApbdCode("2.16.02.1.01.01")).toEqual({ ok: true, level: "sub_kegiatan" });
  });
  it.each([
    ["2.16.2", "program"],
    ["2.6", "bidang urusan"],
    ["2.16.02.1", "dua bagian"],
    ["2.16.02.01.01", "kegiatan"],
    ["2..16", "titik ganda"],
    ["2.16.", "titik ganda"],
    ["2.16.02.1.01.001", "sub kegiatan"],
    ["2.16.02.1.01.0001.1", "terlalu panjang"],
    ["9.01", "1 sampai 8"],
    ["2.00", "tidak boleh nol"],
    ["2.16a", "angka dan titik"],
  ])("rejects %s with a message naming the problem", (code, fragment) => {
    const r = checkApbdCode(code);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(fragment);
  });
});

describe("budgets", () => {
  const programs = [
    {
      dimensionCode: "governance",
      startYear: 2024,
      endYear: 2025,
      budgets: [
        { year: 2024, source: "APBD" as const, amount: 1_000_000_000 },
        { year: 2025, source: "APBN" as const, amount: 250_000_000 },
      ],
    },
    {
      dimensionCode: "living",
      startYear: 2025,
      endYear: 2025,
      budgets: [{ year: 2025, source: "APBD" as const, amount: 500_000_000 }],
    },
  ];
  it("sums per program, year, source and dimension", () => {
    expect(programTotal(programs[0]?.budgets ?? [])).toBe(1_250_000_000);
    expect(budgetByYear(programs)).toEqual({ 2024: 1_000_000_000, 2025: 750_000_000 });
    expect(budgetBySource(programs)).toEqual({ APBD: 1_500_000_000, APBN: 250_000_000 });
    expect(budgetByDimension(programs)).toEqual({ governance: 1_250_000_000, living: 500_000_000 });
  });
  it("builds the roadmap per year × dimension from program years", () => {
    const cells = roadmap({ periodStart: 2024, periodEnd: 2026 }, ["governance", "living"], programs);
    expect(cells).toHaveLength(6);
    expect(cells.find((c) => c.year === 2025 && c.dimensionCode === "governance")).toEqual({
      year: 2025,
      dimensionCode: "governance",
      programs: 1,
      budget: 250_000_000,
    });
    expect(cells.find((c) => c.year === 2026 && c.dimensionCode === "living")).toMatchObject({
      programs: 0,
      budget: 0,
    });
  });
  it("refuses budget years outside the program and the same year+source twice", () => {
    const problems = budgetProblems(
      [
        { year: 2024, source: "APBD", amount: 1 },
        { year: 2024, source: "APBD", amount: 2 },
        { year: 2030, source: "CSR", amount: 3 },
      ],
      { startYear: 2024, endYear: 2025 },
    );
    expect(problems.map((p) => p.index)).toEqual([1, 2]);
  });
  it("rejects negative or fractional Rupiah and unknown sources in a program body", () => {
    const base = {
      dimensionCode: "governance",
      elementCode: "governance.pelayanan-publik",
      name: "Mal Pelayanan Publik Digital",
      ownerOpdId: 1,
      term: "short",
      startYear: 2024,
      endYear: 2024,
    };
    const bad = ProgramCreate.safeParse({
      ...base,
      apbdCode: "2.16.2",
      budgets: [
        { year: 2024, source: "APBD", amount: -1 },
        { year: 2024, source: "HIBAH", amount: 1.5 },
      ],
    });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join(".")).sort()).toEqual([
      "apbdCode",
      "budgets.0.amount",
      "budgets.1.amount",
      "budgets.1.source",
    ]);
    expect(ProgramCreate.parse({ ...base, apbdCode: "2.16.02.1.01" }).priority).toBe(2);
  });
});

const dims = KOMINFO_2017.dimensions.map((d) => ({
  code: d.code,
  nameId: d.nameId,
  elementCodes: d.elements.map((e) => e.code),
}));

function completePlan(): PlanFacts {
  return {
    periodStart: 2024,
    periodEnd: 2033,
    dimensions: dims,
    vision: "Banjar kota cerdas yang melayani",
    requiredBodies: [{ kind: "dewan", nameId: "Dewan Smart City" }],
    forewordMissing: [],
    missionCount: 1,
    elementsWithStrategy: dims.map((d) => d.elementCodes[0] as string),
    programs: dims.map((d, i) => ({
      id: i + 1,
      name: `Program ${d.code}`,
      dimensionCode: d.code,
      ownerOpdId: 7,
      term: "medium" as const,
      startYear: 2024,
      endYear: 2026,
    })),
    quickWinCount: 1,
    governanceKinds: ["dewan"],
  };
}

describe("completeness", () => {
  it("passes a small complete plan, checking every dimension of the framework", () => {
    const r = completeness(completePlan());
    expect(r.ok).toBe(true);
    expect(r.items.filter((i) => i.code === "dimension_program")).toHaveLength(KOMINFO_2017.dimensions.length);
  });
  it("lists what is missing with where to fix it", () => {
    const plan = completePlan();
    const r = completeness({
      ...plan,
      vision: "  ",
      missionCount: 0,
      elementsWithStrategy: plan.elementsWithStrategy.slice(1),
      programs: [
        ...plan.programs.slice(1),
        {
          id: 99,
          name: "Tanpa OPD",
          dimensionCode: "living",
          ownerOpdId: null,
          term: "short",
          startYear: 2035,
          endYear: 2035,
        },
      ],
      quickWinCount: 0,
      governanceKinds: ["forum"],
    });
    expect(r.ok).toBe(false);
    const missing = r.items.filter((i) => !i.ok).map((i) => `${i.code}@${i.target}`);
    expect(missing).toEqual([
      "vision@section:vision",
      "mission@section:vision",
      "dimension_strategy@dimension:governance",
      "dimension_program@dimension:governance",
      "program_owner@program:99",
      "program_years@program:99",
      "quick_win@quick_wins",
      "governance_dewan@governance",
    ]);
  });
  it("asks for the Kata Pengantar's missing parts by name, and the framework's required bodies", () => {
    const r = completeness({
      ...completePlan(),
      forewordMissing: forewordMissing({ text: "<p></p>", place: "Banjar", date: "2025-03-01", signatoryName: " " }),
      requiredBodies: [
        { kind: "satgas", nameId: "Satuan Tugas Kota Cerdas" },
        { kind: "forum", nameId: "Forum Kota Cerdas" },
      ],
      governanceKinds: ["forum"],
    });
    const failing = r.items.filter((i) => !i.ok);
    expect(failing.map((i) => [i.code, i.message])).toEqual([
      ["foreword", "Kata pengantar belum lengkap: teks, nama penanda tangan, jabatan penanda tangan"],
      ["governance_satgas", "Satuan Tugas Kota Cerdas dibentuk (SK)"],
    ]);
    expect(forewordMissing(undefined)).toHaveLength(5);
    const parsed = sectionContentSchema("foreword")?.safeParse({
      text: "<p>Puji syukur</p>",
      place: "Banjar",
      date: "2025-03-01",
      signatoryName: "Ade Uu Sukaesih",
      signatoryPosition: "Wali Kota Banjar",
      signatoryNip: "1975",
    });
    expect(parsed?.success).toBe(false);
  });

  it("follows the framework's dimensions, not a fixed six", () => {
    const two = dims.slice(0, 2);
    const plan = completePlan();
    const r = completeness({ ...plan, dimensions: two, programs: plan.programs.slice(0, 2) });
    expect(r.ok).toBe(true);
    expect(r.items.filter((i) => i.code === "dimension_strategy")).toHaveLength(2);
  });
});

describe("narrative rich text", () => {
  it.each([
    ['<p onclick="alert(1)">Halo</p>', "<p>Halo</p>"],
    ["<script>alert(1)</script><p>a</p>", "<p>a</p>"],
    ["<style>p{color:red}</style>b", "b"],
    ['<img src=x onerror="alert(1)">c', "c"],
    ['<a href="javascript:alert(1)">tautan</a>', "tautan"],
    ["<scr<script>x</script>ipt>alert(1)</script>", "alert(1)"],
    ["<SCRIPT SRC=//evil></SCRIPT>d", "d"],
    ["<svg><script>alert(1)</script></svg>e", "e"],
    ["<!-- <script>x</script> -->f", "f"],
    ["<ul><li>satu<li>dua</ul>", "<ul><li>satu<li>dua</li></li></ul>"],
    ["<p>belum ditutup", "<p>belum ditutup</p>"],
    ["1 < 2 & 3 > 2 &amp; ok", "1 &lt; 2 &amp; 3 &gt; 2 &amp; ok"],
    ['<strong style="x">tebal</strong><em>miring</em><br/>', "<strong>tebal</strong><em>miring</em><br>"],
    ["<p>x</p></div></p>", "<p>x</p>"],
    ["<iframe src=//evil>", ""],
  ])("%s → %s", (input, expected) => {
    const out = sanitizeRichText(input);
    expect(out).toBe(expected);
    expect(out).not.toMatch(/<script|<style|on\w+=|javascript:/i);
  });
  it("tells empty narratives from written ones", () => {
    expect(richTextIsEmpty("<p> </p><br>")).toBe(true);
    expect(richTextIsEmpty("<p>Ada</p>")).toBe(false);
  });
  it("picks the content schema by section key", () => {
    expect(
      sectionContentSchema("element:governance.pelayanan-publik")?.safeParse({
        condition: "",
        problems: "",
        strategy: "",
      }).success,
    ).toBe(true);
    expect(sectionContentSchema("vision")?.safeParse({ vision: "V", missions: [], goals: [] }).success).toBe(true);
  });
});
