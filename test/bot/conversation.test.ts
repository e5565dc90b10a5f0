import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AppDeps } from "../../src/app/deps.ts";
import { importNotice } from "../../src/app/import-notice.ts";
import { handleInbound } from "../../src/bot/handle.ts";
import { MemoryChannel } from "../../src/channels/memory.ts";
import type { InboundMessage } from "../../src/channels/port.ts";
import { parseDirective } from "../../src/core/directive/parse.ts";
import type { Official } from "../../src/core/model.ts";
import { createHarness, official, until, type Harness } from "../support/harness.ts";
import { NOIVU_31_12, quangTriNotice, TAICHINH_15_12, TAICHINH_MONTHLY } from "../support/notices.ts";

const NOTICE = quangTriNotice("88/TB-UBND", [TAICHINH_15_12, NOIVU_31_12, TAICHINH_MONTHLY]);

let h: Harness;
let tg: MemoryChannel;
let deps: AppDeps;
let seq = 0;
const ADMIN = official("ADM", { role: "admin", fullName: "Trần Thị Quản Trị", unit: "Văn phòng UBND tỉnh", title: "Chánh Văn phòng", telegramChatId: "900" });
const TAICHINH = official("STC", { fullName: "Hà Thị Thu Trang", unit: "Sở Tài chính", telegramChatId: "101" });
const NOIVU = official("SNV", { fullName: "Ma Văn Khiêm", unit: "Sở Nội vụ", telegramChatId: "102" });

beforeEach(async () => {
  tg = new MemoryChannel("telegram");
  h = await createHarness([tg]);
  deps = { ...h.deps, available: new Set(["telegram"] as const) };
  h.setNow("2026-12-03T09:00:00+07:00");
  await h.store.saveOfficials([ADMIN, TAICHINH, NOIVU]);
});
afterEach(async () => { await h.close(); });

/** A message from a chat, as the Telegram adapter would hand it over. */
function from(chat: string, text: string, extra: Partial<InboundMessage> = {}): InboundMessage {
  return { channel: "telegram", chatId: chat, userId: chat, text, messageId: `u${++seq}`, replyToMessageId: null, buttonData: null, at: new Date(), ...extra };
}
async function send(chat: string, text: string, extra: Partial<InboundMessage> = {}): Promise<string> {
  const before = tg.to(chat).length;
  await handleInbound(deps, from(chat, text, extra));
  return tg.to(chat).slice(before).map((m) => m.text).join("\n---\n");
}
async function importSample(): Promise<void> {
  const r = parseDirective(NOTICE);
  if (!r.ok) throw new Error("no parse");
  await importNotice(deps, r.directive, { who: "ADM", channel: "cli", text: "import" });
}
async function assignmentsOf(o: Official) { return h.store.assignmentsOf(o.id); }

