/**
 * A dondoc wired for integration tests: the run's real Redis (own key prefix), real BullMQ queues
 * and workers, the shipped holiday calendar, an injected clock and the in-memory channel.
 */
import { Redis } from "ioredis";
import { inject } from "vitest";
import type { Worker } from "bullmq";
import { DeliveryQueues } from "../../jobs/queues.ts";
import { startDeliveryWorker, type WorkerOptions } from "../../jobs/worker.ts";
import type { DeliveryDeps } from "../../jobs/deliver.ts";
import { MemoryChannel } from "../../src/channels/memory.ts";
import type { Channel, ChannelName } from "../../src/channels/port.ts";
import { loadCalendar } from "../../src/calendar/default.ts";
import { DEFAULT_POLICY } from "../../src/core/plan/policy.ts";
import type { Official } from "../../src/core/model.ts";
import { silentLogger } from "../../src/log.ts";
import { Store } from "../../src/store/store.ts";
import { deleteByPrefix, uniquePrefix } from "./redis.ts";

export interface Harness {
  deps: DeliveryDeps;
  store: Store;
  memory: MemoryChannel;
  /** Moves the injected clock. */
  setNow(iso: string | Date): void;
  startWorker(channel?: ChannelName, opts?: WorkerOptions): Worker;
  redis: Redis;
  close(): Promise<void>;
}

export async function createHarness(channels: Channel[] = [], options: { sendLeaseMs?: number } = {}): Promise<Harness> {
  const url = inject("redisUrl");
  const prefix = uniquePrefix("it");
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  const store = new Store(redis, prefix, options);
  const memory = new MemoryChannel();
  let now = new Date();
  const deps: DeliveryDeps = {
    store, queues: new DeliveryQueues(redis, prefix), calendar: await loadCalendar({}), policy: DEFAULT_POLICY,
    clock: () => now, channels: new Map<ChannelName, Channel>([["memory", memory], ...channels.map((c) => [c.name, c] as const)]), logger: silentLogger,
  };
  const workers: Worker[] = [];
  const connections: Redis[] = [];
  return {
    deps, store, memory, redis,
    setNow: (v) => { now = typeof v === "string" ? new Date(v) : v; },
    startWorker(channel = "memory", opts = {}) {
      const conn = new Redis(url, { maxRetriesPerRequest: null });
      connections.push(conn);
      const w = startDeliveryWorker(deps, channel, conn, { concurrency: 10, limit: { max: 1000, durationMs: 1000 }, ...opts });
      workers.push(w);
      return w;
    },
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      await deps.queues.close();
      await deleteByPrefix(redis, prefix);
      redis.disconnect();
      for (const c of connections) c.disconnect();
    },
  };
}

/** A leader of the sample province with a memory-channel chat id. */
export function official(id: string, over: Partial<Official> = {}): Official {
  return {
    id, fullName: `Nguyễn Văn ${id}`, title: "Giám đốc", unit: `Sở ${id}`, unitType: "sở", supervisorId: null,
    locale: "vi", role: "leader", telegramChatId: `chat-${id}`, zaloUserId: null, ...over,
  };
}

/** Waits until `check` returns true, polling every 20 ms, or fails after `timeoutMs`. */
export async function until(check: () => boolean | Promise<boolean>, timeoutMs = 8_000, what = "condition"): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
