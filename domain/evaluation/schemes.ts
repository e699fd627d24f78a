/**
 * Evaluation schemes of the yearly GMSC evaluation, as versioned data (DESIGN §2 step 7, §3).
 *
 * A scheme names five result dimensions — Baseline, Output, Outcome, Impact, Quick Win —
 * with weights summing to 100, a score scale, and the smart-city dimensions of the framework
 * it evaluates. Its items are the grid smart-city dimension × result dimension: an assessor
 * scores, for instance, the Outcome of Smart Governance. The ministry changed the weights
 * between years; both weightings seen in public reporting are kept as their own scheme:
 *
 * - `gmsc-evaluasi` 2021: 10/20/30/30/10 (the revised evaluation guideline of 2021, as
 *   regions such as Sleman describe it);
 * - `gmsc-evaluasi` 2022: 10/20/30/20/20 (Impact lowered, Quick Win raised, as reported for
 *   the 2022 round).
 *
 * A round copies its scheme when it is created, so a later correction here never changes a
 * round that already exists, and results are stored at publication.
 */
import { z } from "zod";
import { KOMINFO_2017 } from "../framework/kominfo-2017";

/** The five result dimensions of the evaluation, in their fixed order. */
export const RESULT_DIMENSIONS = ["baseline", "output", "outcome", "impact", "quick_win"] as const;
export const ResultDimension = z.enum(RESULT_DIMENSIONS);
export type ResultDimension = z.infer<typeof ResultDimension>;

const Label = z.object({ id: z.string().min(1), en: z.string().min(1) });

/** The score scale: whole steps from min to max, each step with a label. */
export const ScaleDef = z
  .object({
    min: z.number(),
    max: z.number(),
    step: z.number().positive(),
    labels: z.array(Label.extend({ value: z.number() })),
  })
  .refine((s) => s.max > s.min, { message: "Nilai maksimum skala harus lebih besar dari minimum" });
export type ScaleDef = z.infer<typeof ScaleDef>;

export const ResultDimensionDef = z.object({
  code: ResultDimension,
  nameId: z.string().min(1),
  nameEn: z.string().min(1),
  descriptionId: z.string().min(1),
  descriptionEn: z.string().min(1),
  weight: z.number().positive(),
});
export type ResultDimensionDef = z.infer<typeof ResultDimensionDef>;

export const SmartDimensionDef = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/),
  nameId: z.string().min(1),
  nameEn: z.string().min(1),
});
export type SmartDimensionDef = z.infer<typeof SmartDimensionDef>;

/** One scored item: a result dimension of a smart-city dimension, with guidance for both sides. */
export const SchemeItemDef = z.object({
  code: z.string().regex(/^[a-z0-9-]+\.[a-z_]+$/),
  smartDimension: z.string(),
  resultDimension: ResultDimension,
  textId: z.string().min(1),
  textEn: z.string().min(1),
});
export type SchemeItemDef = z.infer<typeof SchemeItemDef>;

/** A versioned evaluation scheme; rounds keep a copy of the one they use. */
export const SchemeDef = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/),
  version: z.string().min(1),
  year: z.number().int().min(2017),
  name: z.string().min(1),
  frameworkCode: z.string().min(1),
  scale: ScaleDef,
  resultDimensions: z.array(ResultDimensionDef).min(1),
  smartDimensions: z.array(SmartDimensionDef).min(1),
  items: z.array(SchemeItemDef).min(1),
});
export type SchemeDef = z.infer<typeof SchemeDef>;

/** The key a round stores to name its scheme: "gmsc-evaluasi@2022". */
export const schemeKey = (s: { code: string; version: string }) => `${s.code}@${s.version}`;

/** Problems beyond the shape: weights not summing to 100, unknown or duplicate codes, gaps in the grid. */
export function schemeProblems(s: SchemeDef): string[] {
  const problems: string[] = [];
  const total = s.resultDimensions.reduce((a, r) => a + r.weight, 0);
  if (Math.abs(total - 100) > 1e-9) problems.push(`jumlah bobot ${total}, seharusnya 100`);
  const results = new Set(s.resultDimensions.map((r) => r.code));
  if (results.size !== s.resultDimensions.length) problems.push("dimensi hasil ganda");
  const smart = new Set(s.smartDimensions.map((d) => d.code));
  if (smart.size !== s.smartDimensions.length) problems.push("dimensi smart city ganda");
  const seen = new Set<string>();
  for (const item of s.items) {
    if (seen.has(item.code)) problems.push(`kode butir ganda: ${item.code}`);
    seen.add(item.code);
    if (!smart.has(item.smartDimension))
      problems.push(`butir ${item.code}: dimensi ${item.smartDimension} tidak dikenal`);
    if (!results.has(item.resultDimension))
      problems.push(`butir ${item.code}: dimensi hasil ${item.resultDimension} tidak ada di skema`);
  }
  for (const d of smart)
    for (const r of results)
      if (!s.items.some((i) => i.smartDimension === d && i.resultDimension === r))
        problems.push(`tidak ada butir untuk ${d} × ${r}`);
  const span = (s.scale.max - s.scale.min) / s.scale.step;
  if (Math.abs(span - Math.round(span)) > 1e-9) problems.push("rentang skala bukan kelipatan langkahnya");
  return problems;
}

const RESULT_TEXT: Record<
  ResultDimension,
  { nameId: string; nameEn: string; descriptionId: string; descriptionEn: string; itemId: string; itemEn: string }
