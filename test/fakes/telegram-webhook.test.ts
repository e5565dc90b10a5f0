import { afterEach, describe, expect, it } from "vitest";
import { startReceiver, type Receiver } from "./receiver.ts";
import { callBot } from "./telegram-client.ts";
import { startFakeTelegram, type FakeTelegram } from "./telegram-server.ts";

const open: Array<FakeTelegram | Receiver> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function until(condition: () => boolean, timeoutMs = 1500): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("fake Telegram: webhook", () => {
  it("POSTs updates with the secret header and blocks getUpdates while set", async () => {
    const tg = await startFakeTelegram();
    const hook = await startReceiver();
    open.push(tg, hook);
    const set = await callBot(tg, "setWebhook", { url: hook.url, secret_token: "bi-mat_123" });
    expect(set.body).toEqual({ ok: true, result: true, description: "Webhook was set" });

    const update = tg.userSends(300, "báo cáo tiến độ 50%");
    await until(() => hook.received.length === 1);
    expect(hook.received[0]!.headers["x-telegram-bot-api-secret-token"]).toBe("bi-mat_123");
    expect(JSON.parse(hook.received[0]!.body)).toEqual(update);
    await until(() => tg.pendingUpdates === 0);

    expect((await callBot(tg, "getUpdates")).body).toMatchObject({ ok: false, error_code: 409 });
    expect((await callBot(tg, "getWebhookInfo")).body.result).toMatchObject({ url: hook.url, pending_update_count: 0 });
  });

  it("sends no secret header when none was set", async () => {
    const tg = await startFakeTelegram();
    const hook = await startReceiver();
    open.push(tg, hook);
    await callBot(tg, "setWebhook", { url: hook.url });
    tg.userSends(1, "xin chào");
    await until(() => hook.received.length === 1);
    expect(hook.received[0]!.headers["x-telegram-bot-api-secret-token"]).toBeUndefined();
  });

  it("retries an update until the webhook answers 2xx, and shows the last error", async () => {
    const tg = await startFakeTelegram({ webhookRetryMs: 20 });
    const hook = await startReceiver((n) => (n < 2 ? 500 : 200));
    open.push(tg, hook);
    await callBot(tg, "setWebhook", { url: hook.url, secret_token: "s" });
    const update = tg.userSends(2, "xong");
    await until(() => tg.pendingUpdates === 0);
    expect(tg.webhookDeliveries.map((d) => [d.update_id, d.status])).toEqual([
      [update.update_id, 500], [update.update_id, 500], [update.update_id, 200],
    ]);
    const info = (await callBot(tg, "getWebhookInfo")).body.result;
    expect(info.last_error_message).toMatch(/500/);
  });

  it("refuses a secret with characters outside A-Z a-z 0-9 _ -", async () => {
    const tg = await startFakeTelegram();
    open.push(tg);
    const res = await callBot(tg, "setWebhook", { url: "http://127.0.0.1:1/hook", secret_token: "bí mật" });
    expect(res.body).toEqual({ ok: false, error_code: 400, description: "Bad Request: secret token contains unallowed characters" });
    expect(tg.webhook).toBeNull();
  });

  it("hands pending updates back to getUpdates after deleteWebhook, or drops them when asked", async () => {
    const tg = await startFakeTelegram();
    const hook = await startReceiver(() => 503);
    open.push(tg, hook);
    await callBot(tg, "setWebhook", { url: hook.url });
    tg.userSends(3, "một");
    await until(() => hook.received.length >= 1);
    expect((await callBot(tg, "deleteWebhook")).body.description).toBe("Webhook was deleted");
    expect((await callBot(tg, "getUpdates")).body.result.map((u: { message: { text: string } }) => u.message.text)).toEqual(["một"]);
    await callBot(tg, "deleteWebhook", { drop_pending_updates: true });
    expect((await callBot(tg, "getUpdates")).body.result).toEqual([]);
  });
});
