/**
 * A web page → its article (Mozilla's Readability on a linkedom document: menus, sidebars, share buttons and
 * footers go) as text, and the links that point at the notice's own file: a "tải xuống" / "tệp đính kèm" link,
 * or one to a .pdf or .docx, those inside the article first.
 */
import { isProbablyReaderable, Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { fold } from "../core/text/fold.ts";
import { htmlToText } from "./html-text.ts";
import { IntakeProblem } from "./messages.ts";

/** An article shorter than this (in characters) is a page of headlines, not a post. */
const MIN_ARTICLE_CHARS = 400;
/** Words of an attachment link, folded: "tải xuống", "tải về", "tệp/file đính kèm", "văn bản gốc", "download". */
const ATTACHMENT_WORDS = /\b(?:tai xuong|tai ve|(?:tep|file|tap tin) dinh kem|dinh kem|van ban goc|toan van|download)\b/;
/** A link to a document file by its path. */
const DOCUMENT_PATH = /\.(?:pdf|docx?)(?:$|[?#])/i;

export interface Article {
  title: string | null;
  text: string;
  /** Absolute URLs of likely attachments, best first. */
  attachments: string[];
}

interface Anchor { href: string; text: string; inArticle: boolean }

/** What is read of linkedom's elements here. */
interface LinkNode { getAttribute(name: string): string | null; textContent: string | null; parentNode: { textContent: string | null } | null }
interface LinkRoot { querySelectorAll(selector: string): ArrayLike<LinkNode> }

function anchors(root: LinkRoot, inArticle: boolean): Anchor[] {
  return Array.from(root.querySelectorAll("a[href]")).map((a) => {
    // "(tải xuống)" often links only its own word: the sentence around it says what the file is.
    const around = a.parentNode?.textContent ?? "";
    return { href: a.getAttribute("href") ?? "", text: `${a.textContent ?? ""} ${around.length < 400 ? around : ""}`, inArticle };
  });
}

/** Attachment links, best first: in the article before elsewhere, named "tải xuống" and pointing at a file before either alone. */
function pickAttachments(all: Anchor[], base: string | null): string[] {
  const scored = all.flatMap((a) => {
    let url: URL;
    try { url = new URL(a.href, base ?? undefined); } catch { return []; }
    if (url.protocol !== "http:" && url.protocol !== "https:") return [];
    const named = ATTACHMENT_WORDS.test(fold(a.text.normalize("NFC")));
    const file = DOCUMENT_PATH.test(url.pathname);
    if (!named && !file) return [];
    return [{ url: url.href, score: (a.inArticle ? 4 : 0) + (named ? 2 : 0) + (file ? 1 : 0) }];
  });
  scored.sort((x, y) => y.score - x.score);
  return [...new Set(scored.map((s) => s.url))];
}

/** The article of `html`, fetched from `url` (null for a saved file: links stay unresolved). Throws no_article. */
export function articleText(html: string, url: string | null): Article {
  const { document } = parseHTML(html);
  const base = url ? new URL(document.querySelector("base[href]")?.getAttribute("href") ?? url, url).href : null;
  // Readability rewrites the document it reads: the page's links are taken first.
  const pageLinks = anchors(document as unknown as LinkRoot, false);
  // linkedom's document is what Readability reads; its DOM types are not the browser's, hence the casts.
  const readable = isProbablyReaderable(document as unknown as Parameters<typeof isProbablyReaderable>[0]);
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: MIN_ARTICLE_CHARS }).parse();
  const body = article?.content ? htmlToText(article.content) : "";
  if (!article || (body.length < MIN_ARTICLE_CHARS && !readable)) throw new IntakeProblem("no_article", { url: url ?? "HTML" });
  const inArticle = anchors(parseHTML(`<!DOCTYPE html><html><body>${article.content ?? ""}</body></html>`).document as unknown as LinkRoot, true);
  const title = article.title?.trim() || null;
  return {
    title,
    text: title && !body.startsWith(title) ? `${title}\n\n${body}` : body,
    attachments: pickAttachments([...inArticle, ...pageLinks], base),
  };
}
