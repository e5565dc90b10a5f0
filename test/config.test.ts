import { describe, expect, it } from "vitest";
import { ConfigError, ENV_VARIABLES, loadConfig } from "../src/config.ts";

describe("loadConfig", () => {
  it("gives working defaults for an empty environment", () => {
    const c = loadConfig({});
    // No REDIS_URL: the embedded redis-server under var/redis, never whatever listens on 6379.
    expect(c).toMatchObject({ redisUrl: null, redisDir: "var/redis", keyPrefix: "dondoc:", defaultLocale: "vi", timeZone: "Asia/Ho_Chi_Minh", port: 8080, role: "all", sandbox: true });
    expect(c.officeHours).toEqual([[450, 690], [810, 1020]]);
    expect(c.telegram).toBeUndefined();
    expect(c.zalo).toBeUndefined();
  });

  it("names every variable to fix, and what it expects", () => {
    let err: unknown;
    try {
      loadConfig({ REDIS_URL: "localhost", TELEGRAM_BOT_TOKEN: "abc", DONDOC_OFFICE_HOURS: "8h-17h", ZALO_APP_ID: "1" });
    } catch (e) { err = e; }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    expect(msg).toContain("REDIS_URL");
    expect(msg).toContain("TELEGRAM_BOT_TOKEN: the token BotFather gave: the bot's number, a colon, then 20 or more of A-Z a-z 0-9 _ -");
    expect(msg).toContain("DONDOC_OFFICE_HOURS: ranges like 07:30-11:30,13:30-17:00");
  });

  it("requires all four Zalo variables together, and a secret with a Telegram webhook", () => {
    expect(() => loadConfig({ ZALO_APP_ID: "1", ZALO_APP_SECRET: "s" })).toThrow(/ZALO_OA_SECRET: required when any ZALO_ variable is set[\s\S]*ZALO_REFRESH_TOKEN/);
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: "123:abcdefghijklmnopqrstuvwxyz", TELEGRAM_WEBHOOK_URL: "https://x.example/tg" })).toThrow(/TELEGRAM_WEBHOOK_SECRET: required/);
    expect(() => loadConfig({ DONDOC_TIME_ZONE: "Hanoi/Nowhere" })).toThrow(/DONDOC_TIME_ZONE: "Hanoi\/Nowhere" is not an IANA time zone/);
  });

  it("treats empty variables as unset and parses what is set", () => {
    const c = loadConfig({ TELEGRAM_BOT_TOKEN: "123:abcdefghijklmnopqrstuvwxyz", TELEGRAM_WEBHOOK_URL: "", ZALO_APP_ID: "", DONDOC_OFFICE_HOURS: "08:00-12:00", PORT: "9000" });
    expect(c.telegram).toEqual({ token: "123:abcdefghijklmnopqrstuvwxyz", apiRoot: "https://api.telegram.org", perSecond: 25 });
    expect(c.officeHours).toEqual([[480, 720]]);
    expect(c.port).toBe(9000);
  });

  it("says each rule: the secret's alphabet, a key prefix BullMQ can use, a Redis URL", () => {
    const msg = (env: Record<string, string>) => { try { loadConfig(env); return ""; } catch (e) { return (e as Error).message; } };
    expect(msg({ TELEGRAM_BOT_TOKEN: "123:abcdefghijklmnopqrstuvwxyz", TELEGRAM_WEBHOOK_URL: "https://x.example/tg", TELEGRAM_WEBHOOK_SECRET: "has space" }))
      .toContain("TELEGRAM_WEBHOOK_SECRET: 1–256 characters, only A-Z a-z 0-9 _ - (Telegram's rule for secret_token)");
    for (const bad of ["dondoc", "don:doc:", "dondoc :", "{dondoc:", "a".repeat(49) + ":"]) {
      expect(msg({ DONDOC_KEY_PREFIX: bad })).toContain("DONDOC_KEY_PREFIX: 1–48 letters, digits, _ . - then one colon");
    }
    expect(loadConfig({ DONDOC_KEY_PREFIX: "{dondoc}:" }).keyPrefix).toBe("{dondoc}:");
    expect(msg({ REDIS_URL: "http://127.0.0.1:6379" })).toContain("REDIS_URL: a URL like redis://host:6379/0 or rediss://");
    expect(msg({ TELEGRAM_BOT_USERNAME: "@dondoc_bot" })).toContain("TELEGRAM_BOT_USERNAME: the bot's username without @");
    expect(msg({ REDIS_URL: "redis://h:6379", REDIS_TLS_CA_FILE: "/ca.pem" })).toContain("REDIS_URL: the REDIS_TLS_ files apply to a rediss:// URL only");
  });

  it("turns the sandbox on without a platform (or with DONDOC_SANDBOX=1), off with one; takes a role", () => {
    expect(loadConfig({}).sandbox).toBe(true);
    expect(loadConfig({ DONDOC_SANDBOX: "0" }).sandbox).toBe(false);
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: "123:abcdefghijklmnopqrstuvwxyz" }).sandbox).toBe(false);
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: "123:abcdefghijklmnopqrstuvwxyz", DONDOC_SANDBOX: "1" }).sandbox).toBe(true);
    expect(loadConfig({ DONDOC_ROLE: "worker" }).role).toBe("worker");
    expect(loadConfig({ REDIS_URL: "rediss://u:p@redis.example:6380", REDIS_TLS_REJECT_UNAUTHORIZED: "false" }).redisTls).toEqual({ rejectUnauthorized: false });
  });
});

describe(".env.example", () => {
  it("lists every variable loadConfig reads, and its defaults load", async () => {
    const { readFile } = await import("node:fs/promises");
    const text = await readFile(new URL("../.env.example", import.meta.url), "utf8");
    const listed = new Map([...text.matchAll(/^([A-Z][A-Z0-9_]*)=(.*)$/gm)].map((m) => [m[1]!, m[2]!]));
    expect(ENV_VARIABLES.filter((v) => !listed.has(v))).toEqual([]);
    expect(() => loadConfig(Object.fromEntries(listed))).not.toThrow();
  });
});

describe("DONDOC_FETCH_URLS", () => {
  it("leaves link fetching off unless it is 1", () => {
    expect(loadConfig({}).fetchUrls).toBe(false);
    expect(loadConfig({ DONDOC_FETCH_URLS: "" }).fetchUrls).toBe(false);
    expect(loadConfig({ DONDOC_FETCH_URLS: "0" }).fetchUrls).toBe(false);
    expect(loadConfig({ DONDOC_FETCH_URLS: "1" }).fetchUrls).toBe(true);
  });

  it("names the variable and its values when set to anything else", () => {
    expect(() => loadConfig({ DONDOC_FETCH_URLS: "yes" })).toThrow(/DONDOC_FETCH_URLS: 0 \(default: links are not fetched\) or 1/);
  });
});
