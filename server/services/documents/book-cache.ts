import { sql } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import type { Book, DocumentFormat } from "../../../domain/documents";
import type { Db } from "../../db/client";
import { queryRows } from "../../db/query-rows";
import type { PlanRow } from "../masterplans/load";
import type { GeneratedDocument } from "./generate-book";

type Entry = GeneratedDocument & { stamp: string };

/**
 * Books already rendered, per plan, book and format, each with the stamp of the data it was made
 * from. Bounded by bytes (least recently used out first); each instance keeps its own, and the stamp
 * is asked of the database on every download, so a change made through any instance is seen at once.
 */
export class BookCache {
  private readonly entries: LRUCache<string, Entry>;
  hits = 0;
  misses = 0;

  constructor(maxBytes: number) {
    this.entries = new LRUCache<string, Entry>({
      maxSize: Math.max(1, maxBytes),
      sizeCalculation: (e) => Math.max(1, e.buffer.byteLength),
      // A book larger than the whole cache is served but not kept.
      maxEntrySize: Math.max(1, maxBytes),
    });
  }

  /** The book as rendered from the data the stamp names, rendering it (once) when the data changed. */
  async get(
    db: Db,
    key: { plan: PlanRow; book: Book; format: DocumentFormat },
    render: () => Promise<GeneratedDocument>,
  ): Promise<GeneratedDocument & { cached: boolean }> {
    const id = `${key.plan.id}:${key.book}:${key.format}`;
    const stamp = await bookStamp(db, key.plan);
    const hit = this.entries.get(id);
    if (hit && hit.stamp === stamp) {
      this.hits++;
      return { ...hit, cached: true };
    }
    this.misses++;
    const doc = await render();
    this.entries.set(id, { ...doc, stamp });
    return { ...doc, cached: false };
  }

  get size() {
    return this.entries.calculatedSize;
  }
}

/**
 * What a book is made of changes only through audited writes (every mutation is audited): the
 * region's own (its plan, programs, OPDs, emblem, scores, realisations) and the national ones
 * (frameworks, cohorts, rounds, the indicator catalogue). The newest event of each, found on the
 * (region_code, at) index, plus the plan's own version and status, name the data a book shows.
 */
async function bookStamp(db: Db, plan: PlanRow): Promise<string> {
  const [row] = await queryRows<{ region: string | null; national: string | null }>(
    db,
    sql`select (select id from audit_event where region_code = ${plan.regionCode} order by at desc, id desc limit 1)::text as region,
               (select id from audit_event where region_code is null order by at desc, id desc limit 1)::text as national`,
  );
  return [plan.version, plan.status, row?.region ?? "-", row?.national ?? "-"].join("|");
}
