/**
 * Bot API failures → DeliveryError: "the API answered no" (TelegramError, by code and
 * description) versus "the network failed" (anything else). Only the first can be permanent.
 */
import { TelegramError } from "telegraf";
import { DeliveryError } from "../port.ts";

/** 400 descriptions meaning the chat does not exist for this bot. */
const NOT_FOUND = /chat not found|user not found|PEER_ID_INVALID/i;

/**
 * `retryAfterUnitMs`: length of one retry_after "second" (1000; a fake server may use shorter ones).
 * 401/404 (wrong token or API root) are an operator's mistake: transient "auth", so messages wait
 * in the queue while the configuration is fixed instead of being given up.
 */
export function toDeliveryError(error: unknown, chatId: string, retryAfterUnitMs = 1000): DeliveryError {
  if (error instanceof DeliveryError) return error;
  if (!(error instanceof TelegramError)) {
    const what = error instanceof Error ? error.name === "AbortError" ? "timed out" : error.message : String(error);
    return new DeliveryError(`telegram: network failure sending to ${chatId}: ${what}`, false, "network", null, { cause: error });
  }
  const { error_code: code, description } = error.response;
  const say = (m: string): string => `telegram ${code} for chat ${chatId}: ${m}`;
  if (code === 429) {
    const seconds = error.parameters?.retry_after ?? 1;
    return new DeliveryError(say(`rate limited, retry after ${seconds} s`), false, "rate_limited", seconds * retryAfterUnitMs, { cause: error });
  }
  // Every 403 (blocked, deactivated, kicked, never started the bot) means this bot cannot reach them.
  if (code === 403) return new DeliveryError(say(description), true, "blocked", null, { cause: error });
  if (code === 400 && NOT_FOUND.test(description)) return new DeliveryError(say(description), true, "not_found", null, { cause: error });
  if (code === 400) return new DeliveryError(say(description), true, "bad_request", null, { cause: error });
  if (code === 401 || code === 404) return new DeliveryError(say(`${description} (check TELEGRAM_BOT_TOKEN and TELEGRAM_API_ROOT)`), false, "auth", null, { cause: error });
  if (code >= 500) return new DeliveryError(say(`server error: ${description}`), false, "server", null, { cause: error });
  // 409, 420 and anything unlisted: not known to be final, so retried with backoff.
  return new DeliveryError(say(description), false, "server", null, { cause: error });
}
