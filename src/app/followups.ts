/**
 * What a conversation remembers between two messages: a "done" waiting for the leader's
 * confirmation, and the rest of a reply waiting for the answer to "which task?". Both expire
 * (a day, three days) and are used once.
 */
import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Assignment, Official } from "../core/model.ts";
import type { Intent } from "../core/reply/types.ts";
import { t } from "../i18n/index.ts";
import { readJson } from "../store/schemas.ts";
import type { Actor } from "../store/store.ts";
import type { AppDeps } from "./deps.ts";
import type { Answer } from "./leader.ts";

const ConfirmSchema = z.object({ assignmentId: z.string(), officialId: z.string(), text: z.string() });
const IntentSchema = z.object({
  kind: z.enum(["done", "not_done", "progress", "blocker", "extension", "not_mine", "ack", "unknown"]),
  task: z.number().nullable(), percent: z.number().nullable(), until: z.string().nullable(), days: z.number().nullable(), note: z.string().nullable(),
});
const PendingSchema = z.object({ intents: z.array(IntentSchema), text: z.string() });

/** A confirmation button stays usable three days; a pending "which task?" one day. */
const CONFIRM_TTL_SECONDS = 3 * 86_400;
const PENDING_TTL_SECONDS = 86_400;
const confirmKey = (deps: AppDeps, id: string) => `${deps.store.prefix}confirm:${id}`;
const pendingKey = (deps: AppDeps, channel: string, chatId: string) => deps.store.k.pendingReply(channel, chatId);

/** "Xác nhận hoàn thành nhiệm vụ số N?" with Confirm / Not yet; nothing changes until Confirm. */
export async function askConfirmation(deps: AppDeps, me: Official, a: Assignment, line: string, actor: Actor): Promise<Answer> {
  const id = randomBytes(6).toString("base64url");
  await deps.store.redis.set(confirmKey(deps, id), JSON.stringify({ assignmentId: a.id, officialId: me.id, text: actor.text }), "EX", CONFIRM_TTL_SECONDS);
  const l = me.locale;
  return {
    text: t(l, "ask.confirm_done", { number: a.number, task: line }),
    buttons: [[{ label: t(l, "buttons.confirm_done"), data: `cf:${id}` }, { label: t(l, "buttons.not_yet"), data: `cx:${id}` }]],
  };
}

/** The pending confirmation behind a button, once: a second tap finds nothing. */
export async function takeConfirmation(deps: AppDeps, id: string): Promise<z.infer<typeof ConfirmSchema> | null> {
  return readJson(ConfirmSchema, await deps.store.redis.getdel(confirmKey(deps, id)), confirmKey(deps, id));
}

/** Keeps the intents of a reply that asked "which task?", with the words that carried them. */
export async function savePending(deps: AppDeps, channel: string, chatId: string, intents: Intent[], text: string): Promise<void> {
  const key = pendingKey(deps, channel, chatId);
  if (!intents.length) { await deps.store.redis.del(key); return; }
  await deps.store.redis.set(key, JSON.stringify({ intents, text }), "EX", PENDING_TTL_SECONDS);
}

/**
 * The pending intents completed by an answer that only names task numbers ("2", "NV2", "số 2, 3",
 * the number button): each pending intent applied to each number named. Anything else the answer
 * says is a new reply, and the pending intents are dropped.
 */
export async function completePending(deps: AppDeps, channel: string, chatId: string, answer: Intent[]): Promise<{ intents: Intent[]; text: string } | null> {
  const key = pendingKey(deps, channel, chatId);
  const raw = await deps.store.redis.get(key);
  if (raw === null) return null;
  const onlyNumbers = answer.length > 0 && answer.every((i) => i.kind === "unknown" && i.task !== null);
  await deps.store.redis.del(key);
  if (!onlyNumbers) return null;
  const pending = readJson(PendingSchema, raw, key)!;
  return { intents: answer.flatMap((n) => pending.intents.map((i) => ({ ...i, task: n.task }))), text: pending.text };
}
