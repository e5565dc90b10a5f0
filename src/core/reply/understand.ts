/**
 * understandReply: what a leader's chat reply means, as intents per task. Pure: `now` is passed in.
 * Pipeline: normalize → fold → clauses → units (references + reading) → intents (see combine.ts).
 */
import { normalizeText } from "../text/fold.ts";
import { todayIn, type DayNumber } from "./calendar.ts";
import { combine } from "./combine.ts";
import type { Intent, UnderstandOptions } from "./types.ts";
import { readUnits } from "./units.ts";

/** Replies longer than this are cut: a chat answer is short, and the cost must stay bounded. */
const MAX_LENGTH = 4096;
const CLOCK_TIME = /(?<![\d/.,:])([5-9]|0[5-9]|1\d|2[0-3]):([0-5]\d)(?![\d%:]|\s*%)/g;
const UNKNOWN: Intent = { kind: "unknown", task: null, percent: null, until: null, days: null, note: null };

/** "Today", computed on first use: most replies name no date. */
function lazyToday(now: Date, timeZone: string | undefined): () => DayNumber | null {
  let today: DayNumber | null | undefined;
  return () => (today === undefined ? (today = todayIn(now, timeZone)) : today);
}

/** The pipeline without the safety net, for tests that must see a throw if there is one. */
export function readReply(text: string, now: Date, options: UnderstandOptions = {}): Intent[] {
  // "21:20 em xong rồi": a time of day is written "21h20" (same length) before anything reads it, so it never splits
  // into task 21 and a clause "20 em xong rồi". An hour before 5 stays: "1:50%" is task 1 at 50%.
  // Notes quote the reply as written ("21:20"), from the text before that rewrite (the same length).
  const written = normalizeText(String(text ?? "")).slice(0, MAX_LENGTH);
  const normalized = written.replace(CLOCK_TIME, "$1h$2");
  const { units, typed } = readUnits(normalized, lazyToday(now, options.timeZone));
  return combine(written, units, typed.origin);
}

/**
 * Never throws; always returns at least one intent. Dates resolve in `options.timeZone`
 * (default "Asia/Ho_Chi_Minh") from `now`.
 */
export function understandReply(text: string, now: Date, options: UnderstandOptions = {}): Intent[] {
  try {
    return readReply(text, now, options);
  } catch {
    // A bug must not take the bot down: an unread reply is "unknown", which never closes a task.
    return [{ ...UNKNOWN }];
  }
}
