/** Documents a task cites: "Văn bản số 1322/UBND-NCPC ngày 04/3/2022". */
import { DOCUMENT_NUMBER, REFERENCE_DATE } from "./grammar.ts";
import { dateAt, isoDate } from "./dates.ts";
import type { DocumentRef } from "./types.ts";

/** Number and symbol without spaces: "147/TB - UBND" → "147/TB-UBND". */
export function compactNumber(raw: string): string {
  return raw.replace(/\s+/g, "").replace(/–/g, "-");
}

export interface FoundReference extends DocumentRef {
  index: number;
  end: number;
}

/** Every document number in the text, with the date written right after it when there is one. */
export function findReferences(orig: string, folded: string): FoundReference[] {
  const out: FoundReference[] = [];
  const seen = new Set<string>();
  for (const m of orig.matchAll(DOCUMENT_NUMBER)) {
    const symbol = m[2]!;
    // A symbol is an issuer code such as UBND, NĐ-CP, KH-UBND: at least two capitals.
    if ((symbol.match(/[A-ZĐ]/g) ?? []).length < 2) continue;
    const number = compactNumber(`${m[1]}/${symbol}`);
    const end = m.index + m[0].length;
    let date: string | null = null;
    let refEnd = end;
    const after = REFERENCE_DATE.exec(folded.slice(end, end + 90));
    if (after) {
      const got = dateAt(folded, end + after[0].length);
      if (got?.y) {
        date = isoDate(got.y, got.m, got.d);
        refEnd = got.end;
      }
    }
    if (seen.has(number)) continue;
    seen.add(number);
    out.push({ number, date, index: m.index, end: refEnd });
  }
  return out;
}
