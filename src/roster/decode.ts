/**
 * Bytes of an exported sheet → text. Excel writes "CSV UTF-8" with a UTF-8 BOM, "Unicode text" as
 * UTF-16LE with a BOM, and plain "CSV" in the machine's legacy code page, which we refuse with a hint.
 */

export type Decoded = { ok: true; text: string } | { ok: false; error: string };

const startsWith = (bytes: Buffer, ...prefix: number[]): boolean => prefix.every((b, i) => bytes[i] === b);

/** UTF-16LE text without a BOM: ASCII-heavy text then has a zero in every odd byte. */
function looksUtf16le(bytes: Buffer): boolean {
  const n = Math.min(bytes.length - (bytes.length % 2), 200);
  if (n < 4) return false;
  let zeros = 0;
  for (let i = 1; i < n; i += 2) if (bytes[i] === 0) zeros++;
  return zeros >= (n / 2) * 0.6;
}

export function decodeSheet(bytes: Buffer): Decoded {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) {
    return {
      ok: false,
      error: 'Đây là tệp Excel (.xlsx/.xls); xin mở trong Excel và lưu lại dưới dạng "CSV UTF-8 (Comma delimited)". (This is an Excel workbook; save it as "CSV UTF-8" first.)',
    };
  }
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { ok: true, text: new TextDecoder("utf-8").decode(bytes.subarray(3)) };
  if (startsWith(bytes, 0xff, 0xfe)) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (startsWith(bytes, 0xfe, 0xff)) return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  if (looksUtf16le(bytes)) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes) };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      error: 'Tệp không được mã hóa UTF-8 nên tiếng Việt sẽ bị lỗi phông chữ; xin lưu lại trong Excel dưới dạng "CSV UTF-8 (Comma delimited)". (The file is not UTF-8; save it as "CSV UTF-8".)',
    };
  }
}
