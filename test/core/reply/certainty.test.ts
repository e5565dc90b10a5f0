import { describe, expect, it } from "vitest";
import { doneNeedsConfirmation, hedgedDone } from "../../../src/core/reply/certainty.ts";
import type { Intent } from "../../../src/core/reply/types.ts";
import { understandReply } from "../../../src/core/reply/understand.ts";

const DONE: Intent = { kind: "done", task: null, percent: null, until: null, days: null, note: null };

/** Whether a "done" read from `text` would close at once (false) or ask first (true), whatever else the reader saw. */
const asks = (text: string): boolean => doneNeedsConfirmation(text, [DONE], DONE);

describe("doneNeedsConfirmation", () => {
  it.each([
    "xong", "Xong rồi anh ạ", "1 xong", "NV3 đã hoàn thành", "da hoan thanh a", "✅", "đã xong, không có khó khăn gì",
    "100%", "xong nhiệm vụ 1 và 2", "Đã ban hành kế hoạch, nhiệm vụ hoàn thành ạ", "Dạ NV2 em đã xong từ hôm qua ạ", "no issues, done",
  ])("closes at once: %j", (text) => {
    expect(asks(text)).toBe(false);
  });

  it.each([
    // a remainder or an exception
    "NV1 đã xong, còn lại đang triển khai", "xong hết rồi trừ xã Tân Lập", "hoàn thành rồi nhưng còn phải chỉnh sửa",
    // a negator nearby
    "xong rồi mà chưa nghiệm thu", "xong rồi, chưa gửi báo cáo",
    // doubt
    "chắc xong rồi", "hình như xong rồi anh", "về cơ bản đã xong",
    // done, but not checked again
    "xong rồi, em chưa kiểm tra lại",
    // a question
    "xong rồi đúng không anh", "xong rồi?",
    // part of the whole
    "8/10 trạm y tế đã lắp xong", "xong 2 trong 5 trường", "à cái đó ờ chín trên mười xã xong rồi", "Done for 2 of the 3 communes",
    // a long report
    `Dạ em báo cáo anh: nhiệm vụ số 2 về rà soát thủ tục hành chính bên em đã hoàn thành, đã tổng hợp gửi văn phòng, các phòng chuyên môn đã thống nhất số liệu với các xã trong tuần vừa rồi ạ`,
    // a pasted list
    "1 xong\n2 xong\n3 xong",
    // a document issued or sent, read as done without a word of finishing
    "Đã gửi báo cáo số 1432/BC-SKHĐT về Văn phòng UBND tỉnh rồi ạ", "Đã ký ban hành Quyết định phê duyệt rồi anh nhé", "Đã ban hành ngày 25/11 rồi anh ạ",
    "UBND huyện đã ban hành Kế hoạch số 215/KH-UBND ngày 30/11/2026 triển khai nội dung này.",
    "đã gửi báo cáo về Sở", "Báo cáo em đã gửi qua hệ thống sáng nay rồi ạ", "Dạ, kế hoạch đã được ký ban hành ngày 01/12 ạ", "Sáng nay em vừa ký ban hành kế hoạch rồi anh",
  ])("asks first: %j", (text) => {
    expect(asks(text)).toBe(true);
  });

  it("asks when another part of the reply says something else about the same task", () => {
    const intents: Intent[] = [{ ...DONE, task: 2 }, { ...DONE, kind: "progress", task: 2, percent: 80 }];
    expect(doneNeedsConfirmation("2 xong 2 đạt 80", intents, intents[0]!)).toBe(true);
  });

  it("the reader's 'done' for a document issued or sent is confirmed first", () => {
    for (const text of ["Đã gửi báo cáo số 1432/BC-SKHĐT về Văn phòng UBND tỉnh rồi ạ", "Đã ký ban hành Quyết định phê duyệt rồi anh nhé",
      "Báo cáo em đã gửi qua hệ thống sáng nay rồi ạ", "Số 1 đã gửi báo cáo rồi", "Dạ, kế hoạch đã được ký ban hành ngày 01/12 ạ",
      // round 14: a bare sending, which may be a step of the task
      "em gửi rồi anh", "e gửi r mà a, hôm 16 đó", "nv 2 em nộp từ 20/11 rồi mà"]) {
      const intents = understandReply(text, new Date("2026-12-02T09:00:00+07:00"));
      const done = intents.find((i) => i.kind === "done");
      expect(done).toBeDefined();
      expect(doneNeedsConfirmation(text, intents, done!)).toBe(true);
    }
  });
});

describe("hedgedDone", () => {
  it("asks about a guessed sending as about a guessed done, not about a negated or asked one", () => {
    expect(["hình như văn phòng gửi rồi, để em hỏi lại", "chắc là đã nộp rồi anh", "hình như xong rồi"].map(hedgedDone)).toEqual([true, true, true]);
    expect(["chắc chưa gửi đâu anh", "gửi rồi hả anh?", "em gửi rồi anh"].map(hedgedDone)).toEqual([false, false, false]);
  });
});
