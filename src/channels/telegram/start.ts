/**
 * Starts receiving Telegram updates: by webhook when a URL is configured (our HTTP server serves
 * it and calls `receive`), else by long polling. Sets the command menus either way.
 */
import type { Logger } from "../../log.ts";
import type { InboundMessage } from "../port.ts";
import type { TelegramChannel } from "./channel.ts";
import { setCommandMenus } from "./commands.ts";
import { ALLOWED_UPDATES, receiveTelegramUpdate, startPolling, type PollingOptions } from "./updates.ts";

export interface TelegramUpdatesOptions {
  channel: TelegramChannel;
  onInbound: (msg: InboundMessage) => Promise<void>;
  logger: Logger;
  /** TELEGRAM_WEBHOOK_URL: when set, Telegram pushes updates there. */
  webhookUrl?: string;
  /** TELEGRAM_WEBHOOK_SECRET: Telegram sends it back in X-Telegram-Bot-Api-Secret-Token. Required with webhookUrl. */
  webhookSecret?: string;
  /** Long-polling settings (timeout in Bot API seconds, default 25). */
  polling?: Omit<PollingOptions, "logger">;
}

export interface TelegramUpdates {
  mode: "webhook" | "polling";
  /** For the webhook route: converts one update, answers a button press; null when not for us. */
  receive(update: unknown): Promise<InboundMessage | null>;
  stop(): Promise<void>;
}

export async function startTelegramUpdates(options: TelegramUpdatesOptions): Promise<TelegramUpdates> {
  const { channel, onInbound, logger } = options;
  const telegram = channel.telegram;
  // Who the bot is, so that in a group it answers only what speaks to it.
  const me = await telegram.getMe();
  const bot = { id: me.id, username: me.username };
  const receive = (update: unknown): Promise<InboundMessage | null> => receiveTelegramUpdate(telegram, update, logger, new Date(), bot);
  await setCommandMenus(telegram);
  if (options.webhookUrl) {
    if (!options.webhookSecret) throw new Error("TELEGRAM_WEBHOOK_SECRET is required with TELEGRAM_WEBHOOK_URL");
    await telegram.setWebhook(options.webhookUrl, { secret_token: options.webhookSecret, allowed_updates: [...ALLOWED_UPDATES] });
    return { mode: "webhook", receive, stop: async () => {} };
  }
  // getUpdates answers 409 while a webhook is set: a bot moved back to polling must drop it.
  await telegram.deleteWebhook();
  const polling = startPolling(telegram, async (update) => {
    const msg = await receive(update);
    if (msg) await onInbound(msg);
  }, { ...options.polling, logger });
  return { mode: "polling", receive, stop: () => polling.stop() };
}
