/**
 * Must-show 1 of issue 13, in headless Chromium (Debian's, driven by playwright-core): an admin of
 * the Bắc Kạn roster logs in to /admin with the code the fake Telegram received, uploads Notice 147,
 * changes one task's deadline and assignee, turns a skipped fragment into a task, confirms; the
 * leaders get the corrected tasks on the fake; the chart's figures are the four buckets; the .xlsx
 * download opens (exceljs) with the right rows. DONDOC_UPDATE_SCREENSHOTS=1 writes README's pictures.
 */
import { existsSync, mkdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { chromium, type Browser } from "playwright-core";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { bucketsByUnit } from "../../src/app/reports.ts";
import { loadConfig } from "../../src/config.ts";
import { DEMO_ROSTER } from "../../src/demo/seed.ts";
import { silentLogger } from "../../src/log.ts";
import { readRoster } from "../../src/roster/import.ts";
import { startService, type Service } from "../../src/service.ts";
import { startFakeTelegram, type FakeTelegram } from "../fakes/telegram-server.ts";
import { until } from "../support/harness.ts";
import { deleteByPrefix, uniquePrefix } from "../support/redis.ts";
import { samplePath } from "../support/samples.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOT_DIR = fileURLToPath(new URL(process.env.DONDOC_UPDATE_SCREENSHOTS === "1" ? "../../docs/" : "../../.tmp/", import.meta.url));
/** Chats of the demo roster (data/demo/bac-kan-2022.csv). */
const ADMIN_CHAT = 5201003115; // VP-CV1, Triệu Thị Lan Anh
const CONG_THUONG = 5201000923; // SCT-GD, Nguyễn Hữu Bình
const NOI_VU = 5201000512; // SNV-GD, Ma Văn Khiêm
const TAI_CHINH = 5201000786; // STC-GD, Hà Thị Thu Trang

let tg: FakeTelegram;
let svc: Service;
let browser: Browser;
let redis: Redis;
let prefix: string;
/** The notice is imported the day after it was issued; the dashboard is then read in January 2023. */
let now = new Date("2022-04-08T09:00:00+07:00");

beforeAll(async () => {
  tg = await startFakeTelegram({ secondMs: 50, globalPerSecond: 1000, perChatPerSecond: 100, perChatBurst: 100 });
  prefix = uniquePrefix("console");
  redis = new Redis(inject("redisUrl"));
  const env = { REDIS_URL: inject("redisUrl"), DONDOC_KEY_PREFIX: prefix, PORT: "0", HOST: "127.0.0.1", TELEGRAM_BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.url };
  svc = await startService(loadConfig(env), { logger: silentLogger, env, clock: () => now, pollTimeoutSeconds: 1, retryAfterUnitMs: 50, daily: false, workerLimit: { max: 200, durationMs: 1000 } });
  const roster = readRoster(await readFile(DEMO_ROSTER), DEMO_ROSTER);
  if (!roster.ok) throw new Error(roster.errors.join("; "));
  await svc.deps.store.saveOfficials(roster.officials);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await svc?.stop();
  await tg?.close();
  await deleteByPrefix(redis, prefix);
  redis.disconnect();
});

const texts = (chat: number) => tg.messagesTo(chat).map((m) => m.text);

describe.skipIf(!existsSync(CHROMIUM))("the admin console in a browser", () => {
  it("logs in with a code from Telegram, reviews and corrects Notice 147, confirms, and reports and exports what was assigned", async () => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, locale: "vi-VN", acceptDownloads: true });
    await page.goto(`${svc.http.url}/admin`);
    expect(new URL(page.url()).pathname).toBe("/admin/login");

    // Login: the code arrives in the admin's own Telegram chat.
    await page.locator('form[action="/admin/login"]').getByLabel("Mã cán bộ").fill("VP-CV1");
    await page.getByRole("button", { name: "Gửi mã đăng nhập" }).click();
    await until(() => texts(ADMIN_CHAT).some((t) => t.includes("Mã đăng nhập")), 10_000, "the code on the fake Telegram");
    const code = /là (\d{6})/.exec(texts(ADMIN_CHAT).find((t) => t.includes("Mã đăng nhập"))!)![1]!;
    await page.getByLabel("Mã đăng nhập").fill(code);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.getByRole("heading", { name: /Tình hình thực hiện nhiệm vụ/ }).waitFor();

    // Upload the notice.
    await page.getByRole("link", { name: "Nhập văn bản" }).click();
    await page.locator("input[type=file]").setInputFiles(samplePath("thong-bao-147-bac-kan.txt"));
    await page.getByRole("button", { name: "Đọc văn bản" }).click();
    await page.getByRole("heading", { name: /Kiểm tra trước khi giao: Thông báo số 147\/TB-UBND/ }).waitFor();
    const rows = page.locator("#tasks tbody tr");
    expect(await rows.count()).toBe(7);
    expect(await page.locator("#tasks tr.flagged").count()).toBeGreaterThan(0);
    expect(await page.locator("#skipped li").count()).toBe(6);

    // T1 goes to Sở Công Thương alone, by 31/3/2023; the heading about "quan tâm hơn nữa đến công tác CCHC" becomes a task for Sở Nội vụ.
    await page.locator('select[name="officials_T1"]').selectOption(["SCT-GD"]);
    await page.locator('input[name="deadline_T1"]').fill("31/03/2023");
    await page.locator("#skipped li", { hasText: "quan tâm hơn nữa đến công tác CCHC" }).getByRole("button", { name: "Chuyển thành nhiệm vụ" }).click();
    await expect.poll(() => rows.count()).toBe(8);
    expect(await page.locator('input[name="deadline_T1"]').inputValue()).toBe("31/03/2023");
    expect(await page.locator('select[name="officials_T1"] option:checked').evaluateAll((els) => els.map((e) => e.getAttribute("value")))).toEqual(["SCT-GD"]);
    await page.locator('select[name="officials_T8"]').selectOption(["SNV-GD"]);
    await page.locator('input[name="deadline_T8"]').fill("30/06/2022");
    await page.getByRole("button", { name: "Lưu thay đổi" }).click();
    await expect.poll(() => page.locator('tr[data-code="T8"] .muted').filter({ hasText: "Đã chọn 1 cán bộ" }).count()).toBe(1);
    mkdirSync(SHOT_DIR, { recursive: true });
    await page.screenshot({ path: `${SHOT_DIR}console-review.png`, fullPage: false });

    await page.getByRole("button", { name: "Xác nhận và giao nhiệm vụ" }).first().click();
    await page.getByText(/Đã xác nhận văn bản, lập lịch nhắc việc/).waitFor();

    // The leaders get the corrected tasks.
    const store = svc.deps.store;
    await until(() => texts(CONG_THUONG).some((t) => t.includes("Thông báo số 147")), 15_000, "Sở Công Thương's announcement");
    await until(() => texts(NOI_VU).some((t) => t.includes("Thông báo số 147")), 15_000, "Sở Nội vụ's announcement");
    await until(() => texts(TAI_CHINH).some((t) => t.includes("Thông báo số 147")), 15_000, "Sở Tài chính's announcement");
    const t1 = (await store.assignmentsOf("SCT-GD")).find((a) => a.taskCode === "T1")!;
    expect(t1.deadline).toBe("2023-03-31");
    const t1Summary = (await store.getTask(t1.taskId))!.summary;
    const congThuong = texts(CONG_THUONG).find((t) => t.includes("Thông báo số 147"))!;
    expect(congThuong).toContain(t1Summary.slice(0, 40));
    expect(congThuong).toContain("31/03/2023");
    expect(texts(TAI_CHINH).find((t) => t.includes("Thông báo số 147"))).not.toContain(t1Summary.slice(0, 40));
    expect((await store.assignmentsOf("STC-GD")).map((a) => a.taskCode)).not.toContain("T1");
    const noiVu = texts(NOI_VU).find((t) => t.includes("Thông báo số 147"))!;
    const t8 = (await store.assignmentsOf("SNV-GD")).find((a) => a.taskCode === "T8")!;
    expect(t8.deadline).toBe("2022-06-30");
    const t8Task = (await store.getTask(t8.taskId))!;
    expect(t8Task.text).toContain("quan tâm hơn nữa đến công tác CCHC");
    expect(noiVu).toContain(t8Task.summary.slice(0, 60));
    expect(noiVu).toContain("30/06/2022");
    expect((await store.assignmentsOf("STC-GD")).map((a) => a.taskCode)).not.toContain("T8");

    // Months later: Sở Tài chính's six done on time, three of Sở Nội vụ's done late, Sở Công Thương's T1 still in time, the rest overdue.
    const done = async (a: { id: string }, at: string) => store.updateAssignment(a.id, { who: "test", channel: "telegram", text: "xong" }, "done", (x) => ({ ...x, status: "done", doneAt: new Date(at).toISOString(), progress: 100 }), new Date(at));
    for (const a of await store.assignmentsOf("STC-GD")) await done(a, "2022-05-10T10:00:00+07:00");
    for (const a of (await store.assignmentsOf("SNV-GD")).filter((x) => x.taskCode !== "T8").slice(0, 3)) await done(a, "2023-01-05T10:00:00+07:00");
    now = new Date("2023-01-10T09:00:00+07:00");
    await page.goto(`${svc.http.url}/admin`);
    const report = await bucketsByUnit(store, now, "Asia/Ho_Chi_Minh");
    const chart = await page.locator("svg.chart rect[data-bucket]").evaluateAll((els) => els.map((e) => ({ unit: e.getAttribute("data-unit")!, bucket: e.getAttribute("data-bucket")!, count: Number(e.getAttribute("data-count")) })));
    const expected = [...report.units.map((u) => ({ unit: u.unit, c: u.counts })), { unit: "TỔNG CỘNG", c: report.overall }]
      .flatMap(({ unit, c }) => (["on_time", "late", "open_in_time", "open_overdue"] as const).map((b) => ({ unit, bucket: b, count: c[b] })));
    expect(chart).toEqual(expected);
    const total = report.overall.total;
    expect(report.overall).toEqual({ on_time: 6, late: 3, open_in_time: 1, open_overdue: total - 10, total });
    const overall = await page.locator("#overall .total-box").evaluateAll((els) => els.map((e) => [e.getAttribute("data-bucket"), Number(e.querySelector("b")!.textContent)]));
    expect(Object.fromEntries(overall)).toEqual({ on_time: 6, late: 3, open_in_time: 1, open_overdue: total - 10 });
    expect(await page.locator("#overdue tbody tr").count()).toBe(Math.min(100, report.overall.open_overdue));
    await page.setViewportSize({ width: 1360, height: 1500 });
    await page.screenshot({ path: `${SHOT_DIR}console-dashboard.png` });

    // The task list as .xlsx: every assignment, a header row, real dates.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Tải danh sách nhiệm vụ (Excel)" }).click()]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile((await download.path())!)) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Báo cáo theo đơn vị", "Danh sách nhiệm vụ"]);
    const sheet = wb.getWorksheet("Danh sách nhiệm vụ")!;
    expect(sheet.rowCount).toBe(report.overall.total + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe("Số TT của cán bộ");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const congThuongT1 = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(5).value === "Nguyễn Hữu Bình" && r.getCell(3).value === "T1")!;
    expect(congThuongT1.getCell(8).value).toEqual(new Date("2023-03-31T00:00:00Z"));
    expect(congThuongT1.getCell(10).value).toBe("Trong hạn");
    const reportSheet = wb.getWorksheet("Báo cáo theo đơn vị")!;
    expect(reportSheet.getRow(reportSheet.rowCount).values).toEqual([undefined, "TỔNG CỘNG", total, 6, 3, 1, total - 10, Math.round((9 / total) * 100)]);

    // The queues for operators, behind the same login: bull-board lists the service's queues.
    await page.getByRole("link", { name: "Hàng đợi" }).click();
    await page.getByText("inbound", { exact: true }).first().waitFor({ timeout: 15_000 });
    await page.close();
  }, 120_000);
});
