/**
 * Whether a folded word could be a Vietnamese syllable: an onset and a rhyme from the lists below
 * (folded, so "ư", "ơ", "ô" are "u", "o", "o"). The lists are generous on purpose: the typing repairs
 * of replies (reply/typing.ts) correct only words that are NOT syllables, so a real word ("công",
 * "song", "vườn") is never rewritten into a key word ("xong", "vướng"); unglue.ts splits only a run
 * of letters that is no syllable.
 */

/** Initial consonants, folded ("đ" is "d"), with the empty onset: "ăn", "ơi". */
export const ONSETS = [
  "", "b", "c", "ch", "d", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph", "q", "qu", "r", "s",
  "t", "th", "tr", "v", "x",
];

/** Rhymes, folded: a vowel or vowel cluster, then a glide or a final consonant (c ch m n ng nh p t). */
export const RHYMES = [
  // a, ă, â
  "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay",
  // e, ê
  "e", "ec", "ech", "em", "en", "eng", "enh", "eo", "ep", "et", "eu",
  // i, ia, iê
  "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu", "iec", "iem", "ien", "ieng", "iep", "iet", "ieu",
  // o, ô, ơ and oa, oe
  "o", "oc", "oi", "om", "on", "ong", "op", "ot", "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat",
  "oay", "oe", "oen", "oeo", "oet",
  // u, ư, ua, uô, ươ, uâ, uê, uy
  "u", "ua", "uc", "ui", "um", "un", "ung", "up", "ut", "uu", "uy", "uya", "uych", "uyen", "uyet", "uynh", "uyt", "uyu",
  "uan", "uang", "uanh", "uat", "uay", "uau", "ue", "uen", "uenh", "uet", "uo", "uoc", "uoi", "uom", "uon", "uong", "uop",
  "uot", "uou",
  // y, yê
  "y", "yen", "yet", "yeu",
];

const SYLLABLES = new Set<string>();
for (const o of ONSETS) for (const r of RHYMES) if (o !== "q" || r.startsWith("u")) SYLLABLES.add(o + r);

/** Every possible syllable, folded. */
export const allSyllables = (): Iterable<string> => SYLLABLES;

/** Whether `word` (folded, lower case) is a possible Vietnamese syllable. */
export const isSyllable = (word: string): boolean => SYLLABLES.has(word);

/** The onset of a folded syllable-like word: its longest listed initial consonant. */
export function onsetOf(word: string): string {
  for (const o of ["ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr"]) if (word.startsWith(o)) return o;
  return /^[bcdghklmnpqrstvx]/.test(word) ? word[0]! : "";
}
