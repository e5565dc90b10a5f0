import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold } from "../../../src/core/text/fold.ts";
import { dateWords, W } from "../../../src/core/reply/date-words.ts";
import * as grammar from "../../../src/core/reply/grammar.ts";
import { findAll, findPhrases, phraseAt, phrases, tokenize } from "../../../src/core/reply/lexicon.ts";

/** The whole-word regex a phrase list stands for: longest phrase first, a blank for any run of blanks. */
function referenceRegex(list: readonly string[], anchored = false): RegExp {
  const alts = [...new Set(list.map((p) => fold(p.normalize("NFC")).trim()))]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("\\s+"))
    .join("|");
  return anchored ? new RegExp(`^(?:${alts})(?![a-z0-9])`, "u") : new RegExp(`(?<![a-z0-9])(?:${alts})(?![a-z0-9])`, "gu");
}

const LISTS = Object.values(grammar).filter((v): v is string[] => Array.isArray(v) && typeof v[0] === "string" && /^[\p{L}\p{N}]/u.test(v[0]));
const WORDS = [...new Set(LISTS.flat())];
const text = fc.array(fc.tuple(fc.constantFrom(...WORDS, "x", "7", "30/6", "h.thanh", "cant"), fc.constantFrom(" ", "  ", "\t", ",", ".", "", "'", "-", "\n", "\u2028")), { maxLength: 12 })
  .map((xs) => fold(xs.map(([w, s]) => w + s).join("")));

describe("phrase lists in the shared trie", () => {
  it("match whole words, the longest phrase at a start, across any run of blanks", () => {
    const list = phrases(["hoàn thành", "hoàn", "xong", "h.thành", "can't"]);
    expect(findPhrases(list, fold("Đã hoàn  thành, xongg xong h.thanh can't")).map((s) => s.text))
      .toEqual(["hoan  thanh", "xong", "h.thanh", "can't"]);
    expect(findPhrases(list, fold("hoàn tất"))).toEqual([{ start: 0, end: 4, text: "hoan" }]);
  });

  it("find what the list's whole-word regex finds, for every grammar list and any mixture of its words", () => {
    const compiled = LISTS.map((l) => ({ list: phrases(l), re: referenceRegex(l) }));
    fc.assert(fc.property(text, fc.integer({ min: 0, max: compiled.length - 1 }), (t, k) => {
      const { list, re } = compiled[k]!;
      expect(findPhrases(list, t)).toEqual(findAll(re, t));
    }), { numRuns: 3000 });
  });

  it("match at a given position as the anchored regex does on the rest of the text", () => {
    const compiled = LISTS.map((l) => ({ list: phrases(l), re: referenceRegex(l, true) }));
    fc.assert(fc.property(text, fc.nat(), fc.integer({ min: 0, max: compiled.length - 1 }), (t, at, k) => {
      const { list, re } = compiled[k]!;
      const pos = t.length ? at % t.length : 0;
      const m = re.exec(t.slice(pos));
      expect(phraseAt(list, t, pos)).toBe(m ? pos + m[0].length : -1);
    }), { numRuns: 3000 });
  });
});

describe("tokenize", () => {
  it("cuts words (with an apostrophe part) and single symbols, emoji whole, as its regex does", () => {
    const reference = /[a-z0-9]+(?:['’][a-z]+)?|[^\s]/gu;
    expect(tokenize(fold("can't xong ✅👍 50%")).map((t) => t.text)).toEqual(["can't", "xong", "✅", "👍", "50", "%"]);
    fc.assert(fc.property(fc.oneof(text, fc.string({ unit: "binary", maxLength: 40 })), (t) => {
      expect(tokenize(t)).toEqual(findAll(reference, t));
    }), { numRuns: 2000 });
  });
});

describe("dateWords", () => {
  it("sets a word's bit exactly when the text contains it anywhere, as includes would", () => {
    const checks: Array<[string, number]> = [["thang", W.thang], ["day", W.day], ["q", W.q], ["quy", W.quy], ["may", W.monthName], ["/", W.slash], ["-", W.dash]];
    expect(dateWords("today") & W.day).toBe(W.day);
    expect(dateWords("namay") & W.monthName).toBe(W.monthName);
    expect(dateWords("xong roi")).toBe(0);
    fc.assert(fc.property(fc.oneof(text, fc.string({ unit: fc.constantFrom(..."thangqdymu/7 -."), maxLength: 30 })), (t) => {
      const mask = dateWords(t);
      for (const [word, bit] of checks) if (word !== "may") expect([word, (mask & bit) !== 0]).toEqual([word, t.includes(word)]);
      expect((mask & W.digit) !== 0).toBe(/\d/.test(t));
    }), { numRuns: 2000 });
  });
});
