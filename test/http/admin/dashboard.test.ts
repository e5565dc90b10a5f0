/** The console's dashboard: overdue days, pending extensions and their decision from the page. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Hono } from "hono";
import { setSignedCookie } from "hono/cookie";
import type { AppDeps } from "../../../src/app/deps.ts";
import { createSession } from "../../../src/app/console-login.ts";
import { previewPasted } from "../../../src/app/admin.ts";
import { requestExtension } from "../../../src/app/extensions.ts";
import { importNotice } from "../../../src/app/import-notice.ts";
import { MemoryChannel } from "../../../src/channels/memory.ts";
import { parseDirective } from "../../../src/core/directive/parse.ts";
import { createHttpApp } from "../../../src/http/server.ts";
import { createHarness, official, until, type Harness } from "../../support/harness.ts";
import { NOIVU_15_12, quangTriNotice, TAICHINH_15_12 } from "../../support/notices.ts";

const SECRET = "d".repeat(40);
const ADMIN = official("ADM", { role: "admin", fullName: "Trần Thị Quản Trị", unit: "Văn phòng UBND tỉnh", title: "Chánh Văn phòng", telegramChatId: "900" });
const TAICHINH = official("STC", { fullName: "Hà Thị Thu Trang", unit: "Sở Tài chính", telegramChatId: "101" });

let h: Harness;
let tg: MemoryChannel;
let deps: AppDeps;
let app: Hono;
let cookie: string;
let csrf: string;

beforeEach(async () => {
  tg = new MemoryChannel("telegram");
  h = await createHarness([tg]);
  deps = { ...h.deps, available: new Set(["telegram"] as const) };
  await h.store.saveOfficials([ADMIN, TAICHINH]);
  h.setNow("2026-12-01T09:00:00+07:00");
  const r = parseDirective(quangTriNotice("88/TB-UBND", [TAICHINH_15_12]));
  if (!r.ok) throw new Error("no parse");
  await importNotice(deps, r.directive, { who: "ADM", channel: "cli", text: "import" });
  app = createHttpApp({ port: 0, redis: h.redis, onInbound: async () => {}, console: { deps, secret: SECRET } });
  const s = await createSession(deps, "ADM");
  csrf = s.csrf;
  const signer = new Hono().get("/", async (c) => { await setSignedCookie(c, "dd_console", s.id, SECRET); return c.text(""); });
  cookie = ((await signer.request("/")).headers.get("set-cookie") ?? "").split(";")[0]!;
});
afterEach(async () => { await h.close(); });

const post = (path: string, fields: Record<string, string>) => app.request(path, {
  method: "POST", body: new URLSearchParams({ _csrf: csrf, ...fields }), headers: { origin: "http://localhost", "content-type": "application/x-www-form-urlencoded", cookie },
});

describe("the console's dashboard", () => {
  it("lists overdue tasks with their days late", async () => {
    h.setNow("2026-12-18T09:00:00+07:00");
    const page = await (await app.request("/admin", { headers: { cookie } })).text();
    expect(page).toContain("Nhiệm vụ quá hạn (1)");
    expect(page).toMatch(/Hà Thị Thu Trang<\/td><td>Sở Tài chính<\/td><td>1\. [^<]+<\/td><td>15\/12\/2026<\/td><td class="num">3<\/td>/);
    // Filters narrow the overdue list; English is one click away.
    const filtered = async (q: string) => (await (await app.request(`/admin?${q}`, { headers: { cookie } })).text()).match(/Nhiệm vụ quá hạn \((\d+)\)/)?.[1];
    expect([await filtered("unit=S%E1%BB%9F%20T%C3%A0i%20ch%C3%ADnh"), await filtered("unit=S%E1%BB%9F%20N%E1%BB%99i%20v%E1%BB%A5"), await filtered("from=16/12/2026"), await filtered("to=15/12/2026")]).toEqual(["1", "0", "0", "1"]);
    const en = await app.request("/admin?lang=en", { headers: { cookie } });
    expect(await en.text()).toContain("Overdue tasks (1)");
    expect(en.headers.get("set-cookie")).toContain("dd_lang=en");
  });

  it("refuses an extension only with a reason, tells the leader why, and decides once", async () => {
    h.startWorker("telegram");
    const [a] = await h.store.assignmentsOf("STC");
    const ext = await requestExtension(deps, TAICHINH, a!, "1. Kiểm tra", "2026-12-31", { who: "STC", channel: "telegram", text: "xin gia hạn đến 31/12", ref: "telegram:1" });
    expect(await (await app.request("/admin", { headers: { cookie } })).text()).toContain("Đề nghị gia hạn chờ xử lý (1)");
    expect((await post(`/admin/extensions/${ext.id}`, { decision: "refuse", reason: "" })).headers.get("location")).toBe("/admin?m=reason_required");
    expect((await post(`/admin/extensions/${ext.id}`, { decision: "refuse", reason: "Đã gia hạn một lần" })).headers.get("location")).toBe("/admin?m=refused");
    await until(() => tg.to("101").some((m) => m.text.includes("Lý do: Đã gia hạn một lần")), 5_000, "the refusal with its reason");
    expect((await post(`/admin/extensions/${ext.id}`, { decision: "approve" })).headers.get("location")).toBe("/admin?m=already");
    expect((await h.store.getAssignment(a!.id))!.deadline).toBe("2026-12-15");
    expect((await h.store.recentAudit(10)).find((e) => e.action === "extension_refused")).toMatchObject({ who: "ADM", channel: "console" });
  });

  it("a notice in which no task is found still opens for review, every fragment with its reason and a button to make it a task", async () => {
    const text = "Ngày 5/10, UBND tỉnh đã họp bàn về kế hoạch sử dụng đất năm 2027.\nTheo báo cáo, tình hình giải ngân còn chậm, nhiều dự án chưa hoàn thành thủ tục đầu tư.\n";
    const chat = await previewPasted(deps, ADMIN, text);
    expect(chat.text).toContain("Không tìm thấy nhiệm vụ nào");
    expect(chat.text).toContain("Các nội dung không phải nhiệm vụ (");
    expect(chat.text).toContain("“Ngày 5/10, UBND tỉnh đã họp bàn về kế hoạch sử dụng đất năm 2027.”");
    const made = await post("/admin/import", { text });
    expect(made.status).toBe(303);
    const href = made.headers.get("location")!;
    expect(href).toMatch(/^\/admin\/review\//);
    const page = await (await app.request(href, { headers: { cookie } })).text();
    expect(page).toContain("Không tìm thấy nhiệm vụ nào");
    expect(page).toContain('value="promote:0"');
    // Made a task, the fragment can be given out; with none, nothing can be confirmed.
    expect((await post(href, { op: "promote:0" })).status).toBe(303);
    const after = await (await app.request(href, { headers: { cookie } })).text();
    expect(after).not.toContain('value="promote:1"');
  });

  it("opens the chat's import preview for review, from the link in the preview", async () => {
    const preview = await previewPasted({ ...deps, consoleUrl: "https://dondoc.example.gov.vn/admin/" }, ADMIN, quangTriNotice("90/TB-UBND", [NOIVU_15_12]));
    const link = /https:\/\/dondoc\.example\.gov\.vn\/admin(\/review\/chat\/[0-9a-f]{12})/.exec(preview.text)!;
    expect(preview.text).toContain("trước khi xác nhận trên trang quản trị: https://dondoc.example.gov.vn/admin/review/chat/");
    const opened = await app.request(`/admin${link[1]}`, { headers: { cookie } });
    expect(opened.status).toBe(303);
    const review = await app.request(opened.headers.get("location")!, { headers: { cookie } });
    expect(await review.text()).toContain("Kiểm tra trước khi giao: Thông báo số 90/TB-UBND");
    expect((await app.request("/admin/review/chat/000000000000", { headers: { cookie } })).headers.get("location")).toBe("/admin/import?m=draft_gone");
  });

  it("flags on the review page a deadline already past, with its days late, and only that one", async () => {
    h.setNow("2026-12-20T10:00:00+07:00");
    try {
      const text = quangTriNotice("91/TB-UBND", [NOIVU_15_12, "Giao Sở Tài chính báo cáo quyết toán, hoàn thành trước ngày 30/12/2026."]);
      const made = await post("/admin/import", { text });
      const page = await (await app.request(made.headers.get("location")!, { headers: { cookie } })).text();
      const rows = page.split('<tr data-code="').slice(1);
      expect(rows).toHaveLength(2);
      expect(rows[0]).toContain('value="15/12/2026"');
      expect(rows[0]).toContain("⚠ quá hạn 5 ngày");
      expect(rows[1]).toContain('value="30/12/2026"');
      expect(rows[1]).not.toContain("quá hạn");
    } finally {
      h.setNow(new Date());
    }
  });

  it("lists the directives, one directive's assignees and statuses, and an assignment's history", async () => {
    const list = await (await app.request("/admin/directives", { headers: { cookie } })).text();
    const href = /href="(\/admin\/directives\/[0-9a-f]+)">Thông báo số 88\/TB-UBND/.exec(list)![1]!;
    const [a] = await h.store.assignmentsOf("STC");
    await h.store.updateAssignment(a!.id, { who: "STC", channel: "telegram", text: "đạt 60%" }, "progress", (x) => ({ ...x, progress: 60 }), new Date("2026-12-02T09:00:00+07:00"));
    const page = await (await app.request(href, { headers: { cookie } })).text();
    expect(page).toMatch(/<td>T1<\/td><td>[^<]+<\/td><td>Hà Thị Thu Trang<\/td><td>Sở Tài chính<\/td><td>15\/12\/2026<\/td>\s*<td>Trong hạn · 60%<\/td>/);
    const history = await (await app.request(`/admin/assignments/${encodeURIComponent(a!.id)}`, { headers: { cookie } })).text();
    expect(history).toContain("Lịch sử nhiệm vụ số 1 của Đồng chí Hà Thị Thu Trang");
    expect(history).toContain("<td>progress</td>");
    expect(history).toContain("đạt 60%");
  });

  it("shows an official's tasks and the reminders waiting to be sent to them", async () => {
    const page = await (await app.request("/admin/officials/STC", { headers: { cookie } })).text();
    expect(page).toContain("Nhiệm vụ được giao (1)");
    const pending = Number(/Lời nhắc đang chờ gửi \((\d+)\)/.exec(page)![1]);
    expect(pending).toBeGreaterThan(0);
    expect(page).toMatch(/<td>(Nhắc trước hạn|Đến hạn)<\/td><td>1\. /);
    const [a] = await h.store.assignmentsOf("STC");
    const history = await (await app.request(`/admin/assignments/${encodeURIComponent(a!.id)}`, { headers: { cookie } })).text();
    expect(history).toContain(`Lời nhắc đang chờ gửi (${pending})`);
    expect((await app.request("/admin/officials/NOBODY", { headers: { cookie } })).status).toBe(404);
  });
});
