/**
 * The three checks every blind round of replies keeps once it is development material: it holds all its rows, it reads
 * no reply as done unless the writer did (a false close is the worst mistake), and it reads at least the share measured
 * after that round's fixes exactly, and with the right kinds (`npx tsx test/core/reply/score.ts --rows <round>` lists the misses).
 */
import { describe, expect, it } from "vitest";
import { scoreReplies } from "./score.ts";

export interface Floors { rows: number; exact: number; kinds: number }

export function describeBlindRound(title: string, rows: ReadonlyArray<readonly [string, string]>, now: Date, floors: Floors): void {
  describe(`understandReply: ${title}`, () => {
    const score = scoreReplies(rows, now);
    it(`holds the ${floors.rows} replies`, () => { expect(rows).toHaveLength(floors.rows); });
    it("reads no reply as done unless its writer did", () => { expect(score.falseDone).toEqual([]); });
    it(`reads at least ${Math.round(floors.exact * 100)}% of them exactly as written, and ${Math.round(floors.kinds * 100)}% with the right kinds`, () => {
      expect({ exact: score.exact / rows.length >= floors.exact, kinds: score.kinds / rows.length >= floors.kinds }, `${score.exact} exact, ${score.kinds} kinds of ${rows.length}`)
        .toEqual({ exact: true, kinds: true });
    });
  });
}
