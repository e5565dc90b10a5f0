/**
 * The rest of a conversation (issue 9): invites that replace each other, a moved registration,
 * broadcasts inside office hours, usage lines, and one busy chat that never delays another.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AppDeps } from "../../src/app/deps.ts";
import { createInvite } from "../../src/app/invites.ts";
import { handleInbound } from "../../src/bot/handle.ts";
import { MemoryChannel } from "../../src/channels/memory.ts";
import type { ChannelName, InboundMessage } from "../../src/channels/port.ts";
import { RateLimiter } from "../../src/channels/limiter.ts";
import { createHarness, official, until, type Harness } from "../support/harness.ts";

let h: Harness;
let tg: MemoryChannel;
let deps: AppDeps;
let seq = 0;
const ADMIN = official("ADM", { role: "admin", fullName: "Trần Thị Quản Trị", unit: "Văn phòng UBND tỉnh", telegramChatId: "900" });
const STC = official("STC", { fullName: "Hà Thị Thu Trang", unit: "Sở Tài chính", telegramChatId: "101" });

/** A memory channel with a real per-chat limiter, so a burst to one chat waits as on Telegram. */
class LimitedChannel extends MemoryChannel {
  readonly limiter = new RateLimiter({ perSecond: 1000, perChatPerSecond: 1 });
  override async send(chatId: string, m: Parameters<MemoryChannel["send"]>[1]) {
    await this.limiter.acquire(chatId);
    return super.send(chatId, m);
  }
  waitMs(chatId: string): number { return this.limiter.waitMs(chatId); }
}

beforeEach(async () => {
  tg = new LimitedChannel("telegram");
  h = await createHarness([tg]);
  deps = { ...h.deps, available: new Set<ChannelName>(["telegram"]) };
  h.setNow("2026-12-03T09:00:00+07:00");
  await h.store.saveOfficials([ADMIN, STC]);
});
afterEach(async () => { await h.close(); });

const from = (chat: string, text: string, extra: Partial<InboundMessage> = {}): InboundMessage =>
  ({ channel: "telegram", chatId: chat, userId: chat, text, messageId: `m${++seq}`, replyToMessageId: null, buttonData: null, at: new Date(), ...extra });
async function send(chat: string, text: string, extra: Partial<InboundMessage> = {}): Promise<string> {
  const before = tg.to(chat).length;
  await handleInbound(deps, from(chat, text, extra));
  return tg.to(chat).slice(before).map((m) => m.text).join("\n---\n");
}

describe("invites and registration", () => {
  it("a new code for an official cancels the older one", async () => {
    const first = await createInvite(h.store, "STC", "ADM", h.deps.clock());
    const second = await createInvite(h.store, "STC", "ADM", h.deps.clock());
    expect(second.cancelled).toBe(true);
    expect(await send("555", `/start ${first.code}`)).toContain("Mã đăng ký không đúng");
    expect(await send("555", `/start ${second.code}`)).toContain("Xin chào Đồng chí Hà Thị Thu Trang");
  });

  it("binding an official to a new chat tells the old chat it no longer receives reminders", async () => {
    const { code } = await createInvite(h.store, "STC", "ADM", h.deps.clock());
    expect(await send("777", `/start ${code}`)).toContain("Xin chào Đồng chí Hà Thị Thu Trang");
    expect(tg.to("101").at(-1)!.text).toContain("từ nay cuộc trò chuyện này không còn nhận nhắc việc");
    expect((await h.store.officialByChat("telegram", "101"))).toBeNull();
  });

  it("/moi without a code shows its usage", async () => {
    expect(await send("900", "/moi")).toContain("Cú pháp: /moi <mã cán bộ>");
  });
});

describe("broadcasts", () => {
  it("outside office hours a broadcast waits for the next working morning unless the admin chooses 'Gửi ngay'", async () => {
    h.startWorker("telegram");
    h.setNow("2026-12-04T19:30:00+07:00"); // a Friday evening
    const preview = await send("900", "/phatthanh Sở Tài chính; Sở Du lịch: Đề nghị rà soát số liệu thu chi.");
    expect(preview).toContain("Xem trước thông báo gửi đến 1 cán bộ:\n• Sở Tài chính: 1 cán bộ\n• Sở Du lịch: không khớp cán bộ nào trong danh sách");
    expect(preview).toContain("Kính gửi Đồng chí Hà Thị Thu Trang,\nĐề nghị rà soát số liệu thu chi.");
    const [row] = tg.to("900").at(-1)!.buttons!;
    expect(row!.map((b) => b.label)).toEqual(["Gửi trong giờ hành chính (07:30 Thứ Hai, 07/12/2026)", "Gửi ngay"]);
    expect(await send("900", "", { buttonData: row![0]!.data })).toContain("vào 07:30 Thứ Hai, 07/12/2026");
    const [job] = (await h.deps.queues.get("telegram").getJobs(["delayed"])).filter((j) => j.id?.startsWith("bc~"));
    expect(job!.delay).toBe(Date.parse("2026-12-07T07:30:00+07:00") - Date.parse("2026-12-04T19:30:00+07:00"));
    // The same preview cannot be sent twice.
    expect(await send("900", "", { buttonData: row![1]!.data })).toContain("Bản xem trước này đã được gửi, hủy hoặc đã hết hạn");
    const again = await send("900", "/phatthanh Sở Tài chính: Họp gấp lúc 20 giờ.");
    expect(again).toContain("Xem trước");
    expect(await send("900", "", { buttonData: tg.to("900").at(-1)!.buttons![0]![1]!.data })).toContain("Đang gửi văn bản đến 1 cán bộ");
    await until(() => tg.to("101").some((m) => m.text.includes("Họp gấp lúc 20 giờ")), 5_000, "the urgent broadcast");
  });
});

