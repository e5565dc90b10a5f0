import { z } from "zod";

/** Variables that may be set to the empty string count as unset (a common .env habit). */
const optional = z.string().trim().optional().transform((v) => (v === "" ? undefined : v));

/**
 * What BullMQ can carry as part of its key prefix: it joins prefix, queue name and job id with ":"
 * and its scripts split them again on ":", so the only colon is the trailing one; a Redis Cluster
 * hash tag ({dondoc}:) keeps every key of one queue in one slot, as BullMQ requires there.
 */
const KEY_PREFIX = /^(?:[A-Za-z0-9_.-]{1,48}|\{[A-Za-z0-9_.-]{1,46}\}):$/;
const KEY_PREFIX_RULE = "1–48 letters, digits, _ . - then one colon, e.g. dondoc: (or {dondoc}: for Redis Cluster); no other colon, space or brace, since BullMQ splits its keys on ':'";

const redisUrl = z.string().trim().refine((v) => /^rediss?:\/\/[^\s]+$/.test(v) && URL.canParse(v), "a URL like redis://host:6379/0 or rediss://user:password@host:6380 (TLS)");

const EnvSchema = z.object({
  /**
   * Redis holding the queue and, under DONDOC_KEY_PREFIX, the store. No default: when unset, dondoc
   * starts its own redis-server with its data under DONDOC_REDIS_DIR (and never uses one it was not given).
   */
  REDIS_URL: optional.pipe(redisUrl.optional()),
  /** Data directory of the embedded redis-server (used only without REDIS_URL). Default ./var/redis. */
  DONDOC_REDIS_DIR: z.string().min(1).default("var/redis"),
  /** The redis-server program to start when REDIS_URL is unset. Default: redis-server from PATH. */
  REDIS_SERVER_BIN: z.string().min(1).default("redis-server"),
  /** TLS for rediss:// URLs: PEM files of the CA, and of a client certificate and key when the server asks for one. */
  REDIS_TLS_CA_FILE: optional,
  REDIS_TLS_CERT_FILE: optional,
  REDIS_TLS_KEY_FILE: optional,
  /** "false" accepts a server certificate that does not verify (a test server). Default true. */
  REDIS_TLS_REJECT_UNAUTHORIZED: z.enum(["true", "false"]).default("true"),
  /** Prefix of every key dondoc writes. Default "dondoc:". */
  DONDOC_KEY_PREFIX: z.string().regex(KEY_PREFIX, KEY_PREFIX_RULE).default("dondoc:"),
  /** What this process runs: web, worker, scheduler or all (default); `--role` on the command line wins. */
  DONDOC_ROLE: z.enum(["web", "worker", "scheduler", "all"]).default("all"),
  /** The sandbox chat at /sandbox: "1" on, "0" off. Default: on when no platform is configured. */
  DONDOC_SANDBOX: optional.pipe(z.enum(["0", "1"]).optional()),
  /** Yearly holiday tables; default the shipped data/holidays. Read by the calendar loader. */
  DONDOC_HOLIDAYS_DIR: optional,
  /** Seconds a SIGTERM waits for jobs in flight before closing anyway. Default 20. */
  DONDOC_SHUTDOWN_SECONDS: z.coerce.number().int().min(1).max(600).default(20),
  /**
   * Seconds a job stays with a worker that stopped answering (killed, frozen) before another
   * worker takes it over: BullMQ's lock and stalled-check interval. Default 30.
   */
  DONDOC_JOB_LOCK_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  /**
   * Seconds a claimed send holds before a retry may send the same message again (the send ledger's
   * lease; about twice the platforms' 15 s request timeout). Default 30.
   */
  DONDOC_SEND_LEASE_SECONDS: z.coerce.number().int().min(1).max(600).default(30),
  /**
   * Days audit entries stay in Redis; older ones move, at the daily run, to monthly gzip JSON-lines
   * files under DONDOC_AUDIT_DIR, which the export still reads. 0 keeps them all in Redis. Default 365.
   */
  DONDOC_AUDIT_RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(365),
  /** Directory of the audit archive files. Default ./var/audit. */
  DONDOC_AUDIT_DIR: z.string().min(1).default("var/audit"),
  /** Locale of a recipient who has none of their own: vi (default) or en. */
  DONDOC_DEFAULT_LOCALE: z.enum(["vi", "en"]).default("vi"),
  /** IANA time zone reminders are planned in. Default Asia/Ho_Chi_Minh. */
  DONDOC_TIME_ZONE: z.string().default("Asia/Ho_Chi_Minh"),
  /** Office hours as HH:mm-HH:mm ranges, comma separated. Default 07:30-11:30,13:30-17:00. */
  DONDOC_OFFICE_HOURS: z.string().regex(/^\d{2}:\d{2}-\d{2}:\d{2}(,\d{2}:\d{2}-\d{2}:\d{2})*$/, "ranges like 07:30-11:30,13:30-17:00").default("07:30-11:30,13:30-17:00"),
  /** Port of the HTTP server (webhooks, health). Default 8080; 0 picks a free port (tests). */
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** Address the HTTP server listens on. Default 0.0.0.0 (all). */
  HOST: z.string().min(1).default("0.0.0.0"),
  /** Log level: debug, info (default), warn, error. */
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /**
   * 1: links given to the CLI or sent in chat (a portal post, an attachment) are fetched from the Internet;
   * 0 (default): refused with a message, for closed networks where the server must not reach out.
   */
  DONDOC_FETCH_URLS: optional.pipe(z.enum(["0", "1"], { message: "0 (default: links are not fetched) or 1 (fetch links to portal posts)" }).optional()),
  /**
   * Key that signs the admin console's session cookies, 32 or more characters. Default: one generated
   * once and kept in Redis under the key prefix, shared by every web process on that Redis.
   */
  /** Public address of the admin console (…/admin); when set, the chat's import preview links to its review page. */
  DONDOC_CONSOLE_URL: optional.pipe(z.string().url().optional()),
  DONDOC_CONSOLE_SECRET: optional.pipe(z.string().min(32, "32 or more characters (e.g. the output of: openssl rand -base64 32)").optional()),

  TELEGRAM_BOT_TOKEN: optional.pipe(z.string().regex(/^\d{1,20}:[A-Za-z0-9_-]{20,}$/, "the token BotFather gave: the bot's number, a colon, then 20 or more of A-Z a-z 0-9 _ - (like 123456789:AAH…)").optional()),
  /** The bot's @username without the @, for invite links t.me/<name>?start=CODE. */
  TELEGRAM_BOT_USERNAME: optional.pipe(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{3,31}$/, "the bot's username without @: 4–32 of A-Z a-z 0-9 _, starting with a letter (e.g. dondoc_bot)").optional()),
  /** Bot API server; default the official one. Tests and private Bot API servers set their own. */
  TELEGRAM_API_ROOT: z.string().url().default("https://api.telegram.org"),
  /** When set, Telegram updates come by webhook at this URL instead of long polling. */
  TELEGRAM_WEBHOOK_URL: optional.pipe(z.string().url().optional()),
  TELEGRAM_WEBHOOK_SECRET: optional.pipe(z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, "1–256 characters, only A-Z a-z 0-9 _ - (Telegram's rule for secret_token)").optional()),

  /** Messages per second overall on Telegram (its limit is about 30). Default 25. */
  TELEGRAM_MESSAGES_PER_SECOND: z.coerce.number().positive().max(30).default(25),
  /** Messages per second overall on Zalo OA (Zalo publishes no figure). Default 10. */
  ZALO_MESSAGES_PER_SECOND: z.coerce.number().positive().max(1000).default(10),
  ZALO_APP_ID: optional.pipe(z.string().regex(/^\d{1,32}$/, "the app's numeric id from the Zalo developers' page").optional()),
  ZALO_APP_SECRET: optional,
  ZALO_OA_SECRET: optional,
  ZALO_REFRESH_TOKEN: optional,
  ZALO_API_ROOT: z.string().url().default("https://openapi.zalo.me"),
  ZALO_OAUTH_ROOT: z.string().url().default("https://oauth.zaloapp.com"),
});

