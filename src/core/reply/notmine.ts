/**
 * "Not mine": the leader says the task is not theirs to do. "không thuộc chức năng của đơn vị",
 * "em không phụ trách mảng này", "đơn vị chỉ phối hợp", "việc này của Sở Tài chính", "do anh Hùng
 * phụ trách", "xã tôi có được giao cái này đâu". The note runs from the phrase (its negation
 * included) to the end of the clause, so it says whose the task is when the leader says so.
 */
import { fold } from "../text/fold.ts";
import { type Clause, isPresent, matches, negatedBefore } from "./context.ts";
import { FIRST_PERSON, IN_CHARGE, NOT_MINE_CANCELLERS, NOT_MINE_IF_NEGATED, NOT_MINE_PHRASES, OWNER_OPENERS, RESOURCES, UNIT_HEADS } from "./grammar.ts";
import { anchoredPhrases, isWord, phraseAt, phrases, wordsAfter, wordsBefore, type Span } from "./lexicon.ts";

const RE = {
  phrase: phrases(NOT_MINE_PHRASES), negated: phrases(NOT_MINE_IF_NEGATED), owner: phrases(OWNER_OPENERS),
  inCharge: phrases(IN_CHARGE), canceller: phrases(NOT_MINE_CANCELLERS), resource: phrases(RESOURCES),
  unitHead: anchoredPhrases(UNIT_HEADS),
};
/** A word that starts a unit's name ("Sở", "UBND", "Ban"), typed: "ban" (the unit) starts with a capital or is "ban" before another name word. */
const startsUnit = (c: Clause, t: { start: number; text: string }): boolean => phraseAt(RE.unitHead, c.f, t.start) > 0 && (t.text !== "ban" || /^B/.test(c.o.slice(t.start, t.start + 1)));
const FIRST = new Set(FIRST_PERSON.map((w) => fold(w)));
/** "do anh Hùng phụ trách": by someone (typed "do", not "đó"). */
const BY = /^(?:do|bởi)$/i;

const toEnd = (c: Clause, start: number): Span => ({ start, end: c.f.length, text: c.f.slice(start) });
const firstPerson = (c: Clause, from: number, n: number): boolean => wordsAfter(c.tokens, from, n).some((t) => FIRST.has(t.text));
/** Whether a negation follows `pos`: "không phải bên em không làm" denies a reading, it names no owner. */
const negationAfter = (c: Clause, pos: number): boolean => c.tokens.some((t) => t.start >= pos && c.negs.includes(t.start));

/** Whether any not-mine phrase is in the clause at all: most clauses hold none. */
export const mayBeNotMine = (c: Clause): boolean =>
  isPresent(c, RE.phrase) || isPresent(c, RE.negated) || isPresent(c, RE.owner) || isPresent(c, RE.inCharge) || (c.f.includes("ben") && c.f.includes("lam"));

/** Where the not-mine note of the clause starts, or null when the clause does not say so. */
export function findNotMine(c: Clause): Span | null {
  if (matches(c, RE.canceller).length) return null;
  const starts: number[] = [];
  for (const m of matches(c, RE.phrase)) starts.push(m.start);
  const resources = matches(c, RE.resource);
  for (const m of matches(c, RE.negated)) {
    // "chưa được giao kinh phí": a resource not given, which is a blocker.
    if (resources.some((r) => r.start >= m.end && r.start - m.end <= 12)) continue;
    const neg = negatedBefore(c, m.start, 2);
    if (neg && !negationAfter(c, m.end)) starts.push(neg.start);
    else if (!neg && c.dau && c.dau.start >= m.end) starts.push(m.start);
  }
  // "việc này của Sở TN&MT": an owner who is not the speaker.
  for (const m of matches(c, RE.owner)) {
    const owner = wordsAfter(c.tokens, m.end, 1)[0];
    if (owner && owner.text !== "ai" && !firstPerson(c, m.end, 2) && !negatedBefore(c, m.start, 2)) starts.push(m.start);
  }
  for (const m of matches(c, RE.inCharge)) {
    if (negatedBefore(c, m.start, 2)) continue;
    const before = wordsBefore(c.tokens, m.start, 3);
    const after = c.content.filter((t) => t.start >= m.end);
    // "do anh Hùng phụ trách", "Sở GD chủ trì" (the clause ends there), "chủ trì là Sở Xây dựng".
    const byOther = before.length > 0 && !before.some((t) => FIRST.has(t.text));
    const doIdx = before.findIndex((t) => BY.test(c.o.slice(t.start, t.end)));
    // "Sở KH&ĐT là cơ quan chủ trì", "việc này Văn phòng UBND tỉnh theo dõi": the note starts at the unit named.
    const unit = byOther && doIdx < 0 ? c.tokens.find((t) => t.end <= m.start && isWord(t) && startsUnit(c, t)) : undefined;
    if (byOther && (doIdx >= 0 || after.length === 0)) starts.push(doIdx >= 0 ? before[doIdx]!.start : unit ? unit.start : before[0]!.start);
    else if (after[0]?.text === "la" && after[1] && !firstPerson(c, after[0].end, 2)) starts.push(m.start);
  }
  // "Việc này bên Sở Xây dựng làm chứ ạ", "4 thì bên Sở Tài chính làm": another unit does it.
  const lam = c.content.at(-1);
  if (lam && (lam.text === "lam" || lam.text === "chu") && c.f.includes("ben") && !negatedBefore(c, lam.start, 1)) {
    const doer = c.content.findIndex((t, i) => t.text === "ben" && c.content[i + 1] !== undefined && startsUnit(c, c.content[i + 1]!));
    const does = lam.text === "lam" ? lam : c.content.at(-2);
    if (doer >= 0 && does?.text === "lam" && !negatedBefore(c, does.start, 1) && !firstPerson(c, c.content[doer]!.end, 1)) starts.push(c.content[doer + 1]!.start);
  }
  if (!starts.length) return null;
  const start = Math.min(...starts);
  const first = c.tokens.find((t) => isWord(t) && t.start >= start);
  return toEnd(c, first ? first.start : start);
}
