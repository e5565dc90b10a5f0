/**
 * Vietnamese text folding. Notices come in NFC or NFD; leaders type with or without diacritics.
 * Matching is done on a folded copy of the same length as the NFC text, so positions found in the
 * folded copy point at the same characters of the original.
 */

/** Unicode NFC, CRLF/CR → LF, NBSP and other spaces → " ", zero-width characters removed. */
export function normalizeText(input: string): string {
  return input
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, " ")
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "");
}

/** Folded code unit of each BMP character below U+2000, filled on first use (0 = not yet known). */
const TABLE = new Uint16Array(0x2000);

/** One character without its diacritics, lower case: "Ễ" → "e", "Đ" → "d"; one UTF-16 unit in, one out. */
function foldCode(code: number): number {
  let f = TABLE[code]!;
  if (f === 0) {
    const ch = String.fromCharCode(code);
    const base = code === 0x111 || code === 0x110 ? "d" : ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    // Keep lengths equal so indexes in the folded text match the original.
    f = base.length === 1 ? base.charCodeAt(0) : ch.toLowerCase().length === 1 ? ch.toLowerCase().charCodeAt(0) : code;
    TABLE[code] = f;
  }
  return f;
}

const UTF16 = new TextDecoder("utf-16le");

/**
 * Lower case without diacritics, same length as the input: "Thông báo số 147" → "thong bao so 147".
 * The input should be NFC (see normalizeText).
 */
export function fold(text: string): string {
  const n = text.length;
  const out = n <= SHORT ? shortBuffer : new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    out[i] = c < 0x80 ? (c >= 65 && c <= 90 ? c + 32 : c) : c < 0x2000 ? foldCode(c) : c;
  }
  // A chat reply or a clause is short: building its string from the codes beats a decoder call (half the time, the reply bench).
  return n <= SHORT ? String.fromCharCode.apply(null, out.subarray(0, n) as unknown as number[]) : UTF16.decode(out);
}
/** Up to this length a text is folded into one shared buffer (fold never re-enters); longer texts get their own. */
const SHORT = 256;
const shortBuffer = new Uint16Array(SHORT);

/**
 * A list of words and phrases as one regular-expression alternation over FOLDED text: each folded and escaped, its
 * spaces as `\s+`, the longest first so "ho so" wins over "ho". One place for it, because hand-built copies went wrong
 * (a `"\s+"` written inside `String.raw` is no pattern of spaces at all).
 */
export function alternation(list: readonly string[]): string {
  return [...new Set(list.map((w) => fold(w.toLowerCase()).trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")))]
    .sort((a, b) => b.length - a.length).join("|");
}
