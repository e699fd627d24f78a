import { ConfigError, loadConfig, loadDotEnv } from "./config";
import { startServer } from "./start";

try {
  loadDotEnv();
  await startServer(loadConfig());
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exitCode = 1;
}
