import { type Period, programYearProblems, type Term } from "./masterplan";

/** What the completeness rules need to know about a plan; dimensions come from its framework. */
export type PlanFacts = Period & {
  dimensions: ReadonlyArray<{ code: string; nameId: string; elementCodes: readonly string[] }>;
  vision: string | null;
  missionCount: number;
  /** Element codes whose narrative has a non-empty strategy (arah dan strategi). */
  elementsWithStrategy: readonly string[];
  programs: ReadonlyArray<{
    id: number;
    name: string;
    dimensionCode: string;
    ownerOpdId: number | null;
    term: Term;
    startYear: number;
    endYear: number;
  }>;
  quickWinCount: number;
  governanceKinds: readonly string[];
  /** What the Kata Pengantar still lacks (empty when it is complete); see `forewordMissing`. */
  forewordMissing: readonly string[];
  /** The bodies the plan's framework requires, in its order. */
  requiredBodies: ReadonlyArray<{ kind: string; nameId: string }>;
};

/** One line of the checklist; `target` says where to fix it ("section:vision", "program:12"). */
export type CheckItem = { code: string; ok: boolean; message: string; target: string };

/** The checklist and whether everything required is there. */
export type Completeness = { ok: boolean; items: CheckItem[] };

/**
 * The completeness check shown before submission for review. A dimension has a strategy
 * when at least one of its elements has one; every program is checked for its owner OPD
 * and for years inside the period (one line per failing program, one line when all pass).
 */
export function completeness(plan: PlanFacts): Completeness {
  const items: CheckItem[] = [];
  const add = (code: string, ok: boolean, message: string, target: string) => items.push({ code, ok, message, target });

  add("vision", Boolean(plan.vision?.trim()), "Visi smart city dirumuskan", "section:vision");
  add("mission", plan.missionCount > 0, "Paling sedikit satu misi", "section:vision");

  const withStrategy = new Set(plan.elementsWithStrategy);
  for (const d of plan.dimensions) {
    add(
      "dimension_strategy",
      d.elementCodes.some((e) => withStrategy.has(e)),
      `${d.nameId}: arah dan strategi pada paling sedikit satu elemen`,
      `dimension:${d.code}`,
    );
    add(
      "dimension_program",
      plan.programs.some((p) => p.dimensionCode === d.code),
      `${d.nameId}: paling sedikit satu program`,
      `dimension:${d.code}`,
    );
  }

  let programsOk = true;
  for (const p of plan.programs) {
    if (p.ownerOpdId === null) {
      programsOk = false;
      add("program_owner", false, `Program "${p.name}" belum memiliki OPD penanggung jawab`, `program:${p.id}`);
    }
    const problems = programYearProblems(p, plan);
    if (problems.length) {
      programsOk = false;
      add(
        "program_years",
        false,
        `Program "${p.name}": ${problems.map((x) => x.message).join("; ")}`,
        `program:${p.id}`,
      );
    }
  }
  if (programsOk)
    add("programs_valid", true, "Setiap program memiliki OPD penanggung jawab dan tahun di dalam periode", "programs");

  add(
    "foreword",
    plan.forewordMissing.length === 0,
    plan.forewordMissing.length === 0
      ? "Kata pengantar dengan tempat, tanggal dan penanda tangan"
      : `Kata pengantar belum lengkap: ${plan.forewordMissing.join(", ")}`,
    "section:foreword",
  );
  add("quick_win", plan.quickWinCount > 0, "Paling sedikit satu quick win", "quick_wins");
  for (const body of plan.requiredBodies)
    add(
      `governance_${body.kind}`,
      plan.governanceKinds.includes(body.kind),
      `${body.nameId} dibentuk (SK)`,
      "governance",
    );

  return { ok: items.every((i) => i.ok), items };
}

const FOREWORD_PARTS = [
  ["text", "teks"],
  ["place", "tempat"],
  ["date", "tanggal"],
  ["signatoryName", "nama penanda tangan"],
  ["signatoryPosition", "jabatan penanda tangan"],
] as const;

/** The parts of a stored Kata Pengantar that are still empty, in Indonesian ("teks", "tempat", …). */
export function forewordMissing(content: unknown): string[] {
  const c = (content && typeof content === "object" ? content : {}) as Record<string, unknown>;
  const blank = (v: unknown) => typeof v !== "string" || v.replace(/<[^>]*>/g, "").trim() === "";
  return FOREWORD_PARTS.filter(([key]) => blank(c[key])).map(([, label]) => label);
}
