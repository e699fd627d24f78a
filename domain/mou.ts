import { z } from "zod";

/** How a Nota Kesepakatan is signed: in one virtual ceremony or face to face. */
export const MOU_MODES = ["virtual", "in_person"] as const;
export const MouMode = z.enum(MOU_MODES, "Pilih daring atau tatap muka");
export type MouMode = z.infer<typeof MouMode>;

export const MOU_MODE_LABELS: Record<MouMode, { id: string; en: string }> = {
  virtual: { id: "Daring", en: "Virtual" },
  in_person: { id: "Tatap muka", en: "In person" },
};

const SignedOn = z.iso.date("Tanggal harus berbentuk YYYY-MM-DD");
const Number_ = z.string().trim().min(3, "Nomor minimal 3 karakter").max(100, "Nomor maksimal 100 karakter");
const Name = z.string().trim().min(3, "Nama minimal 3 huruf").max(200, "Nama maksimal 200 huruf");
const Position = z.string().trim().min(3, "Jabatan minimal 3 huruf").max(200, "Jabatan maksimal 200 huruf");
const Place = z.string().trim().max(200, "Tempat maksimal 200 huruf");
/** A civil servant's NIP: 18 digits. */
export const Nip = z
  .string()
  .trim()
  .regex(/^\d{18}$/, "NIP terdiri dari 18 angka");

/** Body of recording one region's memorandum; null clears a field, absent keeps it. */
export const MouInput = z.object({
  ministryNumber: Number_.nullish(),
  regionNumber: Number_.nullish(),
  signedOn: SignedOn.nullish(),
  mode: MouMode.nullish(),
  place: Place.nullish(),
  ministrySignatoryName: Name.nullish(),
  ministrySignatoryPosition: Position.nullish(),
  ministrySignatoryNip: Nip.nullish(),
  regionSignatoryName: Name.nullish(),
  regionSignatoryPosition: Position.nullish(),
  /** The version read; required once the memorandum exists, absent or 0 to create it. */
  version: z.number().int().min(0).optional(),
});
export type MouInput = z.infer<typeof MouInput>;

/** One region's own part of a shared ceremony: its numbers and its signatory. */
export const MouCeremonyNumbers = z.object({
  candidateId: z.number().int().positive(),
  ministryNumber: Number_.optional(),
  regionNumber: Number_.optional(),
  regionSignatoryName: Name.optional(),
  regionSignatoryPosition: Position.optional(),
});

/**
 * Body of one signing ceremony for many regions (e.g. 5 March 2024, virtual, 10 regions):
 * the date, mode, place and ministry signatory are shared, the numbers are per region.
 */
export const MouCeremonyInput = z
  .object({
    signedOn: SignedOn,
    mode: MouMode,
    place: Place.optional(),
    ministrySignatoryName: Name,
    ministrySignatoryPosition: Position,
    ministrySignatoryNip: Nip.optional(),
    candidateIds: z.array(z.number().int().positive()).min(1, "Pilih minimal satu daerah").max(600),
    numbers: z.array(MouCeremonyNumbers).max(600).optional(),
  })
  .superRefine((c, ctx) => {
    if (new Set(c.candidateIds).size !== c.candidateIds.length)
      ctx.addIssue({ code: "custom", path: ["candidateIds"], message: "Daerah tercantum dua kali" });
    const seen = new Set<number>();
    (c.numbers ?? []).forEach((n, i) => {
      if (!c.candidateIds.includes(n.candidateId))
        ctx.addIssue({
          code: "custom",
          path: ["numbers", i, "candidateId"],
          message: "Daerah ini tidak termasuk dalam penandatanganan",
        });
      if (seen.has(n.candidateId))
        ctx.addIssue({ code: "custom", path: ["numbers", i, "candidateId"], message: "Daerah tercantum dua kali" });
      seen.add(n.candidateId);
    });
  });
export type MouCeremonyInput = z.infer<typeof MouCeremonyInput>;

export type MouFacts = {
  ministryNumber: string | null;
  regionNumber: string | null;
  signedOn: string | null;
  mode: string | null;
  ministrySignatoryName: string | null;
  ministrySignatoryPosition: string | null;
  regionSignatoryName: string | null;
  regionSignatoryPosition: string | null;
};

/** The fields a signed memorandum must have: both numbers, the date, the mode, both signatories. */
export const MOU_REQUIRED_FIELDS = [
  "ministryNumber",
  "regionNumber",
  "signedOn",
  "mode",
  "ministrySignatoryName",
  "ministrySignatoryPosition",
  "regionSignatoryName",
  "regionSignatoryPosition",
] as const satisfies ReadonlyArray<keyof MouFacts>;

/** Which required fields of a memorandum are still empty. */
export function missingMouFields(m: MouFacts | null | undefined): Array<keyof MouFacts> {
  return MOU_REQUIRED_FIELDS.filter((f) => !m?.[f]?.trim());
}

/** Whether a memorandum is complete enough to count as signed (the cohort may then start mentoring). */
export function isMouComplete(m: MouFacts | null | undefined): boolean {
  return missingMouFields(m).length === 0;
}

export const MouOut = z.object({
  candidateId: z.number().int(),
  cohortId: z.number().int(),
  regionCode: z.string(),
  regionName: z.string(),
  ministryNumber: z.string().nullable(),
  regionNumber: z.string().nullable(),
  signedOn: z.string().nullable(),
  mode: MouMode.nullable(),
  place: z.string().nullable(),
  ministrySignatoryName: z.string().nullable(),
  ministrySignatoryPosition: z.string().nullable(),
  ministrySignatoryNip: z.string().nullable(),
  regionSignatoryName: z.string().nullable(),
  regionSignatoryPosition: z.string().nullable(),
  scan: z.object({ id: z.string(), name: z.string(), size: z.number().int() }).nullable(),
  /** 0 while nothing has been recorded. */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  complete: z.boolean(),
  missing: z.array(z.string()),
  can: z.object({ record: z.boolean() }),
});
export type MouOut = z.infer<typeof MouOut>;
