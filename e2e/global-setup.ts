import { execFileSync } from "node:child_process";
import { chromiumPath } from "./support/browser";

/** Builds the SPA once for all journeys, unless no browser can run them. */
export default function setup() {
  if (!chromiumPath()) return;
  execFileSync("node", ["scripts/build-web.mjs"], { stdio: "inherit" });
}
