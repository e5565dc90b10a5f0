/**
 * The leaders a press report names: "ông Trần Phong, Chủ tịch UBND tỉnh Quảng Trị", "Chủ tịch UBND tỉnh Trần Phong". A later
 * sentence that opens with one of them ("Ông Trần Phong yêu cầu …", "Ông Phong cũng đề nghị …") is the speaker directing, not a
 * citizen's request (round 15, 527). Read once per parse (see withLeaders); folded names, and their last one or two words.
 */
import { fold } from "../text/fold.ts";

/** "ông Trần Phong, Chủ tịch …", "bà Nguyễn Thị Hoa - Phó Chủ tịch …": a person, then a leader's title. NFC text. */
// Without the "i" flag: with it, \p{Lu} matches lower-case letters too, and "bà con nông dân, Chủ tịch …" would be a name.
const NAMED_THEN_TITLE = /(?:^|[^\p{L}])(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|[Đđ]\/c)\s+((?:\p{Lu}\p{Ll}*\s+){1,3}\p{Lu}\p{Ll}*)\s*[,–-]\s*(?:[Nn]guyên\s+)?(?:(?:[Pp]hó|[Qq]uyền)\s+)?(?:[Cc]hủ tịch|[Bb]í thư|[Tt]hủ tướng|[Tt]rưởng ban)(?![\p{L}\d])/gu;
/** "Chủ tịch UBND tỉnh Trần Phong", "Phó Chủ tịch UBND huyện Lê Văn A": a title, its committee, then names (a place may come first). */
const TITLE_THEN_NAMED = /(?:(?:Phó|Quyền)\s+)?Chủ tịch\s+(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|thành phố|TP\.?|huyện|thị xã|quận|xã|phường|đặc khu)\s+((?:\p{Lu}\p{Ll}*\s+){1,5}\p{Lu}\p{Ll}*)/gu;

let known: Set<string> | null = null;

/** Runs `parse` with the leaders named in `text` known to isKnownLeaderAt. */
export function withLeaders<T>(text: string, parse: () => T): T {
  const before = known;
  known = leadersOf(text);
  try { return parse(); } finally { known = before; }
}

function leadersOf(text: string): Set<string> {
  const out = new Set<string>();
  if (!/Chủ tịch|Bí thư|Thủ tướng|Trưởng ban/i.test(text)) return out;
  for (const re of [NAMED_THEN_TITLE, TITLE_THEN_NAMED]) {
    for (const m of text.matchAll(re)) {
      const words = fold(m[1]!).split(/\s+/);
      // The whole name and its last one or two words ("ông Phong", "ông Trần Phong"): a place before the name only adds longer forms.
      for (let k = Math.max(0, words.length - 4); k < words.length; k++) out.add(words.slice(k).join(" "));
    }
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
