/**
 * Prometheus metrics (prom-client) and BullMQ's own export, for GET /metrics. Counters are per
 * process (a scrape of each process adds up); queue depths come from Redis, so any process shows
 * every queue. Nothing here changes what the service does: it listens to workers and wraps channels.
 */
import { UnrecoverableError, type Job, type Queue, type Worker } from "bullmq";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { readButton, readCommand } from "./bot/commands.ts";
import { DeliveryError, type OutboundDocument, type Channel, type ChannelName, type InboundMessage } from "./channels/port.ts";
import { understandReply } from "./core/reply/understand.ts";

export class Metrics {
  readonly registry = new Registry();
  private readonly queues: Queue[] = [];

  readonly deliveries = new Counter({
    name: "dondoc_deliveries_total", help: "Delivery jobs finished, by channel, kind (before, due, overdue, prompt, message, weekly, catchup, summary) and outcome (sent, rerouted, skipped-…)",
    labelNames: ["channel", "kind", "outcome"], registers: [this.registry],
  });
  readonly sent = new Counter({ name: "dondoc_messages_sent_total", help: "Messages the platform accepted, by channel and kind", labelNames: ["channel", "kind"], registers: [this.registry] });
  readonly failed = new Counter({
    name: "dondoc_messages_failed_total", help: "Failed delivery attempts, by channel, kind, reason and whether the job gave up (final=true)",
    labelNames: ["channel", "kind", "reason", "final"], registers: [this.registry],
  });
  readonly rateLimited = new Counter({ name: "dondoc_rate_limited_total", help: "Answers 'too many requests' (HTTP 429, Zalo -32) from a platform, by channel", labelNames: ["channel"], registers: [this.registry] });
  readonly replies = new Counter({ name: "dondoc_replies_total", help: "Inbound messages by what they were read as: reply intents (done, progress, …), button_<action>, command", labelNames: ["channel", "intent"], registers: [this.registry] });
  readonly handling = new Histogram({
    name: "dondoc_inbound_handling_seconds", help: "Time to handle one inbound message (read, change tasks, queue the answer)", labelNames: ["channel"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5], registers: [this.registry],
  });
  readonly sendLatency = new Histogram({
    name: "dondoc_delivery_seconds", help: "Time from a delivery job being ready to it finishing", labelNames: ["channel"],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300], registers: [this.registry],
  });
  readonly inboundErrors = new Counter({ name: "dondoc_inbound_failed_total", help: "Inbound messages whose handling threw (retried by the queue)", labelNames: ["channel"], registers: [this.registry] });
  readonly oldestWaiting = new Gauge({
    name: "dondoc_queue_oldest_waiting_seconds", help: "Age of the oldest job ready and not yet taken, per queue", labelNames: ["queue"], registers: [this.registry],
    collect: async () => {
      const now = Date.now();
      for (const q of this.queues) {
        const [oldest] = await q.getJobs(["wait"], 0, 0, true).catch(() => []);
        this.oldestWaiting.set({ queue: q.name }, oldest ? Math.max(0, (now - oldest.timestamp - (oldest.delay ?? 0)) / 1000) : 0);
      }
    },
  });

  constructor(opts: { defaults?: boolean; labels?: Record<string, string> } = {}) {
    if (opts.labels) this.registry.setDefaultLabels(opts.labels);
    if (opts.defaults !== false) collectDefaultMetrics({ register: this.registry, prefix: "dondoc_" });
  }

  /** Queues whose depths /metrics reports (BullMQ's bullmq_job_count, and the oldest waiting job). */
  watchQueues(...queues: Queue[]): void {
    for (const q of queues) if (!this.queues.some((x) => x.name === q.name)) this.queues.push(q);
  }

  /** Counts a delivery worker's outcomes and failures. */
  watchDelivery(worker: Worker, channel: ChannelName): void {
    worker.on("completed", (job: Job, outcome: unknown) => {
      const kind = job.name;
      const o = typeof outcome === "string" ? outcome : "unknown";
      this.deliveries.inc({ channel, kind, outcome: o });
      if (o === "sent" || o === "rerouted") this.sent.inc({ channel, kind });
      if (job.finishedOn) this.sendLatency.observe({ channel }, Math.max(0, job.finishedOn - job.timestamp - (job.delay ?? 0)) / 1000);
    });
    worker.on("failed", (job: Job | undefined, err: Error) => {
      const given = err instanceof UnrecoverableError;
      const reason = (err as { reason?: string }).reason ?? (given ? "invalid" : "error");
      const final = !job || given || job.attemptsMade >= (job.opts.attempts ?? 1);
      this.failed.inc({ channel, kind: job?.name ?? "unknown", reason, final: String(final) });
    });
  }

  /** The same channel, counting the platform's 429s. */
  /** The channel with its 429s counted; everything else the port offers passes through unchanged. */
  instrument(channel: Channel): Channel {
    const counter = this.rateLimited;
    const counted = async <T>(send: () => Promise<T>): Promise<T> => {
      try {
        return await send();
      } catch (err) {
        if (err instanceof DeliveryError && err.reason === "rate_limited") counter.inc({ channel: channel.name });
        throw err;
      }
    };
    return {
      name: channel.name,
      send: (chatId, message) => counted(() => channel.send(chatId, message)),
      ...(channel.sendDocument ? { sendDocument: (chatId: string, doc: OutboundDocument, caption?: string) => counted(() => channel.sendDocument!(chatId, doc, caption)) } : {}),
      ...(channel.download ? { download: channel.download.bind(channel) } : {}),
      ...(channel.waitMs ? { waitMs: channel.waitMs.bind(channel) } : {}),
    };
  }

  /** Wraps the inbound handler: time taken, failures, and what each message was read as. */
  inbound<O>(handle: (m: InboundMessage, options: O) => Promise<void>, timeZone: string): (m: InboundMessage, options: O) => Promise<void> {
    return async (m, options) => {
      const end = this.handling.startTimer({ channel: m.channel });
      try {
        await handle(m, options);
      } catch (err) {
        this.inboundErrors.inc({ channel: m.channel });
        throw err;
      } finally {
        end();
      }
      for (const intent of intentsOf(m, timeZone)) this.replies.inc({ channel: m.channel, intent });
    };
  }

  /** The text exposition: our metrics, then every watched queue's BullMQ export (HELP and TYPE once). */
  async render(): Promise<string> {
    const ours = await this.registry.metrics();
    const bull = await Promise.all(this.queues.map((q) => q.exportPrometheusMetrics().catch(() => "")));
    return `${ours.trimEnd()}\n${mergeExpositions(bull)}\n`;
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

/**
 * What an inbound message was read as, for the replies counter. The reply reader is pure and fast
 * (about 25,000 replies a second), so reading the text again here costs little and keeps the handler as it is.
 */
export function intentsOf(m: InboundMessage, timeZone: string): string[] {
  const button = m.buttonData ? readButton(m.buttonData) : null;
  if (button) return [`button_${button.action}`];
  if (readCommand(m.text)) return ["command"];
  if (!m.text.trim()) return ["empty"];
  const kinds = understandReply(m.text, m.at, { timeZone }).map((i) => i.kind);
  return kinds.length ? [...new Set(kinds)] : ["unknown"];
}

/** Several BullMQ exports as one: each metric's HELP and TYPE once, then all its samples. */
export function mergeExpositions(texts: string[]): string {
  const meta = new Map<string, string[]>();
  const samples = new Map<string, string[]>();
  for (const line of texts.flatMap((t) => t.split("\n"))) {
    const m = /^# (?:HELP|TYPE) (\S+)/.exec(line);
    if (m) {
      const list = meta.get(m[1]!) ?? [];
      if (!list.includes(line)) list.push(line);
      meta.set(m[1]!, list);
      continue;
    }
    const name = /^([A-Za-z_:][A-Za-z0-9_:]*)/.exec(line)?.[1];
    if (!name) continue;
    samples.set(name, [...(samples.get(name) ?? []), line]);
  }
  return [...new Set([...meta.keys(), ...samples.keys()])].flatMap((n) => [...(meta.get(n) ?? []), ...(samples.get(n) ?? [])]).join("\n");
}
