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

const FOLD_CACHE = new Map<string, string>();

/** One character without its diacritics, lower case: "Ễ" → "e", "Đ" → "d". Always one UTF-16 unit per BMP input unit. */
function foldChar(ch: string): string {
  let f = FOLD_CACHE.get(ch);
  if (f === undefined) {
    if (ch === "đ" || ch === "Đ") f = "d";
    else {
      const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
      // Keep lengths equal so indexes in the folded text match the original.
      f = base.length === ch.length ? base : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
    }
    FOLD_CACHE.set(ch, f);
  }
  return f;
}

/**
 * Lower case without diacritics, same length as the input: "Thông báo số 147" → "thong bao so 147".
 * The input should be NFC (see normalizeText).
 */
export function fold(text: string): string {
  let out = "";
  let plainFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue; // ASCII: handled below in bulk
    out += text.slice(plainFrom, i).toLowerCase() + foldChar(text[i]!);
    plainFrom = i + 1;
  }
  return out + text.slice(plainFrom).toLowerCase();
}