describe("conversations", () => {
  it("tells an unregistered chat how to register, and nothing else", async () => {
    const answer = await send("555", "xong");
    expect(answer).toBe("Tài khoản này chưa được đăng ký với hệ thống đôn đốc nhiệm vụ. Để đăng ký, xin Đồng chí dùng mã đăng ký do bộ phận quản trị cung cấp: trên Telegram, mở đường dẫn đăng ký hoặc gõ /start kèm mã; trên Zalo, gửi mã trong tin nhắn.");
    expect(await h.store.officialByChat("telegram", "555")).toBeNull();
  });

  it("registers a leader with a single-use invite code, and limits wrong guesses", async () => {
    const newcomer = official("SYT", { fullName: "Đồng Văn Lực", unit: "Sở Y tế", telegramChatId: null });
    await h.store.saveOfficials([newcomer]);
    const created = await send("900", "/moi SYT");
    const code = /: ([A-Z0-9]{10})\n/.exec(created)?.[1];
    expect(code).toBeTruthy();
    expect(await send("777", `/start ${code}`)).toContain("Xin chào Đồng chí Đồng Văn Lực!");
    expect((await h.store.officialByChat("telegram", "777"))?.id).toBe("SYT");
    // The same code again, from another chat: used.
    expect(await send("778", `/start ${code}`)).toContain("Mã đăng ký này đã được sử dụng");
    for (let i = 0; i < 4; i++) expect(await send("779", "/start WRONGCODE1")).toContain("Mã đăng ký không đúng");
    expect(await send("779", `/start ${code}`)).toContain("Mã đăng ký này đã được sử dụng");
    expect(await send("779", "/start ANYTHING22")).toContain("nhập sai mã quá số lần cho phép");
  });

  it("'chưa xong' never closes a task; 'xong' on the only open task closes it, removes its reminders and is audited", async () => {
    await importSample();
    const [a] = await assignmentsOf(NOIVU);
    expect(a!.status).toBe("open");
    const jobsBefore = (await h.deps.queues.get("telegram").getJobs(["delayed"])).filter((j) => j.id!.includes(a!.id));
    expect(jobsBefore.length).toBeGreaterThan(0);
    expect(await send("102", "chưa xong")).toContain("Đã ghi nhận nhiệm vụ chưa hoàn thành");
    expect(await send("102", "sắp xong rồi")).not.toContain("Đã ghi nhận nhiệm vụ hoàn thành");
    expect((await h.store.getAssignment(a!.id))!.status).toBe("open");
    expect(await send("102", "da xong r a")).toContain("Đã ghi nhận nhiệm vụ hoàn thành");
    const after = (await h.store.getAssignment(a!.id))!;
    expect(after.status).toBe("done");
    expect((await h.deps.queues.get("telegram").getJobs(["delayed"])).filter((j) => j.id!.includes(a!.id))).toEqual([]);
    const audit = await h.store.auditOf(a!.id);
    expect(audit.at(-1)).toMatchObject({ who: "SNV", channel: "telegram", text: "da xong r a", action: "done" });
    expect(audit.at(-1)!.from).toMatch(/^open/);
    expect(audit.at(-1)!.to).toMatch(/^done/);
  });

  it("a plan with a day ('mai e gửi a nhé') is said back with its date, closes nothing, and past the deadline says how to ask for more time", async () => {
    await importSample();
    const [a] = await assignmentsOf(NOIVU);
    const plan = await send("102", "mai e gửi a nhé");
    expect(plan).toContain("Đã ghi nhận nhiệm vụ chưa hoàn thành, dự kiến hoàn thành ngày 04/12/2026");
    expect(plan).toContain("Giao Sở Nội vụ rà soát biên chế");
    const late = await send("102", "cố gắng trước 15/01/2027 a");
    expect(late).toContain("dự kiến hoàn thành ngày 15/01/2027, sau thời hạn 31/12/2026");
    expect(late).toContain("“xin gia hạn đến 15/01/2027”");
    const after = (await h.store.getAssignment(a!.id))!;
    expect(after.status).toBe("open");
    expect(after.deadline).toBe("2026-12-31");
    expect((await h.store.recentAudit()).filter((e) => e.target === a!.id && e.action === "not_done").map((e) => e.text)).toEqual(["mai e gửi a nhé", "cố gắng trước 15/01/2027 a"]);
  });

  it("work under way with the day it will be done ('đang triển khai, dự kiến 15/12 xong') is one answer: the progress and its day, and past the deadline how to ask for more time", async () => {
    await importSample();
    const [a] = await assignmentsOf(NOIVU);
    const plan = await send("102", "dang trien khai, du kien 15/12 xong a");
    expect(plan).toContain("Đã ghi nhận nhiệm vụ đang được triển khai thực hiện, dự kiến hoàn thành ngày 15/12/2026");
    expect(plan).not.toContain("chưa hoàn thành");
    expect(plan.match(/Đã ghi nhận/g)).toHaveLength(1);
    const late = await send("102", "đạt 60%, dự kiến 10/01/2027 xong");
    expect(late).toContain("Đã ghi nhận tiến độ đạt 60%, dự kiến hoàn thành ngày 10/01/2027");
    expect(late).toContain("muộn hơn thời hạn 31/12/2026");
    expect(late).toContain("“xin gia hạn đến 10/01/2027”");
    const after = (await h.store.getAssignment(a!.id))!;
    expect(after).toMatchObject({ status: "open", progress: 60, deadline: "2026-12-31" });
  });

  it("closing a task after its deadline is acknowledged as done late, not on time", async () => {
    await importSample();
    h.setNow("2027-01-05T09:00:00+07:00");
    const ack = await send("102", "xong");
    expect(ack).toContain("Đã ghi nhận nhiệm vụ hoàn thành");
    expect(ack).toContain("Hoàn thành quá hạn");
    expect(ack).not.toContain("Hoàn thành đúng hạn");
  });

  it("with several open tasks asks which one, then applies numbered replies to each", async () => {
    await importSample();
    const q = await send("101", "xong");
    expect(q).toContain("Xin Đồng chí cho biết nội dung trả lời áp dụng cho nhiệm vụ nào");
    expect(q).toMatch(/1\. Giao Sở Tài chính chủ trì/);
    expect((await assignmentsOf(TAICHINH)).every((a) => a.status === "open")).toBe(true);
    const r = await send("101", "1 xong, 2 đạt 70%");
    expect(r).toContain("Đã ghi nhận nhiệm vụ hoàn thành");
    expect(r).toContain("Đã ghi nhận tiến độ đạt 70%");
    const [first, second] = await assignmentsOf(TAICHINH);
    expect(first!.status).toBe("done");
    expect(second).toMatchObject({ status: "open", progress: 70 });
  });

  it("handles a replayed update once", async () => {
    await importSample();
    const msg = from("102", "đạt 40%");
    await handleInbound(deps, msg);
    await handleInbound(deps, msg);
    expect(tg.to("102").filter((m) => m.text.includes("40%"))).toHaveLength(1);
    expect((await h.store.auditOf((await assignmentsOf(NOIVU))[0]!.id)).filter((e) => e.action === "progress")).toHaveLength(1);
  });

  it("refuses a leader closing someone else's task (a reply in a group to another's reminder), and audits it", async () => {
    await importSample();
    const [theirs] = await assignmentsOf(TAICHINH);
    // The reminder to Sở Tài chính was posted in a group chat; Sở Nội vụ's director replies to it.
    await h.store.rememberMessage("telegram", "-100500", "42", [theirs!.id]);
    const before = tg.to("-100500").length;
    await handleInbound(deps, from("-100500", "xong", { userId: "102", replyToMessageId: "42" }));
    expect(tg.to("-100500").slice(before).map((m) => m.text).join()).toContain("không thuộc phạm vi được giao cho Đồng chí");
    expect((await h.store.getAssignment(theirs!.id))!.status).toBe("open");
    expect((await h.store.recentAudit(5)).map((e) => [e.who, e.action])).toContainEqual(["SNV", "refused_not_owner"]);
  });

  it("refuses a non-admin broadcast and audits the attempt", async () => {
    expect(await send("101", "/phatthanh tất cả: Họp khẩn lúc 14 giờ")).toBe("Đồng chí không có quyền thực hiện thao tác này.");
    expect((await h.store.recentAudit(3)).at(-1)).toMatchObject({ who: "STC", action: "refused_not_admin", target: "/phatthanh" });
    expect(tg.to("102")).toEqual([]);
  });

  it("sends an extension request to the admins; approval moves the deadline, re-plans the reminders and tells the leader", async () => {
    await importSample();
    h.startWorker("telegram");
    const [a] = await assignmentsOf(NOIVU);
    expect(await send("102", "xin gia hạn đến 30/1/2027")).toContain("Đã tiếp nhận đề nghị gia hạn đến ngày 30/01/2027");
    await until(() => tg.to("900").some((m) => m.text.includes("Đề nghị gia hạn nhiệm vụ")), 5_000, "the request at the admin");
    const request = tg.to("900").find((m) => m.text.includes("Đề nghị gia hạn nhiệm vụ"))!;
    expect(request.text).toContain("Đồng chí Ma Văn Khiêm (Sở Nội vụ) đề nghị gia hạn");
    const approve = request.buttons![0]![0]!;
    expect(approve.label).toBe("Đồng ý");
    expect(await send("900", "", { buttonData: approve.data })).toContain("Đã đồng ý gia hạn nhiệm vụ của Đồng chí Ma Văn Khiêm đến ngày 30/01/2027");
    // A second tap (or another admin) does nothing more.
    expect(await send("900", "", { buttonData: approve.data })).toContain("đã được xử lý trước đó");
    expect((await h.store.getAssignment(a!.id))!.deadline).toBe("2027-01-30");
    const ids = (await h.deps.queues.get("telegram").getJobs(["delayed"])).map((j) => j.id!).filter((id) => id.includes(a!.id));
    // One reminder waits, the first of the new plan (due on Friday 29/01, 30/01 being a Saturday); none of the old one.
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(new RegExp(`^r~${a!.id}~(before~2027-01-\\d\\d|due~2027-01-29)$`));
    await until(() => tg.to("102").some((m) => m.text.includes("đã được chấp thuận")), 5_000, "the answer to the leader");
  });

  it("forwards a blocker to the admins", async () => {
    await importSample();
    h.startWorker("telegram");
    expect(await send("102", "vướng mắc do thiếu kinh phí")).toContain("Nội dung: “thiếu kinh phí”");
    await until(() => tg.to("900").some((m) => m.text.includes("báo cáo khó khăn, vướng mắc")), 5_000, "the blocker at the admin");
  });

  it("imports a pasted notice after the admin confirms the preview, and each recipient gets their tasks", async () => {
    h.startWorker("telegram");
    const preview = tg.to("900").length;
    await handleInbound(deps, from("900", NOTICE));
    const msg = tg.to("900")[preview]!;
    expect(msg.text).toContain("Bản xem trước: Thông báo số 88/TB-UBND ngày 02/12/2026");
    expect(msg.text).toContain("3 nhiệm vụ");
    expect(await h.store.allAssignments()).toEqual([]);
    const confirm = msg.buttons![0]![0]!;
    expect(await send("900", "", { buttonData: confirm.data })).toContain("Đã nhập 3 nhiệm vụ");
    expect((await h.store.allAssignments()).length).toBe(3);
    await until(() => tg.to("101").some((m) => m.text.includes("ban hành Thông báo số 88/TB-UBND")), 5_000, "the directive at Sở Tài chính");
    const toStc = tg.to("101").find((m) => m.text.includes("ban hành"))!.text;
    expect(toStc).toMatch(/1\. Giao Sở Tài chính chủ trì/);
    expect(toStc).toMatch(/2\. Sở Tài chính báo cáo tình hình giải ngân/);
    await until(() => tg.to("900").some((m) => m.text.startsWith("Kết quả gửi")), 5_000, "the delivery report");
    expect(tg.to("900").find((m) => m.text.startsWith("Kết quả gửi"))!.text).toBe("Kết quả gửi “Thông báo số 88/TB-UBND ngày 02/12/2026”: đã gửi đến 2/2 cán bộ.");
  });

  it("says in the preview when a deadline has already passed, before the admin confirms", async () => {
    h.startWorker("telegram");
    h.setNow("2027-01-05T09:00:00+07:00");
    const preview = tg.to("900").length;
    await handleInbound(deps, from("900", NOTICE));
    const text = tg.to("900")[preview]!.text;
    // 15/12/2026 and 31/12/2026 are behind the admin on 05/01/2027; the monthly task's next date is not
    expect(text).toContain("Hạn 15/12/2026 (quá hạn 21 ngày)");
    expect(text).toContain("Hạn 31/12/2026 (quá hạn 5 ngày)");
    expect(await h.store.allAssignments()).toEqual([]);
  });

  it("reports the four buckets per unit and the overdue list", async () => {
    await importSample();
    await send("101", "1 xong");
    h.setNow("2027-01-05T09:00:00+07:00");
    const report = await send("900", "/baocao");
    expect(report).toContain("BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ\nTính đến ngày 05/01/2027");
    expect(report).toContain("Sở Tài chính: 2 nhiệm vụ\n   Đúng hạn: 1 · Hoàn thành quá hạn: 0 · Trong hạn: 1 · Quá hạn: 0\n   █████░░░░░ 50%");
    expect(report).toContain("Sở Nội vụ: 1 nhiệm vụ\n   Đúng hạn: 0 · Hoàn thành quá hạn: 0 · Trong hạn: 0 · Quá hạn: 1");
    const overdue = await send("900", "/quahan");
    expect(overdue).toContain("1. Giao Sở Nội vụ rà soát biên chế");
    expect(overdue).toContain("Ma Văn Khiêm (Sở Nội vụ) — hạn 31/12/2026, quá hạn 5 ngày");
  });

  it("answers each official in their own locale", async () => {
    await h.store.saveOfficials([{ ...NOIVU, locale: "en" }]);
    await importSample();
    expect(await send("102", "/nhiemvu")).toMatch(/^Your open tasks \(1\)/);
    expect(await send("101", "/nhiemvu")).toMatch(/^Các nhiệm vụ chưa hoàn thành của Đồng chí \(2\)/);
  });
});

