/**
 * Bytes of a file (a CLI argument, a chat attachment, a downloaded attachment) → the notice's text, by what the
 * bytes are: text, .docx, PDF (text layer or scan), JPEG/PNG photo, or a saved web page.
 */
import { detect, oleFlavour } from "./detect.ts";
import { DOCX_FORMAT, docxToText } from "./docx.ts";
import { articleText } from "./article.ts";
import { imageToText } from "./image.ts";
import { IntakeProblem, megabytes, note } from "./messages.ts";
import { pdfToText } from "./pdf.ts";
import type { Settings } from "./settings.ts";
import { decodeTextFile } from "./text.ts";
import type { IntakeText } from "./types.ts";
import { zipEntryNames, zipFlavour } from "./zip.ts";

export type Read = Omit<IntakeText, "source">;

/** What a zip that is not a .docx is, in words the message shows as they are. */
const ZIP_FORMATS = { xlsx: "Excel .xlsx", pptx: "PowerPoint .pptx", odf: "OpenDocument (.odt, .ods)", zip: "ZIP" } as const;

async function readZip(bytes: Buffer, s: Settings): Promise<Read> {
  const names = zipEntryNames(bytes);
  if (!names) throw new IntakeProblem("corrupt", { format: DOCX_FORMAT });
  const flavour = zipFlavour(names);
  if (flavour !== "docx") throw new IntakeProblem("not_docx", { format: ZIP_FORMATS[flavour] });
  return { ok: true, text: await docxToText(bytes), kind: "docx", notes: [note(s.locale, "docx")] };
}

/** Throws IntakeProblem; the caller turns it into the message. */
export async function readBytes(bytes: Buffer, s: Settings): Promise<Read> {
  if (bytes.length > s.maxBytes) throw new IntakeProblem("too_large", { size: megabytes(bytes.length), max: megabytes(s.maxBytes) });
  const d = detect(bytes);
  switch (d.kind) {
    case "empty": throw new IntakeProblem("empty");
    case "binary": throw new IntakeProblem("unknown_kind");
    case "text": return { ok: true, text: decodeTextFile(bytes, d.encoding), kind: "text", notes: [] };
    case "html": return { ok: true, text: articleText(decodeTextFile(bytes, d.encoding), null).text, kind: "html", notes: [note(s.locale, "html")] };
    case "zip": return readZip(bytes, s);
    case "pdf": return pdfToText(bytes, s);
    case "jpeg": return imageToText(bytes, "JPEG", s);
    case "png": return imageToText(bytes, "PNG", s);
    case "ole": {
      const flavour = oleFlavour(bytes);
      if (flavour === "encrypted") throw new IntakeProblem("encrypted", { format: "Office (Word, Excel)" });
      if (flavour === "doc") throw new IntakeProblem("legacy_doc");
      throw new IntakeProblem("unknown_kind");
    }
  }
}
