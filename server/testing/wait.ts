/**
 * Polls `check` until it returns something other than undefined/false, or fails after `timeoutMs`
 * with what it last saw: tests wait for a condition, never for a fixed time.
 */
export async function waitFor<T>(
  check: () => Promise<T | undefined | false> | T | undefined | false,
  opts: { timeoutMs?: number; everyMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + (opts.timeoutMs ?? 15_000);
  let last: unknown;
  for (;;) {
    last = await check();
    if (last !== undefined && last !== false) return last as T;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${opts.what ?? "a condition"}`);
    await new Promise((r) => setTimeout(r, opts.everyMs ?? 50));
  }
}
