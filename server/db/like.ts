/** Escapes LIKE wildcards so that a typed "%" or "_" matches itself. */
export const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
