/**
 * The grammar of an assignee group as a notice writes it: an optional TITLE, then either ONE unit
 * ("Sở Tài chính") or a SET of units by type ("các sở, ban, ngành", "UBND các huyện, thành phố",
 * "Huyện ủy, Thành ủy"). Everything runs on plain folded words (see plainWords).
 */
import type { UnitType } from "../model.ts";

/** Unit kinds a group can name: the UnitType union, plus two older kinds the union lacks. */
export type UnitKind = UnitType | "thị trấn" | "thị ủy";

export interface GroupTitle {
  /** The head title the group asks for, or null for whoever heads the unit. */
  head: string | null;
  /** A word the title carries that belongs to the unit's name: "Chánh Văn phòng UBND tỉnh". */
  unitWord: string | null;
}

/** Titles a group may open with, longest first; each with the head title it selects. */
export const GROUP_TITLES: ReadonlyArray<readonly [string, GroupTitle]> = [
  ["chanh van phong", { head: "chanh van phong", unitWord: "van phong" }],
  ["chanh thanh tra", { head: "chanh thanh tra", unitWord: "thanh tra" }],
  ["chi huy truong", { head: "chi huy truong", unitWord: null }],
  /** "Người đứng đầu", "Thủ trưởng", "Lãnh đạo": whoever heads each unit, whatever the title. */
  ["nguoi dung dau", { head: null, unitWord: null }],
  ["thu truong", { head: null, unitWord: null }],
  ["lanh dao", { head: null, unitWord: null }],
  ["truong ban", { head: "truong ban", unitWord: "ban" }],
  ["giam doc", { head: "giam doc", unitWord: null }],
  ["chu tich", { head: "chu tich", unitWord: null }],
  ["bi thu", { head: "bi thu", unitWord: null }],
];

/** Words of a set, longest first → the kinds they name; null marks a vague word (nobody in particular). */
export const SET_WORDS: ReadonlyArray<readonly [string, readonly UnitKind[] | null]> = [
  ["ban nganh", ["ban ngành"]],
  ["thanh pho", ["thành phố"]],
  ["thi xa", ["thị xã"]],
  ["thi tran", ["thị trấn"]],
  ["dac khu", ["đặc khu"]],
  ["huyen uy", ["huyện ủy"]],
  ["thanh uy", ["thành ủy"]],
  ["thi uy", ["thị ủy"]],
  ["dia phuong", null],
  ["co quan", null],
  ["don vi", null],
  ["to chuc", null],
  ["doanh nghiep", null],
  ["chu dau tu", null],
  ["ca nhan", null],
  ["doan the", null],
  ["so", ["sở"]],
  ["ban", ["ban ngành"]],
  ["nganh", ["ban ngành"]],
  ["huyen", ["huyện"]],
  ["tp", ["thành phố"]],
  ["xa", ["xã"]],
  ["phuong", ["phường"]],
  ["phong", null],
  ["truong", null],
];

/** Words joining the members of a set: "các huyện và thành phố", "các sở và các ban, ngành". */
const JOINERS = new Set(["va", "hoac", "cung", "cac"]);

/** Trailing words that narrow nothing in a provincial roster: "các sở, ban, ngành cấp tỉnh". */
export const NEUTRAL_TAIL = / (?:cap tinh|thuoc tinh|truc thuoc ubnd tinh|tren dia ban tinh|trong tinh|tren dia ban)$/;

/** Trailing words that make a set vague: "các sở, ngành liên quan" does not say which. */
export const VAGUE_TAIL = / (?:co lien quan|lien quan|duoc giao|duoc phan cong)$/;

/** Naming both huyện and thành phố means the whole district level, so thị xã too. */
export const DISTRICT_LEVEL: readonly UnitKind[] = ["huyện", "thị xã", "thành phố"];

/** The head title a group opens with, and the words after it. */
export function readTitle(words: string): { title: GroupTitle | null; rest: string } {
  for (const [prefix, title] of GROUP_TITLES) {
    if (words === prefix || words.startsWith(`${prefix} `)) return { title, rest: words.slice(prefix.length).trim() };
  }
  return { title: null, rest: words };
}

export type UnitSet =
  | { kind: "set"; org: string | null; kinds: UnitKind[] }
  | { kind: "vague" };

/**
 * The set of units named by `rest` (title already removed), or null when it names no set.
 * `org` is the organisation before "các" other than UBND ("Công an các huyện"), else null.
 */
export function readSet(rest: string): UnitSet | null {
  let words = ` ${rest}`;
  if (VAGUE_TAIL.test(words)) return { kind: "vague" };
  while (NEUTRAL_TAIL.test(words)) words = words.replace(NEUTRAL_TAIL, "");
  const cac = words.indexOf(" cac ");
  const hasCac = cac >= 0;
  const orgWords = hasCac ? words.slice(0, cac).trim() : "";
  const list = (hasCac ? words.slice(cac + 5) : words).trim().split(" ").filter(Boolean);
  const kinds: UnitKind[] = [];
  let vague = false;
  let members = 0;
  for (let i = 0; i < list.length;) {
    if (JOINERS.has(list[i]!)) { i++; continue; }
    const match = SET_WORDS.find(([w]) => list.slice(i, i + w.split(" ").length).join(" ") === w);
    if (!match) return null;
    members++;
    if (match[1] === null) vague = true;
    else for (const k of match[1]) if (!kinds.includes(k)) kinds.push(k);
    i += match[0].split(" ").length;
  }
  // Without "các" a set needs two members ("Huyện ủy, Thành ủy"); "UBND huyện" alone is one unit.
  if (members === 0 || (!hasCac && members < 2)) return null;
  if (vague) return { kind: "vague" };
  if (kinds.includes("huyện") && kinds.includes("thành phố")) for (const k of DISTRICT_LEVEL) if (!kinds.includes(k)) kinds.push(k);
  return { kind: "set", org: orgWords === "" || orgWords === "ubnd" ? null : orgWords, kinds };
}
