/** Lower-case ASCII words joined by hyphens: "Kota Banjar" → "kota-banjar" (CKAN names allow [a-z0-9_-]). */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A region's organization name: "kota-banjar-32-79" (the code keeps two regions of the same name apart). */
export const regionSlug = (displayName: string, code: string) => `${slugify(displayName)}-${code.replace(/\./g, "-")}`;
