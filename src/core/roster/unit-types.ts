/**
 * Unit types as admins write them ("Sở", "so", "Ban, ngành", "TP", "Huyện ủy") folded to the
 * UnitType union, and the type a unit name implies when the sheet leaves the column blank.
 */
import type { UnitType } from "../model.ts";
import { canonicalUnitName, plainWords } from "./unit-name.ts";

/** What admins write in the unit-type column, as plain folded words, → the type. */
export const UNIT_TYPE_WORDS: Readonly<Record<string, UnitType>> = {
  so: "sở",
  "ban nganh": "ban ngành",
  ban: "ban ngành",
  nganh: "ban ngành",
  huyen: "huyện",
  "thanh pho": "thành phố",
  tp: "thành phố",
  "thi xa": "thị xã",
  tx: "thị xã",
  xa: "xã",
  phuong: "phường",
  "dac khu": "đặc khu",
  "huyen uy": "huyện ủy",
  "thanh uy": "thành ủy",
  tinh: "tỉnh",
  "cap tinh": "tỉnh",
  khac: "khác",
};

/** The unit-type cell → its type, or null when it names none of them. */
export function unitTypeOf(cell: string): UnitType | null {
  return UNIT_TYPE_WORDS[plainWords(cell)] ?? null;
}

/**
 * Beginnings of canonical unit names that imply their type, most specific first:
 * "UBND huyện Ba Bể" is a huyện, "Văn phòng UBND tỉnh" a ban ngành, "UBND tỉnh" the tỉnh.
 */
export const UNIT_NAME_TYPES: ReadonlyArray<readonly [RegExp, UnitType]> = [
  [/^so /, "sở"],
  [/^ubnd huyen /, "huyện"],
  [/^ubnd thanh pho /, "thành phố"],
  [/^ubnd thi xa /, "thị xã"],
  [/^ubnd xa /, "xã"],
  [/^ubnd phuong /, "phường"],
  [/^ubnd dac khu /, "đặc khu"],
  [/^huyen uy /, "huyện ủy"],
  [/^thanh uy /, "thành ủy"],
  [/^ubnd tinh\b/, "tỉnh"],
  /** Provincial boards and agencies: Ban Dân tộc, Công an tỉnh, Thanh tra tỉnh, Văn phòng UBND tỉnh… */
  [/^(?:ban |cong an tinh|bo chi huy|thanh tra tinh|van phong (?:ubnd|hdnd|doan)|kho bac nha nuoc tinh)/, "ban ngành"],
];

/** The type a unit's name implies, or null: "UBND xã Ba Bể" → xã. */
export function unitTypeFromName(unit: string): UnitType | null {
  const name = canonicalUnitName(unit);
  for (const [pattern, type] of UNIT_NAME_TYPES) if (pattern.test(name)) return type;
  return null;
}
