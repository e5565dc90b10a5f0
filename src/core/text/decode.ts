/** A file a user gave us (CLI argument, chat attachment) → text, refusing what is not UTF-8 text. */

/** Bytes → text, or a one-line reason why this is not a UTF-8 text file. */
export function decodeText(bytes: Buffer): { text: string } | { error: string } {
  if (bytes.length === 0) return { error: "Tệp trống: không có nội dung để phân tích (empty file)." };
  if (bytes.includes(0)) return { error: "Tệp không phải văn bản (binary file): hãy dùng tệp .txt mã hóa UTF-8." };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { error: "Tệp không phải văn bản UTF-8 (not UTF-8 text): hãy lưu lại tệp với mã hóa UTF-8." };
  }
}
