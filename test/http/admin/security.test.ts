/**
 * Must-show 2 of issue 13: the console's pages and exports need a session; a leader's session
 * reaches nothing; a form without its token, or from another origin, is refused; a forged or
 * re-signed cookie is refused; a burst of wrong codes is limited per official and per address.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Hono } from "hono";
import type { AppDeps } from "../../../src/app/deps.ts";
import { createSession, MAX_WRONG_PER_ID, MAX_WRONG_PER_IP, verifyLoginCode } from "../../../src/app/console-login.ts";
import { MemoryChannel } from "../../../src/channels/memory.ts";
import { createHttpApp } from "../../../src/http/server.ts";
import { createHarness, official, until, type Harness } from "../../support/harness.ts";

const ORIGIN = "http://localhost";
const ADMIN = official("ADM", { role: "admin", fullName: "Trần Thị Quản Trị", unit: "Văn phòng UBND tỉnh", title: "Chánh Văn phòng", telegramChatId: "900" });
const LEADER = official("STC", { fullName: "Hà Thị Thu Trang", unit: "Sở Tài chính", telegramChatId: "101" });
const PAGES = ["/admin", "/admin/", "/admin/queues", "/admin/queues/api/queues", "/admin/import", "/admin/unit", "/admin/directives", "/admin/directives/abc", "/admin/assignments/abc", "/admin/officials/STC", "/admin/review/abcdefgh", "/admin/export/report.xlsx", "/admin/export/tasks.xlsx", "/admin/export/report.csv", "/admin/export/tasks.csv"];
const FORMS = ["/admin/logout", "/admin/import", "/admin/review/abcdefgh", "/admin/extensions/abc", "/admin/units/viewing"];

let h: Harness;
let tg: MemoryChannel;
let deps: AppDeps;
let app: Hono;

beforeEach(async () => {
  tg = new MemoryChannel("telegram");
  h = await createHarness([tg]);
  deps = { ...h.deps, available: new Set(["telegram"] as const) };
  await h.store.saveOfficials([ADMIN, LEADER]);
  app = createHttpApp({ port: 0, redis: h.redis, onInbound: async () => {}, console: { deps, secret: "s".repeat(40), queues: [deps.queues.get("telegram")] } });
});
afterEach(async () => { await h.close(); });

const form = (fields: Record<string, string>, cookie?: string) => ({
  method: "POST", body: new URLSearchParams(fields),
  headers: { origin: ORIGIN, "content-type": "application/x-www-form-urlencoded", ...(cookie ? { cookie } : {}) },
});
const cookieOf = (res: Response) => (res.headers.get("set-cookie") ?? "").split(";")[0]!;

async function signIn(id = "ADM"): Promise<string> {
  h.startWorker("telegram");
  expect((await app.request("/admin/login", form({ id }))).status).toBe(303);
  await until(() => tg.to("900").some((m) => /\d{6}/.test(m.text)), 5_000, "the code in the admin's chat");
  const code = /(\d{6})/.exec(tg.to("900").at(-1)!.text)![1]!;
  const res = await app.request("/admin/login/code", form({ id, code }));
  expect(res.status).toBe(303);
  expect(res.headers.get("set-cookie")).toMatch(/HttpOnly/i);
  expect(res.headers.get("set-cookie")).toMatch(/SameSite=Lax/i);
  return cookieOf(res);
}

describe("the admin console's access rules", () => {
  it("sends every page and export to the login without a session, and refuses every form", async () => {
    for (const p of PAGES) {
      const res = await app.request(p);
      expect([p, res.status, res.headers.get("location")]).toEqual([p, 303, "/admin/login"]);
    }
    for (const p of FORMS) expect([p, (await app.request(p, form({ _csrf: "x" }))).status]).toEqual([p, 401]);
  });

  it("logs an admin in with the code sent to their own chat, once; the login is audited", async () => {
    const cookie = await signIn();
    const page = await app.request("/admin", { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect(await page.text()).toContain("Tình hình thực hiện nhiệm vụ");
    // The queues (bull-board) behind the same login.
    const board = await app.request("/admin/queues", { headers: { cookie } });
    expect(board.status).toBe(200);
    const html = await board.text();
    expect(html).toContain('<base href="/admin/queues/" />');
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/); // nothing fetched from outside
    const css = /href="(static\/css\/[^"]+)"/.exec(html)![1]!;
    expect((await app.request(`/admin/queues/${css}`, { headers: { cookie } })).status).toBe(200);
    const api = await (await app.request("/admin/queues/api/queues", { headers: { cookie } })).json() as { queues: Array<{ name: string }> };
    expect(api.queues.map((q) => q.name)).toEqual([deps.queues.get("telegram").name]);
    expect((await h.store.recentAudit(20)).map((e) => e.action)).toEqual(expect.arrayContaining(["console_code_sent", "console_login"]));
    // The code is used up.
    const code = /(\d{6})/.exec(tg.to("900").at(-1)!.text)![1]!;
    expect((await app.request("/admin/login/code", form({ id: "ADM", code }))).status).toBe(401);
  });

  it("sends a leader no code, and a leader's session reaches no page", async () => {
    h.startWorker("telegram");
    const asked = await app.request("/admin/login", form({ id: "STC" }));
    expect(asked.status).toBe(303); // the same answer as for an admin: ids cannot be probed
    await new Promise((r) => setTimeout(r, 300));
    expect(tg.to("101")).toEqual([]);
    // A leader who somehow holds a session (an admin demoted since) is refused everywhere.
    const s = await createSession(deps, "STC");
    const { setSignedCookie } = await import("hono/cookie");
    const { Hono } = await import("hono");
    const signer = new Hono().get("/", async (c) => { await setSignedCookie(c, "dd_console", s.id, "s".repeat(40)); return c.text(""); });
    const cookie = cookieOf(await signer.request("/"));
    for (const p of PAGES) expect([p, (await app.request(p, { headers: { cookie } })).status]).toEqual([p, 403]);
    expect((await app.request("/admin/import", form({ _csrf: s.csrf, text: "x" }, cookie))).status).toBe(403);
  });

  it("refuses a form without its token, with another session's token, or from another origin", async () => {
    const cookie = await signIn();
    const noToken = await app.request("/admin/import", form({ text: "Giao Sở Tài chính báo cáo trước ngày 15/12/2026." }, cookie));
    expect(noToken.status).toBe(403);
    const other = await createSession(deps, "ADM");
    expect((await app.request("/admin/import", form({ _csrf: other.csrf, text: "x" }, cookie))).status).toBe(403);
    const page = await (await app.request("/admin/import", { headers: { cookie } })).text();
    const token = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    const crossSite = await app.request("/admin/logout", { ...form({ _csrf: token }, cookie), headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded", cookie } });
    expect(crossSite.status).toBe(403);
    expect((await app.request("/admin/logout", form({ _csrf: token }, cookie))).status).toBe(303);
    // Logged out: the cookie no longer opens anything.
    expect((await app.request("/admin", { headers: { cookie } })).status).toBe(303);
  });

  it("refuses a forged cookie: a made-up signature, a session id alone, or one signed with another key", async () => {
    const cookie = await signIn();
    const [name, value] = cookie.split("=") as [string, string];
    const sid = decodeURIComponent(value).split(".")[0]!;
    const { setSignedCookie } = await import("hono/cookie");
    const { Hono } = await import("hono");
    const otherKey = cookieOf(await new Hono().get("/", async (c) => { await setSignedCookie(c, "dd_console", sid, "k".repeat(40)); return c.text(""); }).request("/"));
    for (const forged of [`${name}=${sid}`, `${name}=${encodeURIComponent(`${sid}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=`)}`, otherKey]) {
      const res = await app.request("/admin", { headers: { cookie: forged } });
      expect([forged, res.status, res.headers.get("location")]).toEqual([forged, 303, "/admin/login"]);
    }
    expect((await app.request("/admin", { headers: { cookie } })).status).toBe(200);
  });

  it("limits a burst of wrong codes: after the limit even the right code is refused", async () => {
    h.startWorker("telegram");
    await app.request("/admin/login", form({ id: "ADM" }));
    await until(() => tg.to("900").length === 1, 5_000, "the code");
    const code = /(\d{6})/.exec(tg.to("900")[0]!.text)![1]!;
    const wrong = code === "000000" ? "111111" : "000000";
    const statuses: number[] = [];
    for (let i = 0; i < MAX_WRONG_PER_ID + 2; i++) statuses.push((await app.request("/admin/login/code", form({ id: "ADM", code: wrong }))).status);
    expect(statuses).toEqual([...Array(MAX_WRONG_PER_ID).fill(401), 429, 429]);
    expect((await app.request("/admin/login/code", form({ id: "ADM", code }))).status).toBe(429);
    expect((await h.store.recentAudit(30)).filter((e) => e.action === "console_login_failed")).toHaveLength(MAX_WRONG_PER_ID);
  });

  it("limits wrong codes per address across officials", async () => {
    for (let i = 0; i < MAX_WRONG_PER_IP; i++) expect((await verifyLoginCode(deps, `X${i}`, "123456", "203.0.113.9")).outcome).toBe("wrong");
    expect((await verifyLoginCode(deps, "ADM", "123456", "203.0.113.9")).outcome).toBe("limited");
    expect((await verifyLoginCode(deps, "ADM", "123456", "203.0.113.10")).outcome).toBe("wrong");
  });

  it("lets a leader see their own unit's tasks, read only, while an admin allows it", async () => {
    const adminCookie = await signIn();
    const page = await (await app.request("/admin", { headers: { cookie: adminCookie } })).text();
    const token = /name="_csrf" value="([^"]+)"/.exec(page)![1]!;
    expect((await app.request("/admin/units/viewing", form({ _csrf: token, unit: "Sở Tài chính", allow: "1" }, adminCookie))).status).toBe(303);
    await app.request("/admin/login", form({ id: "STC" }));
    await until(() => tg.to("101").some((m) => /\d{6}/.test(m.text)), 5_000, "the leader's code");
    const code = /(\d{6})/.exec(tg.to("101").at(-1)!.text)![1]!;
    const res = await app.request("/admin/login/code", form({ id: "STC", code }));
    expect(res.headers.get("location")).toBe("/admin/unit");
    const cookie = cookieOf(res);
    const unit = await app.request("/admin/unit", { headers: { cookie } });
    expect(unit.status).toBe(200);
    expect(await unit.text()).toContain("Nhiệm vụ của Sở Tài chính");
    for (const p of PAGES.filter((x) => x !== "/admin/unit")) expect([p, (await app.request(p, { headers: { cookie } })).status]).toEqual([p, 403]);
    const leaderToken = /name="_csrf" value="([^"]+)"/.exec(await (await app.request("/admin/unit", { headers: { cookie } })).text())![1]!;
    expect((await app.request("/admin/units/viewing", form({ _csrf: leaderToken, unit: "Sở Nội vụ", allow: "1" }, cookie))).status).toBe(403);
    // Revoked: the session reaches nothing any more.
    await app.request("/admin/units/viewing", form({ _csrf: token, unit: "Sở Tài chính", allow: "0" }, adminCookie));
    expect((await app.request("/admin/unit", { headers: { cookie } })).status).toBe(403);
    expect((await h.store.recentAudit(40)).map((e) => e.action)).toEqual(expect.arrayContaining(["console_unit_view_allowed", "console_unit_view_revoked"]));
  });
});
