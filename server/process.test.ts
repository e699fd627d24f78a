import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { openPglite } from "./db/client";

// These start real processes on an embedded database in a temporary DATA_DIR; the
// PostgreSQL project leaves this file out and covers the same code through the API tests.
const run = promisify(execFile);
const bin = path.resolve("bin/kotacerdas.mjs");
const dataDir = mkdtempSync(path.join(tmpdir(), "kc-process-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function env(extra: Record<string, string> = {}) {
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  return { ...rest, DATA_DIR: dataDir, LOG_LEVEL: "info", ...extra };
}

async function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} in:\n${seen}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      const line = seen.split("\n").find((l) => pattern.test(l));
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
  });
}

describe("kotacerdas processes on the embedded database", () => {
  it("lists a province's regions from the CLI", async () => {
    const { stdout } = await run("node", [bin, "regions", "--province", "51"], { env: env() });
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^51\s+provinsi\s+Provinsi Bali$/);
    expect(lines).toContainEqual(expect.stringMatching(/^51\.06\s+kabupaten\s+Kabupaten Bangli$/));
    expect(lines.at(-1)).toBe("10 wilayah");
  });

  it("rejects a malformed province code with a readable message and exit code 1", async () => {
    await expect(run("node", [bin, "regions", "--province", "5x"], { env: env() })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining("Kode provinsi terdiri dari dua angka"),
    });
  });

  it("reports every bad environment variable at once", async () => {
    await expect(
      run("node", [bin, "migrate"], { env: env({ PORT: "x", DATABASE_URL: "mysql://a" }) }),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/PORT[\s\S]*DATABASE_URL/),
    });
  });

  it("serves, then on SIGTERM finishes and closes the embedded database cleanly", { timeout: 90_000 }, async () => {
    const child = spawn("node", [bin, "serve", "--port", "0"], { env: env({ HOST: "127.0.0.1" }) });
    const listening = await waitForLine(child, /Server listening at/);
    const port = JSON.parse(listening).msg.match(/:(\d+)$/)[1];
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const closed = waitForLine(child, /database closed/);
    child.kill("SIGTERM");
    await closed;
    expect(await exited).toBe(0);
    // The data directory opens again with its data: nothing was left half-written.
    const reopened = await openPglite(path.join(dataDir, "db"));
    const res = await reopened.db.execute("select count(*)::int as n from region");
    expect((res as unknown as { rows: Array<{ n: number }> }).rows[0]?.n).toBe(552);
    await reopened.close();
  });
});
