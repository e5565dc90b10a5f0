/**
 * The leaders a press report names: "ông Trần Phong, Chủ tịch UBND tỉnh Quảng Trị", "Chủ tịch UBND tỉnh Trần Phong". A later
 * sentence that opens with one of them ("Ông Trần Phong yêu cầu …", "Ông Phong cũng đề nghị …") is the speaker directing, not a
 * citizen's request (round 15, 527). Read once per parse (see withLeaders); folded names, and their last one or two words.
 */
import { fold } from "../text/fold.ts";

/** A leader's title: where every name below is looked for (a literal search, fast over a long text). NFC text. */
const TITLE = /[Cc]hủ tịch|[Bb]í thư|[Tt]hủ tướng|[Tt]rưởng ban/g;
/** Just before a title: "ông Trần Phong, ", "bà Nguyễn Thị Hoa - Phó ": a person. NFC text, after one character of context. */
// Without the "i" flag: with it, \p{Lu} matches lower-case letters too, and "bà con nông dân, Chủ tịch …" would be a name.
const NAMED_BEFORE = /[^\p{L}](?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Đđ]\/c)\s+((?:\p{Lu}\p{Ll}*\s+){1,3}\p{Lu}\p{Ll}*)\s*[,–-]\s*(?:[Nn]guyên\s+)?(?:(?:[Pp]hó|[Qq]uyền)\s+)?$/u;
/** At a title: "Chủ tịch UBND tỉnh Trần Phong", "(Phó) Chủ tịch UBND huyện Lê Văn A": its committee, then names (a place may come first). */
const NAMED_AFTER = /Chủ tịch\s+(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|thành phố|TP\.?|huyện|thị xã|quận|xã|phường|đặc khu)\s+((?:\p{Lu}\p{Ll}*\s+){1,5}\p{Lu}\p{Ll}*)/uy;
/** How far before a title a person's name may start: "đồng chí" and four words. */
const BEFORE_REACH = 90;

let known: Set<string> | null = null;

/** Runs `parse` with the leaders named in `text` known to knownLeaderAt. */
export function withLeaders<T>(text: string, parse: () => T): T {
  const before = known;
  known = leadersOf(text);
  try { return parse(); } finally { known = before; }
}

function leadersOf(text: string): Set<string> {
  const out = new Set<string>();
  const add = (name: string) => {
    const words = fold(name).split(/\s+/);
    // The whole name and its last one or two words ("ông Phong", "ông Trần Phong"): a place before the name only adds longer forms.
    for (let k = Math.max(0, words.length - 4); k < words.length; k++) out.add(words.slice(k).join(" "));
  };
  // Each title once: the name before it, then the name after it; a name is read near its title, never across the whole text.
  for (const t of text.matchAll(TITLE)) {
    const at = t.index, end = at + t[0].length;
    if (/[\p{L}\d]/u.test(text.charAt(end))) continue;
    const from = Math.max(0, at - BEFORE_REACH);
    const before = NAMED_BEFORE.exec((from > 0 ? text.charAt(from - 1) : " ") + text.slice(from, at));
    if (before) add(before[1]!);
    NAMED_AFTER.lastIndex = at;
    const after = NAMED_AFTER.exec(text);
    if (after) add(after[1]!);
  }
  return out;
}

/** "ông Trần Phong", "Bà Hoa" at the start of a folded sentence, when the report names that person as a leader: the end of the name, or -1. */
export function knownLeaderAt(orig: string, folded: string): number {
  if (!known?.size) return -1;
  const m = /^(?:ong|ba|dong chi|d\/c)\s+/.exec(folded);
  if (!m) return -1;
  let end = -1;
  // Lines are single-spaced (contentLines), so the name's length in the text is its words joined by one space.
  const words = /^(?:\p{Lu}\p{Ll}*(?:\s+|$)){1,4}/u.exec(orig.slice(m[0].length));
  if (!words) return -1;
  const names = fold(words[0]).trim().split(/\s+/);
  for (let n = names.length; n >= 1 && end < 0; n--) if (known.has(names.slice(0, n).join(" "))) end = m[0].length + names.slice(0, n).join(" ").length;
  return end;
}
