/**
 * The running service, assembled from configuration, in one of four roles:
 * - web: the HTTP server (webhooks, /sandbox) and Telegram long polling — everything that takes input;
 * - worker: delivery workers per channel and the inbound worker (any number of processes, one Redis);
 * - scheduler: the daily control job (one process);
 * - all (default): the three in one process.
 * Every role serves /healthz and /metrics. `stop()` drains in order: no new input, jobs in flight
 * finish (within the shutdown deadline), connections close, the embedded Redis stops last.
 */
import type { Redis } from "ioredis";
import type { Queue, Worker } from "bullmq";
import { handleAccountEvent } from "./app/account-events.ts";
import type { AppDeps } from "./app/deps.ts";
import { handleInbound } from "./bot/handle.ts";
import { loadCalendar } from "./calendar/default.ts";
import type { Channel, ChannelName, InboundMessage } from "./channels/port.ts";
import { RateLimiter } from "./channels/limiter.ts";
import { TelegramChannel } from "./channels/telegram/channel.ts";
import { startTelegramUpdates, type TelegramUpdates } from "./channels/telegram/start.ts";
import { ChatLog } from "./channels/web/chat-log.ts";
import { WebChannel } from "./channels/web/channel.ts";
import { ChatEvents } from "./channels/web/live.ts";
import { ZaloChannel } from "./channels/zalo/channel.ts";
import { ZaloTokenManager } from "./channels/zalo/tokens.ts";
import { ZaloWebhook } from "./channels/zalo/webhook.ts";
import type { Config, Role } from "./config.ts";
import { DEFAULT_POLICY } from "./core/plan/policy.ts";
import { checkHealth } from "./http/health.ts";
import { startHttpServer, type HttpServer } from "./http/server.ts";
import type { Logger } from "./log.ts";
import { Metrics } from "./metrics.ts";
import { connectRedis, serviceRedis, type RedisTarget } from "./runtime/redis.ts";
import { withDeadline } from "./runtime/deadline.ts";
import { Store } from "./store/store.ts";
import { CONTROL_QUEUE, startDaily } from "../jobs/daily.ts";
import { enqueueInbound, inboundQueue, startInboundWorker } from "../jobs/inbound.ts";
import { bullPrefix } from "../jobs/names.ts";
import { DeliveryQueues } from "../jobs/queues.ts";
import { startDeliveryWorker } from "../jobs/worker.ts";
import { Queue as BullQueue } from "bullmq";

export interface Service {
  deps: AppDeps;
  /** Null only if the HTTP server could not be started (never in practice: every role serves /healthz). */
  http: HttpServer;
  telegram: TelegramUpdates | null;
  role: Role;
  /** Where Redis is (without password); the embedded one's data directory when it is ours. */
  redis: RedisTarget;
  metrics: Metrics;
  /** The sandbox's chats and input, when it is served here. */
  sandbox: { chats: ChatLog; onInbound: (m: InboundMessage) => Promise<void> } | null;
  stop(): Promise<void>;
}

export interface ServiceOptions {
  logger: Logger;
  env: Record<string, string | undefined>;
  clock?: () => Date;
  /** What this process runs. Default config.role (DONDOC_ROLE, default "all"); main.ts passes --role. */
  role?: Role;
  /** Telegram long-poll timeout, in Bot API seconds (tests shorten it). Default 25. */
  pollTimeoutSeconds?: number;
  /** Length of one retry_after second (a fake server may use shorter ones). Default 1000 ms. */
  retryAfterUnitMs?: number;
  /** Run the daily 06:00 job scheduler (with the scheduler role). Default true. */
  daily?: boolean;
  /** Delivery rate per queue, overriding the per-platform defaults (a test against a faster fake). */
  workerLimit?: { max: number; durationMs: number };
}

/** Messages per second in the sandbox: a person reads them; the limit only keeps a runaway loop in check. */
const WEB_PER_SECOND = 200;

export async function startService(config: Config, opts: ServiceOptions): Promise<Service> {
  const target = await serviceRedis(config, opts.logger);
  const connections: Redis[] = [];
  try {
    return await assemble(config, opts, target, connections);
  } catch (err) {
    // Started half-way (a port in use, a platform that refused the token): leave nothing running.
    for (const c of connections) c.disconnect();
    await target.embedded?.stop();
    throw err;
  }
}

