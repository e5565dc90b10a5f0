/**
 * .docx → text through mammoth (Word's paragraphs, numbered and bulleted lists, tables, footnotes; it runs on
 * Node ≥ 12), then html-text.ts for markers and "|" rows. Images are not converted: a notice's text is what counts.
 */
import mammoth from "mammoth";
import { htmlToText } from "./html-text.ts";
import { IntakeProblem } from "./messages.ts";

export const DOCX_FORMAT = "Word .docx";

export async function docxToText(bytes: Buffer): Promise<string> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: bytes }, { convertImage: mammoth.images.imgElement(async () => ({ src: "" })) });
    html = result.value;
  } catch (err: unknown) {
    // jszip or mammoth refused the archive: a cut-off download, or a zip that only claims to be a document.
    throw new IntakeProblem("corrupt", { format: DOCX_FORMAT }, { cause: err });
  }
  const text = htmlToText(html);
  if (!text.trim()) throw new IntakeProblem("no_text", { format: DOCX_FORMAT });
  return text;
}
