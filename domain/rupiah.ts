/**
 * Rupiah amounts as people type and read them: whole Rupiah, grouped in thousands with "."
 * in Indonesian (1.250.000.000) and "," in English (1,250,000,000).
 */

export type RupiahLanguage = "id" | "en";

const GROUP: Record<RupiahLanguage, string> = { id: ".", en: "," };
const DECIMAL: Record<RupiahLanguage, string> = { id: ",", en: "." };
const LOCALE: Record<RupiahLanguage, string> = { id: "id-ID", en: "en-GB" };

const formats = new Map<RupiahLanguage, Intl.NumberFormat>();

/** A whole amount grouped in thousands, without the currency: "1.250.000.000" (id), "1,250,000,000" (en). */
export function formatRupiahAmount(amount: number, lang: RupiahLanguage = "id"): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 0 });
    formats.set(lang, format);
  }
  return format.format(amount);
}

/** An amount with the currency as civil servants write it: "Rp 1.250.000.000". */
export function formatRupiah(amount: number, lang: RupiahLanguage = "id"): string {
  return `Rp ${formatRupiahAmount(amount, lang)}`;
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * What a person typed as a whole-Rupiah amount: "1.250.000.000", "1250000000", "Rp 1.250.000.000"
 * or "1.250.000,00" (zero cents only) in Indonesian. `null` when it is not such an amount: other
 * letters, misplaced separators, cents, negatives, or beyond what a number holds exactly.
 * Blank text is not an amount either; callers decide what a blank cell means.
 */
export function parseRupiah(text: string, lang: RupiahLanguage = "id"): number | null {
  const group = literal(GROUP[lang]);
  const decimal = literal(DECIMAL[lang]);
  const bare = text
    .replace(/^\s*rp\.?\s*/i, "")
    .replace(/\s+/g, "")
    .replace(new RegExp(`${decimal}0{1,2}$`), "");
  const plain = /^\d+$/.test(bare);
  const grouped = new RegExp(`^\\d{1,3}(${group}\\d{3})+$`).test(bare);
  if (!plain && !grouped) return null;
  const value = Number(bare.replace(new RegExp(group, "g"), ""));
  return Number.isSafeInteger(value) ? value : null;
}
