/**
 * A drill's world: its own redis-server, the fake Telegram Bot API on 127.0.0.1 (in this process,
 * so it outlives every kill of the service), the service as a real process pointed at both, and
 * the project's own store to seed officials and read back what happened.
 */
import { Redis } from "ioredis";
import { DeliveryQueues } from "../../jobs/queues.ts";
import type { Official } from "../../src/core/model.ts";
import { Store } from "../../src/store/store.ts";
import { startFakeTelegram, type FakeTelegram, type FakeTelegramOptions } from "../../test/fakes/telegram-server.ts";
import type { DeliveredMessage } from "../../test/fakes/telegram-types.ts";
import { DrillRedis, DrillService, freePort, until } from "./processes.ts";

export const PREFIX = "drill:";
export const ADMIN_CHAT = 9000;

export interface World {
  redis: DrillRedis;
  tg: FakeTelegram;
  service: DrillService;
  store: Store;
  queues: DeliveryQueues;
  conn: Redis;
  close(): Promise<void>;
}

export interface WorldOptions {
  telegram?: FakeTelegramOptions;
  /** More environment for the service (TELEGRAM_MESSAGES_PER_SECOND, webhook mode, …). */
  env?: Record<string, string>;
}

export async function startWorld(options: WorldOptions = {}): Promise<World> {
  const redis = await DrillRedis.start();
  const tg = await startFakeTelegram({ globalPerSecond: 1_000, perChatBurst: 3, ...options.telegram });
  const conn = new Redis(redis.url, { maxRetriesPerRequest: null });
  conn.on("error", () => {});
  const store = new Store(conn, PREFIX);
  const queues = new DeliveryQueues(conn, PREFIX);
  const service = new DrillService({
    REDIS_URL: redis.url, DONDOC_KEY_PREFIX: PREFIX, TELEGRAM_BOT_TOKEN: tg.token, TELEGRAM_API_ROOT: tg.url,
    DONDOC_SANDBOX: "0", LOG_LEVEL: "warn", DONDOC_JOB_LOCK_SECONDS: "3", DONDOC_SEND_LEASE_SECONDS: "5", DONDOC_SHUTDOWN_SECONDS: "5",
    ...options.env,
  }, await freePort());
  return {
    redis, tg, service, store, queues, conn,
    async close() {
      await service.stop();
      await queues.close().catch(() => {});
      conn.disconnect();
      await tg.close();
      await redis.stop();
    },
  };
}

/** The admin and `n` commune chairs, chats 100000… on Telegram. */
export function province(n: number): Official[] {
  const base = { supervisorId: null, locale: "vi" as const, zaloUserId: null };
  return [
    { ...base, id: "ADM", fullName: "Trần Thị Quản Trị", title: "Chánh Văn phòng", unit: "Văn phòng UBND tỉnh", unitType: "ban ngành", role: "admin", telegramChatId: String(ADMIN_CHAT) },
    ...Array.from({ length: n }, (_, i): Official => ({
      ...base, id: `XA${i}`, fullName: `Chủ tịch xã ${i}`, title: "Chủ tịch", unit: `UBND xã Số ${i}`, unitType: "xã", role: "leader", telegramChatId: String(100_000 + i),
    })),
  ];
}

/** Per recipient chat, how many delivered messages contain `marker`. */
export function tally(delivered: readonly DeliveredMessage[], marker: string, chats: number[]): { missing: number; duplicates: number; got: number } {
  const count = new Map<number, number>();
  for (const m of delivered) if (m.text.includes(marker) || m.document?.content.includes(marker)) count.set(m.chat_id, (count.get(m.chat_id) ?? 0) + 1);
  let missing = 0, duplicates = 0, got = 0;
  for (const c of chats) {
    const n = count.get(c) ?? 0;
    if (n === 0) missing++;
    else got++;
    duplicates += Math.max(0, n - 1);
  }
  return { missing, duplicates, got };
}

/** The admin writes to the bot; resolves with the first new message to the admin containing `expect`. */
export async function adminSays(w: World, text: string, expect: string, timeoutMs = 60_000): Promise<DeliveredMessage> {
  const before = w.tg.messagesTo(ADMIN_CHAT).length;
  w.tg.userSends(ADMIN_CHAT, text);
  let found: DeliveredMessage | undefined;
  await until(() => !!(found = w.tg.messagesTo(ADMIN_CHAT).slice(before).find((m) => m.text.includes(expect))), timeoutMs, `"${expect}" at the admin`);
  return found!;
}

/** The admin presses the first button whose data starts with one of `prefixes`. */
export function adminPresses(w: World, m: DeliveredMessage, ...prefixes: string[]): void {
  const buttons = m.reply_markup?.inline_keyboard.flat() ?? [];
  for (const p of prefixes) {
    const b = buttons.find((x) => x.callback_data?.startsWith(p));
    if (b) { w.tg.userPresses(ADMIN_CHAT, m.message_id, b.callback_data!); return; }
  }
  throw new Error(`no button ${prefixes.join("/")} on "${m.text.slice(0, 60)}"`);
}
