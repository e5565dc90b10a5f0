import { afterEach, describe, expect, it } from "vitest";
import { startReceiver, type Receiver } from "./receiver.ts";
import { INTERACTION_WINDOW_MS, startFakeZalo, type FakeZalo, type FakeZaloOptions } from "./zalo-server.ts";
import { zaloSignature } from "./zalo-webhook.ts";

const open: Array<FakeZalo | Receiver> = [];
async function start(options: FakeZaloOptions = {}): Promise<FakeZalo> {
  const z = await startFakeZalo(options);
  open.push(z);
  return z;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/** message/cs as a client sends it; `any` because the test reads whichever fields came back. */
async function sendCs(z: FakeZalo, token: string | undefined, message: unknown, userId = "4339761418830368433"): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token !== undefined) headers.access_token = token;
  const res = await fetch(`${z.apiRoot}/v3.0/oa/message/cs`, { method: "POST", headers, body: JSON.stringify({ recipient: { user_id: userId }, message }) });
  return { status: res.status, body: await res.json() };
}

/** The OAuth exchange; `any` because the answer is either a token pair or an error object. */
async function refresh(z: FakeZalo, refreshToken: string, secret = z.appSecret): Promise<any> {
  const res = await fetch(`${z.oauthRoot}/v4/oa/access_token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", secret_key: secret },
    body: new URLSearchParams({ refresh_token: refreshToken, app_id: z.appId, grant_type: "refresh_token" }),
  });
  expect(res.status).toBe(200);
  return res.json();
}

const TEMPLATE = {
  attachment: {
    type: "template",
    payload: {
      template_type: "button",
      text: "Nhiệm vụ: báo cáo kết quả cải cách hành chính quý III",
      buttons: [
        { type: "oa.query.show", title: "Hoàn thành", payload: "#done:t1" },
        { type: "oa.query.show", title: "Đang thực hiện", payload: "#doing:t1" },
        { type: "oa.query.show", title: "Xin gia hạn", payload: "#extend:t1" },
      ],
    },
  },
};

describe("fake Zalo OA: message/cs", () => {
  it("delivers text and button templates, answering HTTP 200 with error 0 and a message id", async () => {
    const z = await start();
    const token = z.issueAccessToken();
    const text = await sendCs(z, token, { text: "Kính gửi đồng chí Chủ tịch UBND xã" });
    expect(text.status).toBe(200);
    expect(text.body).toMatchObject({ error: 0, message: "Success", data: { user_id: "4339761418830368433" } });
    expect(text.body.data.message_id).toMatch(/^[0-9a-f]{32}$/);
    expect((await sendCs(z, token, TEMPLATE)).body.error).toBe(0);
    expect(z.messagesTo("4339761418830368433").map((m) => [m.text, m.buttons?.map((b) => b.title)])).toEqual([
      ["Kính gửi đồng chí Chủ tịch UBND xã", undefined],
      ["Nhiệm vụ: báo cáo kết quả cải cách hành chính quý III", ["Hoàn thành", "Đang thực hiện", "Xin gia hạn"]],
    ]);
  });

  it("answers -216 without a valid token and -220 once tokens expire, still with HTTP 200", async () => {
    const z = await start();
    expect(await sendCs(z, undefined, { text: "x" })).toEqual({ status: 200, body: { error: -216, message: "Access token is invalid" } });
    const token = z.issueAccessToken();
    z.expireAccessTokens();
    expect((await sendCs(z, token, { text: "x" })).body.error).toBe(-220);
    const other = z.issueAccessToken();
    z.invalidateAccessToken(other);
    expect((await sendCs(z, other, { text: "x" })).body.error).toBe(-216);
    expect(z.delivered).toHaveLength(0);
  });

  it("answers -201 to an empty text or one over 2000 characters", async () => {
    const z = await start();
    const token = z.issueAccessToken();
    expect((await sendCs(z, token, { text: "" })).body.error).toBe(-201);
    expect((await sendCs(z, token, { text: "ệ".repeat(2001) })).body.error).toBe(-201);
    expect((await sendCs(z, token, { text: "ệ".repeat(2000) })).body.error).toBe(0);
  });

  it("refuses users who do not follow (-213), are inactive (-227) or went silent for 7 days (-230)", async () => {
    const z = await start();
    const token = z.issueAccessToken();
    z.setUser("1", { following: false });
    z.setUser("2", { inactive: true });
    z.setUser("3", { lastInteractionAt: Date.now() - INTERACTION_WINDOW_MS - 60_000 });
    z.setUser("4", { lastInteractionAt: Date.now() - INTERACTION_WINDOW_MS + 60_000 });
    const codes = [];
    for (const id of ["1", "2", "3", "4"]) codes.push((await sendCs(z, token, { text: "Nhắc việc" }, id)).body.error);
    expect(codes).toEqual([-213, -227, -230, 0]);
    z.advanceClock(2 * 60_000);
    expect((await sendCs(z, token, { text: "Nhắc việc" }, "4")).body.error).toBe(-230);
    expect(z.countOf(-230)).toBe(2);
  });

  it("answers -32 over the per-second limit and accepts again a moment later", async () => {
    const z = await start({ perSecond: 5 });
    const token = z.issueAccessToken();
    const codes = [];
    for (let i = 0; i < 7; i++) codes.push((await sendCs(z, token, { text: `tin ${i}` })).body.error);
    expect(codes).toEqual([0, 0, 0, 0, 0, -32, -32]);
    await new Promise((r) => setTimeout(r, 220));
    expect((await sendCs(z, token, { text: "sau khi chờ" })).body.error).toBe(0);
    expect(z.countOf(-32)).toBe(2);
  });

  it("answers -211 when the quota is spent, and scripted codes in order", async () => {
    const z = await start({ quota: 1 });
    const token = z.issueAccessToken();
    z.scriptErrors([-32]);
    expect((await sendCs(z, token, { text: "a" })).body.error).toBe(-32);
    expect((await sendCs(z, token, { text: "b" })).body.error).toBe(0);
    expect((await sendCs(z, token, { text: "c" })).body).toEqual({ error: -211, message: "Out of quota" });
  });

  it("records a message dropped after delivery, so a resend shows as a duplicate", async () => {
    const z = await start();
    const token = z.issueAccessToken();
    z.faults.script([{ kind: "drop", phase: "after" }]);
    await expect(sendCs(z, token, { text: "một lần thôi" })).rejects.toThrow();
    expect((await sendCs(z, token, { text: "một lần thôi" })).body.error).toBe(0);
    expect(z.delivered.map((m) => m.ackLost)).toEqual([true, false]);
  });

  it("fails about the configured share of sends", async () => {
    const z = await start({ perSecond: 10_000, faults: { ratio: 0.2, kinds: ["500", "502"], methods: ["message/cs"], seed: 3 } });
    const token = z.issueAccessToken();
    let failed = 0;
    for (let i = 0; i < 300; i++) {
      const res = await fetch(`${z.apiRoot}/v3.0/oa/message/cs`, {
        method: "POST", headers: { access_token: token, "content-type": "application/json" },
        body: JSON.stringify({ recipient: { user_id: "9" }, message: { text: "x" } }),
      });
      await res.arrayBuffer();
      if (res.status >= 500) failed += 1;
    }
    expect(failed / 300).toBeGreaterThan(0.14);
    expect(failed / 300).toBeLessThan(0.26);
    expect(z.delivered).toHaveLength(300 - failed);
  });
});

describe("fake Zalo OA: OAuth v4 refresh", () => {
  it("exchanges a refresh token once, returning expires_in as a string", async () => {
    const z = await start();
    const pair = await refresh(z, z.refreshToken);
    expect(pair).toEqual({ access_token: expect.any(String), refresh_token: expect.any(String), expires_in: "90000" });
    expect((await sendCs(z, pair.access_token, { text: "x" })).body.error).toBe(0);

    const reused = await refresh(z, z.refreshToken);
    expect(reused).toMatchObject({ error: -14014, error_name: expect.any(String), error_description: expect.any(String) });
    expect(reused.access_token).toBeUndefined();

    const next = await refresh(z, pair.refresh_token);
    expect(next.refresh_token).not.toBe(pair.refresh_token);
    expect(z.refreshCount).toBe(2);
    expect(z.refusedRefreshCount).toBe(1);
  });

  it("refuses a wrong secret_key without spending the refresh token", async () => {
    const z = await start();
    expect((await refresh(z, z.refreshToken, "wrong")).error).toBeLessThan(0);
    expect((await refresh(z, z.refreshToken)).access_token).toEqual(expect.any(String));
  });

  it("lets only one of two concurrent refreshes with the same token succeed", async () => {
    const z = await start({ refreshDelayMs: 50 });
    const results = await Promise.all([refresh(z, z.refreshToken), refresh(z, z.refreshToken)]);
    expect(results.filter((r) => typeof r.access_token === "string")).toHaveLength(1);
    expect(results.filter((r) => r.error === -14014)).toHaveLength(1);
    expect(z.refreshCount).toBe(1);
  });
});

describe("fake Zalo OA: webhook events", () => {
  it("computes the signature as sha256(app_id + body + timestamp + OA secret)", () => {
    expect(zaloSignature("app1", '{"event_name":"follow"}', "1700000000000", "oa-secret")).toBe(
      "62919864826dc740b164422d3e35d63bc9ff73aee812be077a948af077c0411d",
    );
  });

  it("POSTs a signed user_send_text that verifies against the raw body, and can resend it", async () => {
    const z = await start();
    const hook = await startReceiver();
    open.push(hook);
    const event = z.events.userText("4339761418830368433", "Đã hoàn thành nhiệm vụ");
    const delivery = await z.sendEvent(hook.url, event);
    expect(delivery.status).toBe(200);
    await z.sendEvent(hook.url, event);
    const [first, second] = hook.received;
    const body = JSON.parse(first!.body);
    expect(body).toMatchObject({
      app_id: z.appId, event_name: "user_send_text", sender: { id: "4339761418830368433" }, recipient: { id: z.oaId },
      message: { text: "Đã hoàn thành nhiệm vụ" },
    });
    expect(typeof body.timestamp).toBe("string");
    expect(first!.headers["x-zevent-signature"]).toBe(`mac=${zaloSignature(z.appId, first!.body, body.timestamp, z.oaSecret)}`);
    expect(JSON.parse(second!.body).message.msg_id).toBe(body.message.msg_id);
  });

  it("can forge or omit the signature", async () => {
    const z = await start();
    const hook = await startReceiver((_n, got) => (got.headers["x-zevent-signature"] === undefined ? 401 : 200));
    open.push(hook);
    const event = z.events.follow("77");
    await z.sendEvent(hook.url, event, { signature: "forged" });
    const omitted = await z.sendEvent(hook.url, event, { signature: "omit" });
    const forged = hook.received[0]!;
    expect(forged.headers["x-zevent-signature"]).toMatch(/^mac=[0-9a-f]{64}$/);
    expect(forged.headers["x-zevent-signature"]).not.toBe(`mac=${zaloSignature(z.appId, forged.body, event.timestamp, z.oaSecret)}`);
    expect(omitted.status).toBe(401);
  });

  it("a user's message reopens the 7-day window; unfollow closes the door (-213)", async () => {
    const z = await start();
    const hook = await startReceiver();
    open.push(hook);
    const token = z.issueAccessToken();
    z.setUser("5", { lastInteractionAt: Date.now() - INTERACTION_WINDOW_MS - 1000 });
    expect((await sendCs(z, token, { text: "x" }, "5")).body.error).toBe(-230);
    await z.sendEvent(hook.url, z.events.userText("5", "tôi đây"));
    expect((await sendCs(z, token, { text: "x" }, "5")).body.error).toBe(0);
    await z.sendEvent(hook.url, z.events.unfollow("5"));
    expect((await sendCs(z, token, { text: "x" }, "5")).body.error).toBe(-213);
    expect(JSON.parse(hook.received[1]!.body)).toMatchObject({ event_name: "unfollow", follower: { id: "5" } });
  });
});
