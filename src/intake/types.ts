/**
 * What intake makes of a file or a link: the notice's text for the parser, what the input was and where the
 * text came from, or one reason, in the reader's language, why nothing can be imported.
 */
import type { Locale } from "../i18n/index.ts";
import type { FetchOptions } from "./fetch.ts";

/** What the bytes turned out to be (by content, never by file name). */
export type IntakeKind = "text" | "docx" | "pdf" | "scan" | "image" | "html";

/** Where the text was read: the bytes given, a link to a file, a web page's article, or the attachment that page links. */
export type IntakeSource =
  | { from: "file" }
  | { from: "link"; url: string }
  | { from: "page"; url: string }
  | { from: "attachment"; url: string; page: string };

export interface IntakeText {
  ok: true;
  /** The notice as plain text: paragraphs on their own lines, list markers and "|" table rows kept. */
  text: string;
  kind: IntakeKind;
  source: IntakeSource;
  /** Pages read (PDF and scans), for figures like time per page. */
  pages?: number;
  /** OCR only: mean word confidence, 0–100, weighted by word length. */
  confidence?: number;
  /** OCR only: lines read with a confidence below the threshold, as they appear in `text`. */
  lowConfidenceLines?: string[];
  /** What the reader should know about how the text was obtained, in the requested locale. */
  notes: string[];
}

/** Why nothing was imported; each code has one message in locales (intake.<code>). */
export type IntakeFailureCode =
  | "empty" | "not_utf8" | "unknown_kind" | "too_large" | "corrupt" | "encrypted" | "legacy_doc" | "not_docx"
  | "no_text" | "empty_scan" | "too_many_pages" | "ocr_missing" | "ocr_vie_missing" | "poppler_missing" | "tool_failed"
  | "url_disabled" | "url_invalid" | "url_blocked" | "url_unreachable" | "url_status" | "url_too_large" | "no_article";

export interface IntakeFailure {
  ok: false;
  code: IntakeFailureCode;
  /** One line, Vietnamese first (or the requested locale), saying what to do next. */
  message: string;
}

export type IntakeResult = IntakeText | IntakeFailure;

/** External programs, by path or name on the PATH. Defaults: pdftotext, pdftoppm, tesseract. */
export interface IntakeTools {
  pdftotext?: string;
  pdftoppm?: string;
  tesseract?: string;
  /** Tesseract's traineddata folder (its --tessdata-dir); default: the one it was installed with. */
  tessdataDir?: string;
}

export interface IntakeOptions {
  /** Language of messages and notes. Default "vi". */
  locale?: Locale;
  /** Largest input accepted, in bytes: a file, a page or an attachment. Default 20_000_000 (Telegram's own cap). */
  maxBytes?: number;
  /** Most pages OCR will read in one document (about 2 s a page on one core). Default 30. */
  maxOcrPages?: number;
  /** Resolution PDF pages are rasterised at for OCR, in dots per inch (what office scanners use). Default 300. */
  ocrDpi?: number;
  /** OCR lines whose confidence (0–100) is below this are reported as uncertain. Default 70. */
  lowConfidence?: number;
  /** Longest run of one external program, in ms. Default 60_000. */
  toolTimeoutMs?: number;
  tools?: IntakeTools;
  /** Links may be fetched (DONDOC_FETCH_URLS=1). Default false: closed networks send files instead. */
  fetchUrls?: boolean;
  /** Time limit, redirects and the loopback switch for tests; the size cap is `maxBytes`. */
  fetch?: Omit<FetchOptions, "maxBytes">;
}
