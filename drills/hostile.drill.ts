/**
 * Hostile input against the running service: 20,000 malformed, forged and oversized webhook
 * requests, unknown paths and slow clients, then signed Zalo withdrawals whose user ids are
 * patterns ("*", "?", "[", "a*b"). The service must not crash or reject a promise unhandled,
 * nothing forged may reach the inbound queue, and the withdrawals must delete nothing.
 */
import { connect } from "node:net";
import { zaloSignature } from "../test/fakes/zalo-webhook.ts";
import { startFakeZalo } from "../test/fakes/zalo-server.ts";
import { check, type Drill } from "./lib/drill.ts";
import { sleep } from "./lib/processes.ts";
import { PREFIX, province, startWorld } from "./lib/world.ts";

const SECRET = "drill_webhook_secret_2";
const CONCURRENCY = 40;

/** One request; resolves with its HTTP status (0: the connection failed). */
async function send(url: string, init: RequestInit): Promise<number> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(20_000) });
    await res.arrayBuffer();
    return res.status;
  } catch {
    return 0;
  }
}

/** A client that sends half its headers and then nothing: the server must close it itself. */
function slowClient(port: number): Promise<number> {
  return new Promise((resolve) => {
    const started = Date.now();
    const s = connect(port, "127.0.0.1", () => s.write("POST /telegram/webhook HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n"));
    s.on("data", () => {});
    s.on("close", () => resolve(Date.now() - started));
    s.on("error", () => {});
    setTimeout(() => s.destroy(), 60_000);
  });
}

const drill: Drill = async ({ short }) => {
  const total = short ? 4_000 : 20_000;
  const zalo = await startFakeZalo();
  const w = await startWorld({
    env: {
      TELEGRAM_WEBHOOK_URL: "http://127.0.0.1:1/telegram/webhook", TELEGRAM_WEBHOOK_SECRET: SECRET,
      ZALO_APP_ID: zalo.appId, ZALO_APP_SECRET: zalo.appSecret, ZALO_OA_SECRET: zalo.oaSecret, ZALO_REFRESH_TOKEN: zalo.refreshToken,
      ZALO_API_ROOT: zalo.apiRoot, ZALO_OAUTH_ROOT: zalo.oauthRoot,
    },
  });
  try {
    await w.store.saveOfficials(province(50).map((o, i) => (i > 0 ? { ...o, zaloUserId: `18400320000000${String(i).padStart(5, "0")}` } : o)));
    for (let i = 1; i <= 50; i++) await w.store.rememberMessage("zalo", `18400320000000${String(i).padStart(5, "0")}`, `m${i}`, [`asg-${i}`]);
    await w.service.start();
    const base = w.service.url;
    const zaloBody = (o: unknown) => JSON.stringify(o);
    const kinds: Array<[string, () => Promise<number>]> = [
      ["telegram, no secret", () => send(`${base}/telegram/webhook`, { method: "POST", body: '{"update_id":1,"message":{"text":"xong"}}', headers: { "content-type": "application/json" } })],
      ["telegram, wrong secret", () => send(`${base}/telegram/webhook`, { method: "POST", body: '{"update_id":2}', headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": "nope" } })],
      ["telegram, right secret, not JSON", () => send(`${base}/telegram/webhook`, { method: "POST", body: "{{{", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET } })],
      ["telegram, right secret, broken shapes", () => send(`${base}/telegram/webhook`, { method: "POST", body: JSON.stringify({ update_id: "x", message: { chat: null, from: 5, date: "never", reply_markup: { inline_keyboard: 3 } }, callback_query: { message: null } }), headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET } })],
      ["telegram, 2 MB body", () => send(`${base}/telegram/webhook`, { method: "POST", body: "x".repeat(2_000_000), headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET } })],
      ["zalo, forged signature", () => send(`${base}/zalo/webhook`, { method: "POST", body: zaloBody({ app_id: zalo.appId, event_name: "user_send_text", timestamp: String(Date.now()), sender: { id: "1840032000000000001" }, message: { msg_id: "f1", text: "xong" } }), headers: { "content-type": "application/json", "x-zevent-signature": "mac=deadbeef" } })],
      ["zalo, no signature, not JSON", () => send(`${base}/zalo/webhook`, { method: "POST", body: "<xml/>", headers: { "content-type": "text/xml" } })],
      ["unknown path", () => send(`${base}/wp-admin/${Math.random()}`, { method: "GET" })],
    ];
    const statuses = new Map<string, Map<number, number>>();
    let next = 0;
    const started = Date.now();
    const slow = Array.from({ length: short ? 10 : 50 }, () => slowClient(w.service.port));
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < total; i = next++) {
        const [name, run] = kinds[i % kinds.length]!;
        const status = await run();
        const m = statuses.get(name) ?? new Map<number, number>();
        m.set(status, (m.get(status) ?? 0) + 1);
        statuses.set(name, m);
      }
    }));
    const seconds = (Date.now() - started) / 1000;
    const slowClosedMs = await Promise.all(slow);
    // Withdrawals signed with the OA's secret, with ids that would be patterns in a key scan.
    const keysBefore = await w.conn.dbsize();
    const zaloKeysBefore = (await w.conn.keys(`${PREFIX}*1840032*`)).length;
    const withdraws: number[] = [];
    for (const id of ["*", "?", "[", "a*b", "1840032*", "[a-z]*"]) {
      const timestamp = String(Date.now());
      const body = JSON.stringify({ app_id: zalo.appId, event_name: "user_withdraw", timestamp, sender: { id } });
      withdraws.push(await send(`${base}/zalo/webhook`, { method: "POST", body, headers: { "content-type": "application/json", "x-zevent-signature": `mac=${zaloSignature(zalo.appId, body, timestamp, zalo.oaSecret)}` } }));
    }
    await sleep(2_000);
    const zaloKeysAfter = (await w.conn.keys(`${PREFIX}*1840032*`)).length;
    const keysAfter = await w.conn.dbsize();
    const health = await send(`${base}/healthz`, {});
    const inboundAdded = (await w.conn.xrange(`${PREFIX}q:inbound:events`, "-", "+")).filter(([, f]) => f.includes("added")).length;
    const unhandled = /unhandled|uncaught/i.test(w.service.output);
    const table = [...statuses].map(([k, m]) => `${k}: ${[...m].map(([s, n]) => `${s}×${n}`).join(" ")}`).join("; ");
    console.log(table);
    return {
      name: "hostile input",
      figures: {
        requests: total, seconds: seconds.toFixed(1), "slow clients closed after (s)": (Math.max(...slowClosedMs) / 1000).toFixed(1),
        "forged reaching the queue": inboundAdded, "withdraw answers": withdraws.join(" "), "user keys before/after": `${zaloKeysBefore}/${zaloKeysAfter}`,
        "keys before/after": `${keysBefore}/${keysAfter}`, "service alive": w.service.alive ? "yes" : "no", "/healthz": health,
      },
      checks: [
        check("no crash, /healthz 200", w.service.alive && health === 200),
        check("no unhandled rejection or exception in the log", !unhandled),
        check("nothing forged or malformed reaches the inbound queue", inboundAdded === 0),
        check("slow clients are closed by the server within 15 s", slowClosedMs.every((ms) => ms < 15_000)),
        check("withdrawals with pattern ids delete no user's keys", zaloKeysAfter === zaloKeysBefore),
      ],
    };
  } finally {
    await w.close();
    await zalo.close();
  }
};
export default drill;