export type Env = z.input<typeof EnvSchema>;

/** Every variable loadConfig reads (.env.example and README's table list the same). */
export const ENV_VARIABLES: readonly string[] = Object.keys(EnvSchema.shape);

export type Role = "web" | "worker" | "scheduler" | "all";

/** TLS options for ioredis, read from the REDIS_TLS_ files at connect time (loadConfig reads no file). */
export interface RedisTlsFiles {
  caFile?: string;
  certFile?: string;
  keyFile?: string;
  rejectUnauthorized: boolean;
}

export interface Config {
  /** null: no REDIS_URL, start the embedded redis-server (see src/runtime/embedded-redis.ts). */
  redisUrl: string | null;
  redisDir: string;
  redisServerBin: string;
  redisTls: RedisTlsFiles;
  keyPrefix: string;
  role: Role;
  /** The sandbox chat is served (DONDOC_SANDBOX=1, or no platform configured and not turned off). */
  sandbox: boolean;
  shutdownMs: number;
  /** DONDOC_JOB_LOCK_SECONDS in ms. */
  jobLockMs: number;
  /** DONDOC_SEND_LEASE_SECONDS in ms. */
  sendLeaseMs: number;
  /** Audit retention: entries older than `retentionDays` (0: never) move to monthly files in `dir`. */
  audit: { retentionDays: number; dir: string };
  host: string;
  /** Telegram bot username, for invite links. */
  botUsername?: string;
  defaultLocale: "vi" | "en";
  timeZone: string;
  /** Office hours as minutes after local midnight, e.g. [[450, 690], [810, 1020]]. */
  officeHours: Array<[startMinute: number, endMinute: number]>;
  port: number;
  logLevel: "debug" | "info" | "warn" | "error";
  /** DONDOC_FETCH_URLS=1: intake may fetch links. Default false. */
  fetchUrls: boolean;
  /** DONDOC_CONSOLE_SECRET, when set. */
  consoleSecret?: string;
  /** DONDOC_CONSOLE_URL, when set. */
  consoleUrl?: string;
  telegram?: { token: string; apiRoot: string; webhookUrl?: string; webhookSecret?: string; perSecond: number };
  zalo?: { appId: string; appSecret: string; oaSecret: string; refreshToken: string; apiRoot: string; oauthRoot: string; perSecond: number };
}

