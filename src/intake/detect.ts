/**
 * What a file is, from its first bytes (magic numbers), never from its name: a phone or a mail client
 * renames files freely, and a .pdf that is really a .docx must still be read.
 */

export type Detected =
  | { kind: "empty" }
  | { kind: "pdf" }
  /** A zip archive: .docx, .xlsx, .odt… are zips; which one is read from its entry names. */
  | { kind: "zip" }
  /** An OLE compound file: a Word 97–2003 .doc, or an Office file encrypted with a password. */
  | { kind: "ole" }
  | { kind: "jpeg" }
  | { kind: "png" }
  | { kind: "text"; encoding: "utf-8" | "utf-16le" | "utf-16be" }
  | { kind: "html"; encoding: "utf-8" }
  | { kind: "binary" };

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);

/** "%PDF-", which the PDF standard lets readers find anywhere in the first 1024 bytes. */
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
/** "PK\3\4" (a zip's first entry) or "PK\5\6" (an empty zip). */
const ZIP = [[0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06]];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** An HTML page saved from a browser: a doctype or an <html> tag opens it, after optional whitespace. */
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i;

function findPdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - PDF.length, 1024);
  for (let i = 0; i <= end; i++) if (startsWith(bytes, PDF, i)) return true;
  return false;
}

/** UTF-16 without a byte order mark: Vietnamese text has a zero high byte in most ASCII characters. */
function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 2000) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return "utf-16le";
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return "utf-16be";
  return null;
}

export function detect(bytes: Uint8Array): Detected {
  if (bytes.length === 0) return { kind: "empty" };
  if (findPdf(bytes)) return { kind: "pdf" };
  if (ZIP.some((m) => startsWith(bytes, m))) return { kind: "zip" };
  if (startsWith(bytes, OLE)) return { kind: "ole" };
  if (startsWith(bytes, JPEG)) return { kind: "jpeg" };
  if (startsWith(bytes, PNG)) return { kind: "png" };
  if (startsWith(bytes, [0xff, 0xfe])) return { kind: "text", encoding: "utf-16le" };
  if (startsWith(bytes, [0xfe, 0xff])) return { kind: "text", encoding: "utf-16be" };
  const utf16 = utf16Order(bytes);
  if (utf16) return { kind: "text", encoding: utf16 };
  if (bytes.includes(0)) return { kind: "binary" };
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 1024));
  if (HTML_START.test(head.replace(/^\uFEFF/, ""))) return { kind: "html", encoding: "utf-8" };
  return { kind: "text", encoding: "utf-8" };
}

/** UTF-16LE bytes of a name, as an OLE directory stores its stream names. */
const utf16Name = (name: string) => Buffer.from(name, "utf16le");

/** Which OLE file this is: an encrypted Office document holds "EncryptionInfo", a Word 97–2003 file "WordDocument". */
export function oleFlavour(bytes: Buffer): "encrypted" | "doc" | "other" {
  if (bytes.includes(utf16Name("EncryptionInfo")) || bytes.includes(utf16Name("EncryptedPackage"))) return "encrypted";
  if (bytes.includes(utf16Name("WordDocument"))) return "doc";
  return "other";
}