describe("inbound fairness", () => {
  it("a stranger's burst of 40 messages gets one answer and does not delay a leader's", async () => {
    for (let i = 0; i < 40; i++) await handleInbound(deps, from("666", `alo ${i}`));
    expect(tg.to("666")).toHaveLength(1);
    const started = Date.now();
    expect(await send("101", "/nhiemvu")).toContain("không có nhiệm vụ nào chưa hoàn thành");
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it("a leader who sends many messages at once has the later answers queued, not waited for", async () => {
    h.startWorker("telegram");
    const started = Date.now();
    // As the inbound worker takes them: several at once.
    await Promise.all(Array.from({ length: 5 }, () => handleInbound(deps, from("101", "/nhiemvu"))));
    // Each answer that would wait more than a second for the chat's turn went to the delivery queue instead.
    expect(Date.now() - started).toBeLessThan(1_500);
    await until(() => tg.to("101").length === 5, 10_000, "all five answers");
  });
});

describe("the import preview", () => {
  it("lists every fragment that is no task with its reason, and what to check on each task", async () => {
    await h.store.saveOfficials([official("SNV", { fullName: "Ma Văn Khiêm", unit: "Sở Nội vụ", telegramChatId: "102" })]);
    const notice = [
      "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số: 61/TB-UBND", "Quảng Trị, ngày 02 tháng 12 năm 2026", "THÔNG BÁO",
      "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về giải ngân vốn đầu tư công",
      "1. Giao Sở Tài chính rà soát nợ đọng xây dựng cơ bản, hoàn thành trước ngày 20/12.",
      "2. Giao Sở Nội vụ tham mưu UBND tỉnh ban hành kế hoạch kiểm tra công vụ năm 2027, hoàn thành trước ngày 25/12/2026.",
      "3. Giám đốc các sở chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để chậm trễ.",
      "UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
    ].join("\n");
    const preview = await send("900", notice);
    expect(preview).toContain("2 nhiệm vụ:");
    // Issue 9: "tham mưu UBND tỉnh ban hành kế hoạch" is a task of Sở Nội vụ.
    expect(preview).toMatch(/2\. Giao Sở Nội vụ tham mưu UBND tỉnh ban hành kế hoạch[\s\S]*Người nhận: 1 \(Sở Nội vụ: 1\)/);
    expect(preview).toMatch(/1\. Giao Sở Tài chính rà soát nợ đọng[\s\S]*⚠ Cần kiểm tra: Thời hạn không ghi năm/);
    expect(preview).toContain("Các nội dung không phải nhiệm vụ (2 mục, hệ thống không nhắc việc):");
    expect(preview).toContain("• “Giám đốc các sở chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để chậm trễ.” — lý do: Quy định trách nhiệm khi để chậm trễ");
    expect(preview).toContain("• “UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.” — lý do: Câu kết thúc");
  });
});

describe("acknowledgements", () => {
  it("show the task as it is after the change, and the undo hint once for several changes", async () => {
    const { quangTriNotice } = await import("../support/notices.ts");
    const { parseDirective } = await import("../../src/core/directive/parse.ts");
    const { importNotice } = await import("../../src/app/import-notice.ts");
    const r = parseDirective(quangTriNotice("71/TB-UBND", ["Giao Sở Tài chính lập dự toán, hoàn thành trước ngày 20/12/2026.", "Giao Sở Tài chính rà soát nợ, hoàn thành trước ngày 22/12/2026."]));
    if (!r.ok) throw new Error("no parse");
    await importNotice(deps, r.directive, { who: "ADM", channel: "cli", text: "import" });
    const ack = await send("101", "1 dat 70%, 2 xong");
    expect(ack).toMatch(/1\. Giao Sở Tài chính lập dự toán[^\n]*\n {3}[^\n]*Đạt 70%/);
    expect(ack).toMatch(/2\. Giao Sở Tài chính rà soát nợ[^\n]*\n {3}[^\n]*Hoàn thành đúng hạn/);
    expect(ack.match(/gõ \/hoantac/g)).toHaveLength(1);
    expect(tg.to("101").at(-1)!.buttons!.flat().map((b) => b.label)).toEqual(["Hoàn tác NV 1", "Hoàn tác NV 2"]);
  });
});
