import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold } from "../../../src/core/text/fold.ts";
import { isSyllable } from "../../../src/core/text/syllables.ts";
import { repairTyping, untelex, withinOneEdit } from "../../../src/core/reply/typing.ts";
import { understandReply } from "../../../src/core/reply/understand.ts";

const repaired = (typed: string): string => repairTyping(fold(typed), typed).f;

describe("withinOneEdit (Damerau–Levenshtein ≤ 1)", () => {
  it.each([
    ["xong", "xong", true], ["xonh", "xong", true], ["xnog", "xong", true], ["xog", "xong", true], ["xongg", "xong", true],
    ["cuha", "chua", true], ["thah", "thanh", true], ["thnah", "thanh", true], ["xnogg", "xong", false], ["cong", "xong", true],
    ["hoan", "xong", false], ["", "a", true], ["ab", "ba", true], ["abc", "cab", false],
  ])("%s ~ %s: %s", (a, b, want) => {
    expect(withinOneEdit(a, b)).toBe(want);
    expect(withinOneEdit(b, a)).toBe(want);
  });

  it("agrees with a dynamic-programming Damerau–Levenshtein distance", () => {
    const dl = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) {
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
      }
      return d[a.length]![b.length]!;
    };
    const word = fc.string({ unit: fc.constantFrom(..."xonghauct"), maxLength: 6 });
    fc.assert(fc.property(word, word, (a, b) => { expect(withinOneEdit(a, b)).toBe(dl(a, b) <= 1); }), { numRuns: 3000 });
  });
});

describe("phone typing is repaired before reading", () => {
  it.each([
    // one slip in a key word that makes no Vietnamese syllable
    ["xnog", "xong"], ["xonh roi", "xong roi"], ["cưha xong", "chua xong"], ["hoan thah", "hoan thanh"], ["hoàn thnàh", "hoan thanh"],
    ["vướg mắc", "vuong mac"], ["extention", "extension"],
    // telex the keyboard did not convert
    ["xongf", "xong"], ["hoanf thanhf", "hoan thanh"], ["chuaw xong", "chua xong"], ["ddax xong", "da xong"], ["thieeus", "thieu"], ["vuowng", "vuong"],
    // a slip inside a two-word key phrase, even one that makes another syllable
    ["hoàn thàng", "hoan thanh"], ["khó khăng", "kho khan"], ["vướn mắc", "vuong mac"], ["gia hnạ", "gia han"],
    // "than" is also the grammar's English ("other than"): inside the phrase it is a slip all the same (round 13)
    ["hoàn thàn rồi ạ", "hoan thanh roi a"],
    // key words run together
    ["chưaxong", "chua xong"], ["xongroi", "xong roi"], ["nv2xongroi", "nv2 xong roi"], ["dahoanthanh", "da hoan thanh"],
    ["vuongmac ve von", "vuong mac ve von"], ["giahan den 30/12", "gia han den 30/12"],
  ])("%j reads as %j", (typed, want) => { expect(repaired(typed)).toBe(want); });

  it.each([
    // real words one letter from a key word stay what they are
    "công văn", "song song", "vườn cây", "khang trang", "hoàn thiện", "giá hàng", "thực tiễn", "tháng 12",
    // abbreviations, commands, addresses, English
    "UBND HĐND CNTT", "/hoanthanh 3", "bot@dondoc.vn", "none gone done", "update", "jan", "the report", "other than that",
  ])("%j is left alone", (typed) => { expect(repaired(typed)).toBe(fold(typed)); });

  it("keeps the leader's spelling in notes through the position map", () => {
    const typed = "dang vuowng mat bang";
    const r = repairTyping(fold(typed), typed);
    expect(r.f).toBe("dang vuong mat bang");
    const start = r.f.indexOf("vuong");
    expect(typed.slice(r.origin![start], r.origin![r.f.length])).toBe("vuowng mat bang");
  });

  it("reads whole telex phrases, not only the key words: a date, an obstacle, a held-down letter (round 16)", () => {
    const now = new Date("2026-12-09T09:00:00+07:00");
    expect(understandReply("cho e gia hanj ddeens cuoois thangs", now)).toMatchObject([{ kind: "extension", until: "2026-12-31" }]);
    // the admin reads the obstacle repaired, not the telex keys
    expect(understandReply("nv2 vuowngs mawtj bawngf a", now)).toMatchObject([{ kind: "blocker", task: 2, note: "vuong mat bang" }]);
    expect(understandReply("xonggf rồi ạ", now)).toMatchObject([{ kind: "done" }]);
    // an English word is no telex of one syllable
    expect(repairTyping("reports ok", "reports ok").f).toBe("reports ok");
  });

  it("never rewrites a Vietnamese syllable that is not next to a key phrase's other word", () => {
    fc.assert(fc.property(fc.constantFrom("c", "s", "d", "l", "h", "t", "v", "b", "n", "m", "x", "ch", "kh", "th", "tr", "ng", "nh", "ph", "g", "r"),
      fc.constantFrom("ong", "ua", "anh", "an", "ang", "oi", "ac", "ien", "uong", "ai", "at", "ao"), (onset, rhyme) => {
        const w = onset + rhyme;
        expect(isSyllable(w)).toBe(true);
        expect(repaired(`em ${w} ạ`)).toBe(`em ${w} a`);
      }));
  });

  it("untelex drops tone keys and doubled vowels after the onset only", () => {
    expect(untelex("xongf")).toBe("xong");
    expect(untelex("trongf")).toBe("trong");
    expect(untelex("sacs")).toBe("sac");
    expect(untelex("dduwowcj")).toBe("duoc");
  });
});
