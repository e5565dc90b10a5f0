/**
 * One canonical spelling per unit name, so that what a notice writes matches what the roster holds:
 * no diacritics or case, "Ủy ban nhân dân" = "UBND", "TP" = "thành phố", "Sở KH-ĐT" = "Sở Kế hoạch
 * và Đầu tư", and "và", commas, dashes and "&" ignored ("Sở Văn hóa, Thể thao và Du lịch").
 */
import { fold, normalizeText } from "../text/fold.ts";
import { DEPARTMENT_ABBREVIATIONS, WORD_ABBREVIATIONS } from "./abbreviations.ts";

/** Folded text with punctuation turned to spaces and spaces collapsed. */
export function plainWords(text: string): string {
  return fold(normalizeText(text)).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** "khdt" → the folded full name, for each department abbreviation. */
const DEPARTMENT_BY_COMPACT: ReadonlyMap<string, string> = new Map(
  DEPARTMENT_ABBREVIATIONS.map((a) => [plainWords(a.short).replace(/ /g, ""), a.full]),
);

/** "Sở KH-ĐT" → "Sở Kế hoạch và Đầu tư"; anything else unchanged. */
export function expandDepartment(name: string): string {
  const m = /^\s*(?:sở|so)\s+(.+)$/iu.exec(normalizeText(name));
  if (!m) return name;
  const compact = plainWords(m[1]!).replace(/ /g, "");
  return DEPARTMENT_BY_COMPACT.get(compact) ?? name;
}

/** The canonical form used to compare unit names: "so ke hoach dau tu", "ubnd huyen ba be". */
export function canonicalUnitName(name: string): string {
  let words = ` ${plainWords(expandDepartment(name))} `;
  for (const [pattern, replacement] of WORD_ABBREVIATIONS) words = words.replace(pattern, replacement);
  return words.replace(/ va /g, " ").replace(/\s+/g, " ").trim();
}
