// Builds the SPA into dist/web when it is missing or older than its sources.
// `npm start` calls it so a fresh clone needs no separate build step.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const built = path.join(root, "dist/web/index.html");
const sources = ["web", "domain", "package-lock.json"].map((p) => path.join(root, p));

function newest(p) {
  if (!existsSync(p)) return 0;
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const entry of readdirSync(p)) {
    if (entry === "node_modules" || entry === "dist") continue;
    max = Math.max(max, newest(path.join(p, entry)));
  }
  return max;
}

const force = process.argv.includes("--force");
if (!force && existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newest))) {
  console.log("Antarmuka web sudah terbangun (dist/web).");
} else {
  console.log("Membangun antarmuka web ke dist/web …");
  const { build } = await import("vite");
  await build({ configFile: path.join(root, "web/vite.config.ts"), logLevel: "warn" });
  console.log("Antarmuka web selesai dibangun.");
}
