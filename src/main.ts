/**
 * Composition root: `npm start` (node --import tsx src/main.ts — node itself, so SIGTERM reaches
 * this process, not an npm or tsx wrapper). Reads the configuration once, starts the service in
 * its role (`--role web|worker|scheduler|all`, default DONDOC_ROLE or all), and on SIGTERM/SIGINT
 * stops it cleanly and exits 0. Bad configuration or no Redis to use: one message, exit 2.
 */
import { ConfigError, loadConfig, type Role } from "./config.ts";
import { createLogger } from "./log.ts";
import { EmbeddedRedisError } from "./runtime/embedded-redis.ts";
import { seedDemo } from "./demo/seed.ts";
import { startService } from "./service.ts";

const ROLES: readonly Role[] = ["web", "worker", "scheduler", "all"];
const USAGE = "usage: npm start [-- --role web|worker|scheduler|all] [--demo]";

export interface Args {
  role?: Role;
  /** --demo (npm run demo): the sandbox on, with the sample province loaded once. */
  demo: boolean;
}

/** `--role X` or `--role=X`, and `--demo`; an error message for anything else. */
export function readArgs(argv: string[]): Args | { error: string } {
  const args: Args = { demo: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--demo") { args.demo = true; continue; }
    const value = a === "--role" ? argv[++i] : a.startsWith("--role=") ? a.slice(7) : null;
    if (value === null) return { error: `Unknown argument "${a}". ${USAGE}` };
    if (!ROLES.includes(value as Role)) return { error: `--role must be one of ${ROLES.join(", ")} (got "${value ?? ""}"). ${USAGE}` };
    args.role = value as Role;
  }
  return args;
}

async function main(): Promise<void> {
  const args = readArgs(process.argv.slice(2));
  if ("error" in args) { process.stderr.write(`${args.error}\n`); process.exitCode = 2; return; }
  const env = args.demo ? { DONDOC_SANDBOX: "1", ...process.env } : process.env;
  let config;
  try {
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) { process.stderr.write(`${err.message}\n`); process.exitCode = 2; return; }
    throw err;
  }
  const logger = createLogger(config.logLevel, { service: "dondoc" });
  let service;
  try {
    service = await startService(config, { logger, env, ...(args.role ? { role: args.role } : {}) });
  } catch (err) {
    if (err instanceof EmbeddedRedisError) { process.stderr.write(`${err.message}\n`); process.exitCode = 2; return; }
    throw err;
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) { logger.warn("still stopping; send SIGKILL to end at once", { signal }); return; }
    stopping = true;
    logger.info("stopping", { signal });
    // A stop that hangs (a platform that never answers) must not keep the process: the deadline plus a margin.
    setTimeout(() => { logger.error("stop took too long; exiting"); process.exit(1); }, config.shutdownMs + 15_000).unref();
    service.stop().then(() => process.exit(0), (err: unknown) => { logger.error("stop failed", { err }); process.exit(1); });
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
  if (args.demo) {
    if (!service.sandbox) {
      process.stderr.write("--demo needs the sandbox chat: leave DONDOC_SANDBOX unset (or 1) and the role web or all.\n");
      await service.stop();
      process.exit(2);
    }
    const seeded = await seedDemo({ ...service.sandbox, store: service.deps.store, logger });
    logger.info(seeded.imported ? "demo ready: Bắc Kạn roster and Notice 147 loaded" : "demo ready (loaded before)", { open: `${service.http.url}/sandbox` });
  }
  if (service.sandbox) process.stderr.write(`\nThử dondoc: mở ${service.http.url}/sandbox trong trình duyệt (Ctrl-C để dừng).\n\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`dondoc could not start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
