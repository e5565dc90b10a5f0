/** The Telegram webhook's only proof of origin: the secret set with setWebhook, sent back in a header. */
import { createHash, timingSafeEqual } from "node:crypto";

/** Header Telegram puts the secret in (lower case, as node presents it). */
export const TELEGRAM_SECRET_HEADER = "x-telegram-bot-api-secret-token";

/** True only when `header` equals `secret`; compared in equal time whatever the lengths. */
export function checkTelegramSecret(header: string | undefined, secret: string): boolean {
  if (header === undefined || secret === "") return false;
  const h = (s: string): Buffer => createHash("sha256").update(s).digest();
  return timingSafeEqual(h(header), h(secret));
}