/** Thrown by loadConfig; `message` names every variable to fix, one per line. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Reads the configuration once from `env` (usually process.env). No side effects; throws ConfigError. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join(".") || "(environment)"}: ${i.message}`);
    throw new ConfigError(`Configuration is invalid; set these environment variables:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const problems: string[] = [];
  const officeHours = e.DONDOC_OFFICE_HOURS.split(",").map((r) => {
    const [a = "", b = ""] = r.split("-");
    return [minutes(a), minutes(b)] as [number, number];
  });
  if (officeHours.some(([a, b]) => a >= b || b > 24 * 60)) problems.push("- DONDOC_OFFICE_HOURS: each range must start before it ends, within one day");
  try {
    new Intl.DateTimeFormat("en", { timeZone: e.DONDOC_TIME_ZONE });
  } catch {
    problems.push(`- DONDOC_TIME_ZONE: "${e.DONDOC_TIME_ZONE}" is not an IANA time zone (e.g. Asia/Ho_Chi_Minh)`);
  }
  if (e.TELEGRAM_WEBHOOK_URL && !e.TELEGRAM_WEBHOOK_SECRET) problems.push("- TELEGRAM_WEBHOOK_SECRET: required when TELEGRAM_WEBHOOK_URL is set");
  if ((e.TELEGRAM_WEBHOOK_URL || e.TELEGRAM_WEBHOOK_SECRET) && !e.TELEGRAM_BOT_TOKEN) problems.push("- TELEGRAM_BOT_TOKEN: required when a Telegram webhook is configured");
  const zaloVars = ["ZALO_APP_ID", "ZALO_APP_SECRET", "ZALO_OA_SECRET", "ZALO_REFRESH_TOKEN"] as const;
  const zaloSet = zaloVars.filter((k) => e[k] !== undefined);
  if (zaloSet.length > 0 && zaloSet.length < zaloVars.length) {
    for (const k of zaloVars) if (e[k] === undefined) problems.push(`- ${k}: required when any ZALO_ variable is set (Zalo OA needs all four)`);
  }

  const platform = Boolean(e.TELEGRAM_BOT_TOKEN || e.ZALO_APP_ID);
  if (e.REDIS_TLS_CA_FILE || e.REDIS_TLS_CERT_FILE || e.REDIS_TLS_KEY_FILE) {
    if (!e.REDIS_URL?.startsWith("rediss://")) problems.push("- REDIS_URL: the REDIS_TLS_ files apply to a rediss:// URL only");
  }
  if (Boolean(e.REDIS_TLS_CERT_FILE) !== Boolean(e.REDIS_TLS_KEY_FILE)) problems.push("- REDIS_TLS_CERT_FILE, REDIS_TLS_KEY_FILE: a client certificate needs both");
  if (problems.length) throw new ConfigError(`Configuration is invalid; set these environment variables:\n${problems.join("\n")}`);

  return {
    redisUrl: e.REDIS_URL ?? null,
    redisDir: e.DONDOC_REDIS_DIR,
    redisServerBin: e.REDIS_SERVER_BIN,
    redisTls: {
      rejectUnauthorized: e.REDIS_TLS_REJECT_UNAUTHORIZED === "true",
      ...(e.REDIS_TLS_CA_FILE ? { caFile: e.REDIS_TLS_CA_FILE } : {}),
      ...(e.REDIS_TLS_CERT_FILE ? { certFile: e.REDIS_TLS_CERT_FILE } : {}),
      ...(e.REDIS_TLS_KEY_FILE ? { keyFile: e.REDIS_TLS_KEY_FILE } : {}),
    },
    keyPrefix: e.DONDOC_KEY_PREFIX,
    role: e.DONDOC_ROLE,
    sandbox: e.DONDOC_SANDBOX === undefined ? !platform : e.DONDOC_SANDBOX === "1",
    shutdownMs: e.DONDOC_SHUTDOWN_SECONDS * 1000,
    jobLockMs: e.DONDOC_JOB_LOCK_SECONDS * 1000,
    sendLeaseMs: e.DONDOC_SEND_LEASE_SECONDS * 1000,
    audit: { retentionDays: e.DONDOC_AUDIT_RETENTION_DAYS, dir: e.DONDOC_AUDIT_DIR },
    host: e.HOST,
    ...(e.TELEGRAM_BOT_USERNAME ? { botUsername: e.TELEGRAM_BOT_USERNAME } : {}),
    defaultLocale: e.DONDOC_DEFAULT_LOCALE,
    timeZone: e.DONDOC_TIME_ZONE,
    officeHours,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    fetchUrls: e.DONDOC_FETCH_URLS === "1",
    ...(e.DONDOC_CONSOLE_SECRET ? { consoleSecret: e.DONDOC_CONSOLE_SECRET } : {}),
    ...(e.DONDOC_CONSOLE_URL ? { consoleUrl: e.DONDOC_CONSOLE_URL } : {}),
    ...(e.TELEGRAM_BOT_TOKEN ? {
      telegram: {
        token: e.TELEGRAM_BOT_TOKEN, apiRoot: e.TELEGRAM_API_ROOT, perSecond: e.TELEGRAM_MESSAGES_PER_SECOND,
        ...(e.TELEGRAM_WEBHOOK_URL ? { webhookUrl: e.TELEGRAM_WEBHOOK_URL } : {}),
        ...(e.TELEGRAM_WEBHOOK_SECRET ? { webhookSecret: e.TELEGRAM_WEBHOOK_SECRET } : {}),
      },
    } : {}),
    ...(e.ZALO_APP_ID && e.ZALO_APP_SECRET && e.ZALO_OA_SECRET && e.ZALO_REFRESH_TOKEN ? {
      zalo: {
        appId: e.ZALO_APP_ID, appSecret: e.ZALO_APP_SECRET, oaSecret: e.ZALO_OA_SECRET,
        refreshToken: e.ZALO_REFRESH_TOKEN, apiRoot: e.ZALO_API_ROOT, oauthRoot: e.ZALO_OAUTH_ROOT, perSecond: e.ZALO_MESSAGES_PER_SECOND,
      },
    } : {}),
  };
}
