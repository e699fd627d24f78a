/** Runs `fn` `runs` times after `warmup` runs and returns the median and p99 in milliseconds. */
export async function measure(fn: () => Promise<unknown>, runs = 200, warmup = 20) {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return { median: at(0.5), p99: at(0.99), runs };
}

export type Row = { scenario: string; median: number; p99: number; baselineMedian: number; note: string };

export function printRows(rows: Row[]) {
  const fmt = (n: number) => (Number.isNaN(n) ? "—" : n.toFixed(2)).padStart(8);
  console.log(
    `${"scenario".padEnd(54)} ${"median ms".padStart(9)} ${"p99 ms".padStart(8)} ${"baseline".padStart(9)} ratio`,
  );
  for (const r of rows) {
    console.log(
      `${r.scenario.padEnd(54)} ${fmt(r.median)}  ${fmt(r.p99)} ${fmt(r.baselineMedian)}  ${Number.isNaN(r.median) ? "—" : `${(r.median / r.baselineMedian).toFixed(2)}×`}  ${r.note}`,
    );
  }
}
