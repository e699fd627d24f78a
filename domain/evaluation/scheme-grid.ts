/**
 * The default grid of an evaluation scheme: each smart-city dimension of a framework × the five
 * result dimensions, with the standard result texts and the 1–5 scale.
 */
import type { ResultDimension, ScaleDef, SchemeDef } from "./schemes";
import { RESULT_DIMENSIONS } from "./schemes";

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

/** The 1–5 scale of the GMSC evaluation, with its labels. */
export const SCALE_1_5: ScaleDef = {
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

/** The smart-city dimensions a scheme is built over: a framework's, by code with their names. */
export type GridFramework = {
  code: string;
  dimensions: ReadonlyArray<{ code: string; nameId: string; nameEn: string }>;
};

/** Weights per result dimension, summing to 100. */
export type ResultWeights = Record<ResultDimension, number>;

/** The result dimensions with their standard names and descriptions and the given weights, in B/O/O/I/QW order. */
export function defaultResultDimensions(weights: ResultWeights): SchemeDef["resultDimensions"] {
  return RESULT_DIMENSIONS.map((code) => {
    const t = RESULT_TEXT[code];
    return {
      code,
      nameId: t.nameId,
      nameEn: t.nameEn,
      descriptionId: t.descriptionId,
      descriptionEn: t.descriptionEn,
      weight: weights[code],
    };
  });
}

/** Builds a scheme over a framework's dimensions with the given weights: one item per dimension × result dimension. */
export function gridScheme(
  framework: GridFramework,
  year: number,
  weights: ResultWeights,
  names: { code?: string; version?: string; name?: string } = {},
): SchemeDef {
  const smartDimensions = framework.dimensions.map((d) => ({ code: d.code, nameId: d.nameId, nameEn: d.nameEn }));
  return {
    code: names.code ?? "gmsc-evaluasi",
    version: names.version ?? String(year),
    year,
    name: names.name ?? `Skema Evaluasi GMSC ${year}`,
    frameworkCode: framework.code,
    scale: SCALE_1_5,
    resultDimensions: defaultResultDimensions(weights),
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
