// Indicators are mapped onto a framework through the thematic `tag` of its elements, so an
// indicator written for one framework finds its element in another that shares the theme.

/** The part of a framework tags are resolved against: its dimensions with their elements' codes and tags. */
export type TaggedFramework = {
  dimensions: ReadonlyArray<{ code: string; elements: ReadonlyArray<{ code: string; tag: string }> }>;
};

/** Where an indicator sits in a framework; both null when unmapped. */
export type Placement = { dimensionCode: string | null; elementCode: string | null };

/** No element: the framework carries none of the tags. */
export const UNMAPPED: Placement = { dimensionCode: null, elementCode: null };

/** How tags compare: case and surrounding or repeated spaces aside ("public  service" is "Public Service"). */
export const tagKey = (tag: string) => tag.trim().replace(/\s+/g, " ").toLowerCase();

/** The element of a framework carrying a tag (the first in the framework's order), or unmapped. */
export function elementByTag(fw: TaggedFramework, tag: string): Placement {
  const key = tagKey(tag);
  for (const d of fw.dimensions)
    for (const e of d.elements) if (tagKey(e.tag) === key) return { dimensionCode: d.code, elementCode: e.code };
  return UNMAPPED;
}

/** The element of a framework for tags listed most specific first: the first tag the framework carries wins; unmapped when none. */
export function placeByTags(fw: TaggedFramework, tags: readonly string[]): Placement {
  for (const tag of tags) {
    const found = elementByTag(fw, tag);
    if (found.elementCode) return found;
  }
  return UNMAPPED;
}
