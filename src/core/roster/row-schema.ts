/**
 * The zod schema of one roster row, after its columns are mapped to fields. Each failing field
 * reports a code of CELL_PROBLEMS as its message; the caller turns it into the admin's sentence.
 */
import { z } from "zod";
import type { Locale } from "../model.ts";
import { normalizeText } from "../text/fold.ts";
import type { CellProblem } from "./messages.ts";
import { plainWords } from "./unit-name.ts";

const problem = (code: CellProblem): { error: CellProblem } => ({ error: code });

/** Ids end up in store keys and job ids: no spaces, and none of the ":" and "~" those use as separators. */
export const OFFICIAL_ID = /^[\p{L}\p{N}._-]+$/u;

/** A cell as text: NFC, spaces collapsed, trimmed; JSON numbers accepted when exact, null = empty. */
const cell = z.unknown().transform((value, ctx): string => {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return normalizeText(value).replace(/\s+/g, " ").trim();
  if (typeof value === "number" && Number.isFinite(value)) {
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      ctx.issues.push({ code: "custom", message: "unsafe_number", input: value });
      return z.NEVER;
    }
    return String(value);
  }
  ctx.issues.push({ code: "custom", message: "not_text", input: value });
  return z.NEVER;
});

const required = cell.pipe(z.string().min(1, problem("empty")));
const optional = cell.transform((s) => (s === "" ? null : s));

/** Ways of writing each locale, as plain folded words; an empty cell means Vietnamese. */
export const LOCALE_WORDS: Readonly<Record<string, Locale>> = {
  "": "vi", vi: "vi", vn: "vi", "vi vn": "vi", "tieng viet": "vi", vietnamese: "vi",
  en: "en", "en us": "en", "en gb": "en", "tieng anh": "en", english: "en",
};

/** Ways of writing each role; an empty cell means a leader. */
export const ROLE_WORDS: Readonly<Record<string, "leader" | "admin">> = {
  "": "leader", leader: "leader", "lanh dao": "leader",
  admin: "admin", administrator: "admin", "quan tri": "admin", "quan tri vien": "admin",
};

const fromTable = <T>(table: Readonly<Record<string, T>>, code: CellProblem) =>
  cell.transform((s, ctx): T => {
    const found = table[plainWords(s)];
    if (found === undefined) {
      ctx.issues.push({ code: "custom", message: code, input: s });
      return z.NEVER;
    }
    return found;
  });

export const RosterRow = z.object({
  id: required.pipe(z.string().regex(OFFICIAL_ID, problem("bad_id"))),
  fullName: required,
  title: required,
  unit: required,
  /** Folded to a UnitType by the caller, which also warns about what it cannot read. */
  unitType: cell,
  supervisorId: optional.pipe(z.string().regex(OFFICIAL_ID, problem("bad_id")).nullable()),
  locale: fromTable(LOCALE_WORDS, "bad_locale"),
  role: fromTable(ROLE_WORDS, "bad_role"),
  /** Private chats are positive, groups negative ("-100…"). */
  telegramChatId: optional.pipe(z.string().regex(/^-?\d{1,20}$/, problem("not_integer")).nullable()),
  zaloUserId: optional.pipe(z.string().regex(/^\d{1,25}$/, problem("not_digits")).nullable()),
});

export type RosterRow = z.infer<typeof RosterRow>;
