import { PgTransaction } from "drizzle-orm/pg-core";
import type { Db } from "./client";

type Read = unknown;
type Result<R> = R extends () => PromiseLike<infer V> ? V : Awaited<R>;

/**
 * Independent reads, at once on the pool, one after another inside a transaction: a transaction
 * holds one connection, and pg refuses (deprecates) a second query while one is running.
 * Pass Drizzle query builders (lazy until awaited), functions returning a promise, or plain values.
 */
export async function readAll<const T extends readonly Read[]>(
  db: Db,
  reads: T,
): Promise<{ -readonly [K in keyof T]: Result<T[K]> }> {
  const run = (r: Read) => (typeof r === "function" ? (r as () => unknown)() : r);
  if (!(db instanceof PgTransaction)) return (await Promise.all(reads.map(run))) as never;
  const out: unknown[] = [];
  for (const r of reads) out.push(await run(r));
  return out as never;
}
