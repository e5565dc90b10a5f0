/**
 * A small structured logger: one JSON line per event on stderr, for operators reading logs at
 * night. Never pass tokens, secrets or whole webhook bodies in `fields`.
 */
export type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

export function createLogger(level: Level = "info", base: Record<string, unknown> = {}, write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Logger {
  const log = (lvl: Level) => (msg: string, fields: Record<string, unknown> = {}) => {
    if (ORDER[lvl] < ORDER[level]) return;
    const err = fields.err instanceof Error ? { err: fields.err.message, ...(fields.err.cause instanceof Error ? { cause: fields.err.cause.message } : {}) } : {};
    write(JSON.stringify({ t: new Date().toISOString(), level: lvl, msg, ...base, ...fields, ...err }));
  };
  return {
    debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error"),
    child: (fields) => createLogger(level, { ...base, ...fields }, write),
  };
}

/** Discards everything: for tests that do not look at logs. */
export const silentLogger: Logger = createLogger("error", {}, () => {});
