/**
 * A leader who pastes or forwards a notice is sharing a document, not reporting on a task: its
 * "… xong việc tổng kết …" or "xin gia hạn đến 30/6" are someone else's words. Such a message is
 * never read as a status reply. Short status lines, even several ("1 xong\n2 đạt 80%"), are replies.
 */
import { fold, normalizeText } from "../text/fold.ts";

/** Longer than this, a chat message is a document (a status reply is a few words). */
const DOCUMENT_CHARS = 600;
/** A document's own furniture: header, number, distribution list ("Kính gửi" is read apart, see ADDRESSED_REPLY). */
const DOCUMENT_WORDS = /(?:^|\n)\s*(?:so\s*:\s*\d+\s*\/|noi nhan\b|v\/v\b|can cu\b)|cong hoa xa hoi chu nghia|doc lap - tu do|(?:^|\n)\s*(?:thong bao|chi thi|ke hoach|quyet dinh|cong van)\s*(?:\n|$)/;
/** A committee's name as a document's header writes it, in capitals on a line of its own. As typed. */
const COMMITTEE_HEADER = /(?:^|\n)\s*(?:ỦY|UỶ) BAN NHÂN DÂN\b/u;
/** The committee directing, as a notice's sentence opens: "Ủy ban nhân dân tỉnh yêu cầu các sở …". Folded. */
const COMMITTEE_DIRECTS = /uy ban nhan dan[^.\n]{0,40}?(?:yeu cau|giao|de nghi|chi dao)\s+(?:cac|so|ubnd|uy ban)\b/;
const ADDRESSED = /(?:^|\n)\s*kinh gui\b/;
/**
 * "Kính gửi anh, nhiệm vụ 1 … Sở đã gửi UBND tỉnh …", "Kính gửi Văn phòng UBND tỉnh, Sở Nội vụ báo cáo tiến độ các nhiệm vụ như
 * sau: Nhiệm vụ 1 đã hoàn thành …": a formal leader's reply opens as a letter does. It reports (báo cáo, đã …, a task's number)
 * and is addressed to one person or office, never to a set of units ("Kính gửi: Các sở, ban, ngành" heads a notice). Round 17:
 * 16 of 3,200 blind replies of rounds 14–17 were refused as documents. Folded.
 */
const REPORTS = /(?<![a-z])(?:bao cao|xin bao cao|kinh bao|da (?:hoan thanh|hoan tat|xong|xu ly|gui|ban hanh|trien khai|to chuc|chuyen)|xong|nhiem vu (?:so )?\d|nv ?\d|viec so|chua (?:the|hoan thanh|xong|bo tri|duoc)|xin gia han|de nghi dong chi|khong con chuc nang)(?![a-z])/;
const TO_A_SET = /kinh gui\s*:?\s*(?:cac|ubnd cac|thu truong cac|giam doc cac|chu tich ubnd cac)\b/;
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
  if (DOCUMENT_WORDS.test(folded) || COMMITTEE_HEADER.test(normalized) || COMMITTEE_DIRECTS.test(folded)) return true;
  const lines = folded.split("\n").filter((l) => l.trim());
  const directing = lines.filter((l) => DIRECTING_LINE.test(l)).length;
  if (directing >= 2) return true;
  if (ADDRESSED.test(folded)) return TO_A_SET.test(folded) || directing > 0 || !REPORTS.test(folded);
  // Several long lines read like paragraphs of a text, not like "NV2 đạt 80%".
  return lines.length >= 4 && lines.reduce((n, l) => n + l.length, 0) / lines.length > 60;
}
