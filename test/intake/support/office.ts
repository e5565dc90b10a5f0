/**
 * Office files intake must refuse by name, as far as detection reads them: an OLE compound file (its 8-byte
 * signature, a 512-byte header, a directory entry naming its streams in UTF-16) holding "EncryptionInfo" and
 * "EncryptedPackage" — how Office stores a .docx saved with a password — or "WordDocument", a Word 97–2003 .doc.
 * Not whole files: enough of one for what intake looks at.
 */
import { zip } from "./zip.ts";

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function ole(streams: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from(OLE_SIGNATURE).copy(header);
  // One 128-byte directory entry per stream: the name in UTF-16LE, its length in bytes (with the NUL) at 64.
  const entries = ["Root Entry", ...streams].map((name) => {
    const e = Buffer.alloc(128);
    e.write(`${name}\u0000`, 0, "utf16le");
    e.writeUInt16LE((name.length + 1) * 2, 64);
    return e;
  });
  return Buffer.concat([header, ...entries]);
}

export const passwordDocx = (): Buffer => ole(["\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"]);
export const word97Doc = (): Buffer => ole(["WordDocument", "1Table", "\u0005SummaryInformation"]);

/** An Excel workbook's parts, zipped: a .xlsx someone sends instead of the notice. */
export const workbook = (): Buffer => zip([
  { name: "[Content_Types].xml", data: "<Types/>" },
  { name: "xl/workbook.xml", data: "<workbook/>" },
  { name: "xl/worksheets/sheet1.xml", data: "<worksheet/>" },
]);
