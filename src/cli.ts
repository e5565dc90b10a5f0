#!/usr/bin/env node
/**
 * dondoc command line. Each command lives in src/cli/<name>.ts and exports `run(args, io)`,
 * returning the process exit code: 0 ok, 1 failure at run time, 2 bad input or usage.
 */
import type { CliIo } from "./cli/io.ts";
import { processIo } from "./cli/io.ts";
import { pathToFileURL } from "node:url";

type Command = (args: string[], io: CliIo) => Promise<number>;

/** Loaded lazily so that `parse` never loads Redis or BullMQ. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  parse: { summary: "parse <file|url|-> [--json]      a notice (text, .docx, PDF, scan, photo, link) → its tasks", load: async () => (await import("./cli/parse.ts")).run },
  schedule: { summary: "schedule <file|-> --now ISO --until YYYY-MM-DD [--json]  a notice → its reminder plan", load: async () => (await import("./cli/schedule.ts")).run },
  roster: { summary: "roster import <file.csv|json> | roster list   the officials roster (Redis)", load: async () => (await import("./cli/roster.ts")).run },
  import: { summary: "import <notice|url> [--dry-run] [--aliases f.json]  parse, assign and schedule (Redis)", load: async () => (await import("./cli/import.ts")).run },
  invite: { summary: "invite <mã cán bộ> [--bot name]   a single-use registration code (Redis)", load: async () => (await import("./cli/invite.ts")).run },
  report: { summary: "report [--csv]                    the four buckets per unit (Redis); --csv for Excel", load: async () => (await import("./cli/report.ts")).run },
  reminders: { summary: "reminders [mã cán bộ|mã nhiệm vụ] [--limit N]  pending reminders and their send time (Redis)", load: async () => (await import("./cli/reminders.ts")).run },
  replan: { summary: "replan [--now ISO]                the daily re-plan, now (Redis)", load: async () => (await import("./cli/replan.ts")).run },
  audit: { summary: "audit export | audit archive [--older-than-days N]  the audit log as JSON lines (archive files, then Redis); move old entries to the files (Redis)", load: async () => (await import("./cli/audit.ts")).run },
  reindex: { summary: "reindex [--check]                 rebuild the report indexes from the records, or check them (Redis)", load: async () => (await import("./cli/reindex.ts")).run },
  admin: { summary: "admin password <mã đăng nhập>     set an admin's console password (read from stdin) (Redis)", load: async () => (await import("./cli/admin.ts")).run },
  reply: { summary: "reply [TEXT] [--json] [--now ISO]  what a leader's reply means", load: async () => (await import("./cli/reply.ts")).run },
};

function usage(io: CliIo): void {
  io.err("usage: npm run cli -- <command> [options]\n\ncommands:");
  for (const [name, c] of Object.entries(COMMANDS)) io.err(`  ${c.summary.startsWith(name) ? c.summary : `${name} ${c.summary}`}`);
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") { usage(io); return name ? 0 : 2; }
  const cmd = COMMANDS[name];
  if (!cmd) { io.err(`Unknown command "${name}".`); usage(io); return 2; }
  try {
    return await (await cmd.load())(rest, io);
  } catch (err) {
    io.err(`dondoc ${name}: ${err instanceof Error ? err.message : String(err)}`);
    // No REDIS_URL and no redis-server to start: the same rule, and exit code, as npm start.
    return err instanceof Error && err.name === "EmbeddedRedisError" ? 2 : 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2), processIo()).then((code) => { process.exitCode = code; });
}
