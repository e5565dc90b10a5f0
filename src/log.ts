/**
 * Structured logging on pino: one JSON line per event on stderr (pretty, through pino-pretty, when
 * stderr is a terminal), for operators reading logs at night. The small Logger interface below is
 * what the rest of the code uses, so the library stays behind this file. Tokens, secrets and
 * message bodies are censored by path whatever a caller passes in `fields`.
 */
import { createRequire } from "node:module";
import { pino, stdSerializers, type DestinationStream, type Logger as Pino } from "pino";

export type Level = "debug" | "info" | "warn" | "error";

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

/** Field names whose values never reach a log: credentials, and what people wrote. */
const SECRET_KEYS = [
  "token", "accessToken", "access_token", "refreshToken", "refresh_token", "secret", "secretKey", "secret_key",
  "password", "authorization", "cookie", "signature", "text", "body", "rawBody", "message.text", "caption",
];

/** The same keys at the top level and one or two objects down (pino's redaction works by path). */
export const REDACT_PATHS = SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);

/** Lines go to `write` (one JSON string per call, no newline) when given; else to stderr. */
export function createLogger(level: Level = "info", base: Record<string, unknown> = {}, write?: (line: string) => void): Logger {
  let destination: DestinationStream;
  if (write) destination = { write: (s: string) => { write(s.replace(/\n$/, "")); } };
  else if (process.stderr.isTTY) destination = prettyStream() ?? pino.destination({ fd: 2, sync: true });
  else destination = pino.destination({ fd: 2, sync: true });
  const root = pino({
    level, base, redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    // Stack traces and causes kept, under "err" as operators' tools expect.
    serializers: { err: stdSerializers.err, cause: stdSerializers.err },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  }, destination);
  return wrap(root);
}

/** pino-pretty in a terminal, when installed (it is a dependency, but a slim image may leave it out). */
function prettyStream(): DestinationStream | null {
  try {
    const require = createRequire(import.meta.url);
    const pretty = require("pino-pretty") as (o: Record<string, unknown>) => DestinationStream;
    return pretty({ destination: 2, sync: true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname" });
  } catch {
    return null;
  }
}

function wrap(p: Pino): Logger {
  const at = (lvl: Level) => (msg: string, fields?: Record<string, unknown>) => {
    if (fields) p[lvl](fields, msg);
    else p[lvl](msg);
  };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error"), child: (fields) => wrap(p.child(fields)) };
}

/** Discards everything: for tests that do not look at logs. */
export const silentLogger: Logger = {
  debug: () => {}, info: () => {}, warn: () => {}, error: () => {}, child: () => silentLogger,
};