describe("broadcast", () => {
  it("delivers to 200 officials and reports sent, failed and unreachable when done", async () => {
    h.startWorker("telegram", { concurrency: 20 });
    const many = Array.from({ length: 200 }, (_, i) => official(`X${i}`, { unit: `UBND xã Số ${i}`, unitType: "xã", title: "Chủ tịch", telegramChatId: i < 195 ? String(20_000 + i) : null }));
    await h.store.saveOfficials(many);
    for (let i = 0; i < 3; i++) tg.blocked.add(String(20_000 + i));
    const preview = await send("900", "/phatthanh UBND các xã: Đề nghị báo cáo tình hình mưa lũ trước 16 giờ hôm nay.");
    expect(preview).toContain("Xem trước thông báo gửi đến 200 cán bộ:\n• UBND các xã: 200 cán bộ");
    expect(tg.sent.filter((m) => m.text.includes("mưa lũ") && m.chatId !== "900")).toEqual([]);
    const [send1] = tg.to("900").at(-1)!.buttons![0]!;
    expect(send1!.label).toBe("Gửi");
    expect(await send("900", "", { buttonData: send1!.data })).toContain("Đang gửi văn bản đến 200 cán bộ");
    await until(() => tg.to("900").some((m) => m.text.startsWith("Kết quả gửi")), 20_000, "the delivery report");
    const report = tg.to("900").find((m) => m.text.startsWith("Kết quả gửi"))!.text;
    expect(report).toContain("“Đề nghị báo cáo tình hình mưa lũ trước 16 giờ hôm nay.”: đã gửi đến 192/200 cán bộ.");
    expect(report).toContain("• Không liên lạc được (chưa đăng ký hoặc đã chặn tin nhắn): 8 cán bộ");
    expect(new Set(tg.sent.filter((m) => m.chatId !== "900" && m.text.includes("mưa lũ")).map((m) => m.chatId)).size).toBe(192);
  });
});
