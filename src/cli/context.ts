/** What the commands that touch Redis share: config, one connection, the store, queues and calendar. */
import { Redis } from "ioredis";
import { loadCalendar } from "../calendar/default.ts";
import type { ChannelName } from "../channels/port.ts";
import { loadConfig, type Config } from "../config.ts";
import { DEFAULT_POLICY } from "../core/plan/policy.ts";
import { silentLogger } from "../log.ts";
import { commandRedis } from "../runtime/redis.ts";
import { Store } from "../store/store.ts";
import { DeliveryQueues } from "../../jobs/queues.ts";
import type { ImportDeps } from "../app/import-notice.ts";

export interface CliContext {
  config: Config;
  deps: ImportDeps;
  close(): Promise<void>;
}

/** Channels the configuration enables; reminders are queued only for these (the sandbox's web chat included). */
export function configuredChannels(config: Config): Set<ChannelName> {
  const s = new Set<ChannelName>();
  if (config.telegram) s.add("telegram");
  if (config.zalo) s.add("zalo");
  if (config.sandbox) s.add("web");
  return s;
}

/**
 * Channels reminders are queued for. Delivery is the service's business, not the CLI's: the CLI
 * may run without any credentials, so it queues for the channels the running service recorded
 * (Store.serviceChannels), else for the platforms its own configuration names or, when it names
 * none, both platforms — and the sandbox's web chat when it is on.
 */
export async function deliveryChannels(config: Config, store: Store): Promise<Set<ChannelName>> {
  const recorded = await store.serviceChannels();
  if (recorded.length) return new Set(recorded);
  const own = configuredChannels(config);
  const platforms = [...own].filter((c) => c === "telegram" || c === "zalo");
  return new Set<ChannelName>([...(platforms.length ? platforms : ["telegram", "zalo"] as const), ...(own.has("web") ? ["web" as const] : [])]);
}

/**
 * Connects to Redis as the service would find it: REDIS_URL; else the embedded redis-server of a
 * running `npm start` on DONDOC_REDIS_DIR; else that directory's data, served for this command
 * only. Fails within seconds with a message naming REDIS_URL if it is not there.
 */
export async function openContext(env: Record<string, string | undefined>, now: () => Date = () => new Date()): Promise<CliContext> {
  const config = loadConfig(env);
  const target = await commandRedis(config, silentLogger);
  const redis = new Redis(target.url, { ...target.options, maxRetriesPerRequest: 1, connectTimeout: 3_000, retryStrategy: (n) => (n > 2 ? null : 200), lazyConnect: true });
  redis.on("error", () => {}); // reported below, once, in words
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    redis.disconnect();
    await target.embedded?.stop();
    throw new Error(`Không kết nối được Redis tại ${target.label} (REDIS_URL): ${(err as Error).message}`, { cause: err });
  }
  const store = new Store(redis, config.keyPrefix, { timeZone: config.timeZone, auditDir: config.audit.dir });
  const queues = new DeliveryQueues(redis, config.keyPrefix);
  const calendar = await loadCalendar(env, config.timeZone);
  return {
    config,
    deps: { store, queues, calendar, policy: { ...DEFAULT_POLICY, officeHours: { ranges: config.officeHours } }, clock: now, available: await deliveryChannels(config, store) },
    async close() {
      await queues.close();
      redis.disconnect();
      await target.embedded?.stop();
    },
  };
}
