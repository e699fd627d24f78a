/** The envelope of every list response. */
export type Page<T> = { data: T[]; total: number; page: number; pageSize: number };

/** The envelope of every single-object response. */
export type One<T> = { data: T };
