import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.ts";

describe("loadConfig", () => {
  it("gives working defaults for an empty environment", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ redisUrl: "redis://127.0.0.1:6379", keyPrefix: "dondoc:", defaultLocale: "vi", timeZone: "Asia/Ho_Chi_Minh", port: 8080 });
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
    expect(msg).toContain("TELEGRAM_BOT_TOKEN: the token BotFather gave");
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
