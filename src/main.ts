/** Composition root: `npm start`. Reads the configuration once, starts the service, stops it cleanly on SIGTERM/SIGINT. */
import { ConfigError, loadConfig } from "./config.ts";
import { createLogger } from "./log.ts";
import { startService } from "./service.ts";

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exitCode = 2;
      return;
    }
    throw err;
  }
  const logger = createLogger(config.logLevel, { service: "dondoc" });
  const service = await startService(config, { logger, env: process.env });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info("stopping", { signal });
    service.stop().then(() => process.exit(0), (err: unknown) => { logger.error("stop failed", { err }); process.exit(1); });
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((err: unknown) => {
  process.stderr.write(`dondoc could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
