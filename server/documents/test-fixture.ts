import { and, asc, eq, inArray } from "drizzle-orm";
import type { MasterplanStatus } from "../../domain/masterplan";
import type { App } from "../app";
import {
  governanceBody,
  indicator,
  indicatorTarget,
  masterplan,
  masterplanSection,
  opd,
  program,
  programActionStep,
  programBudget,
  programIndicator,
  quickWin,
} from "../db/schema/index";
import { getFramework } from "../services/frameworks/get-framework";
import { makeMasterplan } from "../testing/masterplan-factories";

/** The program every fixture plan starts with: Indonesian punctuation and a budget of Rp 1.250.000.000. */
export const GALENDO = {
  name: "Pengembangan Ekonomi Kreatif – Galendo & Kuliner",
  total: 1_250_000_000,
  totalText: "Rp 1.250.000.000",
};

const OPDS = [
  { name: "Dinas Komunikasi dan Informatika", abbreviation: "Diskominfo", kind: "dinas" as const },
  { name: "Badan Perencanaan Pembangunan Daerah", abbreviation: "Bappeda", kind: "badan" as const },
  { name: "Dinas Koperasi, UKM dan Perdagangan", abbreviation: "DiskopUKMP", kind: "dinas" as const },
  { name: "Dinas Kesehatan", abbreviation: "Dinkes", kind: "dinas" as const },
];

const narrative = (what: string, element: string) =>
  `<p>${what} elemen <strong>${element}</strong> di daerah ini disusun dari hasil Bimtek dan data perangkat daerah.</p><ul><li>Butir pertama tentang ${element.toLowerCase()}</li><li>Butir kedua dengan <em>penekanan</em> &amp; data</li></ul>`;

/**
 * A plan filled the way a region fills it, for document tests and the benchmark: every
 * chapter written, `programs` programs spread over all elements (the first is "Galendo &
 * Kuliner"), budgets over two years, action steps, three quick wins, Dewan and Tim Pelaksana.
 */
export async function makePrintablePlan(
  app: App,
  regionCode: string,
  opts: { status?: MasterplanStatus; programs?: number; perkada?: { number: string; date: string } } = {},
) {
  const db = app.database.db;
  const plan = await makeMasterplan(app, regionCode, { status: opts.status ?? "draft" });
  if (opts.perkada)
    await db
      .update(masterplan)
      .set({ perkadaNumber: opts.perkada.number, perkadaDate: opts.perkada.date })
      .where(eq(masterplan.id, plan.id));
  await db
    .insert(opd)
    .values(OPDS.map((o) => ({ ...o, regionCode })))
    .onConflictDoNothing();
  const opdRows = await db
    .select()
    .from(opd)
    .where(
      and(
        eq(opd.regionCode, regionCode),
        inArray(
          opd.abbreviation,
          OPDS.map((o) => o.abbreviation),
        ),
      ),
    )
    .orderBy(asc(opd.id));
  const fw = await getFramework(db, plan.frameworkId);
  const elements = fw.dimensions.flatMap((d) => d.elements.map((e) => ({ dimension: d.code, ...e })));
  await db.insert(masterplanSection).values([
    {
      masterplanId: plan.id,
      key: "vision",
      content: {
        vision: "Terwujudnya kota cerdas yang melayani, berdaya saing dan berbudaya",
        rpjmdVision: "Banjar yang maju, sejahtera dan agamis",
        missions: [
          { text: "Meningkatkan kualitas pelayanan publik berbasis elektronik", rpjmdMission: "Misi 1 RPJMD" },
          { text: "Menumbuhkan ekonomi kreatif dan pariwisata daerah" },
        ],
        goals: [
          { text: "Seluruh layanan perizinan tersedia daring", missionIndex: 0 },
          { text: "Pelaku UMKM tumbuh 10% per tahun", missionIndex: 1 },
        ],
      },
    },
    {
      masterplanId: plan.id,
      key: "profile",
      content: {
        figures: [
          { label: "Jumlah penduduk", value: "204.530", unit: "jiwa", year: 2023, source: "BPS" },
          { label: "Luas wilayah", value: "113,49", unit: "km²", year: 2023, source: "BPS" },
        ],
        narrative: "<p>Kota kecil di perbatasan Jawa Barat dan Jawa Tengah, dikenal dengan <em>galendo</em>.</p>",
        natureCulture: "<p>Sungai Citanduy dan tradisi Babarit.</p>",
      },
    },
    {
      masterplanId: plan.id,
      key: "readiness",
      content: {
        lenses: ["struktur", "infrastruktur", "suprastruktur"].map((lens) => ({
          lens,
          condition: `<p>Kondisi ${lens} saat ini cukup.</p>`,
          gap: `<p>Kesenjangan ${lens}: perlu penguatan.</p>`,
        })),
      },
    },
    {
      masterplanId: plan.id,
      key: "swot",
      content: {
        lenses: ["struktur", "infrastruktur", "suprastruktur"].map((lens) => ({
          lens,
          strengths: [`Kekuatan ${lens}`],
          weaknesses: [`Kelemahan ${lens}`],
          opportunities: [`Peluang ${lens}`],
          threats: [`Ancaman ${lens}`],
        })),
      },
    },
    {
      masterplanId: plan.id,
      key: "priority_issues",
      content: { issues: [{ title: "Layanan publik belum terintegrasi", description: "<p>Aplikasi tersebar.</p>" }] },
    },
    ...elements.map((e) => ({
      masterplanId: plan.id,
      key: `element:${e.code}`,
      content: {
        condition: narrative("Kondisi", e.nameId),
        problems: narrative("Permasalahan", e.nameId),
        strategy: narrative("Strategi", e.nameId),
      },
    })),
  ]);
  const count = opts.programs ?? elements.length + 2;
  const programs = await db
    .insert(program)
    .values(
      Array.from({ length: count }, (_, i) => {
        const e =
          i === 0 ? (elements.find((x) => x.dimension === "economy") ?? elements[0]) : elements[i % elements.length];
        if (!e) throw new Error("framework without elements");
        return {
          masterplanId: plan.id,
          dimensionCode: e.dimension,
          elementCode: e.code,
          // Given explicitly: codes are unique per plan and a multi-row insert must not rely on the trigger.
          code: `P-${String(i + 1).padStart(2, "0")}`,
          name: i === 0 ? GALENDO.name : `Program ${e.nameId} ${i + 1}`,
          description: i === 0 ? "Sentra galendo, pasar kuliner dan promosi daring" : "",
          ownerOpdId: opdRows[i % opdRows.length]?.id ?? null,
          term: "medium" as const,
          startYear: 2025,
          endYear: 2026,
          priority: (i % 3) + 1,
        };
      }),
    )
    .returning({ id: program.id });
  await db.insert(programBudget).values(
    programs.flatMap((p) => [
      { programId: p.id, year: 2025, source: "APBD" as const, amount: 750_000_000 },
      { programId: p.id, year: 2026, source: "APBN" as const, amount: 500_000_000 },
    ]),
  );
  await db.insert(programActionStep).values(
    programs.flatMap((p) => [
      { programId: p.id, year: 2025, step: "Kajian & desain", order: 0 },
      { programId: p.id, year: 2026, step: "Pelaksanaan dan evaluasi", order: 1 },
    ]),
  );
  await addIndicators(app, { regionCode, frameworkId: plan.frameworkId, programIds: programs.map((p) => p.id) });
  await db.insert(quickWin).values(
    programs.slice(0, 3).map((p, i) => ({
      masterplanId: plan.id,
      programId: p.id,
      year: 2025,
      ownerOpdId: opdRows[i]?.id ?? null,
      target: i === 0 ? "Festival Galendo & Kuliner digelar – 5.000 pengunjung" : `Target quick win ${i + 1}`,
      whyQuick: "Anggaran dan pelaksana sudah tersedia",
    })),
  );
  await db.insert(governanceBody).values([
    {
      masterplanId: plan.id,
      kind: "dewan" as const,
      name: "Dewan Smart City",
      decreeNumber: "100.3.3.2/Kep.45-Diskominfo/2024",
      decreeDate: "2024-03-05",
      members: [
        { name: "Wali Kota", position: "Wali Kota", role: "Ketua" },
        { name: "Sekretaris Daerah", position: "Sekda", role: "Wakil Ketua" },
      ],
    },
    { masterplanId: plan.id, kind: "tim_pelaksana" as const, name: "Tim Pelaksana Smart City", members: [] },
  ]);
  return { plan, programCount: count, opds: opdRows };
}

