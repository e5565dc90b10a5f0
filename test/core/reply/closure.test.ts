/**
 * Never a false close: a reply that negates, questions or limits completion never yields "done".
 * Sentences are generated from negators × done words × positions, with and without diacritics, with
 * one-slip typos of the negator, and with politeness and task numbers around them. A control
 * property shows the same done words, said plainly, are read as done: the others can fail.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold } from "../../../src/core/text/fold.ts";
import { readReply } from "../../../src/core/reply/understand.ts";
import { isSyllable } from "../../../src/core/text/syllables.ts";

const NOW = new Date("2026-11-25T09:00:00+07:00");
const kinds = (text: string): string[] => readReply(text, NOW).map((i) => i.kind);

/** Typed as leaders type it, or with the marks dropped (as on a phone without a Vietnamese keyboard). */
const spelled = (g: fc.Arbitrary<string>): fc.Arbitrary<string> => fc.tuple(g, fc.boolean()).map(([s, plain]) => (plain ? fold(s) : s));

const DONE = ["xong", "xog", "hoàn thành", "hoàn tất", "ht", "xử lý xong", "làm xong", "xong xuôi", "dứt điểm", "đạt 100%", "100%", "done", "finished", "completed"];
const NEGATORS = ["chưa", "không", "ko", "k", "kg", "khg", "hok", "chx", "chẳng", "chả", "chưa thể", "không thể", "chưa kịp", "không kịp", "chưa được", "not", "never"];
/** Words that may stand between a negation and what it negates: "chưa thể làm xong". */
const BETWEEN = ["", "", "thể ", "làm ", "được ", "kịp ", "có ", "hẳn "];
const BEFORE = ["", "dạ ", "em báo cáo ", "kính gửi anh, ", "NV2 ", "nhiệm vụ 3 ", "#4 ", "3. ", "việc số 5 thì ", "bên em "];
const AFTER = ["", " ạ", " anh ạ", " rồi", " r", " nhé", " đâu", " được", " đc", "!", " hết", " đâu anh"];

const done = spelled(fc.constantFrom(...DONE));
const negator = spelled(fc.constantFrom(...NEGATORS));
const before = fc.constantFrom(...BEFORE);
const after = fc.constantFrom(...AFTER);
const between = fc.constantFrom(...BETWEEN);

/** One slip of a negation: a letter dropped, doubled, added, changed or two swapped ("chua" → "cua", "chuq", "cuha", "chuaa"). */
const LETTERS = "abcdefghijklmnopqrstuvwxyzăâêôơưđ";
const slip = fc.tuple(fc.constantFrom("chưa", "chua", "không", "khong"), fc.nat(), fc.constantFrom(...LETTERS), fc.constantFrom("drop", "add", "change", "swap"))
  .map(([w, at, letter, how]) => {
    const i = at % w.length;
    if (how === "drop") return w.slice(0, i) + w.slice(i + 1);
    if (how === "add") return w.slice(0, i) + letter + w.slice(i);
    if (how === "change") return w.slice(0, i) + letter + w.slice(i + 1);
    return i + 1 < w.length ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w.slice(0, i) + letter;
  })
  // Shorter than three letters a slip is no longer a word anyone reads as "chưa"; politeness stays politeness.
  .filter((w) => fold(w).length >= 3 && !["thua", "chua", "khong"].includes(fold(w)));

