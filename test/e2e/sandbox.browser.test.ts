/**
 * Must-show 2 of issue 12, in headless Chromium (Debian's, driven by playwright-core; no browser
 * download): in the sandbox a person picks a leader, receives Notice 147's announcement, answers
 * "2 xong", sees the acknowledgement with its undo button and presses it; has the next
 * reminder sent now and answers it (its button, or by number for a digest); and registers an official who was not.
 * The service is the real one (demo data, inbound queue, handler, web channel) on the run's Redis.
 */
import { existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { seedDemo } from "../../src/demo/seed.ts";
import { silentLogger } from "../../src/log.ts";
import { startService, type Service } from "../../src/service.ts";
import { deleteByPrefix, uniquePrefix } from "../support/redis.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** DONDOC_UPDATE_SCREENSHOTS=1 writes README's picture (docs/); otherwise it goes to .tmp/. */
const SHOT_DIR = fileURLToPath(new URL(process.env.DONDOC_UPDATE_SCREENSHOTS === "1" ? "../../docs/" : "../../.tmp/", import.meta.url));

let svc: Service;
let browser: Browser;
let redis: Redis;
let prefix: string;

beforeAll(async () => {
  prefix = uniquePrefix("sandbox");
  redis = new Redis(inject("redisUrl"));
  const env = { REDIS_URL: inject("redisUrl"), DONDOC_KEY_PREFIX: prefix, PORT: "0", HOST: "127.0.0.1", DONDOC_SANDBOX: "1" };
  svc = await startService(loadConfig(env), { logger: silentLogger, env, daily: false });
  await seedDemo({ ...svc.sandbox!, store: svc.deps.store, logger: silentLogger });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await svc?.stop();
  await deleteByPrefix(redis, prefix);
  redis.disconnect();
});

const botMessages = (page: Page) => page.locator(".msg.bot");

describe.skipIf(!existsSync(CHROMIUM))("the sandbox chat in a browser", () => {
  it("an empty sandbox offers the sample province, and loads it from the page", async () => {
    const env = { REDIS_URL: inject("redisUrl"), DONDOC_KEY_PREFIX: uniquePrefix("empty"), PORT: "0", HOST: "127.0.0.1", DONDOC_SANDBOX: "1" };
    const empty = await startService(loadConfig(env), { logger: silentLogger, env, daily: false });
    try {
      const page = await browser.newPage();
      await page.goto(`${empty.http.url}/sandbox`);
      await page.getByRole("button", { name: "Nạp dữ liệu mẫu" }).click();
      await expect.poll(() => page.locator(".roster a").count(), { timeout: 20_000 }).toBe(50);
      await page.close();
    } finally {
      await empty.stop();
      await deleteByPrefix(redis, env.DONDOC_KEY_PREFIX);
    }
  }, 60_000);

  it("a leader gets Notice 147's announcement, answers '2 xong', is acknowledged, and answers the next reminder", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: "vi-VN" });
    await page.goto(`${svc.http.url}/sandbox`);
    await expect.poll(() => page.locator(".roster a").count()).toBe(50);
    await page.getByRole("link", { name: /Nguyễn Hữu Bình/ }).click();
    await expect.poll(() => page.locator(".chat-head .who b").textContent()).toBe("Nguyễn Hữu Bình");

    const announcement = botMessages(page).filter({ hasText: "Thông báo số 147" });
    await announcement.first().waitFor({ timeout: 15_000 });
    expect(await announcement.first().textContent()).toContain("2. Thường xuyên chỉ đạo, đôn đốc");

    await page.locator("#compose textarea").fill("2 xong");
    await page.keyboard.press("Enter");
    const ack = botMessages(page).filter({ hasText: "Đã ghi nhận nhiệm vụ hoàn thành" });
    await ack.first().waitFor({ timeout: 15_000 });
    expect(await ack.first().textContent()).toContain("2. Thường xuyên chỉ đạo, đôn đốc");
    const task2 = (await svc.deps.store.assignmentsOf("SCT-GD")).find((a) => a.status === "done");
    expect(task2).toBeDefined();

    // README's picture: the announcement, the reply, the acknowledgement.
    mkdirSync(SHOT_DIR, { recursive: true });
    await page.screenshot({ path: `${SHOT_DIR}sandbox.png` });

    // The acknowledgement carries its undo button; pressing it reopens task 2.
    expect(await ack.first().textContent()).toContain("gõ /hoantac");
    await ack.first().getByRole("button", { name: "Hoàn tác" }).click();
    await botMessages(page).filter({ hasText: "Đã hoàn tác" }).first().waitFor({ timeout: 15_000 });
    expect((await svc.deps.store.getAssignment(task2!.id))!.status).toBe("open");

    // "Send the next reminders now": the next planned reminder arrives with its buttons; pressing "Hoàn thành" closes that task.
    const beforeReminder = await botMessages(page).count();
    await page.getByRole("button", { name: "Gửi ngay lời nhắc kế tiếp" }).click();
    await expect.poll(() => page.locator("#notice").textContent(), { timeout: 15_000 }).toMatch(/Đã gửi ngay \d+ lời nhắc/);
    await expect.poll(() => botMessages(page).count(), { timeout: 15_000 }).toBeGreaterThan(beforeReminder);
    const reminder = botMessages(page).last();
    expect(await reminder.textContent()).toMatch(/Kính gửi Đồng chí Nguyễn Hữu Bình/);
    const doneBefore = (await svc.deps.store.assignmentsOf("SCT-GD")).filter((a) => a.status === "done").length;
    // A single task's reminder carries Hoàn thành · Đang thực hiện · Xin gia hạn; a digest of several is answered by number.
    const done = reminder.getByRole("button", { name: "Hoàn thành" });
    if (await done.count()) await done.click();
    else {
      expect(await reminder.textContent()).toMatch(/\n1\. /);
      await page.locator("#compose textarea").fill("1 xong");
      await page.keyboard.press("Enter");
    }
    await expect.poll(async () => (await svc.deps.store.assignmentsOf("SCT-GD")).filter((a) => a.status === "done").length, { timeout: 15_000 }).toBe(doneBefore + 1);
    await expect.poll(() => botMessages(page).filter({ hasText: "Đã ghi nhận nhiệm vụ hoàn thành" }).count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);

    await page.screenshot({ path: fileURLToPath(new URL("../../.tmp/sandbox-reminder.png", import.meta.url)) });
    await page.close();
  }, 90_000);

  it("registers an official who was not, with the code the admins would give", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 700 } });
    await page.goto(`${svc.http.url}/sandbox?as=UBT-CT`);
    await page.getByRole("button", { name: "Lấy mã đăng ký" }).click();
    await expect.poll(() => page.locator("#compose textarea").inputValue()).toMatch(/^\/start [A-Z0-9]{6,}$/);
    await page.getByRole("button", { name: "Gửi", exact: true }).click();
    await botMessages(page).filter({ hasText: "Xin chào Đồng chí Hoàng Văn Thạch" }).first().waitFor({ timeout: 15_000 });
    expect((await svc.deps.store.getOfficial("UBT-CT"))?.webChatId).toBe("UBT-CT");
    await page.close();
  }, 60_000);
});
