/**
 * How the bot answers in a chat: the parts of an answer as one message, sent at the platform's
 * pace. An answer goes at once when the chat's rate limit allows; when the chat is busy (a burst of
 * messages from it) or the platform says "too many requests" or fails for a moment, the answer is
 * queued as a delivery job instead — the same limiter, the same retries as reminders — so no
 * inbound worker waits on one chat while others are waiting for theirs.
 */
import type { Answer } from "../app/leader.ts";
import type { AppDeps } from "../app/deps.ts";
import { DeliveryError, type InboundMessage, type OutboundMessage } from "../channels/port.ts";
import { sendWhole } from "../channels/send-whole.ts";

/** An answer that would wait longer than this for the chat's slot is queued instead: no inbound worker holds on one chat. */
const INLINE_WAIT_MS = 1_000;
/** A transient failure without a retry-after is retried from the queue after this. */
const RETRY_MS = 1_000;

export type Say = (m: OutboundMessage | string) => Promise<void>;

/** The parts as one message: texts in order, a blank line apart, each footer once at the end; every part's buttons below. */
export function compose(answers: Answer[]): OutboundMessage {
  const buttons = answers.flatMap((a) => a.buttons ?? []);
  const footers = [...new Set(answers.flatMap((a) => (a.footer ? [a.footer] : [])))];
  return { text: [answers.map((a) => a.text).join("\n\n"), ...footers].join("\n"), ...(buttons.length ? { buttons } : {}) };
}

export function replierFor(deps: AppDeps, msg: InboundMessage): Say {
  let n = 0;
  const channel = deps.channels.get(msg.channel);
  if (!channel) throw new Error(`no channel ${msg.channel}`);
  /** One send now, or queued: returns 0 when sent, else the delay it was queued with (ms); null when undeliverable. */
  const attempt = async (message: OutboundMessage, jobId: string, after = 0): Promise<number | null> => {
    const wait = Math.max(after, channel.waitMs?.(msg.chatId) ?? 0);
    if (wait > INLINE_WAIT_MS) { await defer(deps, msg, message, jobId, wait); return wait; }
    try {
      await sendWhole(channel, msg.chatId, message);
      return 0;
    } catch (err) {
      if (!(err instanceof DeliveryError)) throw err;
      if (!err.permanent) {
        const delay = err.retryAfterMs ?? RETRY_MS;
        await defer(deps, msg, message, jobId, delay);
        return delay;
      }
      // Blocked or gone: there is nobody to answer; the inbound handling itself went through.
      deps.logger.warn("answer not delivered", { channel: msg.channel, chat: msg.chatId, reason: err.reason });
      return null;
    }
  };
  return async (m) => {
    const { document, ...text } = typeof m === "string" ? { text: m } : m;
    // Deterministic per inbound message: a retried handler queues each answer once.
    const jobId = `ans~${msg.channel}~${msg.messageId}~${++n}`.replace(/:/g, "_");
    if (!document) { await attempt(text, jobId); return; }
    // The summary and its file go separately, so a failed file does not send the summary twice;
    // a queued summary keeps its file after it.
    const first = await attempt(text, jobId);
    if (first !== null) await attempt({ text: "", document }, `${jobId}~f`, first > 0 ? first + RETRY_MS : 0);
  };
}

async function defer(deps: AppDeps, msg: InboundMessage, m: OutboundMessage, jobId: string, delayMs: number): Promise<void> {
  await deps.queues.get(msg.channel).add("message", {
    type: "message", chat: msg.chatId, text: m.text, ...(m.buttons ? { buttons: m.buttons } : {}),
    ...(m.document ? { document: { fileName: m.document.fileName, mimeType: m.document.mimeType, base64: m.document.content.toString("base64"), fallbackText: m.document.fallbackText } } : {}),
  }, { jobId, delay: Math.ceil(delayMs) });
}