describe("the worst mistake is never made, over generated sentences", () => {
  it("control: the same done words said plainly are done", () => {
    fc.assert(fc.property(fc.constantFrom("", "dạ ", "em báo cáo ", "NV2 "), spelled(fc.constantFrom("xong", "hoàn thành", "đã xong", "hoàn tất", "ht", "xog", "đã xử lý dứt điểm")),
      fc.constantFrom("", " ạ", " rồi", " r", " nhé"), (b, d, a) => { expect(kinds(`${b}${d}${a}`)).toContain("done"); }));
  });

  it("a negation before a done word, near or with words between: 'chưa xong', 'không thể làm xong được'", () => {
    fc.assert(fc.property(before, negator, between, done, after, (b, n, w, d, a) => {
      expect(kinds(`${b}${n} ${w}${d}${a}`)).not.toContain("done");
    }), { numRuns: 3000 });
  });

  it("a slip of the negation right before the done word: 'cưha xong', 'chuq hoàn thành', 'khôgn xong'", () => {
    fc.assert(fc.property(before, slip, spelled(fc.constantFrom("xong", "hoàn thành", "hoàn tất", "xog")), after, (b, n, d, a) => {
      expect(kinds(`${b}${n} ${d}${a}`)).not.toContain("done");
    }), { numRuns: 3000 });
  });

  it("a slip of the negation with words between, unless the slip made another real word ('chia', 'thua')", () => {
    fc.assert(fc.property(before, slip.filter((w) => !isSyllable(fold(w))), fc.constantFrom("làm ", "thể ", "được "), spelled(fc.constantFrom("xong", "hoàn thành")), after,
      (b, n, w, d, a) => { expect(kinds(`${b}${n} ${w}${d}${a}`)).not.toContain("done"); }), { numRuns: 2000 });
  });

  it("denials and rhetoric: 'có xong đâu', 'xong đâu mà báo', 'xong gì mà xong', 'không phải xong mà là …'", () => {
    const frame = fc.constantFrom(
      (d: string) => `có ${d} đâu`, (d: string) => `${d} đâu mà báo`, (d: string) => `đã ${d} đâu anh`, (d: string) => `${d} gì mà ${d}`,
      (d: string) => `${d} thế nào được`, (d: string) => `làm sao ${d} được`, (d: string) => `không phải ${d} mà là mới bắt đầu`,
      (d: string) => `${d} đâu mà ${d}`, (d: string) => `chẳng ${d} được`, (d: string) => `khó ${d} được`,
    );
    fc.assert(fc.property(before, frame, spelled(fc.constantFrom("xong", "hoàn thành", "hoàn tất", "làm xong")), (b, f, d) => {
      expect(kinds(`${b}${f(d)}`)).not.toContain("done");
    }), { numRuns: 2000 });
  });

  it("questions about being done: 'xong chưa?', 'đã hoàn thành chưa ạ', 'xong ko'", () => {
    fc.assert(fc.property(before, done, fc.constantFrom(" chưa", " chưa?", " không", " ko", "?", " chưa ạ", " chưa anh", " hay chưa", " phải không", " rồi à", " rồi hả"), (b, d, q) => {
      expect(kinds(`${b}${d}${q}`)).not.toContain("done");
    }), { numRuns: 2000 });
  });

  it("the task excepted from a completion is never closed: 'xong hết trừ số 4', 'all done except task 2'", () => {
    const except = fc.constantFrom("trừ", "ngoại trừ", ", trừ", ", ngoại trừ", "except", "except for");
    const ref = fc.constantFrom((n: number) => `số ${n}`, (n: number) => `nhiệm vụ ${n}`, (n: number) => `NV${n}`, (n: number) => `task ${n}`, (n: number) => `#${n}`);
    fc.assert(fc.property(spelled(fc.constantFrom("xong hết", "tất cả đều xong", "đã hoàn thành hết", "all done", "everything finished")), except, ref, fc.integer({ min: 1, max: 9 }),
      (d, e, r, n) => {
        expect(readReply(`${d} ${e} ${r(n)}`, NOW).filter((i) => i.kind === "done" && i.task === n)).toEqual([]);
      }), { numRuns: 1000 });
  });

  it("a task named after a contrast, a denial or a turn never takes the 'done' before it: 'xong rồi, nhưng nhiệm vụ 3', 'xong, không phải NV3'", () => {
    const word = fc.constantFrom("nhưng", "mà", "không phải", "chứ không phải", "chứ chưa phải", "riêng", "còn", "but", "but not", "however", "trừ", "ngoại trừ");
    const ref = fc.constantFrom((n: number) => `nhiệm vụ ${n}`, (n: number) => `NV${n}`, (n: number) => `việc số ${n}`, (n: number) => `#${n}`);
    fc.assert(fc.property(spelled(fc.constantFrom("xong rồi", "đã hoàn thành", "xong", "done")), fc.constantFrom(", ", " ", "; "), word, ref, fc.integer({ min: 1, max: 9 }), fc.constantFrom("", " ạ", " anh"),
      (d, sep, w, r, n, tail) => {
        expect(readReply(`${d}${sep}${w} ${r(n)}${tail}`, NOW).filter((i) => i.kind === "done" && i.task === n)).toEqual([]);
      }), { numRuns: 2000 });
  });

  it("limits, plans, guesses and other events: 'xong rồi mà chưa nghiệm thu', 'mai xong', 'hình như xong', 'họp xong'", () => {
    const frame = fc.constantFrom(
      (d: string) => `${d} rồi nhưng chưa nghiệm thu`, (d: string) => `${d} rồi mà chưa bàn giao`, (d: string) => `${d} phần khảo sát, còn phần báo cáo`,
      (d: string) => `${d} 3/5 xã`, (d: string) => `${d} hết trừ xã Tân Lập`, (d: string) => `mới ${d} dự thảo thôi`, (d: string) => `${d} rồi, còn 2 xã chưa`,
      (d: string) => `hình như ${d} rồi`, (d: string) => `chắc ${d} rồi`, (d: string) => `có lẽ đã ${d}`, (d: string) => `mai ${d}`, (d: string) => `sẽ ${d}`,
      (d: string) => `dự kiến 30/12 ${d}`, (d: string) => `chiều nay là ${d}`, (d: string) => `họp ${d} em gọi lại`, (d: string) => `chờ họp ${d} mới triển khai`,
      (d: string) => `sắp ${d}`, (d: string) => `gần ${d}`, (d: string) => `tưởng ${d} rồi`, (d: string) => `khi nào ${d} em báo`, (d: string) => `${d} rồi thì em đã báo`,
      (d: string) => `${d} rồi, à không, mới ${d} dự thảo`,
    );
    fc.assert(fc.property(before, frame, spelled(fc.constantFrom("xong", "hoàn thành", "hoàn tất")), (b, f, d) => {
      expect(kinds(`${b}${f(d)}`)).not.toContain("done");
    }), { numRuns: 2000 });
  });
});
