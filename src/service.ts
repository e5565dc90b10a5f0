/**
 * The running service, assembled from configuration: delivery workers per configured channel, the
 * daily control job, Telegram updates (long polling or webhook), the HTTP server (webhooks and
 * /healthz). `stop()` drains in order: no new input, running jobs finish, connections close.
 */
import { Redis } from "ioredis";
import type { Queue, Worker } from "bullmq";
import { handleAccountEvent } from "./app/account-events.ts";
import type { AppDeps } from "./app/deps.ts";
import { handleInbound } from "./bot/handle.ts";
import { loadCalendar } from "./calendar/default.ts";
import type { Channel, ChannelName, InboundMessage } from "./channels/port.ts";
import { RateLimiter } from "./channels/limiter.ts";
import { TelegramChannel } from "./channels/telegram/channel.ts";
import { startTelegramUpdates, type TelegramUpdates } from "./channels/telegram/start.ts";
import { ZaloChannel } from "./channels/zalo/channel.ts";
import { ZaloTokenManager } from "./channels/zalo/tokens.ts";
import { ZaloWebhook } from "./channels/zalo/webhook.ts";
import type { Config } from "./config.ts";
import { DEFAULT_POLICY } from "./core/plan/policy.ts";
import { startHttpServer, type HttpServer } from "./http/server.ts";
import type { Logger } from "./log.ts";
import { Store } from "./store/store.ts";
import { startDaily } from "../jobs/daily.ts";
import { enqueueInbound, inboundQueue, startInboundWorker } from "../jobs/inbound.ts";
import { DeliveryQueues } from "../jobs/queues.ts";
import { startDeliveryWorker } from "../jobs/worker.ts";

export interface Service {
  deps: AppDeps;
  http: HttpServer;
  telegram: TelegramUpdates | null;
  stop(): Promise<void>;
}

export interface ServiceOptions {
  logger: Logger;
  env: Record<string, string | undefined>;
  clock?: () => Date;
  /** Telegram long-poll timeout, in Bot API seconds (tests shorten it). Default 25. */
  pollTimeoutSeconds?: number;
  /** Length of one retry_after second (a fake server may use shorter ones). Default 1000 ms. */
  retryAfterUnitMs?: number;
  /** Run the daily 06:00 job scheduler. Default true. */
  daily?: boolean;
  /** Delivery rate per queue, overriding the per-platform defaults (a test against a faster fake). */
  workerLimit?: { max: number; durationMs: number };
}

/**
 * BullMQ's workers block on their connection: each gets its own, with unlimited retries per request.
 * While Redis is down ioredis reconnects on its own; the operator gets one log line per connection
 * every 30 s, not a stack trace per attempt.
 */
function connect(url: string, log: Logger, name: string): Redis {
  const r = new Redis(url, { maxRetriesPerRequest: null });
  let lastLogged = 0;
  r.on("error", (err: Error) => {
    if (Date.now() - lastLogged < 30_000) return;
    lastLogged = Date.now();
    log.warn("redis unavailable, reconnecting", { connection: name, err });
  });
  r.on("ready", () => { if (lastLogged) { lastLogged = 0; log.info("redis reconnected", { connection: name }); } });
  return r;
}

