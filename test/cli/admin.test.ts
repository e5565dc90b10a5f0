/** `npm run cli -- admin password <code>`: the code the bot sent sets the admin's password; the console then takes it. */
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import type { AppDeps } from "../../src/app/deps.ts";
import { requestLoginCode } from "../../src/app/console-login.ts";
import { run } from "../../src/cli/admin.ts";
import { memoryIo } from "../../src/cli/io.ts";
import { MemoryChannel } from "../../src/channels/memory.ts";
import { createHttpApp } from "../../src/http/server.ts";
import { createHarness, official, until, type Harness } from "../support/harness.ts";

let h: Harness;
let tg: MemoryChannel;
let deps: AppDeps;
beforeEach(async () => {
  tg = new MemoryChannel("telegram");
  h = await createHarness([tg]);
  deps = { ...h.deps, available: new Set(["telegram"] as const) };
  await h.store.saveOfficials([official("ADM", { role: "admin", telegramChatId: "900" }), official("STC", { telegramChatId: "101" })]);
  h.startWorker("telegram");
});
afterEach(async () => { await h.close(); });

const cli = (args: string[], stdin: string) => Object.assign(memoryIo({}, stdin), { env: { REDIS_URL: inject("redisUrl"), DONDOC_KEY_PREFIX: h.store.prefix } });
const login = (app: ReturnType<typeof createHttpApp>, id: string, password: string) => app.request("/admin/login/password", {
  method: "POST", body: new URLSearchParams({ id, password }), headers: { origin: "http://localhost", "content-type": "application/x-www-form-urlencoded" },
});

describe("cli admin password", () => {
  it("sets the password with the code from the admin's chat, once; the console then signs in with it", async () => {
    await requestLoginCode(deps, "ADM", "127.0.0.1");
    await until(() => tg.to("900").length === 1, 5_000, "the code");
    const code = /(\d{6})/.exec(tg.to("900")[0]!.text)![1]!;
    const short = cli([], "ngắn\n");
    expect(await run(["password", code], short)).toBe(2);
    expect(short.stderr.at(-1)).toBe("Mật khẩu phải có ít nhất 12 ký tự.");
    const io = cli([], "một mật khẩu đủ dài\n");
    expect(await run(["password", code], io)).toBe(0);
    expect(io.stdout).toEqual(["Đã đặt mật khẩu trang quản trị cho Đồng chí Nguyễn Văn ADM (ADM)."]);
    const again = cli([], "một mật khẩu khác nữa\n");
    expect(await run(["password", code], again)).toBe(2);
    expect(again.stderr.at(-1)).toContain("Mã đăng nhập không đúng hoặc đã hết hạn");

    const app = createHttpApp({ port: 0, redis: h.redis, onInbound: async () => {}, console: { deps, secret: "p".repeat(40) } });
    expect((await login(app, "ADM", "sai mật khẩu rồi")).status).toBe(401);
    const ok = await login(app, "ADM", "một mật khẩu đủ dài");
    expect(ok.status).toBe(303);
    expect((await app.request("/admin", { headers: { cookie: ok.headers.get("set-cookie")!.split(";")[0]! } })).status).toBe(200);
    expect((await login(app, "STC", "một mật khẩu đủ dài")).status).toBe(401);
    expect((await h.store.recentAudit(20)).map((e) => e.action)).toContain("console_password_set");
  });

  it("refuses a malformed call", async () => {
    expect(await run(["password"], cli([], ""))).toBe(2);
    expect(await run(["reset", "123456"], cli([], ""))).toBe(2);
  });
});