/** The region's own indicators every fixture program is measured by (with baselines of 2024). */
export const FIXTURE_INDICATORS = [
  { code: "KC-LYN-01", name: "Persentase layanan publik yang dapat diakses daring", unit: "%", baseline: 40.5 },
  {
    code: "KC-UMK-02",
    name: "Jumlah pelaku UMKM yang memasarkan produk secara daring",
    unit: "pelaku usaha",
    baseline: 1250,
  },
] as const;

/** Targets of a fixture indicator: 2025 and 2026, growing from its baseline ("52,65" and "60,75" for the first). */
export const fixtureTargets = (baseline: number) => [
  { year: 2025, value: Math.round(baseline * 1.3 * 100) / 100 },
  { year: 2026, value: Math.round(baseline * 1.5 * 100) / 100 },
];

/** Links every program to the fixture indicators with a baseline and yearly targets, in three inserts. */
async function addIndicators(app: App, opts: { regionCode: string; frameworkId: number; programIds: number[] }) {
  const db = app.database.db;
  await db
    .insert(indicator)
    .values(
      FIXTURE_INDICATORS.map((i) => ({
        regionCode: opts.regionCode,
        code: i.code,
        name: i.name,
        unit: i.unit,
        direction: "higher_is_better" as const,
        frameworkId: opts.frameworkId,
      })),
    )
    .onConflictDoNothing();
  const rows = await db
    .select({ id: indicator.id, code: indicator.code })
    .from(indicator)
    .where(
      and(
        eq(indicator.regionCode, opts.regionCode),
        inArray(
          indicator.code,
          FIXTURE_INDICATORS.map((i) => i.code),
        ),
      ),
    );
  const ids = new Map(rows.map((r) => [r.code, r.id]));
  const links = opts.programIds.flatMap((programId) =>
    FIXTURE_INDICATORS.map((i) => ({
      programId,
      indicatorId: ids.get(i.code) ?? 0,
      baselineValue: i.baseline,
      baselineYear: 2024,
    })),
  );
  const linked = await db
    .insert(programIndicator)
    .values(links)
    .returning({ id: programIndicator.id, indicatorId: programIndicator.indicatorId });
  const baselineOf = new Map(FIXTURE_INDICATORS.map((i) => [ids.get(i.code), i.baseline]));
  await db
    .insert(indicatorTarget)
    .values(
      linked.flatMap((l) =>
        fixtureTargets(baselineOf.get(l.indicatorId) ?? 0).map((t) => ({ programIndicatorId: l.id, ...t })),
      ),
    );
}
