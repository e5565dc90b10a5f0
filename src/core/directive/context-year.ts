/** The year of a text that does not date itself: from its own dates, else from a page's dateline. Pure. */
import { fold, normalizeText } from "../text/fold.ts";
import type { Block } from "./blocks.ts";
import { findDates } from "./dates.ts";
import { POSTING_DATELINE, YEAR_MENTION } from "./grammar.ts";

/** "tháng 8/2025", "tháng 12-2024": group 1 the year. Folded. */
const MONTH_OF_YEAR = /\bthang\s+\d{1,2}\s*[/-]\s*(\d{4})\b/g;

/**
 * The year a text without its own date speaks of: the commonest year of its full dates ("ngày 13/10/2025", a cited
 * document's date), else of "năm 2025" that is no plan horizon ("đến năm 2030"); the later one on a tie. A page's
 * dateline and posting date never get here: they are chrome (BOILERPLATE_LINE).
 */
export function contextYear(blocks: Block[]): number | null {
  const counts = new Map<number, number>();
  const add = (y: number) => counts.set(y, (counts.get(y) ?? 0) + 1);
  for (const b of blocks) for (const d of findDates(b.bodyFolded)) if (d.y) add(d.y);
  if (!counts.size) {
    for (const b of blocks) for (const m of b.bodyFolded.matchAll(YEAR_MENTION)) add(Number(m[1]));
    // "phiên họp chuyên đề tháng 8/2025": a month of a year.
    for (const b of blocks) for (const m of b.bodyFolded.matchAll(MONTH_OF_YEAR)) add(Number(m[1]));
  }
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best) && y > best)) best = y;
  return best;
}

/** Last resort for a page that gives no year but its posting dateline ("Thứ Ba, 14/10/2025 - 16:20", "Cập nhật: 05/01/2026"). */
export function postingYear(input: string): number | null {
  for (const l of normalizeText(input.slice(0, 4000)).split("\n").slice(0, 30)) {
    const m = POSTING_DATELINE.exec(fold(l.trim()));
    if (m) return Number(m[2]);
  }
  return null;
}
