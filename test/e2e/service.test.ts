/**
 * The whole service, as `npm start` assembles it, against the fake Telegram (long polling) and the
 * fake Zalo OA (signed webhooks) on 127.0.0.1, with the run's real Redis and BullMQ.
 */
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { Redis } from "ioredis";
import { createInvite } from "../../src/app/invites.ts";
import { importNotice } from "../../src/app/import-notice.ts";
import { loadConfig } from "../../src/config.ts";
import { parseDirective } from "../../src/core/directive/parse.ts";
import { silentLogger } from "../../src/log.ts";
import { startService, type Service } from "../../src/service.ts";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram-server.ts";
import { startFakeZalo, type FakeZalo } from "../fakes/zalo-server.ts";
import { official, until } from "../support/harness.ts";
import { deleteByPrefix, uniquePrefix } from "../support/redis.ts";
import { NOIVU_15_12, quangTriNotice, TAICHINH_15_12 } from "../support/notices.ts";

const NOTICE_YTE = quangTriNotice("89/TB-UBND", ["Giao Sở Y tế khẩn trương kiểm tra công tác phòng, chống dịch, hoàn thành trước ngày 15/12/2026."]);
const NOTICE = quangTriNotice("88/TB-UBND", [TAICHINH_15_12, NOIVU_15_12]);

let tg: FakeTelegram;
let zalo: FakeZalo;
let svc: Service;
let redis: Redis;
let prefix: string;
let now = new Date("2026-12-15T07:59:59.500+07:00");

beforeAll(async () => {
  tg = await startFakeTelegram({ secondMs: 50 });
  zalo = await startFakeZalo();
  prefix = uniquePrefix("e2e");
  redis = new Redis(inject("redisUrl"));
  const env = {
    REDIS_URL: inject("redisUrl"), DONDOC_KEY_PREFIX: prefix, PORT: "0",
    TELEGRAM_BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.url,
    ZALO_APP_ID: zalo.appId, ZALO_APP_SECRET: zalo.appSecret, ZALO_OA_SECRET: zalo.oaSecret, ZALO_REFRESH_TOKEN: zalo.refreshToken,
    ZALO_API_ROOT: zalo.apiRoot, ZALO_OAUTH_ROOT: zalo.oauthRoot,
  };
  svc = await startService(loadConfig(env), { logger: silentLogger, env, clock: () => now, pollTimeoutSeconds: 1, retryAfterUnitMs: 50, daily: false });
  await svc.deps.store.saveOfficials([
    official("ADM", { role: "admin", fullName: "Trần Thị Quản Trị", unit: "Văn phòng UBND tỉnh", title: "Chánh Văn phòng", telegramChatId: "9000" }),
    official("STC", { fullName: "Hà Thị Thu Trang", unit: "Sở Tài chính", telegramChatId: null }),
    official("SNV", { fullName: "Ma Văn Khiêm", unit: "Sở Nội vụ", telegramChatId: null, zaloUserId: "8801" }),
  ]);
});

afterAll(async () => {
  await svc?.stop();
  await tg?.close();
  await zalo?.close();
  await deleteByPrefix(redis, prefix);
  redis.disconnect();
});

const texts = (chat: number) => tg.messagesTo(chat).map((m) => m.text);

