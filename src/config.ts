import { z } from "zod";

/** Variables that may be set to the empty string count as unset (a common .env habit). */
const optional = z.string().trim().optional().transform((v) => (v === "" ? undefined : v));

const EnvSchema = z.object({
  /** Redis holding the queue and, under DONDOC_KEY_PREFIX, the store. Default redis://127.0.0.1:6379. */
  REDIS_URL: z.string().url().default("redis://127.0.0.1:6379"),
  /** Prefix of every key dondoc writes. Default "dondoc:". */
  DONDOC_KEY_PREFIX: z.string().min(1).regex(/^[A-Za-z0-9_.-]+:$/, "letters, digits, _ . - and a trailing colon, e.g. dondoc:").default("dondoc:"),
  /** Locale of a recipient who has none of their own: vi (default) or en. */
  DONDOC_DEFAULT_LOCALE: z.enum(["vi", "en"]).default("vi"),
  /** IANA time zone reminders are planned in. Default Asia/Ho_Chi_Minh. */
  DONDOC_TIME_ZONE: z.string().default("Asia/Ho_Chi_Minh"),
  /** Office hours as HH:mm-HH:mm ranges, comma separated. Default 07:30-11:30,13:30-17:00. */
  DONDOC_OFFICE_HOURS: z.string().regex(/^\d{2}:\d{2}-\d{2}:\d{2}(,\d{2}:\d{2}-\d{2}:\d{2})*$/, "ranges like 07:30-11:30,13:30-17:00").default("07:30-11:30,13:30-17:00"),
  /** Port of the HTTP server (webhooks, health). Default 8080; 0 picks a free port (tests). */
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** Log level: debug, info (default), warn, error. */
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /**
   * 1: links given to the CLI or sent in chat (a portal post, an attachment) are fetched from the Internet;
   * 0 (default): refused with a message, for closed networks where the server must not reach out.
   */
  DONDOC_FETCH_URLS: optional.pipe(z.enum(["0", "1"], { message: "0 (default: links are not fetched) or 1 (fetch links to portal posts)" }).optional()),

  TELEGRAM_BOT_TOKEN: optional.pipe(z.string().regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "the token BotFather gave, like 123456:ABC-DEF…").optional()),
  /** Bot API server; default the official one. Tests and private Bot API servers set their own. */
  TELEGRAM_API_ROOT: z.string().url().default("https://api.telegram.org"),
  /** When set, Telegram updates come by webhook at this URL instead of long polling. */
  TELEGRAM_WEBHOOK_URL: optional.pipe(z.string().url().optional()),
  TELEGRAM_WEBHOOK_SECRET: optional.pipe(z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, "1–256 characters of A-Z a-z 0-9 _ -").optional()),

  /** Messages per second overall on Telegram (its limit is about 30). Default 25. */
  TELEGRAM_MESSAGES_PER_SECOND: z.coerce.number().positive().max(30).default(25),
  /** Messages per second overall on Zalo OA (Zalo publishes no figure). Default 10. */
  ZALO_MESSAGES_PER_SECOND: z.coerce.number().positive().max(1000).default(10),
  ZALO_APP_ID: optional,
  ZALO_APP_SECRET: optional,
  ZALO_OA_SECRET: optional,
  ZALO_REFRESH_TOKEN: optional,
  ZALO_API_ROOT: z.string().url().default("https://openapi.zalo.me"),
  ZALO_OAUTH_ROOT: z.string().url().default("https://oauth.zaloapp.com"),
});

export type Env = z.input<typeof EnvSchema>;

export interface Config {
  redisUrl: string;
  keyPrefix: string;
  defaultLocale: "vi" | "en";
  timeZone: string;
  /** Office hours as minutes after local midnight, e.g. [[450, 690], [810, 1020]]. */
  officeHours: Array<[startMinute: number, endMinute: number]>;
  port: number;
  logLevel: "debug" | "info" | "warn" | "error";
  /** DONDOC_FETCH_URLS=1: intake may fetch links. Default false. */
  fetchUrls: boolean;
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
  if (problems.length) throw new ConfigError(`Configuration is invalid; set these environment variables:\n${problems.join("\n")}`);

  return {
    redisUrl: e.REDIS_URL,
    keyPrefix: e.DONDOC_KEY_PREFIX,
    defaultLocale: e.DONDOC_DEFAULT_LOCALE,
    timeZone: e.DONDOC_TIME_ZONE,
    officeHours,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    fetchUrls: e.DONDOC_FETCH_URLS === "1",
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
