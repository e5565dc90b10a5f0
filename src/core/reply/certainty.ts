/**
 * When a "done" read from a reply is sure enough to close a task at once, and when the bot must
 * ask "Xác nhận hoàn thành nhiệm vụ số N?" first. Closing wrongly is the one mistake a follow-up
 * bot must not make, so anything that limits, doubts or contradicts the "done" nearby asks.
 * Pure: folded text and the intents in, a yes or no out.
 */
import { fold, normalizeText } from "../text/fold.ts";
import type { Intent } from "./types.ts";

/** Longer than this, a reply is a report with room for caveats: its "done" is confirmed first. */
const LONG_REPLY_CHARS = 160;

/** Negators anywhere in the reply ("xong rồi mà chưa nghiệm thu", "có xong đâu", "ko"). */
const NEGATOR = /(?:^|[^\p{L}\p{N}])(?:chua|chx|khong|ko|kg|khg|kh|hok|hong|k|chang|cha|dau|not|no|never|yet)(?![\p{L}\p{N}])/u;
/** A negated obstacle is good news, not a doubt: "không có vướng mắc gì", "ko vướng gì", "no issues". */
const NEGATED_OBSTACLE = /(?:khong|ko|k|kg|khg|chang|chua)\s+(?:con\s+)?(?:co\s+)?(?:gi\s+)?(?:vuong|kho khan|van de|tro ngai|gi vuong)|no (?:issues?|problems?|blockers?)|khong can gia han/gu;
/** Work left over, or an exception: "còn lại", "còn 2 xã", "trừ", "nhưng", "tuy nhiên", "except", "but". */
const REMAINDER = /(?:^|[^\p{L}])(?:con lai|con (?:mot|vai|may|it|phan|thieu|viec|\d)|phan con|tru|nhung|tuy nhien|ngoai ra|except|but|remaining|rest)(?![\p{L}])/u;
/** Doubt: "chắc xong", "hình như", "có lẽ", "có thể", "tạm", "cơ bản", "maybe", "probably", "i think". */
const HEDGE = /(?:^|[^\p{L}])(?:chac|hinh nhu|co le|co the|tam thoi|tam xong|tam on|co ban|gan nhu|maybe|probably|i think|i guess)(?![\p{L}])/u;
/** A count of part of the whole: "8/10 trạm", "2 trong 5 trường", "chín trên mười xã", "2 of the 3 communes". */
const PART_OF_WHOLE = /\d+\s*(?:\/|tren|trong|of|out of)\s*(?:the\s+)?\d+|(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+(?:tren|trong)\s+(?:hai|ba|bon|nam|sau|bay|tam|chin|muoi)/u;
/** Issuing or sending a document ("đã ban hành Kế hoạch số 215/KH-UBND", "đã gửi báo cáo số 1432/BC-SKHĐT", "đã ký ban hành Quyết định", "báo cáo em đã gửi"). */
// A bare sending too ("em gửi rồi anh", round 14): what was sent may be a step of the task.
const ISSUING = /(?:^|[^\p{L}])(?:ban hanh|phat hanh|gui bao cao|nop bao cao|gui van ban|gui|nop|ky|bao cao(?:\s+\p{L}+){0,2}\s+(?:da|vua)(?:\s+duoc)?\s+(?:gui|nop))(?![\p{L}])|(?:^|[^\p{L}\d])so\s+\d{1,5}\s*\/\s*[a-z]{1,8}-/u;
/** The words that say finished outright: a "done" without them rests on something else. */
const DONE_WORD = /(?:^|[^\p{L}])(?:xong|xog|xg|hoan thanh|hoan tat|dut diem|done|finished|completed|complete)(?![\p{L}])|[✅✔☑✓]|100\s*%/u;
/** A sending said as past: "gửi rồi", "đã nộp". Folded. */
const SENT = /(?:^|[^\p{L}])(?:da\s+(?:gui|nop)|(?:gui|nop)(?:\s+\p{L}+){0,3}\s+(?:roi|r))(?![\p{L}])/u;
/** A question anywhere: "xong rồi à?", "đúng không". */
const QUESTION = /\?|(?:^|[^\p{L}])(?:phai khong|dung khong|duoc khong|a\?)(?![\p{L}])/u;

/**
 * True when `intent` (a "done" of `intents`, read from `text`) should be confirmed before it closes
 * anything: a long or many-line reply, a negator, a remainder or exception, a hedge, a question, a
 * count of part of the whole, a document issued or sent with no word of finishing, or
 * another intent of the same reply that says something else about the same task.
 */
export function doneNeedsConfirmation(text: string, intents: readonly Intent[], intent: Intent): boolean {
  const normalized = normalizeText(text).trim();
  const folded = fold(normalized).replace(NEGATED_OBSTACLE, " ");
  if (normalized.length > LONG_REPLY_CHARS) return true;
  if (normalized.split("\n").filter((l) => l.trim()).length >= 3) return true;
  // A document issued or sent is read as done, but the leader may mean a step of the task: ask "Xác nhận hoàn thành …?".
  if (ISSUING.test(folded) && !DONE_WORD.test(folded)) return true;
  if (NEGATOR.test(folded) || REMAINDER.test(folded) || HEDGE.test(folded) || QUESTION.test(folded) || PART_OF_WHOLE.test(folded)) return true;
  return intents.some((other) => other !== intent && other.kind !== "done" && other.kind !== "ack" && (other.task === intent.task || other.task === null));
}

/**
 * "hình như xong rồi", "chắc là hoàn thành rồi đó anh": a guess at "done", which the reader leaves unknown (it never
 * closes on a guess). The bot asks "Xác nhận hoàn thành …?" instead of saying it did not understand. Not with a negator
 * or a question ("chắc chưa xong", "xong chưa?").
 */
export function hedgedDone(text: string): boolean {
  const folded = fold(normalizeText(text)).replace(NEGATED_OBSTACLE, " ");
  // "hình như văn phòng gửi rồi": a guess at the sending the reminder asks for, asked about the same way.
  return HEDGE.test(folded) && (DONE_WORD.test(folded) || SENT.test(folded)) && !NEGATOR.test(folded) && !QUESTION.test(folded);
}
