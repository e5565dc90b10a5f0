/** Flows a reviewer found broken, each pinned: numbers that stay put, groups, fallbacks, double taps. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AppDeps } from "../../src/app/deps.ts";
import { importNotice } from "../../src/app/import-notice.ts";
import { newAssignment } from "../../src/core/assign.ts";
import { handleInbound } from "../../src/bot/handle.ts";
import { MemoryChannel } from "../../src/channels/memory.ts";
import type { ChannelName, InboundMessage } from "../../src/channels/port.ts";
import { parseDirective } from "../../src/core/directive/parse.ts";
import { createHarness, official, until, type Harness } from "../support/harness.ts";
import { quangTriNotice } from "../support/notices.ts";

let h: Harness;
let tg: MemoryChannel;
let zl: MemoryChannel;
let deps: AppDeps;
let seq = 0;
const ADMIN = official("ADM", { role: "admin", fullName: "Trần Thị Quản Trị", unit: "Văn phòng UBND tỉnh", telegramChatId: "900" });
const STC = official("STC", { fullName: "Hà Thị Thu Trang", unit: "Sở Tài chính", telegramChatId: "101" });

beforeEach(async () => {
  tg = new MemoryChannel("telegram");
  zl = new MemoryChannel("zalo");
  h = await createHarness([tg, zl]);
  deps = { ...h.deps, available: new Set<ChannelName>(["telegram", "zalo"]) };
  h.setNow("2026-12-03T09:00:00+07:00");
  await h.store.saveOfficials([ADMIN, STC]);
});
afterEach(async () => { await h.close(); });

const from = (chat: string, text: string, extra: Partial<InboundMessage> = {}): InboundMessage =>
  ({ channel: "telegram", chatId: chat, userId: chat, text, messageId: `m${++seq}`, replyToMessageId: null, buttonData: null, at: new Date(), ...extra });
async function send(chat: string, text: string, extra: Partial<InboundMessage> = {}): Promise<string> {
  const ch = extra.channel === "zalo" ? zl : tg;
  const before = ch.to(chat).length;
  await handleInbound(deps, from(chat, text, extra));
  return ch.to(chat).slice(before).map((m) => m.text).join("\n---\n");
}
async function importTasks(number: string, items: string[]): Promise<void> {
  const r = parseDirective(quangTriNotice(number, items));
  if (!r.ok) throw new Error("no parse");
  await importNotice(deps, r.directive, { who: "ADM", channel: "cli", text: "import" });
}

describe("review fixes", () => {
  it("task numbers stay put: '1 xong' then '2 xong' closes tasks 1 and 2, and a later notice's tasks come after", async () => {
    await importTasks("31/TB-UBND", ["Giao Sở Tài chính lập dự toán, hoàn thành trước ngày 20/12/2026.", "Giao Sở Tài chính rà soát nợ đọng, hoàn thành trước ngày 22/12/2026.", "Giao Sở Tài chính báo cáo quyết toán, hoàn thành trước ngày 24/12/2026."]);
    h.setNow("2026-12-03T10:00:00+07:00");
    await importTasks("32/TB-UBND", ["Giao Sở Tài chính kiểm tra quỹ, hoàn thành trước ngày 10/12/2026."]);
    expect(await send("101", "1 xong")).toContain("lập dự toán");
    expect(await send("101", "2 xong")).toContain("rà soát nợ đọng");
    const list = await send("101", "/nhiemvu");
    expect(list).toMatch(/^3\. Giao Sở Tài chính báo cáo quyết toán/m);
    expect(list).toMatch(/^4\. Giao Sở Tài chính kiểm tra quỹ/m);
    expect(await send("101", "1 xong")).toContain("Nhiệm vụ số 1 đã được ghi nhận hoàn thành trước đó");
    // Two statements about task 1, closed, beside task 3's done: the answer says it is task 1, and says it once.
    const both = await send("101", "Đã xong việc 3. Việc 1 xin gia hạn 2 tuần do chờ ý kiến của Bộ");
    expect(both).toContain("báo cáo quyết toán");
    expect(both.match(/Nhiệm vụ số 1 đã được ghi nhận hoàn thành trước đó/g)).toHaveLength(1);
    expect(both).not.toMatch(/Nhiệm vụ này đã được ghi nhận hoàn thành/);
  });

  it("in a group bound to an admin, another member cannot act as the admin, and is not offered registration there", async () => {
    await h.store.saveOfficials([{ ...ADMIN, telegramChatId: "-100900" }]);
    expect(await send("-100900", "/phatthanh tất cả: họp ngay", { userId: "555" })).toBe("");
    expect(tg.sent.filter((m) => m.text.includes("họp ngay"))).toEqual([]);
  });

  it("a Zalo user who writes a greeting hears how to register once, not 'wrong code' at every message, and is not locked out", async () => {
    expect(await send("z1", "xin chao", { channel: "zalo" })).toContain("chưa được đăng ký");
    for (let i = 0; i < 5; i++) expect(await send("z1", "xin chao", { channel: "zalo" })).toBe("");
    expect(await send("z1", "ABCDEFGH23", { channel: "zalo" })).toContain("Mã đăng ký không đúng");
  });

  it("tells the admin once and gives up when Zalo cannot reach the leader and Telegram is blocked too", async () => {
    const leader = official("SNV", { fullName: "Ma Văn Khiêm", unit: "Sở Nội vụ", zaloUserId: "z-snv", telegramChatId: "102" });
    await h.store.saveOfficials([leader]);
    zl.unreachable.add("z-snv");
    tg.blocked.add("102");
    h.setNow("2026-12-15T08:00:00+07:00");
    await importTasks("33/TB-UBND", ["Giao Sở Nội vụ rà soát biên chế, hoàn thành trước ngày 15/12/2026.", "Giao Sở Nội vụ báo cáo tinh giản, hoàn thành trước ngày 16/12/2026."]);
    h.startWorker("zalo");
    h.startWorker("telegram");
    await until(() => tg.to("900").length >= 2, 6_000, "the admin notices");
    await new Promise((r) => setTimeout(r, 500));
    const notices = tg.to("900").map((m) => m.text);
    expect(notices.filter((t) => t.includes("không nhận được tin nhắn qua Zalo"))).toHaveLength(1);
    expect(notices.filter((t) => t.includes("Không gửi được tin nhắn đến Đồng chí Ma Văn Khiêm"))).toHaveLength(1);
    expect(await h.store.isUnreachable("telegram", "SNV")).toBe(true);
  });

  it("a double tap on Confirm says the preview is gone, not something about extensions", async () => {
    const notice = quangTriNotice("34/TB-UBND", ["Giao Sở Tài chính lập dự toán, hoàn thành trước ngày 20/12/2026."]);
    await handleInbound(deps, from("900", notice));
    const confirm = tg.to("900").at(-1)!.buttons![0]![0]!;
    expect(await send("900", "", { buttonData: confirm.data })).toContain("Đã nhập 1 nhiệm vụ");
    expect(await send("900", "", { buttonData: confirm.data })).toContain("Bản xem trước này đã được xác nhận, hủy hoặc đã hết hạn");
  });

  it("an extension approved after the task was reported done changes nothing", async () => {
    await importTasks("35/TB-UBND", ["Giao Sở Tài chính lập dự toán, hoàn thành trước ngày 20/12/2026."]);
    h.startWorker("telegram");
    await send("101", "xin gia hạn đến 15/1/2027");
    await until(() => tg.to("900").some((m) => m.text.includes("Đề nghị gia hạn nhiệm vụ")), 5_000, "the request");
    await send("101", "xong");
    const approve = tg.to("900").find((m) => m.text.includes("Đề nghị gia hạn nhiệm vụ"))!.buttons![0]![0]!;
    expect(await send("900", "", { buttonData: approve.data })).toContain("đã được ghi nhận hoàn thành trước đó");
    expect((await h.store.assignmentsOf("STC"))[0]!.deadline).toBe("2026-12-20");
  });

  it("finishes an import that stopped half-way instead of calling it a duplicate", async () => {
    const r = parseDirective(quangTriNotice("36/TB-UBND", ["Giao Sở Tài chính lập dự toán, hoàn thành trước ngày 20/12/2026."]));
    if (!r.ok) throw new Error("no parse");
    await h.store.saveDirective(r.directive, "ADM", h.deps.clock()); // the process died right after this
    const again = await importNotice(deps, r.directive, { who: "ADM", channel: "cli", text: "import" });
    expect(again).toMatchObject({ created: true, assignments: 1 });
    expect((await importNotice(deps, r.directive, { who: "ADM", channel: "cli", text: "import" })).created).toBe(false);
  });

  it("queues the reminders an import cut short created assignments for but never queued", async () => {
    const r = parseDirective(quangTriNotice("37/TB-UBND", ["Giao Sở Tài chính lập dự toán, hoàn thành trước ngày 20/12/2026."]));
    if (!r.ok) throw new Error("no parse");
    const { tasks } = await h.store.saveDirective(r.directive, "ADM", h.deps.clock());
    // The process died after writing the assignment, before queuing its reminders.
    const [a] = await h.store.createAssignments([newAssignment(tasks[0]!, "STC", h.deps.clock())], h.deps.clock());
    const again = await importNotice(deps, r.directive, { who: "ADM", channel: "cli", text: "import" });
    expect(again.reminders).toBeGreaterThan(0);
    expect(await h.redis.scard(h.store.k.jobsOf(a!.id))).toBe(again.reminders);
  });
});