> = {
  baseline: {
    nameId: "Baseline",
    nameEn: "Baseline",
    descriptionId: "Kondisi awal sebelum program smart city dan perbaikannya sejak evaluasi sebelumnya.",
    descriptionEn: "The starting point before the smart-city programme and its improvement since the last evaluation.",
    itemId: "Kondisi awal (baseline) {d}: data dasar, masalah dan indikator yang tercatat sebelum program berjalan.",
    itemEn: "Baseline of {d}: the data, problems and indicators recorded before the programmes started.",
  },
  output: {
    nameId: "Output",
    nameEn: "Output",
    descriptionId: "Fondasi pelaksanaan: kebijakan, kelembagaan dan anggaran untuk program smart city.",
    descriptionEn: "The foundation for delivery: policies, institutions and budget for the smart-city programme.",
    itemId: "Keluaran {d}: regulasi, kelembagaan dan anggaran yang disiapkan untuk program dimensi ini.",
    itemEn: "Output of {d}: regulations, institutions and budget prepared for this dimension's programmes.",
  },
  outcome: {
    nameId: "Outcome",
    nameEn: "Outcome",
    descriptionId: "Sejauh mana rencana dalam masterplan smart city dijalankan oleh pemerintah daerah.",
    descriptionEn: "How far the plans of the smart-city masterplan are carried out by the local government.",
    itemId: "Hasil {d}: program masterplan yang telah dilaksanakan dan capaian indikatornya terhadap target.",
    itemEn: "Outcome of {d}: masterplan programmes carried out and their indicators against target.",
  },
  impact: {
    nameId: "Impact",
    nameEn: "Impact",
    descriptionId: "Manfaat yang dirasakan masyarakat: perbaikan layanan publik, keterlibatan dan keberlanjutan.",
    descriptionEn: "Benefits felt by citizens: better public services, participation and sustainability.",
    itemId: "Dampak {d}: manfaat yang dirasakan masyarakat dan keberlanjutan program dimensi ini.",
    itemEn: "Impact of {d}: benefits felt by citizens and the sustainability of this dimension's programmes.",
  },
  quick_win: {
    nameId: "Quick Win",
    nameEn: "Quick Win",
    descriptionId: "Kreativitas dan daya inovasi program percepatan (quick win).",
    descriptionEn: "Creativity and innovation of the accelerated programmes (quick wins).",
    itemId: "Quick win {d}: program percepatan yang telah diwujudkan, inovasinya dan manfaatnya.",
    itemEn: "Quick wins of {d}: accelerated programmes delivered, their innovation and benefit.",
  },
};

const SCALE_1_5: ScaleDef = {
  min: 1,
  max: 5,
  step: 1,
  labels: [
    { value: 1, id: "Belum ada", en: "Not present" },
    { value: 2, id: "Perencanaan", en: "Planned" },
    { value: 3, id: "Sebagian terlaksana", en: "Partly delivered" },
    { value: 4, id: "Terlaksana", en: "Delivered" },
    { value: 5, id: "Terlaksana dan berdampak", en: "Delivered with impact" },
  ],
};

/** Builds a scheme over the Kominfo 2017 dimensions with the given weights in B/O/O/I/QW order. */
function gridScheme(year: number, weights: Record<ResultDimension, number>): SchemeDef {
  const smartDimensions = KOMINFO_2017.dimensions.map((d) => ({ code: d.code, nameId: d.nameId, nameEn: d.nameEn }));
  return {
    code: "gmsc-evaluasi",
    version: String(year),
    year,
    name: `Skema Evaluasi GMSC ${year}`,
    frameworkCode: KOMINFO_2017.code,
    scale: SCALE_1_5,
    resultDimensions: RESULT_DIMENSIONS.map((code) => {
      const t = RESULT_TEXT[code];
      return {
        code,
        nameId: t.nameId,
        nameEn: t.nameEn,
        descriptionId: t.descriptionId,
        descriptionEn: t.descriptionEn,
        weight: weights[code],
      };
    }),
    smartDimensions,
    items: smartDimensions.flatMap((d) =>
      RESULT_DIMENSIONS.map((r) => ({
        code: `${d.code}.${r}`,
        smartDimension: d.code,
        resultDimension: r,
        textId: RESULT_TEXT[r].itemId.replace("{d}", d.nameId),
        textEn: RESULT_TEXT[r].itemEn.replace("{d}", d.nameEn),
      })),
    ),
  };
}

/** 2021: Baseline 10, Output 20, Outcome 30, Impact 30, Quick Win 10. */
export const GMSC_EVALUATION_2021 = gridScheme(2021, {
  baseline: 10,
  output: 20,
  outcome: 30,
  impact: 30,
  quick_win: 10,
});

/** 2022: Baseline 10, Output 20, Outcome 30, Impact 20, Quick Win 20. */
export const GMSC_EVALUATION_2022 = gridScheme(2022, {
  baseline: 10,
  output: 20,
  outcome: 30,
  impact: 20,
  quick_win: 20,
});

/** Every scheme a round can use, oldest first; the newest is the default. */
export const EVALUATION_SCHEMES: readonly SchemeDef[] = [GMSC_EVALUATION_2021, GMSC_EVALUATION_2022];

/** A scheme by its key ("gmsc-evaluasi@2022"), or undefined. */
export function findScheme(key: string): SchemeDef | undefined {
  return EVALUATION_SCHEMES.find((s) => schemeKey(s) === key);
}

/** The scheme a new round of a year uses when none is chosen: the newest one not later than the year. */
export function defaultSchemeFor(year: number): SchemeDef {
  const fitting = EVALUATION_SCHEMES.filter((s) => s.year <= year);
  return fitting.at(-1) ?? (EVALUATION_SCHEMES[0] as SchemeDef);
}
