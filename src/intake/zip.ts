/**
 * The names of the entries of a zip archive, read from its central directory, so that a .docx can be told from
 * an .xlsx, an .odt or a plain .zip before it is opened, and a cut-off download is called corrupt.
 */

/** Signature of the end-of-central-directory record, which closes every zip. */
const END_SIGNATURE = 0x06054b50;
const ENTRY_SIGNATURE = 0x02014b50;

/** Entry names, or null when the archive has no readable directory (truncated or damaged). */
export function zipEntryNames(bytes: Buffer): string[] | null {
  // The end record is 22 bytes plus a comment of up to 65,535 bytes.
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === END_SIGNATURE) { end = i; break; }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== ENTRY_SIGNATURE) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    names.push(bytes.toString("utf8", at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

/** What a zip holds, by the parts Office and OpenDocument write. */
export function zipFlavour(names: string[]): "docx" | "xlsx" | "pptx" | "odf" | "zip" {
  const has = (n: string) => names.includes(n);
  if (has("word/document.xml")) return "docx";
  if (has("xl/workbook.xml")) return "xlsx";
  if (has("ppt/presentation.xml")) return "pptx";
  if (has("mimetype") && has("content.xml")) return "odf";
  return "zip";
}
