/**
 * Registration by single-use invite codes. An admin creates a code for one official (valid 7 days);
 * the leader sends it (Telegram deep link /start CODE, or the code itself to the Zalo OA) and that
 * chat is bound to them. Codes are 10 characters from a 31-letter alphabet (about 10^15 values),
 * consumed atomically (GETDEL), and each chat gets 5 wrong tries per hour.
 */
import { randomInt } from "node:crypto";
import { z } from "zod";
import type { Official } from "../core/model.ts";
import { readJson } from "../store/schemas.ts";
import type { Store } from "../store/store.ts";

/** No 0/O, 1/I/L, U: nothing to misread when a code is dictated on the phone. */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
export const CODE_LENGTH = 10;
/** Invites expire after 7 days. */
export const INVITE_TTL_MS = 7 * 86_400_000;
/** Wrong codes a chat may try per hour before it is made to wait. */
export const MAX_ATTEMPTS_PER_HOUR = 5;

const InviteSchema = z.object({ officialId: z.string(), expiresAt: z.number(), createdBy: z.string() });

const inviteKey = (s: Store, code: string) => `${s.prefix}invite:${code}`;
const usedKey = (s: Store, code: string) => `${s.prefix}invite-used:${code}`;
const attemptsKey = (s: Store, channel: string, chatId: string) => s.k.attempts(channel, chatId);
/** The official's newest code: a new one cancels it. */
const latestKey = (s: Store, officialId: string) => `${s.prefix}invite-of:${officialId}`;

/** Always with a digit, so a word typed to the OA ("xin chao") is never taken for a code. */
export function newCode(): string {
  for (;;) {
    let c = "";
    for (let i = 0; i < CODE_LENGTH; i++) c += ALPHABET[randomInt(ALPHABET.length)];
    if (/\d/.test(c)) return c;
  }
}

/** A message that could be a code: 10 letters and digits with at least one digit, spaces or dashes aside. */
export function looksLikeCode(text: string): boolean {
  const c = cleanCode(text);
  return c.length === CODE_LENGTH && /^[A-Z0-9]+$/.test(c) && /\d/.test(c);
}

/**
 * Creates a code for an official and cancels their older one (a code sent to the wrong person is
 * fixed by sending a new one). It stays readable 30 days so a late try hears "expired", not "wrong".
 */
export async function createInvite(store: Store, officialId: string, createdBy: string, now: Date): Promise<{ code: string; expiresAt: Date; cancelled: boolean }> {
  const code = newCode();
  const expiresAt = now.getTime() + INVITE_TTL_MS;
  const ttl = INVITE_TTL_MS + 30 * 86_400_000;
  const previous = await store.redis.getset(latestKey(store, officialId), code);
  await store.redis.multi()
    .pexpire(latestKey(store, officialId), ttl)
    .set(inviteKey(store, code), JSON.stringify({ officialId, expiresAt, createdBy }), "PX", ttl)
    .exec();
  const cancelled = previous !== null && previous !== code && (await store.redis.del(inviteKey(store, previous))) === 1;
  return { code, expiresAt: new Date(expiresAt), cancelled };
}

export type Redeemed =
  /** `previousChat`: the chat this official used on the channel before, which no longer gets reminders. */
  | { ok: true; official: Official; previousChat: string | null }
  | { ok: false; reason: "invalid" | "expired" | "used" | "too_many_attempts"; retryMinutes?: number };

/** Normalises what people type: spaces, dashes, lower case. */
export function cleanCode(text: string): string {
  return text.replace(/[\s-]/g, "").toUpperCase();
}

export async function redeemInvite(store: Store, channel: "telegram" | "zalo" | "web", chatId: string, typed: string, now: Date): Promise<Redeemed> {
  const ak = attemptsKey(store, channel, chatId);
  const tries = Number(await store.redis.get(ak) ?? 0);
  if (tries >= MAX_ATTEMPTS_PER_HOUR) {
    const ttl = await store.redis.pttl(ak);
    return { ok: false, reason: "too_many_attempts", retryMinutes: Math.max(1, Math.ceil(ttl / 60_000)) };
  }
  const code = cleanCode(typed);
  const fail = async (reason: "invalid" | "expired" | "used"): Promise<Redeemed> => {
    await store.redis.multi().incr(ak).pexpire(ak, 3_600_000, "NX").exec();
    return { ok: false, reason };
  };
  if (!/^[A-Z0-9]{6,16}$/.test(code)) return fail("invalid");
  // GETDEL: two chats racing with the same code cannot both win.
  const raw = await store.redis.getdel(inviteKey(store, code));
  if (!raw) return fail((await store.redis.exists(usedKey(store, code))) ? "used" : "invalid");
  const invite = readJson(InviteSchema, raw, inviteKey(store, code))!;
  if (invite.expiresAt < now.getTime()) return fail("expired");
  await store.redis.set(usedKey(store, code), chatId, "EX", 30 * 86_400);
  const official = await store.getOfficial(invite.officialId);
  if (!official) return fail("invalid");
  const previousChat = channel === "telegram" ? official.telegramChatId : channel === "zalo" ? official.zaloUserId : official.webChatId ?? null;
  await store.bindChat(channel, chatId, official.id);
  await store.redis.del(ak);
  return { ok: true, official: (await store.getOfficial(official.id))!, previousChat };
}
