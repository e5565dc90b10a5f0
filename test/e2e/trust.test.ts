/**
 * Issue 9's conversations, through the service as `npm start` assembles it, the fake Telegram Bot
 * API and the test Redis: the bot records only what a leader said, about the task they meant.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { Redis } from "ioredis";
import { memoryIo } from "../../src/cli/io.ts";
import { run as rosterRun } from "../../src/cli/roster.ts";
import { loadConfig } from "../../src/config.ts";
import { silentLogger } from "../../src/log.ts";
import { startService, type Service } from "../../src/service.ts";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram-server.ts";
import type { DeliveredMessage } from "../fakes/telegram-types.ts";
import { official, until } from "../support/harness.ts";
import { quangTriNotice } from "../support/notices.ts";
import { deleteByPrefix, uniquePrefix } from "../support/redis.ts";

const ADMIN = 9000, L1 = 1001, L2 = 1002, L3 = 1003, L4 = 1004, L5 = 1005;
const UNITS: Record<number, { id: string; unit: string; name: string }> = {
  [L1]: { id: "STC", unit: "Sở Tài chính", name: "Hà Thị Thu Trang" },
  [L2]: { id: "SNV", unit: "Sở Nội vụ", name: "Ma Văn Khiêm" },
  [L3]: { id: "SXD", unit: "Sở Xây dựng", name: "Lục Văn Bình" },
  [L4]: { id: "SYT", unit: "Sở Y tế", name: "Triệu Thị Mai" },
};
let tg: FakeTelegram;
let svc: Service;
let redis: Redis;
let prefix: string;
let env: Record<string, string>;
let now = new Date("2026-12-03T09:00:00+07:00");

beforeAll(async () => {
  tg = await startFakeTelegram({ secondMs: 50, globalPerSecond: 400 });
  prefix = uniquePrefix("trust");
  redis = new Redis(inject("redisUrl"));
  env = { REDIS_URL: inject("redisUrl"), DONDOC_KEY_PREFIX: prefix, PORT: "0", TELEGRAM_BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.url };
  svc = await startService(loadConfig(env), { logger: silentLogger, env, clock: () => now, pollTimeoutSeconds: 1, retryAfterUnitMs: 50, daily: false, workerLimit: { max: 300, durationMs: 1000 } });
  await svc.deps.store.saveOfficials([
    official("ADM", { role: "admin", fullName: "Trần Thị Quản Trị", unit: "Văn phòng UBND tỉnh", title: "Chánh Văn phòng", unitType: "ban ngành", telegramChatId: String(ADMIN) }),
    ...Object.entries(UNITS).map(([chat, u]) => official(u.id, { fullName: u.name, unit: u.unit, telegramChatId: chat })),
    official("XBB", { fullName: "Hoàng Văn Bắc", unit: "UBND xã Ba Bể", unitType: "xã", title: "Chủ tịch", telegramChatId: null }),
  ]);
});

afterAll(async () => {
  await svc?.stop();
  await tg?.close();
  await deleteByPrefix(redis, prefix);
  redis.disconnect();
});

const messages = (chat: number): DeliveredMessage[] => tg.messagesTo(chat);
/** A user writes; resolves with the bot's first new message in that chat that contains `expect` (any, when not given). */
async function say(chat: number, text: string, opts: Parameters<FakeTelegram["userSends"]>[2] = {}, expect?: string): Promise<DeliveredMessage> {
  const before = messages(chat).length;
  tg.userSends(chat, text, opts);
  const fresh = () => messages(chat).slice(before).filter((m) => !expect || m.text.includes(expect));
  await until(() => fresh().length > 0, 8_000, `an answer to "${text.slice(0, 30)}"`);
  return fresh()[0]!;
}
async function press(chat: number, m: DeliveredMessage, label: string): Promise<DeliveredMessage> {
  const button = m.reply_markup!.inline_keyboard.flat().find((b) => b.text === label);
  if (!button) throw new Error(`no button "${label}" on: ${m.text.slice(0, 60)}`);
  const before = messages(chat).length;
  tg.userPresses(chat, m.message_id, button.callback_data!);
  await until(() => messages(chat).length > before, 8_000, `an answer to "${label}"`);
  return messages(chat)[before]!;
}
/** The admin pastes a notice and confirms it; resolves once `chat` got its announcement. */
async function importThroughChat(number: string, items: string[], chat: number): Promise<DeliveredMessage> {
  const preview = await say(ADMIN, quangTriNotice(number, items), {}, "Bản xem trước");
  expect((await press(ADMIN, preview, "Xác nhận")).text).toContain(`Đã nhập ${items.length} nhiệm vụ`);
  await until(() => messages(chat).some((m) => m.text.includes(number)), 8_000, `the announcement of ${number}`);
  return messages(chat).find((m) => m.text.includes(number))!;
}
const byNumber = async (officialId: string) => new Map((await svc.deps.store.assignmentsOf(officialId)).map((a) => [a.number, a]));

