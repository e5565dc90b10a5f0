/**
 * Telegram updates in: one handler for both webhook and long polling (convert, answer the button
 * press so the client stops its spinner, hand over), and a getUpdates loop on telegraf's client.
 */
import { TelegramError, type Telegram } from "telegraf";
import type { Update } from "telegraf/types";
import type { Logger } from "../../log.ts";
import type { InboundMessage } from "../port.ts";
import { telegrafSignal, timeoutSignal } from "./channel.ts";
import { telegramUpdateToInbound, type BotIdentity } from "./inbound.ts";
import { TelegramUpdateSchema } from "./update-schema.ts";


/** Updates dondoc asks for: messages and button presses. */
export const ALLOWED_UPDATES = ["message", "callback_query"] as const;

/**
 * Turns a raw update into an InboundMessage (null when it is not for us) and answers a button
 * press at once, whatever happens to it afterwards: an unanswered press spins on the phone.
 */
export async function receiveTelegramUpdate(telegram: Telegram, raw: unknown, logger: Logger, now: Date = new Date(), bot: BotIdentity | null = null): Promise<InboundMessage | null> {
  const parsed = TelegramUpdateSchema.safeParse(raw);
  if (!parsed.success) {
    // Once per update, with where it is broken and never what it says.
    const id = (raw as { update_id?: unknown } | null)?.update_id;
    logger.warn("telegram: malformed update dropped", { updateId: typeof id === "number" ? id : null, problems: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".")}: ${i.code}`) });
    return null;
  }
  const update = parsed.data;
  if (update.callback_query) {
    await telegram.answerCbQuery(update.callback_query.id).catch((err: unknown) => {
      logger.warn("telegram: could not answer a button press", { err });
    });
  }
  return telegramUpdateToInbound(update, now, bot);
}

export interface PollingOptions {
  /** getUpdates long-poll timeout, in Bot API seconds. Default 25. */
  timeoutSeconds?: number;
  /** First wait after a failed getUpdates; doubles up to 30 s. Default 1000 ms. */
  retryDelayMs?: number;
  logger: Logger;
}

export interface Polling {
  /** Stops after the update in hand; resolves when the loop has ended. */
  stop(): Promise<void>;
}

/**
 * Long polling: updates are handled one at a time, in order, and confirmed (offset) only after
 * `handle` returned, so a crash re-reads them instead of losing them.
 */
export function startPolling(telegram: Telegram, handle: (update: unknown) => Promise<void>, options: PollingOptions): Polling {
  const stopped = new AbortController();
  const timeoutSeconds = options.timeoutSeconds ?? 25;
  const firstDelayMs = options.retryDelayMs ?? 1000;
  const log = options.logger;

  let offset = 0;
  async function loop(): Promise<void> {
    let delayMs = firstDelayMs;
    while (!stopped.signal.aborted) {
      let updates: Update[];
      try {
        // The request must outlive the long poll; telegraf's own timeout is 500 s.
        const signal = AbortSignal.any([stopped.signal, AbortSignal.timeout(timeoutSeconds * 1000 + 15_000)]);
        updates = await telegram.callApi("getUpdates", { offset, timeout: timeoutSeconds, allowed_updates: [...ALLOWED_UPDATES] }, { signal: telegrafSignal(signal) });
        delayMs = firstDelayMs;
      } catch (err: unknown) {
        if (stopped.signal.aborted) return;
        const conflict = err instanceof TelegramError && err.code === 409;
        log.warn(conflict ? "telegram: getUpdates conflict (another instance polling, or a webhook is set)" : "telegram: getUpdates failed", { err, retryInMs: delayMs });
        await sleep(delayMs, stopped.signal);
        delayMs = Math.min(delayMs * 2, 30_000);
        continue;
      }
      for (const update of updates) {
        if (stopped.signal.aborted) return;
        try {
          await handle(update);
        } catch (err: unknown) {
          log.error("telegram: handling an update failed", { err, updateId: update.update_id });
        }
        offset = update.update_id + 1;
      }
    }
  }

  const done = loop();
  return {
    stop: async () => {
      stopped.abort();
      await done;
      // Confirms what was handled, so a restart does not read it again (as telegraf's stop does).
      if (offset > 0) {
        await telegram.callApi("getUpdates", { offset, limit: 1, timeout: 0 }, { signal: timeoutSignal(5_000) }).catch(() => undefined);
      }
    },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => { clearTimeout(timer); resolve(); }, { once: true });
  });
}
