/**
 * A leader who pastes or forwards a notice is sharing a document, not reporting on a task: its
 * "… xong việc tổng kết …" or "xin gia hạn đến 30/6" are someone else's words. Such a message is
 * never read as a status reply. Short status lines, even several ("1 xong\n2 đạt 80%"), are replies.
 */
import { fold, normalizeText } from "../text/fold.ts";

/** Longer than this, a chat message is a document (a status reply is a few words). */
const DOCUMENT_CHARS = 600;
/** A document's own furniture: header, number, addressees, distribution list. */
const DOCUMENT_WORDS = /(?:^|\n)\s*(?:so\s*:\s*\d+\s*\/|kinh gui\b|noi nhan\b|v\/v\b|can cu\b)|cong hoa xa hoi chu nghia|doc lap - tu do|uy ban nhan dan|(?:^|\n)\s*(?:thong bao|chi thi|ke hoach|quyet dinh|cong van)\s*(?:\n|$)/;
/** A line that directs someone, as notices write them: "Giao Sở …", "Yêu cầu …", "1. Đề nghị các …". */
const DIRECTING_LINE = /^\s*(?:[-+•*]|\d+[.)]|[a-zđ][.)])?\s*(?:giao|yeu cau|de nghi (?:cac|so|ubnd)|chu tri|chi dao|cac (?:so|co quan|don vi)|ubnd cac)\b/;

export interface DocumentOptions {
  /** The platform says the message was forwarded from someone else. */
  forwarded?: boolean;
}

export function looksLikeDocument(text: string, options: DocumentOptions = {}): boolean {
  if (options.forwarded) return true;
  const normalized = normalizeText(text).trim();
  if (normalized.length > DOCUMENT_CHARS) return true;
  const folded = fold(normalized);
  if (DOCUMENT_WORDS.test(folded)) return true;
  const lines = folded.split("\n").filter((l) => l.trim());
  if (lines.filter((l) => DIRECTING_LINE.test(l)).length >= 2) return true;
  // Several long lines read like paragraphs of a text, not like "NV2 đạt 80%".
  return lines.length >= 4 && lines.reduce((n, l) => n + l.length, 0) / lines.length > 60;
}