describe("a reply changes exactly the task the leader meant", () => {
  it("'1 xong' then '3 xong' from the same /nhiemvu list close tasks 1 and 3, and nothing renumbers", async () => {
    await importThroughChat("101/TB-UBND", [
      "Giao Sở Tài chính lập dự toán ngân sách, hoàn thành trước ngày 20/12/2026.",
      "Giao Sở Tài chính rà soát nợ đọng xây dựng cơ bản, hoàn thành trước ngày 22/12/2026.",
      "Giao Sở Tài chính báo cáo quyết toán vốn đầu tư, hoàn thành trước ngày 24/12/2026.",
    ], L1);
    const list = (await say(L1, "/nhiemvu")).text;
    expect(list).toMatch(/^1\. Giao Sở Tài chính lập dự toán/m);
    expect(list).toMatch(/^3\. Giao Sở Tài chính báo cáo quyết toán/m);
    expect((await say(L1, "1 xong")).text).toContain("1. Giao Sở Tài chính lập dự toán");
    expect((await say(L1, "3 xong")).text).toContain("3. Giao Sở Tài chính báo cáo quyết toán");
    const n = await byNumber("STC");
    expect([n.get(1)!.status, n.get(2)!.status, n.get(3)!.status]).toEqual(["done", "open", "done"]);
    expect((await say(L1, "/nhiemvu")).text).toMatch(/^2\. Giao Sở Tài chính rà soát nợ đọng/m);
  });

  it("an announcement numbers tasks as /nhiemvu does, and a reply to it closes the announced task", async () => {
    const announcement = await importThroughChat("102/TB-UBND", ["Giao Sở Tài chính kiểm tra quỹ dự trữ tài chính, hoàn thành trước ngày 28/12/2026."], L1);
    expect(announcement.text).toMatch(/^4\. Giao Sở Tài chính kiểm tra quỹ/m);
    expect((await say(L1, "/nhiemvu")).text).toMatch(/^2\. [\s\S]*^4\. Giao Sở Tài chính kiểm tra quỹ/m);
    const ack = await say(L1, "xong", { replyTo: announcement.message_id });
    expect(ack.text).toContain("4. Giao Sở Tài chính kiểm tra quỹ");
    expect((await byNumber("STC")).get(4)!.status).toBe("done");
    expect((await byNumber("STC")).get(2)!.status).toBe("open");
  });

  it("a notice a leader pastes changes nothing, whatever it says", async () => {
    await importThroughChat("103/TB-UBND", ["Giao Sở Nội vụ tổng kết công tác thi đua, hoàn thành trước ngày 30/12/2026."], L2);
    const before = await svc.deps.store.assignmentsOf("SNV");
    const adminBefore = messages(ADMIN).length;
    const pasted = quangTriNotice("88/TB-UBND", [
      "Sở Nội vụ đã xong việc tổng kết công tác thi đua năm 2026.",
      "Các đơn vị vướng mắc do thiếu kinh phí xin gia hạn đến 30/6.",
    ]);
    expect((await say(L2, pasted)).text).toContain("không ghi nhận là báo cáo tiến độ");
    expect(await svc.deps.store.assignmentsOf("SNV")).toEqual(before);
    expect(await redis.scard(`${prefix}ext:pending`)).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(messages(ADMIN).slice(adminBefore).filter((m) => /vướng mắc|gia hạn/.test(m.text))).toEqual([]);
    // Forwarded, even a bare "xong" is someone else's word.
    expect((await say(L2, "xong", { forwardedFrom: "Văn phòng Sở" })).text).toContain("không ghi nhận là báo cáo tiến độ");
    expect((await svc.deps.store.assignmentsOf("SNV"))[0]!.status).toBe("open");
  });

  it("undo restores a closed task, its reminders and its report bucket, and is audited", async () => {
    await importThroughChat("104/TB-UBND", [
      "Giao Sở Xây dựng kiểm tra chất lượng công trình, hoàn thành trước ngày 18/12/2026.",
      "Giao Sở Xây dựng rà soát quy hoạch đô thị, hoàn thành trước ngày 23/12/2026.",
    ], L3);
    const [first] = await svc.deps.store.assignmentsOf("SXD");
    // One reminder waits: the first of the plan, 7 working days before 18/12.
    const jobsBefore = (await redis.smembers(`${prefix}asg:${first!.id}:jobs`)).sort();
    expect(jobsBefore).toEqual([`r~${first!.id}~before~2026-12-09`.replace(/:/g, "_")]);
    const ack = await say(L3, "1 xong");
    expect(ack.text).toContain("Đã ghi nhận nhiệm vụ hoàn thành");
    expect(ack.text).toContain("gõ /hoantac");
    expect(await redis.exists(`${prefix}asg:${first!.id}:jobs`)).toBe(0);
    const undone = await press(L3, ack, "Hoàn tác");
    expect(undone.text).toContain("Đã hoàn tác");
    const after = (await svc.deps.store.getAssignment(first!.id))!;
    expect([after.status, after.doneAt, after.number]).toEqual(["open", null, 1]);
    expect((await redis.smembers(`${prefix}asg:${first!.id}:jobs`)).sort()).toEqual(jobsBefore);
    const delayed = (await svc.deps.queues.get("telegram").getJobs(["delayed"])).map((j) => j.id);
    expect(delayed).toContain(jobsBefore[0]);
    expect((await say(ADMIN, "/baocao", {}, "BÁO CÁO")).text).toMatch(/Sở Xây dựng: 2 nhiệm vụ\n {3}Đúng hạn: 0 · Hoàn thành quá hạn: 0 · Trong hạn: 2/);
    expect((await svc.deps.store.auditOf(first!.id)).map((e) => e.action)).toEqual(["done", "undo_done"]);
    // A second press finds nothing left to undo.
    expect((await press(L3, ack, "Hoàn tác")).text).toContain("Không có thao tác nào để hoàn tác");
  });

  it("an uncertain 'done' asks first, and closes only on the confirmation button", async () => {
    // "còn lại …": something is left; the bot asks before closing.
    const long = "2 xong rồi, còn lại em báo sau";
    const ask = await say(L3, long);
    expect(ask.text).toMatch(/^Xác nhận hoàn thành nhiệm vụ số 2\?/);
    expect((await byNumber("SXD")).get(2)!.status).toBe("open");
    expect((await press(L3, ask, "Xác nhận hoàn thành")).text).toContain("Đã ghi nhận nhiệm vụ hoàn thành");
    expect((await byNumber("SXD")).get(2)!.status).toBe("done");
    expect((await svc.deps.store.auditOf((await byNumber("SXD")).get(2)!.id)).at(-1)!.text).toContain(long);
  });

  it("a guess at 'done' ('hình như nhiệm vụ 1 xong rồi') is asked about, and closes only on the confirmation button", async () => {
    const ask = await say(L3, "hình như nhiệm vụ 1 bên em làm xong rồi");
    expect(ask.text).toMatch(/^Xác nhận hoàn thành nhiệm vụ số 1\?/);
    expect((await byNumber("SXD")).get(1)!.status).toBe("open");
    expect((await press(L3, ask, "Xác nhận hoàn thành")).text).toContain("Đã ghi nhận nhiệm vụ hoàn thành");
    expect((await byNumber("SXD")).get(1)!.status).toBe("done");
  });

  it("after 'which task?', a bare '2' completes the extension request with its date", async () => {
    await importThroughChat("105/TB-UBND", [
      "Giao Sở Y tế kiểm tra an toàn thực phẩm, hoàn thành trước ngày 19/12/2026.",
      "Giao Sở Y tế báo cáo công tác phòng dịch, hoàn thành trước ngày 26/12/2026.",
    ], L4);
    const question = await say(L4, "xin gia hạn đến 15/1/2027");
    expect(question.text).toContain("cho biết nội dung trả lời áp dụng cho nhiệm vụ nào");
    expect(question.reply_markup!.inline_keyboard.flat().map((b) => b.text)).toEqual(["1", "2"]);
    expect((await say(L4, "2")).text).toContain("Đã tiếp nhận đề nghị gia hạn đến ngày 15/01/2027 đối với nhiệm vụ:\n2. Giao Sở Y tế báo cáo công tác phòng dịch");
    await until(() => messages(ADMIN).some((m) => m.text.includes("Đề nghị gia hạn nhiệm vụ") && m.text.includes("Triệu Thị Mai")), 8_000, "the request at the admin");
    const request = messages(ADMIN).find((m) => m.text.includes("Triệu Thị Mai") && m.text.includes("Đề nghị gia hạn"))!;
    expect(request.text).toContain("Đề nghị gia hạn đến: 15/01/2027");
    expect(request.text).toContain("“xin gia hạn đến 15/1/2027 → 2”");
  });

  it("a roster re-import keeps a chat registered with /start", async () => {
    const invite = await say(ADMIN, "/moi XBB", {}, "Mã đăng ký cho Đồng chí Hoàng Văn Bắc");
    const code = /: ([A-Z0-9]{10})\n/.exec(invite.text)![1]!;
    expect((await say(L5, `/start ${code}`)).text).toContain("Xin chào Đồng chí Hoàng Văn Bắc");
    const sheet = "Mã,Họ và tên,Chức vụ,Đơn vị,Loại đơn vị,Vai trò,Telegram\n"
      + `ADM,Trần Thị Quản Trị,Chánh Văn phòng,Văn phòng UBND tỉnh,ban ngành,Quản trị,${ADMIN}\n`
      + Object.entries(UNITS).map(([chat, u]) => `${u.id},${u.name},Giám đốc,${u.unit},sở,Lãnh đạo,${chat}`).join("\n")
      + "\nXBB,Hoàng Văn Bắc,Chủ tịch,UBND xã Ba Bể,xã,Lãnh đạo,\n";
    const io = Object.assign(memoryIo({ "roster.csv": Buffer.from(sheet, "utf8") }), { env });
    expect(await rosterRun(["import", "roster.csv"], io)).toBe(0);
    expect(io.stdout.join("\n")).toContain("giữ 1 liên kết Telegram/Zalo đã đăng ký qua chat");
    expect((await svc.deps.store.officialByChat("telegram", String(L5)))?.id).toBe("XBB");
    expect((await say(L5, "/nhiemvu")).text).toContain("không có nhiệm vụ nào chưa hoàn thành");
  });

  it("a sticker gets one polite line; a group hears the bot only when it speaks to it", async () => {
    const before = messages(L2).length;
    tg.userSendsSticker(L2);
    await until(() => messages(L2).length > before, 8_000, "the answer to a sticker");
    expect(messages(L2)[before]!.text).toContain("chỉ đọc được tin nhắn chữ");
    const GROUP = -100777;
    await svc.deps.store.saveOfficials([{ ...(await svc.deps.store.getOfficial("SNV"))!, telegramChatId: String(L2) }]);
    tg.userSends(GROUP, "xong rồi các anh ơi", { from: { id: L2 } });
    expect((await say(GROUP, "/nhiemvu", { from: { id: L2 } })).text).toContain("Các nhiệm vụ chưa hoàn thành của Đồng chí");
    expect(messages(GROUP).filter((m) => !m.text.includes("Các nhiệm vụ chưa hoàn thành"))).toEqual([]);
    expect((await svc.deps.store.assignmentsOf("SNV"))[0]!.status).toBe("open");
  });

  it("a stale button says the task is closed, never 'số ?'", async () => {
    const [done] = (await svc.deps.store.assignmentsOf("STC")).filter((a) => a.status === "done");
    const tok = await svc.deps.store.tokenFor(done!.id);
    const stale = tg.userPresses(L1, messages(L1).at(-1)!.message_id, `d:${tok}`, { anyData: true });
    expect(stale).toBeTruthy();
    await until(() => messages(L1).some((m) => m.text.includes("đã được ghi nhận hoàn thành trước đó")), 8_000, "the stale answer");
    expect(messages(L1).some((m) => m.text.includes("số ?"))).toBe(false);
  });
});

