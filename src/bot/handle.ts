/**
 * One inbound message → what the bot does and says. Handles each platform message once, speaks in
 * a group only when spoken to, tells unknown chats how to register (once in a while, not at every
 * message), keeps admin commands to admins (refusals are audited), and answers every official in
 * their own locale.
 */
import type { InboundMessage } from "../channels/port.ts";
import type { Official } from "../core/model.ts";
import { t, type Locale } from "../i18n/index.ts";
import type { AppDeps } from "../app/deps.ts";
import { cleanCode, looksLikeCode, redeemInvite } from "../app/invites.ts";
import { replierFor, type Say } from "./answer.ts";
import { handleButton } from "./buttons.ts";
import { handleCommand } from "./command-handlers.ts";
import { readButton, readCommand } from "./commands.ts";
import { handleText } from "./text.ts";

const DEFAULT_LOCALE: Locale = "vi";
/** An unregistered chat hears how to register at most once in this long, however much it writes. */
const STRANGER_ANSWER_EVERY_SECONDS = 600;

/** Redis (or the network to it) is away for a moment: the inbound job is retried rather than answered. */
const TRANSIENT = /ECONNREFUSED|Connection is closed|ETIMEDOUT|max retries|Stream isn't writeable|ECONNRESET|LOADING/i;

/**
 * Handles a message once. The "handled" mark is set when the handling has finished, so a process
 * killed half-way handles the message again when its job is retried (each step is idempotent or
 * harmless twice: at most one duplicate answer, never a lost reply).
 */
export interface HandleOptions {
  /** The queue will not try this message again: on a Redis outage, say "busy" rather than nothing. Default true. */
  lastAttempt?: boolean;
}

export async function handleInbound(deps: AppDeps, msg: InboundMessage, options: HandleOptions = {}): Promise<void> {
  try {
    if (await deps.store.wasHandled(msg.channel, msg.messageId)) return;
  } catch (err) {
    return outage(deps, msg, err, options);
  }
  await handleOnce(deps, msg, options);
  await deps.store.markHandled(msg.channel, msg.messageId);
}

/** Redis is away: let the queue retry the message; on its last try, tell the sender to try again later. */
async function outage(deps: AppDeps, msg: InboundMessage, err: unknown, options: HandleOptions): Promise<void> {
  deps.logger.error("inbound failed: Redis unavailable", { channel: msg.channel, chat: msg.chatId, err, lastAttempt: options.lastAttempt !== false });
  if (options.lastAttempt === false) throw err;
  await replierFor(deps, msg)(t(DEFAULT_LOCALE, "error.redis_down")).catch(() => {});
}

async function handleOnce(deps: AppDeps, msg: InboundMessage, options: HandleOptions): Promise<void> {
  const say = replierFor(deps, msg);
  let me: Official | null = null;
  try {
    // In a group, only what speaks to the bot is for the bot.
    if (msg.addressed === false) return;
    // People are who they are, not where they write: in a group bound to an official, only that
    // official's own account acts as them.
    me = await deps.store.officialByChat(msg.channel, msg.userId);
    if (!me) return await unregistered(deps, msg, say);
    // They wrote on this channel: it reaches them again.
    if (msg.channel !== "memory") await deps.store.clearUnreachable(msg.channel, me.id);
    await registered(deps, me, msg, say);
  } catch (err) {
    // A Redis blip: the queue retries the message; nothing is said that the retry would contradict.
    if (TRANSIENT.test(String((err as Error)?.message ?? err))) return outage(deps, msg, err, options);
    deps.logger.error("inbound failed", { channel: msg.channel, chat: msg.chatId, err });
    await say(t(me?.locale ?? DEFAULT_LOCALE, "error.generic")).catch(() => {});
  }
}

async function unregistered(deps: AppDeps, msg: InboundMessage, say: Say): Promise<void> {
  if (msg.channel === "memory") return say(t(DEFAULT_LOCALE, "register.unregistered"));
  // Registration happens in a private chat only: binding a group would let everyone in it act as the official.
  if (msg.chatId !== msg.userId) return;
  const cmd = readCommand(msg.text);
  const code = cmd?.name === "start" ? cmd.args : !cmd && looksLikeCode(msg.text) ? msg.text : null;
  if (!code) {
    const key = deps.store.k.stranger(msg.channel, msg.chatId);
    const fresh = (await deps.store.redis.set(key, "1", "EX", STRANGER_ANSWER_EVERY_SECONDS, "NX")) === "OK";
    return fresh ? say(t(DEFAULT_LOCALE, "register.unregistered")) : undefined;
  }
  if (msg.channel !== "telegram" && msg.channel !== "zalo" && msg.channel !== "web") return;
  const r = await redeemInvite(deps.store, msg.channel, msg.chatId, code, deps.clock());
  await deps.store.audit({ at: deps.clock().toISOString(), who: r.ok ? r.official.id : `${msg.channel}:${msg.chatId}`, channel: msg.channel, text: `mã ${cleanCode(code).slice(0, 3)}…`, target: msg.chatId, action: r.ok ? "registered" : `register_${r.reason}`, from: null, to: null });
  if (!r.ok) {
    const key = { invalid: "register.invalid_code", expired: "register.expired", used: "register.used", too_many_attempts: "register.too_many_attempts" } as const;
    return say(t(DEFAULT_LOCALE, key[r.reason], { minutes: r.retryMinutes ?? 60 }));
  }
  // The chat this account used before no longer gets reminders: tell it, so nobody waits there in vain.
  if (r.previousChat && r.previousChat !== msg.chatId) {
    const old = deps.channels.get(msg.channel);
    await old?.send(r.previousChat, { text: t(r.official.locale, "register.moved_away", { name: r.official.fullName }) }).catch((err: unknown) => deps.logger.warn("could not tell the old chat", { err }));
  }
  return say(t(r.official.locale, "register.welcome", { name: r.official.fullName, unit: r.official.unit }));
}

async function registered(deps: AppDeps, me: Official, msg: InboundMessage, say: Say): Promise<void> {
  const button = readButton(msg.buttonData ?? (msg.channel === "zalo" ? msg.text : ""));
  if (button) return handleButton(deps, me, msg, button, say);
  const cmd = readCommand(msg.text);
  if (cmd) return handleCommand(deps, me, msg, cmd, say);
  if (msg.kind && msg.kind !== "text" && !msg.document) return say(t(me.locale, "error.not_text"));
  return handleText(deps, me, msg, say);
}