describe("dondoc end to end through the fake Telegram and Zalo", () => {
  it("answers an unregistered Telegram chat only with how to register", async () => {
    tg.userSends(5555, "xong rồi");
    await until(() => texts(5555).length === 1, 5_000, "the explanation");
    expect(texts(5555)[0]).toContain("Tài khoản này chưa được đăng ký");
  });

  it("registers a leader who opens the deep link (/start CODE) on Telegram", async () => {
    const { code } = await createInvite(svc.deps.store, "STC", "ADM", now);
    tg.userSends(1001, `/start ${code}`);
    await until(() => texts(1001).some((t) => t.includes("Xin chào Đồng chí Hà Thị Thu Trang")), 5_000, "the welcome");
    expect((await svc.deps.store.getOfficial("STC"))!.telegramChatId).toBe("1001");
  });

  it("registers a leader who sends the code to the Zalo OA, and refuses a wrong code politely", async () => {
    await svc.deps.store.saveOfficials([official("SYT", { fullName: "Đồng Văn Lực", unit: "Sở Y tế", telegramChatId: null })]);
    const { code } = await createInvite(svc.deps.store, "SYT", "ADM", now);
    const url = `${svc.http.url}/zalo/webhook`;
    await zalo.sendEvent(url, zalo.events.userText("8899", "ABCDEFGH23"));
    await until(() => zalo.messagesTo("8899").length === 1, 5_000, "the refusal");
    expect(zalo.messagesTo("8899")[0]!.text).toContain("Mã đăng ký không đúng");
    await zalo.sendEvent(url, zalo.events.userText("8899", code.toLowerCase().replace(/(.{5})/, "$1 ")));
    await until(() => zalo.messagesTo("8899").length === 2, 5_000, "the welcome");
    expect(zalo.messagesTo("8899")[1]!.text).toContain("Xin chào Đồng chí Đồng Văn Lực!");
    expect((await svc.deps.store.getOfficial("SYT"))!.zaloUserId).toBe("8899");
  });

  it("delivers reminders on both platforms; a Telegram button press closes the task and is answered", async () => {
    const r = parseDirective(NOTICE);
    if (!r.ok) throw new Error("no parse");
    const result = await importNotice(svc.deps, r.directive, { who: "ADM", channel: "cli", text: "import" });
    expect(result.assignments).toBe(2);
    // The due reminders are at 08:00, half a second after the service's clock.
    await until(() => tg.messagesTo(1001).some((m) => m.text.includes("đến hạn hoàn thành ngày 15/12/2026")), 8_000, "the Telegram reminder");
    await until(() => zalo.messagesTo("8801").some((m) => m.text.includes("đến hạn hoàn thành ngày 15/12/2026")), 8_000, "the Zalo reminder");
    const reminder = tg.messagesTo(1001).find((m) => m.text.includes("đến hạn"))!;
    const buttons = reminder.reply_markup!.inline_keyboard[0]!;
    expect(buttons.map((b) => b.text)).toEqual(["Hoàn thành", "Đang thực hiện", "Xin gia hạn"]);
    const zaloReminder = zalo.messagesTo("8801").find((m) => m.text.includes("đến hạn"))!;
    expect(zaloReminder.buttons?.map((b) => b.title)).toEqual(["Hoàn thành", "Đang thực hiện", "Xin gia hạn"]);

    tg.userPresses(1001, reminder.message_id, buttons[0]!.callback_data!);
    await until(() => texts(1001).some((t) => t.includes("Đã ghi nhận nhiệm vụ hoàn thành")), 5_000, "the acknowledgement");
    const [a] = await svc.deps.store.assignmentsOf("STC");
    expect(a!.status).toBe("done");
    await until(() => tg.callbackAnswers.length >= 1, 3_000, "answerCallbackQuery");
  });

  it("reads a signed Zalo reply, refuses a forged one, and handles a replayed msg_id once", async () => {
    const url = `${svc.http.url}/zalo/webhook`;
    const forged = await zalo.sendEvent(url, zalo.events.userText("8801", "xong"), { signature: "forged" });
    expect(forged.status).toBe(401);
    const event = zalo.events.userText("8801", "dạ đạt 60% ạ");
    expect((await zalo.sendEvent(url, event)).status).toBe(200);
    expect((await zalo.sendEvent(url, event)).status).toBe(200);
    await until(() => zalo.messagesTo("8801").some((m) => m.text.includes("tiến độ đạt 60%")), 5_000, "the Zalo acknowledgement");
    await new Promise((r) => setTimeout(r, 300));
    expect(zalo.messagesTo("8801").filter((m) => m.text.includes("tiến độ đạt 60%"))).toHaveLength(1);
    const [a] = await svc.deps.store.assignmentsOf("SNV");
    expect(a).toMatchObject({ status: "open", progress: 60 });
  });

  it("forgets a Zalo user who withdraws: binding removed and audited", async () => {
    const r = await zalo.sendEvent(`${svc.http.url}/zalo/webhook`, zalo.events.userWithdraw("8801"));
    expect(r.status).toBe(200);
    await until(async () => (await svc.deps.store.getOfficial("SNV"))!.zaloUserId === null, 5_000, "the binding removed");
    expect(await svc.deps.store.officialByChat("zalo", "8801")).toBeNull();
    expect((await svc.deps.store.recentAudit(5)).map((e) => e.action)).toContain("zalo_withdraw");
  });

  it("falls back to Telegram when Zalo answers -230 (no interaction in 7 days), and tells the admin", async () => {
    // Sở Y tế's director follows the OA but has not written to it for two weeks; they also use Telegram.
    await svc.deps.store.saveOfficials([official("SYT", { fullName: "Đồng Văn Lực", unit: "Sở Y tế", zaloUserId: "8899", telegramChatId: "1003" })]);
    zalo.setUser("8899", { following: true, lastInteractionAt: Date.now() - 14 * 86_400_000, inactive: false });
    const r = parseDirective(NOTICE_YTE);
    if (!r.ok) throw new Error("no parse");
    await importNotice(svc.deps, r.directive, { who: "ADM", channel: "cli", text: "import" });
    await until(() => tg.messagesTo(1003).some((m) => m.text.includes("đến hạn hoàn thành ngày 15/12/2026")), 8_000, "the reminder on Telegram");
    expect(zalo.messagesTo("8899").filter((m) => m.text.includes("kiểm tra công tác phòng"))).toEqual([]);
    expect(zalo.countOf(-230)).toBeGreaterThanOrEqual(1);
    await until(() => tg.messagesTo(9000).some((m) => m.text.includes("Đồng chí Đồng Văn Lực (Sở Y tế) không nhận được tin nhắn qua Zalo")), 8_000, "the notice to the admin");
    expect(await svc.deps.store.isUnreachable("zalo", "SYT")).toBe(true);
  });

  it("answers /healthz with Redis's state", async () => {
    const res = await fetch(`${svc.http.url}/healthz`);
    expect(res.status).toBe(200);
  });
});