describe("long answers at the platform's pace", () => {
  let tg2: FakeTelegram;
  let svc2: Service;
  let prefix2: string;
  const OPS = 9100;

  beforeAll(async () => {
    // One message per chat every ~1.7 s, stricter than our 1/s: the second answer gets a 429.
    tg2 = await startFakeTelegram({ secondMs: 50, globalPerSecond: 400, perChatPerSecond: 0.6, perChatBurst: 1 });
    prefix2 = uniquePrefix("trust429");
    const env2 = { REDIS_URL: inject("redisUrl"), DONDOC_KEY_PREFIX: prefix2, PORT: "0", TELEGRAM_BOT_TOKEN: tg2.token, TELEGRAM_API_ROOT: tg2.url };
    svc2 = await startService(loadConfig(env2), { logger: silentLogger, env: env2, clock: () => now, pollTimeoutSeconds: 1, retryAfterUnitMs: 50, daily: false, workerLimit: { max: 300, durationMs: 1000 } });
    const store = svc2.deps.store;
    const leaders = Array.from({ length: 30 }, (_, i) => official(`XA${i}`, { fullName: `Chủ tịch xã ${i}`, unit: `UBND xã Số ${i}`, unitType: "xã", title: "Chủ tịch", telegramChatId: null }));
    await store.saveOfficials([official("OPS", { role: "admin", fullName: "Lê Văn Trực", unit: "Văn phòng UBND tỉnh", unitType: "ban ngành", telegramChatId: String(OPS) }), ...leaders]);
    // 300 overdue assignments: ten tasks each for thirty communes, due in November.
    const { saveDirective } = store;
    const { parseDirective } = await import("../../src/core/directive/parse.ts");
    const { newAssignment } = await import("../../src/core/assign.ts");
    const parsed = parseDirective(quangTriNotice("300/TB-UBND", Array.from({ length: 10 }, (_, i) => `Giao UBND các xã hoàn thành rà soát hồ sơ đất đai đợt ${i + 1}.`)));
    if (!parsed.ok) throw new Error("the notice does not parse");
    const saved = await saveDirective.call(store, parsed.directive, "OPS", now);
    await store.createAssignments(saved.tasks.flatMap((t, i) => leaders.map((o) => ({ ...newAssignment(t, o.id, now), deadline: `2026-11-${String(10 + i).padStart(2, "0")}` }))), now);
  });

  afterAll(async () => {
    await svc2?.stop();
    await tg2?.close();
    await deleteByPrefix(redis, prefix2);
  });

  it("/quahan with 300 overdue tasks arrives whole, as a summary at once and a CSV after it, through a fake that answers 429", async () => {
    tg2.userSends(OPS, "/quahan");
    await until(() => tg2.messagesTo(OPS).some((m) => m.document), 15_000, "the overdue list as a file");
    expect(tg2.count429).toBeGreaterThan(0);
    const [summary] = tg2.messagesTo(OPS).filter((m) => m.text.startsWith("DANH SÁCH NHIỆM VỤ QUÁ HẠN"));
    expect(summary!.text).toContain(": 300 nhiệm vụ");
    // Answered at once from the deadline index: the count and the ten longest overdue; the whole list follows as a file.
    expect(summary!.text).toContain("Trên đây là 10 nhiệm vụ quá hạn lâu nhất trong tổng số 300; danh sách đầy đủ đang được lập và sẽ gửi trong tệp đính kèm ngay sau tin nhắn này");
    expect(summary!.text).toMatch(/^1\. .*\n.*hạn 10\/11\/2026/m);
    const csv = tg2.messagesTo(OPS).find((m) => m.document)!.document!;
    expect(csv.file_name).toBe("qua-han-2026-12-03.csv");
    const rows = csv.content.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(rows).toHaveLength(301);
    expect(rows[0]).toBe("STT,Nhiệm vụ,Cán bộ,Đơn vị,Thời hạn,Số ngày quá hạn,Số nhiệm vụ của cán bộ");
    expect(new Set(rows.slice(1).map((r) => r.split(",")[0])).size).toBe(300);
    // Sent once each: the summary, then the file.
    expect(tg2.messagesTo(OPS).filter((m) => m.text.startsWith("DANH SÁCH"))).toHaveLength(1);
    expect(tg2.messagesTo(OPS).filter((m) => m.document)).toHaveLength(1);
  });
});
