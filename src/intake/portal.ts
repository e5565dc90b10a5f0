/**
 * A link → the notice's text. A link to a file is read as that file; a web page gives its article, and when the
 * article links the notice's own file ("Thông tin chi tiết tại tệp đính kèm … (tải xuống)") that file is read
 * instead, as the full signed text; the notes say which was used and why.
 */
import { articleText } from "./article.ts";
import { readBytes } from "./bytes.ts";
import { detect } from "./detect.ts";
import { fetchLink, type Fetched } from "./fetch.ts";
import { failure, IntakeProblem, note } from "./messages.ts";
import type { Settings } from "./settings.ts";
import type { IntakeOptions, IntakeText } from "./types.ts";

/** Attachment links tried, best first, before the article itself is used. */
const ATTACHMENTS_TRIED = 2;

const isHtml = (f: Fetched) => /^(?:text\/html|application\/xhtml\+xml)/i.test(f.contentType ?? "") || detect(f.bytes).kind === "html";

/** The page's characters: the charset its server or its <meta> declares, UTF-8 otherwise (what VN portals serve). */
function decodeHtml(f: Fetched): string {
  const declared = /charset=["']?([\w-]+)/i.exec(f.contentType ?? "")?.[1] ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(f.bytes.toString("latin1", 0, 4096))?.[1];
  try {
    return new TextDecoder(declared ?? "utf-8").decode(f.bytes);
  } catch {
    return new TextDecoder("utf-8").decode(f.bytes);
  }
}

export async function readLink(link: string, s: Settings, options: IntakeOptions): Promise<IntakeText> {
  const fetchOptions = { ...options.fetch, maxBytes: s.maxBytes };
  const page = await fetchLink(link, fetchOptions);
  if (!isHtml(page)) return { ...(await readBytes(page.bytes, s)), source: { from: "link", url: page.url } };
  const article = articleText(decodeHtml(page), page.url);
  const notes: string[] = [];
  for (const url of article.attachments.slice(0, ATTACHMENTS_TRIED)) {
    try {
      const file = await fetchLink(url, fetchOptions);
      // A "tải xuống" link that leads to another page is no attachment.
      if (isHtml(file)) continue;
      const read = await readBytes(file.bytes, s);
      return { ...read, source: { from: "attachment", url: file.url, page: page.url }, notes: [note(s.locale, "attachment", { url: file.url, page: page.url }), ...read.notes] };
    } catch (err: unknown) {
      if (!(err instanceof IntakeProblem)) throw err;
      notes.push(note(s.locale, "attachment_failed", { url, reason: failure(s.locale, err.code, err.params).message.replace(/\.$/, "") }));
    }
  }
  return { ok: true, text: article.text, kind: "html", source: { from: "page", url: page.url }, notes: [...notes, note(s.locale, "page", { url: page.url })] };
}
