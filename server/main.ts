import { ConfigError, loadConfig } from "./config";
import { startServer } from "./start";

try {
  await startServer(loadConfig());
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exitCode = 1;
}
