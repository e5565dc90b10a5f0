import type { TgUpdate, WebhookDelivery } from "./telegram-types.ts";
import { sleep } from "./http.ts";

/**
 * The bot's pending updates, as the Bot API keeps them: getUpdates with `offset` confirms (and
 * forgets) every update below it; a negative offset keeps only the last -offset updates.
 */
export class UpdateQueue {
  private pending: TgUpdate[] = [];
  private nextId: number;
  private waiters = new Set<() => void>();

  constructor(firstUpdateId = 100_001) {
    this.nextId = firstUpdateId;
  }

  push(build: (updateId: number) => TgUpdate): TgUpdate {
    const update = build(this.nextId++);
    this.pending.push(update);
    for (const wake of this.waiters) wake();
    return update;
  }

  confirm(offset: number): void {
    if (offset < 0) this.pending = this.pending.slice(offset);
    else this.pending = this.pending.filter((u) => u.update_id >= offset);
  }

  peek(limit: number): TgUpdate[] {
    return this.pending.slice(0, limit);
  }

  dropAll(): void {
    this.pending = [];
  }

  get size(): number {
    return this.pending.length;
  }

  /** Resolves when an update arrives, `ms` pass, or `signal` aborts, whichever is first. */
  async waitForAny(ms: number, signal: AbortSignal): Promise<void> {
    if (this.pending.length > 0 || ms <= 0) return;
    let wake = (): void => {};
    const arrived = new Promise<void>((resolve) => { wake = resolve; });
    this.waiters.add(wake);
    try {
      await Promise.race([arrived, sleep(ms, signal)]);
    } finally {
      this.waiters.delete(wake);
    }
  }
}

export interface WebhookConfig {
  url: string;
  secretToken: string | null;
}

/**
 * Pushes pending updates to the webhook one at a time, in order, as the Bot API does with
 * max_connections 1: an update leaves the queue only when the webhook answers 2xx; otherwise it is
 * retried after `retryMs`, and the failure shows in getWebhookInfo.
 */
export class WebhookPusher {
  readonly deliveries: WebhookDelivery[] = [];
  lastError: { date: number; message: string } | null = null;
  private running = false;
  private stopped = new AbortController();

  constructor(
    private readonly queue: UpdateQueue,
    private readonly config: () => WebhookConfig | null,
    private readonly retryMs: number,
    private readonly timeoutMs: number,
  ) {}

  /** Starts delivering if a webhook is set and nothing is delivering yet. */
  kick(): void {
    if (this.running || this.stopped.signal.aborted) return;
    this.running = true;
    void this.loop().finally(() => { this.running = false; });
  }

  stop(): void {
    this.stopped.abort();
  }

  private async loop(): Promise<void> {
    for (;;) {
      const hook = this.config();
      const update = this.queue.peek(1)[0];
      if (!hook || !update || this.stopped.signal.aborted) return;
      const ok = await this.deliver(hook, update);
      if (ok) this.queue.confirm(update.update_id + 1);
      else await sleep(this.retryMs, this.stopped.signal);
    }
  }

  private async deliver(hook: WebhookConfig, update: TgUpdate): Promise<boolean> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (hook.secretToken !== null) headers["X-Telegram-Bot-Api-Secret-Token"] = hook.secretToken;
    const at = Date.now();
    try {
      const signal = AbortSignal.any([this.stopped.signal, AbortSignal.timeout(this.timeoutMs)]);
      const res = await fetch(hook.url, { method: "POST", headers, body: JSON.stringify(update), signal });
      await res.arrayBuffer().catch(() => undefined);
      this.deliveries.push({ update_id: update.update_id, at, status: res.status, secretSent: hook.secretToken });
      if (res.status >= 200 && res.status < 300) return true;
      this.lastError = { date: Math.floor(at / 1000), message: `Wrong response from the webhook: ${res.status} ${res.statusText}` };
      return false;
    } catch (error: unknown) {
      const message = error instanceof Error ? error.message : String(error);
      this.deliveries.push({ update_id: update.update_id, at, status: 0, secretSent: hook.secretToken, error: message });
      this.lastError = { date: Math.floor(at / 1000), message: `Connection failed: ${message}` };
      return false;
    }
  }
}
