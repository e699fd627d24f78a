/**
 * A form's values rebased onto a newer version of what it edits: every field the person left as
 * it was read (`base`) takes the newer value (`fresh`); every field they changed keeps their
 * value. Fields compare by identity, so a list the person edited stays theirs as a whole.
 */
export function rebaseFields<F extends Record<string, unknown>>(base: F, mine: F, fresh: F): F {
  const out = { ...fresh };
  for (const key of Object.keys(mine) as Array<keyof F>) if (!Object.is(mine[key], base[key])) out[key] = mine[key];
  return out;
}
