/**
 * Which roster field each column holds, read from its header in Vietnamese or English, any case,
 * with or without diacritics ("Họ và tên", "HO TEN", "Full name", "fullName").
 */
import type { Official } from "../model.ts";
import { plainWords } from "./unit-name.ts";

/** Roster columns: every field of an official but `active` and `webChatId`, which the store keeps. */
export type Field = Exclude<keyof Official, "active" | "webChatId">;

/** Headers per field, as plain folded words (see plainWords); camelCase keys of a JSON export included. */
export const COLUMN_HEADERS: Readonly<Record<Field, readonly string[]>> = {
  id: ["id", "ma", "ma can bo", "ma so", "ma dinh danh", "official id"],
  fullName: ["full name", "fullname", "name", "ho va ten", "ho ten", "ten"],
  title: ["title", "chuc vu", "chuc danh", "position"],
  unit: ["unit", "don vi", "co quan", "co quan don vi", "don vi cong tac", "organisation", "organization"],
  unitType: ["unit type", "unittype", "type", "loai don vi", "loai co quan", "loai"],
  supervisorId: ["supervisor", "supervisor id", "supervisorid", "cap tren", "ma cap tren", "cap tren id", "id cap tren"],
  locale: ["locale", "language", "lang", "ngon ngu"],
  role: ["role", "vai tro"],
  telegramChatId: ["telegram", "telegram chat id", "telegramchatid", "telegram id", "ma telegram"],
  zaloUserId: ["zalo", "zalo user id", "zalouserid", "zalo id", "ma zalo"],
};

/** Columns an import cannot do without. */
export const REQUIRED_FIELDS: readonly Field[] = ["id", "fullName", "title", "unit"];

/** Columns Excel sheets often carry that we knowingly ignore, without a warning: row numbers, notes. */
export const IGNORED_HEADERS: readonly string[] = ["stt", "so tt", "ghi chu", "note", "notes"];

/** How a field is named in messages: the Vietnamese header and the English one. */
export const FIELD_LABELS: Readonly<Record<Field, { vi: string; en: string }>> = {
  id: { vi: "Mã", en: "id" },
  fullName: { vi: "Họ và tên", en: "full name" },
  title: { vi: "Chức vụ", en: "title" },
  unit: { vi: "Đơn vị", en: "unit" },
  unitType: { vi: "Loại đơn vị", en: "unit type" },
  supervisorId: { vi: "Cấp trên", en: "supervisor" },
  locale: { vi: "Ngôn ngữ", en: "locale" },
  role: { vi: "Vai trò", en: "role" },
  telegramChatId: { vi: "Telegram", en: "Telegram chat id" },
  zaloUserId: { vi: "Zalo", en: "Zalo user id" },
};

const FIELD_BY_HEADER: ReadonlyMap<string, Field> = new Map(
  (Object.entries(COLUMN_HEADERS) as Array<[Field, readonly string[]]>).flatMap(([field, names]) => names.map((n) => [n, field] as const)),
);

/** The field a header names, "ignored" for known extras, or null; "Cấp trên (mã)" reads as "cấp trên mã" or "cấp trên". */
export function fieldOfHeader(header: string): Field | "ignored" | null {
  const candidates = [plainWords(header), plainWords(header.replace(/\([^)]*\)/g, " "))];
  for (const c of candidates) {
    const field = FIELD_BY_HEADER.get(c);
    if (field) return field;
    if (IGNORED_HEADERS.includes(c)) return "ignored";
  }
  return null;
}
