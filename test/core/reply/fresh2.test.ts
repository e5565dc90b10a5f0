/**
 * The second blind round (see fresh2-replies.ts): voice transcripts, Zalo emoji, numbers in words,
 * many date forms, secretaries, several tasks with "còn"/"riêng", quoted reminders, refusals, English.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fold } from "../../../src/core/text/fold.ts";
import { spellDigits } from "../../../src/core/reply/numbers.ts";
import { blankQuotes } from "../../../src/core/reply/quotes.ts";
import { understandReply } from "../../../src/core/reply/understand.ts";
import { FRESH2_NOW, FRESH2_REPLIES } from "./fresh2-replies.ts";
import { comparable, falseDones, parseSpec } from "./spec.ts";

describe("understandReply: second round of replies written blind", () => {
  it.each(FRESH2_REPLIES)("%j → %s", (text, spec) => {
    const expected = parseSpec(spec);
    expect(comparable(understandReply(text, FRESH2_NOW), expected)).toEqual(expected);
  });

  it("reads no reply as done unless the tester did", () => {
    expect(falseDones(FRESH2_REPLIES, FRESH2_NOW)).toEqual([]);
  });
});

describe("rewriting the folded text keeps its length, so notes keep the leader's spelling", () => {
  const words = fc.constantFrom("mot", "hai", "ba", "muoi", "lam", "tu", "nua", "phan", "tram", "%", "nhiem vu", "so", "ngay", "thang",
    "them", "khoang", "2/3", "\"", "“", "”", ">", "\n", "xong", "nv1", "12", " ");
  const text = fc.array(words, { maxLength: 20 }).map((w) => w.join(" "));

  it("spellDigits and blankQuotes return text of the same length", () => {
    fc.assert(fc.property(text, (s) => {
      const f = fold(s);
      expect(spellDigits(f)).toHaveLength(f.length);
      expect(blankQuotes(f, () => true)).toHaveLength(f.length);
    }));
  });

  it("words become digits only where a number is meant", () => {
    expect(spellDigits("hai muoi lam phan tram")).toBe(`25${" ".repeat(10)} phan tram`);
    expect(spellDigits("nhiem vu nam 2026")).toBe("nhiem vu nam 2026");
    expect(spellDigits("ngay mot xong")).toBe("ngay mot xong");
    expect(spellDigits("xong mot phan")).toBe("xong mot phan");
  });

  const read = (text: string) => understandReply(text, FRESH2_NOW).map((i) => [i.kind, i.task]);

  it("a quotation is the leader's own words when nothing outside it says anything", () => {
    expect(read("\"Đã hoàn thành nhiệm vụ 2\"")).toEqual([["done", 2]]);
    expect(read("Em báo cáo: \"đã hoàn thành\"")).toEqual([["done", null]]);
  });

  it("words that fold like the ones the rules look for keep their own meaning", () => {
    expect(read("đối tượng đã hoàn thành")).toEqual([["done", null]]);
    expect(read("em sẽ thực hiện nhiệm vụ một cách nghiêm túc").some(([, task]) => task === 1)).toBe(false);
    expect(read("công việc hai bên phối hợp đã xong")).toEqual([["done", null]]);
  });
});