async function assemble(config: Config, opts: ServiceOptions, target: RedisTarget, connections: Redis[]): Promise<Service> {
  const log = opts.logger;
  const role = opts.role ?? config.role;
  const runs = { web: role === "web" || role === "all", worker: role === "worker" || role === "all", scheduler: role === "scheduler" || role === "all" };
  const connect = (name: string) => {
    const c = connectRedis(target, log, name);
    connections.push(c);
    return c;
  };
  const redis = connect("main");
  const store = new Store(redis, config.keyPrefix, { sendLeaseMs: config.sendLeaseMs, timeZone: config.timeZone, auditDir: config.audit.dir });
  const queues = new DeliveryQueues(redis, config.keyPrefix);
  const calendar = await loadCalendar(opts.env, config.timeZone);
  for (const w of calendar.warnings()) log.warn("holiday table", { warning: w });
  const metrics = new Metrics({ labels: { role } });

  const channels = new Map<ChannelName, Channel>();
  let telegramChannel: TelegramChannel | null = null;
  if (config.telegram) {
    telegramChannel = new TelegramChannel({
      token: config.telegram.token, apiRoot: config.telegram.apiRoot, limiter: new RateLimiter({ perSecond: opts.workerLimit ? opts.workerLimit.max : config.telegram.perSecond }),
      ...(opts.retryAfterUnitMs ? { retryAfterUnitMs: opts.retryAfterUnitMs } : {}),
    });
    channels.set("telegram", metrics.instrument(telegramChannel));
  }
  let zaloWebhook: ZaloWebhook | null = null;
  if (config.zalo) {
    const z = config.zalo;
    const tokens = new ZaloTokenManager({ redis, prefix: config.keyPrefix, appId: z.appId, appSecret: z.appSecret, refreshToken: z.refreshToken, oauthRoot: z.oauthRoot });
    channels.set("zalo", metrics.instrument(new ZaloChannel({ tokens, redis, prefix: config.keyPrefix, apiRoot: z.apiRoot, limiter: new RateLimiter({ perSecond: z.perSecond }) })));
    zaloWebhook = new ZaloWebhook({ appId: z.appId, oaSecret: z.oaSecret, redis, prefix: config.keyPrefix });
  }
  const chats = new ChatLog(redis, config.keyPrefix);
  if (config.sandbox) channels.set("web", metrics.instrument(new WebChannel(chats)));
  if (!config.telegram && !config.zalo) log.warn(config.sandbox ? "no platform configured: reminders go only to the sandbox chat at /sandbox" : "no channel configured: set TELEGRAM_BOT_TOKEN or the ZALO_ variables; reminders will not be sent");

  // Recorded for the CLI (it queues for the same channels); in the background, so a Redis that is
  // not there yet never holds up the HTTP server and /healthz.
  void store.recordServiceChannels([...channels.keys()]).catch((err: unknown) => log.warn("could not record the service's channels", { err }));
  const deps: AppDeps = {
    store, queues, calendar, channels, logger: log, clock: opts.clock ?? (() => new Date()),
    policy: { ...DEFAULT_POLICY, officeHours: { ranges: config.officeHours } },
    available: new Set(channels.keys()),
    intake: { fetchUrls: config.fetchUrls },
    ...(config.botUsername ? { botUsername: config.botUsername } : {}),
    ...(config.consoleUrl ? { consoleUrl: config.consoleUrl } : {}),
  };
  // Webhooks, long polling and the sandbox put each message in the inbound queue; a worker handles it.
  const inbound = inboundQueue(redis, config.keyPrefix);
  const onInbound = (m: InboundMessage) => enqueueInbound(inbound, m);
  const control = new BullQueue(CONTROL_QUEUE, { connection: redis, prefix: bullPrefix(config.keyPrefix) });
  control.on("error", () => {});
  const watched: Queue[] = [...[...channels.keys()].map((c) => queues.get(c)), inbound, control];
  metrics.watchQueues(...watched);

  const workers: Worker[] = [];
  if (runs.worker) {
    for (const name of channels.keys()) {
      // The queue's limit matches the channel's (TELEGRAM_/ZALO_MESSAGES_PER_SECOND): across every worker process.
      const perSecond = name === "telegram" ? config.telegram?.perSecond : name === "zalo" ? config.zalo?.perSecond : WEB_PER_SECOND;
      const limit = opts.workerLimit ?? { max: perSecond ?? 10, durationMs: 1000 };
      const w = startDeliveryWorker(deps, name, connect(`worker-${name}`), { limit, concurrency: 10, lockMs: config.jobLockMs });
      metrics.watchDelivery(w, name);
      workers.push(w);
    }
    const handle = metrics.inbound((m, o: { lastAttempt: boolean }) => handleInbound(deps, m, o), config.timeZone);
    workers.push(startInboundWorker(connect("inbound"), config.keyPrefix, handle, log.child({ part: "inbound" }), config.jobLockMs));
  }
  // The daily job waits for Redis if it is away at start-up; the HTTP server does not wait for it.
  let daily: { queue: Queue; worker: Worker } | null = null;
  const dailyStarted = runs.scheduler && opts.daily !== false
    ? startDaily({ ...deps, logger: log.child({ job: "daily" }), auditRetentionDays: config.audit.retentionDays }, connect("daily")).then((d) => { daily = d; }, (err: unknown) => log.error("daily scheduler could not start", { err }))
    : Promise.resolve();

  const telegram = runs.web && telegramChannel
    ? await startTelegramUpdates({
      channel: telegramChannel, onInbound, logger: log.child({ channel: "telegram" }),
      ...(config.telegram?.webhookUrl ? { webhookUrl: config.telegram.webhookUrl, webhookSecret: config.telegram.webhookSecret! } : {}),
      ...(opts.pollTimeoutSeconds !== undefined ? { polling: { timeoutSeconds: opts.pollTimeoutSeconds } } : {}),
    })
    : null;

  const events = runs.web && config.sandbox ? new ChatEvents(connect("sandbox-events"), chats.eventsChannel) : null;
  const channelHealth = () => Object.fromEntries([...channels.keys()].map((n) => [n, {
    configured: true,
    ...(n === "telegram" ? { updates: telegram?.mode ?? (runs.web ? "off" : "other process") } : {}),
    ...(n === "zalo" ? { webhook: runs.web ? "/zalo/webhook" : "other process" } : {}),
    ...(n === "web" ? { sandbox: runs.web ? "/sandbox" : "other process", pagesOpen: events?.listening ?? 0 } : {}),
  }]));
  const http = await startHttpServer({
    port: config.port, host: config.host, logger: log.child({ part: "http" }), redis, onInbound, metrics,
    health: () => checkHealth({ redis, redisLabel: target.label, role, queues: watched.filter((q) => q !== control), channels: channelHealth, control }),
    ...(runs.web && telegram && config.telegram?.webhookSecret && telegram.mode === "webhook" ? { telegram: { secret: config.telegram.webhookSecret, receive: telegram.receive } } : {}),
    ...(runs.web && zaloWebhook ? { zalo: zaloWebhook, onZaloEvent: (e) => handleAccountEvent(deps, e) } : {}),
    ...(runs.web ? { console: { deps, queues: watched, ...(config.consoleSecret ? { secret: config.consoleSecret } : {}) } } : {}),
    ...(events ? { sandbox: { store, chats, events, deliveryQueue: queues.get("web"), onInbound, timeZone: config.timeZone, clock: deps.clock } } : {}),
  });
  if (events) log.warn("sandbox chat on: anyone who reaches /sandbox can act as any official of the roster", { url: `${http.url}/sandbox` });
  log.info("dondoc started", { role, channels: [...channels.keys()], http: http.url, telegram: telegram?.mode ?? "off", redis: target.label });

  let stopped: Promise<void> | null = null;
  return {
    deps, http, telegram, role, redis: target, metrics, sandbox: events ? { chats, onInbound } : null,
    stop() {
      stopped ??= (async () => {
        await telegram?.stop();
        await http.close();
        // Jobs in flight finish within the deadline; past it the workers close anyway (BullMQ retries a job whose lock lapsed).
        const drained = await withDeadline(Promise.all(workers.map((w) => w.close())), config.shutdownMs);
        if (!drained) {
          log.warn("jobs still running at the shutdown deadline; they will be retried", { deadlineMs: config.shutdownMs });
          await withDeadline(Promise.all(workers.map((w) => w.close(true))), 3_000);
        }
        await withDeadline(dailyStarted, 1_000);
        const d = daily as { queue: Queue; worker: Worker } | null;
        // With Redis away these would wait for it: each gets a few seconds, then the connections are cut.
        const closes: Array<Promise<unknown>> = [queues.close(), inbound.close(), control.close(), ...(d ? [d.worker.close(), d.queue.close()] : [])];
        await withDeadline(Promise.all(closes), 3_000);
        for (const c of connections) c.disconnect();
        await target.embedded?.stop();
        log.info("dondoc stopped");
      })();
      return stopped;
    },
  };
}
