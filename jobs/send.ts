/**
 * One send under the ledger's lease (see src/store/sends.ts): claim, send, mark sent; release on a
 * certain failure; a lease someone else holds means "try again after it", never "skip". Permanent
 * failures are recorded, told to the admins once per official and channel, and not retried. Zalo
 * users Zalo cannot reach get the message on Telegram when they registered there.
 */
import { UnrecoverableError } from "bullmq";
import type { Channel, ChannelName, OutboundMessage } from "../src/channels/port.ts";
import { DeliveryError } from "../src/channels/port.ts";
import { sendWhole } from "../src/channels/send-whole.ts";
import type { Official } from "../src/core/model.ts";
import { t } from "../src/i18n/index.ts";
import type { Logger } from "../src/log.ts";
import type { DeliveryDeps } from "./deliver.ts";
import { channelOf } from "./schedule.ts";

/** A send given up for good; `reason` says why (the broadcast report files it by this, not by wording). */
export class GaveUp extends UnrecoverableError {
  constructor(message: string, readonly reason: DeliveryError["reason"]) {
    super(message);
  }
}

/** Another worker holds the send's lease (it is sending, or died while sending): retry after `waitMs`. */
export class LeaseHeld extends Error {
  override name = "LeaseHeld";
  constructor(readonly waitMs: number) {
    super(`send under way elsewhere; retry in ${waitMs} ms`);
  }
}

export type SendOutcome = "sent" | "rerouted" | "skipped-duplicate" | "unreachable";

/** The chat of `official` on `channel`, or null. */
export function chatOn(o: Official, channel: ChannelName): string | null {
  if (channel === "telegram") return o.telegramChatId;
  if (channel === "zalo") return o.zaloUserId;
  if (channel === "web") return o.webChatId ?? null;
  return o.telegramChatId ?? o.zaloUserId;
}

/** Claims `id`; throws LeaseHeld when a send of it is under way; false when it was sent before. */
async function claim(deps: DeliveryDeps, id: string): Promise<boolean> {
  const c = await deps.store.sends.claim(id);
  if (c === "busy") throw new LeaseHeld(Math.max(1_000, await deps.store.sends.leaseLeftMs(id)));
  return c === "claimed";
}

/** Sends `message` to a chat (not an official): a deferred answer to whoever wrote. */
export async function sendToChat(deps: DeliveryDeps, channel: Channel, id: string, chatId: string, message: OutboundMessage, refs: string[]): Promise<SendOutcome> {
  if (!(await claim(deps, id))) return "skipped-duplicate";
  try {
    await sendAndRecord(deps, channel, id, chatId, message, refs);
    return "sent";
  } catch (err) {
    if (!(err instanceof DeliveryError) || !err.permanent) await deps.store.sends.release(id);
    if (err instanceof DeliveryError && err.permanent) throw new GaveUp(`${channel.name}: ${err.message}`, err.reason);
    throw err;
  }
}

/**
 * Sends to an official on the queue's channel, at least once per job id. `tell`: tell the admins of
 * a permanent failure (a broadcast lists its misses in its report instead).
 */
export async function sendToOfficial(deps: DeliveryDeps, channel: Channel, id: string, official: Official, message: OutboundMessage, refs: string[], log: Logger, tell = true): Promise<SendOutcome> {
  const chatId = chatOn(official, channel.name);
  if (!chatId) return "unreachable";
  if (!(await claim(deps, id))) return "skipped-duplicate";
  const telegram = deps.channels.get("telegram");
  if (channel.name === "zalo" && official.telegramChatId && telegram && (await deps.store.isUnreachable("zalo", official.id))) {
    // Known unreachable on Zalo: straight to Telegram, without another failed Zalo call.
    return sendVia(deps, telegram, official, id, message, refs, tell);
  }
  try {
    await sendAndRecord(deps, channel, id, chatId, message, refs);
    return "sent";
  } catch (err) {
    if (!(err instanceof DeliveryError) || !err.permanent) {
      await deps.store.sends.release(id);
      throw err instanceof Error ? err : new Error(String(err), { cause: err });
    }
    log.warn("delivery failed permanently", { official: official.id, channel: channel.name, reason: err.reason, err });
    await deps.store.audit({
      at: deps.clock().toISOString(), who: "system", channel: channel.name, text: message.text.slice(0, 200), target: official.id,
      action: "delivery_failed", from: null, to: err.reason,
    });
    // Zalo cannot reach them (not following, no interaction in 7 days, inactive): Telegram if bound, never a blind retry.
    // The admins hear once per official and channel, not at every reminder, until the official writes again.
    const fresh = ["unreachable", "blocked", "not_found"].includes(err.reason) ? await deps.store.markUnreachable(channel.name, official.id) : true;
    if (channel.name === "zalo" && err.reason === "unreachable" && official.telegramChatId && telegram) {
      if (fresh && tell) await tellAdmins(deps, channel, official, "zalo_via_telegram", id, err.message);
      return sendVia(deps, telegram, official, id, message, refs, tell && fresh);
    }
    // A certain failure: the ledger lets a later job (after the official registers again) send.
    await deps.store.sends.release(id);
    if (fresh && tell) await tellAdmins(deps, channel, official, channel.name === "zalo" && err.reason === "unreachable" ? "zalo_no_channel" : "failed", id, err.message);
    throw new GaveUp(`${channel.name}: ${err.message}${fresh ? "" : " (admins already told)"}`, err.reason);
  }
}

/**
 * The Telegram fallback for an official Zalo cannot reach. A transient failure is retried like any
 * send; a permanent one (blocked there too) is final and the admins hear that nothing reached them.
 */
async function sendVia(deps: DeliveryDeps, telegram: Channel, official: Official, id: string, message: OutboundMessage, refs: string[], tell: boolean): Promise<SendOutcome> {
  const chatId = official.telegramChatId!;
  try {
    await sendAndRecord(deps, telegram, id, chatId, message, refs);
    return "rerouted";
  } catch (err) {
    await deps.store.sends.release(id);
    if (!(err instanceof DeliveryError) || !err.permanent) throw err;
    if ((await deps.store.markUnreachable("telegram", official.id)) && tell) await tellAdmins(deps, telegram, official, "failed", id, err.message);
    throw new GaveUp(`telegram (fallback from zalo): ${err.message}`, err.reason);
  }
}

/** Sends the whole message, marks the job id sent, and remembers which assignments a reply to it is about. */
async function sendAndRecord(deps: DeliveryDeps, channel: Channel, id: string, chatId: string, message: OutboundMessage, refs: string[]): Promise<void> {
  const { messageId } = await sendWhole(channel, chatId, message);
  await deps.store.sends.markSent(id);
  if (refs.length) await deps.store.rememberMessage(channel.name, chatId, messageId, refs);
}

async function tellAdmins(deps: DeliveryDeps, channel: Channel, official: Official, what: "failed" | "zalo_via_telegram" | "zalo_no_channel", id: string, reason: string): Promise<void> {
  const admins = (await deps.store.listOfficials()).filter((x) => x.role === "admin" && x.id !== official.id);
  for (const admin of admins) {
    const params = { official: official.fullName, unit: official.unit, channel: channel.name, reason };
    const text = what === "failed" ? t(admin.locale, "admin.delivery_failed", params) : t(admin.locale, `admin.unreachable.${what}`, params);
    // Admins hear it on their own channel.
    const route = channelOf(admin, new Set(deps.channels.keys()));
    if (route) await deps.queues.get(route.channel).add("message", { type: "message", o: admin.id, text }, { jobId: `f~${what}~${id}~${admin.id}`.replace(/:/g, "_") });
  }
}
