import { parseSearch } from "./search";

// The API names where an action is done as a path of this site (tasks, notifications): followed
// with the router, never as an address elsewhere.

/** A path of this site from the server ("/kandidat/7?tab=bimtek"), or undefined for anything else. */
export function internalHref(href: string): string | undefined {
  return href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/\\") ? href : undefined;
}

/** A server-given path as the router's link takes it: "/kandidat/7?tab=bimtek" → { to: "/kandidat/7", search: { tab: "bimtek" } }. */
export function linkOf(href: string): { to: string; search: Record<string, unknown>; hash?: string } | undefined {
  const inside = internalHref(href);
  if (!inside) return undefined;
  const match = inside.match(/^([^?#]*)(\?[^#]*)?(#.*)?$/);
  if (!match) return undefined;
  const hash = match[3]?.slice(1);
  return { to: match[1] || "/", search: parseSearch(match[2]?.slice(1) ?? ""), ...(hash ? { hash } : {}) };
}