export async function startService(config: Config, opts: ServiceOptions): Promise<Service> {
  const log = opts.logger;
  const redis = connect(config.redisUrl, log, "main");
  const store = new Store(redis, config.keyPrefix);
  const queues = new DeliveryQueues(redis, config.keyPrefix);
  const calendar = await loadCalendar(opts.env, config.timeZone);
  for (const w of calendar.warnings()) log.warn("holiday table", { warning: w });

  const channels = new Map<ChannelName, Channel>();
  let telegramChannel: TelegramChannel | null = null;
  if (config.telegram) {
    telegramChannel = new TelegramChannel({
      token: config.telegram.token, apiRoot: config.telegram.apiRoot, limiter: new RateLimiter({ perSecond: opts.workerLimit ? opts.workerLimit.max : config.telegram.perSecond }),
      ...(opts.retryAfterUnitMs ? { retryAfterUnitMs: opts.retryAfterUnitMs } : {}),
    });
    channels.set("telegram", telegramChannel);
  }
  let zaloWebhook: ZaloWebhook | null = null;
  if (config.zalo) {
    const z = config.zalo;
    const tokens = new ZaloTokenManager({ redis, prefix: config.keyPrefix, appId: z.appId, appSecret: z.appSecret, refreshToken: z.refreshToken, oauthRoot: z.oauthRoot });
    channels.set("zalo", new ZaloChannel({ tokens, redis, prefix: config.keyPrefix, apiRoot: z.apiRoot, limiter: new RateLimiter({ perSecond: z.perSecond }) }));
    zaloWebhook = new ZaloWebhook({ appId: z.appId, oaSecret: z.oaSecret, redis, prefix: config.keyPrefix });
  }
  if (!channels.size) log.warn("no channel configured: set TELEGRAM_BOT_TOKEN or the ZALO_ variables; reminders will not be sent");

  await store.recordServiceChannels([...channels.keys()]);
  const deps: AppDeps = {
    store, queues, calendar, channels, logger: log, clock: opts.clock ?? (() => new Date()),
    policy: { ...DEFAULT_POLICY, officeHours: { ranges: config.officeHours } },
    available: new Set(channels.keys()),
    intake: { fetchUrls: config.fetchUrls },
  };
  // Webhooks and long polling put each message in the inbound queue; its worker handles it.
  const inbound = inboundQueue(redis, config.keyPrefix);
  const onInbound = (m: InboundMessage) => enqueueInbound(inbound, m);

  const connections: Redis[] = [];
  const workers: Worker[] = [];
  for (const name of channels.keys()) {
    const c = connect(config.redisUrl, log, `worker-${name}`);
    connections.push(c);
    // The queue's limit matches the channel's (TELEGRAM_/ZALO_MESSAGES_PER_SECOND): across every worker process.
    const perSecond = name === "telegram" ? config.telegram?.perSecond : config.zalo?.perSecond;
    const limit = opts.workerLimit ?? { max: perSecond ?? 10, durationMs: 1000 };
    workers.push(startDeliveryWorker(deps, name, c, { limit, concurrency: 10 }));
  }
  {
    const c = connect(config.redisUrl, log, "inbound");
    connections.push(c);
    workers.push(startInboundWorker(c, config.keyPrefix, (m, o) => handleInbound(deps, m, o), log.child({ part: "inbound" })));
  }
  let daily: { queue: Queue; worker: Worker } | null = null;
  if (opts.daily !== false) {
    const c = connect(config.redisUrl, log, "daily");
    connections.push(c);
    daily = await startDaily({ ...deps, logger: log.child({ job: "daily" }) }, c);
  }

  const telegram = telegramChannel
    ? await startTelegramUpdates({
      channel: telegramChannel, onInbound, logger: log.child({ channel: "telegram" }),
      ...(config.telegram?.webhookUrl ? { webhookUrl: config.telegram.webhookUrl, webhookSecret: config.telegram.webhookSecret! } : {}),
      ...(opts.pollTimeoutSeconds !== undefined ? { polling: { timeoutSeconds: opts.pollTimeoutSeconds } } : {}),
    })
    : null;
  const http = await startHttpServer({
    port: config.port, logger: log.child({ part: "http" }), redis, onInbound,
    ...(telegram && config.telegram?.webhookSecret && telegram.mode === "webhook" ? { telegram: { secret: config.telegram.webhookSecret, receive: telegram.receive } } : {}),
    ...(zaloWebhook ? { zalo: zaloWebhook, onZaloEvent: (e) => handleAccountEvent(deps, e) } : {}),
  });
  log.info("dondoc started", { channels: [...channels.keys()], http: http.url, telegram: telegram?.mode ?? "off" });

  return {
    deps, http, telegram,
    async stop() {
      await telegram?.stop();
      await http.close();
      await Promise.all(workers.map((w) => w.close()));
      if (daily) { await daily.worker.close(); await daily.queue.close(); }
      await queues.close();
      await inbound.close();
      for (const c of connections) c.disconnect();
      redis.disconnect();
      log.info("dondoc stopped");
    },
  };
}
