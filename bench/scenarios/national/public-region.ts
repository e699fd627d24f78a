import type { App } from "../../../server/app";
import { getPublicRegion } from "../../../server/services/public/get-public-region";
import { measure, type Row } from "../../measure";

/**
 * The public region page's API for one of the 250 national plans (150 programs, 100 indicators
 * with ten years of values, published results), anonymous, against the same reads run directly
 * (the service's ten statements in their two waves, before presenting and serialising).
 */
export async function publicRegionScenarios(app: App, regionCode: string): Promise<Row[]> {
  const url = `/api/public/regions/${regionCode}`;
  const first = await app.inject(url);
  if (first.statusCode !== 200) throw new Error(`${url} → ${first.statusCode} ${first.body.slice(0, 200)}`);
  const body = first.json() as { data: { masterplan: { programs?: unknown[] } | null } };
  if (!body.data.masterplan) throw new Error(`${url}: no enacted plan`);
  const api = await measure(
    async () => {
      const res = await app.inject(url);
      if (res.statusCode !== 200) throw new Error(res.body);
    },
    100,
    10,
  );
  const bare = await measure(() => getPublicRegion(app.database.db, regionCode), 100, 10);
  return [
    {
      scenario: "GET /api/public/regions/:code (national plan)",
      median: api.median,
      p99: api.p99,
      baselineMedian: bare.median,
      note: `${(first.rawPayload.length / 1024).toFixed(0)} KB JSON; target ≤ 30 ms median and ≤ 3× its reads: ${api.median <= 30 && api.median <= 3 * bare.median ? "met" : "NOT met"}`,
    },
  ];
}
