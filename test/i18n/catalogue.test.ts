import { describe, expect, it } from "vitest";
import { catalogueKeys, LOCALES, rawMessage, type Locale } from "../../src/i18n/catalogue.ts";
import { compileTemplate } from "../../src/i18n/template.ts";

/** Telegram rejects longer texts (Bot API sendMessage: 1–4096 characters). */
const TELEGRAM_TEXT_LIMIT = 4096;
/** Bot API BotCommand.description: 1–256 characters. */
const TELEGRAM_COMMAND_DESCRIPTION_LIMIT = 256;
/** A letter only Vietnamese spelling has: a vowel with a diacritic, or đ. */
const VIETNAMESE_LETTER = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
/** vi values allowed to have no Vietnamese letter or to equal English (none today; add with a reason). */
const NOT_VIETNAMESE_ALLOWED = new Set<string>();

const msg = (locale: Locale, key: string): string => rawMessage(locale, key)!;
const viKeys = catalogueKeys("vi");

describe("vi and en catalogues", () => {
  it("have exactly the same keys", () => {
    const en = new Set(catalogueKeys("en"));
    const vi = new Set(viKeys);
    expect({
      onlyInVi: viKeys.filter((k) => !en.has(k)),
      onlyInEn: [...en].filter((k) => !vi.has(k)),
    }).toEqual({ onlyInVi: [], onlyInEn: [] });
  });

  it("use the same placeholders for each key, and every template parses", () => {
    const mismatched = viKeys
      .map((key) => ({
        key,
        vi: compileTemplate(msg("vi", key)).names.sort(),
        en: compileTemplate(msg("en", key)).names.sort(),
      }))
      .filter((m) => m.vi.join() !== m.en.join());
    expect(mismatched).toEqual([]);
  });

  it("have no empty message", () => {
    const empty = LOCALES.flatMap((l) => catalogueKeys(l).filter((k) => msg(l, k).trim() === "").map((k) => `${l}:${k}`));
    expect(empty).toEqual([]);
  });

  it("keep every template within Telegram's 4096 characters", () => {
    const tooLong = LOCALES.flatMap((l) =>
      catalogueKeys(l).filter((k) => msg(l, k).length > TELEGRAM_TEXT_LIMIT).map((k) => `${l}:${k}`),
    );
    expect(tooLong).toEqual([]);
  });

  it("are stored in NFC, as normalizeText leaves the text leaders send", () => {
    const notNfc = LOCALES.flatMap((l) =>
      catalogueKeys(l).filter((k) => msg(l, k) !== msg(l, k).normalize("NFC")).map((k) => `${l}:${k}`),
    );
    expect(notNfc).toEqual([]);
  });
});

describe("the Vietnamese catalogue", () => {
  it("has no leftover English: each value has a Vietnamese letter and differs from English", () => {
    const suspicious = viKeys.filter(
      (k) => !NOT_VIETNAMESE_ALLOWED.has(k) && (!VIETNAMESE_LETTER.test(msg("vi", k)) || msg("vi", k) === msg("en", k)),
    );
    expect(suspicious).toEqual([]);
  });

  it("addresses officials as Đồng chí, never with the familiar 'bạn'", () => {
    const familiar = viKeys.filter((k) => /(?<!\p{L})bạn(?!\p{L})/iu.test(msg("vi", k)));
    expect(familiar).toEqual([]);
  });

  it("closes every letter that opens with 'Kính gửi Đồng chí' with 'Trân trọng.', and English likewise", () => {
    const letters = viKeys.filter((k) => msg("vi", k).startsWith("Kính gửi Đồng chí"));
    expect(letters.length).toBeGreaterThan(5);
    const unclosed = letters.filter(
      (k) =>
        !msg("vi", k).endsWith("Trân trọng.") ||
        !msg("en", k).startsWith("Dear Comrade") ||
        !msg("en", k).endsWith("Respectfully."),
    );
    expect(unclosed).toEqual([]);
  });
});

describe("consistency between messages", () => {
  it.each(LOCALES)("%s: messages name the buttons the user actually sees", (l) => {
    expect(msg(l, "extension.request_admin")).toContain(`“${msg(l, "buttons.approve")}”`);
    expect(msg(l, "extension.request_admin")).toContain(`“${msg(l, "buttons.refuse")}”`);
    expect(msg(l, "admin.import.preview")).toContain(`“${msg(l, "buttons.confirm")}”`);
    expect(msg(l, "admin.import.preview")).toContain(`“${msg(l, "buttons.cancel")}”`);
  });

  it.each(LOCALES)("%s: the report lines carry the four official buckets by their catalogue names", (l) => {
    const buckets = ["on_time", "late", "open_in_time", "open_overdue"].map((b) => msg(l, `admin.report.buckets.${b}`));
    for (const key of ["admin.report.unit", "admin.report.overall"]) {
      for (const label of buckets) expect(msg(l, key)).toContain(`${label}: `);
    }
  });

  it("uses the official Vietnamese bucket names", () => {
    expect(["on_time", "open_overdue", "open_in_time", "late"].map((b) => msg("vi", `admin.report.buckets.${b}`)))
      .toEqual(["Đúng hạn", "Quá hạn", "Trong hạn", "Hoàn thành quá hạn"]);
  });

  it("only mentions slash commands that are in the command menu", () => {
    const menu = new Set(viKeys.filter((k) => k.startsWith("commands.")).map((k) => `/${k.slice("commands.".length)}`));
    const unknown = LOCALES.flatMap((l) =>
      catalogueKeys(l).flatMap((k) =>
        [...msg(l, k).matchAll(/(?<![\w/])\/[a-z_]+/g)].map((m) => m[0]).filter((c) => !menu.has(c)).map((c) => `${l}:${k}:${c}`),
      ),
    );
    expect(unknown).toEqual([]);
  });

  it("has a command menu Telegram accepts: names a-z0-9_ up to 32, descriptions up to 256", () => {
    const commands = viKeys.filter((k) => k.startsWith("commands."));
    expect(commands.map((k) => k.slice(9)).sort()).toEqual(["baocao", "giahan", "help", "hoantac", "moi", "molai", "nhiemvu", "phatthanh", "quahan", "reopen", "start", "tasks", "undo"]);
    for (const k of commands) {
      expect(k.slice(9)).toMatch(/^[a-z0-9_]{1,32}$/);
      for (const l of LOCALES) expect(msg(l, k).length).toBeLessThanOrEqual(TELEGRAM_COMMAND_DESCRIPTION_LIMIT);
    }
  });

  it("asks in the weekly prompt for replies in the form the leader can type", () => {
    expect(msg("vi", "prompt.weekly")).toContain("“1 xong”");
    expect(msg("vi", "prompt.weekly")).toContain("“2 đạt 50%”");
    expect(msg("vi", "prompt.weekly")).toContain("xin gia hạn đến 30/6”");
    expect(msg("vi", "error.redis_down")).toBe("Hệ thống đang bận, xin Đồng chí thử lại sau ít phút.");
  });
});
