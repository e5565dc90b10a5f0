/**
 * Lists that name a kind of unit once and then the units: "Các Sở: Tài chính, Xây dựng, Nội vụ", "các sở Tài
 * chính và Nội vụ", "Giám đốc các Sở: Nội vụ, Tư pháp", "UBND các huyện: Ba Bể, Chợ Đồn và Pác Nặm". Each unit
 * becomes an assignee of its own, as the roster names it: "Sở Tài chính", "Giám đốc Sở Nội vụ", "UBND huyện Ba Bể".
 */
import { fold } from "../text/fold.ts";
import { DEPARTMENT_NAMES, UNIT_LIST_HEAD, UNIT_LIST_SINGULAR } from "./grammar-reports.ts";

/** A listed name that is a unit of its own, not a department after "Sở": "các Sở, ngành: Công an tỉnh, Y tế". Folded. */
const LEVEL_NAME = /^(?:thanh pho|tinh|thi xa|huyen|quan|thu do)\b/;
const OWN_HEAD = /^(?:cong an|ban|bo chi huy|ubnd|uy ban|van phong|thanh tra|kho bac|cuc|chi cuc|dai|bao|trung tam|ngan hang|bao hiem)\b/;

/** A place named with its own level: "TP Bến Tre", "thị xã Ninh Hòa". Folded. */
const OWN_LEVEL = /^(?:tp\.?|thanh pho|thi xa|thi tran|quan|huyen)\s/;

/** Listed kinds whose units are places, named in capitals only. Folded kind. */
const PLACE_KINDS = /^(?:huyen|quan|xa|phuong|thi xa|thanh pho)$/;

const isUpper = (ch: string | undefined): boolean => !!ch && ch !== ch.toLowerCase() && ch === ch.toUpperCase();

export interface ListedUnits {
  units: string[];
  /** Index in the text just after the last name. */
  end: number;
}

/** A department's name at `at` from DEPARTMENT_NAMES ("Kế hoạch và Đầu tư", "Văn hóa, Thể thao và Du lịch"), or 0. */
function knownNameLength(folded: string, at: number): number {
  for (const name of DEPARTMENT_NAMES) {
    if (folded.startsWith(name, at) && !/[\p{L}\p{N}]/u.test(folded[at + name.length] ?? "")) return name.length;
  }
  return 0;
}

/**
 * Names from `from`: a known department name, or capitalised words with the lower-case syllables that follow each
 * ("Xây dựng", "Ba Bể"), separated by "," or "và", until a lower-case word after a separator, a ";", ":", "." or `limit`.
 * `isVerb(at)` tells whether a lower-case word at `at` ends the name ("Nội vụ phối hợp …").
 */
export function readNames(orig: string, folded: string, from: number, limit: number, isVerb: (at: number) => boolean, places = false): ListedUnits | null {
  const names: string[] = [];
  let pos = from;
  let end = from;
  while (pos < limit) {
    while (orig[pos] === " ") pos++;
    // A district may be numbered: "các quận 1, 3, Tân Bình".
    if (!isUpper(orig[pos]) && !/\d/.test(orig[pos] ?? "")) break;
    let stop = pos + knownNameLength(folded, pos);
    if (stop === pos) {
      // Word by word: a capitalised word, then lower-case syllables until a verb or a separator.
      const word = /^\S+/;
      for (let at = pos; at < limit;) {
        const w = word.exec(orig.slice(at, limit))?.[0];
        if (!w) break;
        // A place's name is capitalised throughout ("Phú Nhuận"): a lower-case word after it is the verb ("… phát động …").
        if (at > pos && !isUpper(orig[at]) && (places || /^va$/.test(folded.slice(at, at + w.length)) || isVerb(at))) break;
        const clean = w.replace(/[,;:.()]+$/, "");
        stop = at + clean.length;
        if (clean.length < w.length) break;
        at += w.length;
        while (orig[at] === " ") at++;
      }
    }
    if (stop <= pos) break;
    names.push(orig.slice(pos, stop).trim());
    end = stop;
    // The separator: ",", "và", ", và".
    const sep = /^\s*(?:,\s*(?:va\s+)?|va\s+)/.exec(folded.slice(stop, stop + 8));
    if (!sep) break;
    pos = stop + sep[0].length;
  }
  return names.length ? { units: names, end } : null;
}

/**
 * The units a list names after its head, each as the roster writes it, or null when `group` is no list head
 * followed by names. `group` is the head as read ("Các Sở", "UBND các huyện") starting at `at`; the names follow
 * a ":" or, capitalised, the head itself inside the group ("các sở Tài chính, Nội vụ").
 */
export function expandUnitList(
  orig: string, folded: string, at: number, group: string, limit: number, isVerb: (at: number) => boolean,
): ListedUnits | null {
  const m = UNIT_LIST_HEAD.exec(folded.slice(at, at + group.length));
  if (!m) return null;
  let from = at + m[0].length;
  // The names follow a ":" ("Các Sở: Tài chính, …") or the head itself, capitalised ("các sở Tài chính và Nội vụ").
  const colon = /^\s*:\s*/.exec(folded.slice(from, from + 4));
  if (colon && m[0].length === group.length) from += colon[0].length;
  else if (m[0].length < group.length && orig[from] === " " && (isUpper(orig[from + 1]) || /\d/.test(orig[from + 1] ?? ""))) from += 1;
  else return null;
  // "các sở, ban, ngành Thành phố", "các huyện Tỉnh": a level word qualifies the kind, it names no unit.
  if (LEVEL_NAME.test(folded.slice(from, from + 12))) return null;
  const names = readNames(orig, folded, from, limit, isVerb, PLACE_KINDS.test(m[3]!));
  // "các Ban QLDA chuyên ngành tỉnh": one name after a plural head without a colon is the set's own name, no list.
  if (!names || (!colon && names.units.length < 2)) return null;
  const title = m[1] ? `${orig.slice(at, at + m[1].length)} ` : "";
  const bodyAt = at + (m[1] ? m[1].length + 1 : 0);
  const body = m[2] ? `${orig.slice(bodyAt, bodyAt + m[2].trimEnd().length)} ` : "";
  const kind = m[3]!.replace(/\s*,.*$/, "");
  const singular = UNIT_LIST_SINGULAR[kind] ?? kind;
  // "các Sở, ngành: Công an tỉnh, Y tế": a name that is a unit already keeps its own head.
  // "UBND các huyện: Ba Tri, Bình Đại và TP Bến Tre": a place named with its own level keeps it (round 16, 513).
  const units = names.units.map((n) => (kind === "so" && OWN_HEAD.test(fold(n)) ? `${title}${n}` : PLACE_KINDS.test(m[3]!) && OWN_LEVEL.test(fold(n)) ? `${title}${body}${n}` : `${title}${body}${singular} ${n}`));
  return { units, end: names.end };
}
