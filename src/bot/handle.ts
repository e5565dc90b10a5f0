/**
 * One inbound message → what the bot does and says. Handles each platform message once, tells
 * unknown chats how to register and nothing else, keeps admin commands to admins (refusals are
 * audited), and answers every official in their own locale.
 */
import type { InboundMessage, OutboundMessage } from "../channels/port.ts";
import { localDate } from "../core/calendar/time-zone.ts";
import type { Official } from "../core/model.ts";
import { understandReply } from "../core/reply/understand.ts";
import { formatDateTime, formatIsoDate, formatTaskLine, t, type Locale } from "../i18n/index.ts";
import type { Actor } from "../store/store.ts";
import { openTasksOf, taskLine } from "../../jobs/render.ts";
import { broadcast, cancelImport, confirmImport, invite, previewPasted } from "../app/admin.ts";
import type { AppDeps } from "../app/deps.ts";
import { decideExtension, getExtension, pendingExtensions } from "../app/extensions.ts";
import { cleanCode, looksLikeCode, redeemInvite } from "../app/invites.ts";
import { applyReply } from "../app/leader.ts";
import { bucketsByUnit, renderBuckets, renderOverdue } from "../app/reports.ts";
import { ADMIN_COMMANDS, looksLikeNotice, readButton, readCommand } from "./commands.ts";
import { looksLikeLink } from "../intake/index.ts";
import { previewAttachment, previewLink } from "./attachment.ts";

const DEFAULT_LOCALE: Locale = "vi";
/** After "Xin gia hạn" is pressed, the next message from that chat is about that task, for a day. */
const CONTEXT_TTL_SECONDS = 86_400;

export async function handleInbound(deps: AppDeps, msg: InboundMessage): Promise<void> {
  const channel = deps.channels.get(msg.channel);
  if (!channel) throw new Error(`no channel ${msg.channel}`);
  const say = async (m: OutboundMessage | string) => { await channel.send(msg.chatId, typeof m === "string" ? { text: m } : m); };
  let me: Official | null = null;
  try {
    if (!(await deps.store.firstSeen(msg.channel, msg.messageId))) return;
    // People are who they are, not where they write: in a group bound to an official, only that
    // official's own account acts as them.
    me = await deps.store.officialByChat(msg.channel, msg.userId);
    if (!me) return await unregistered(deps, msg, say);
    // They wrote on this channel: it reaches them again.
    if (msg.channel !== "memory") await deps.store.clearUnreachable(msg.channel, me.id);
    await registered(deps, me, msg, say);
  } catch (err) {
    deps.logger.error("inbound failed", { channel: msg.channel, chat: msg.chatId, err });
    const l = me?.locale ?? DEFAULT_LOCALE;
    const down = /ECONNREFUSED|Connection is closed|ETIMEDOUT|max retries|Stream isn't writeable/i.test(String((err as Error)?.message ?? err));
    await say(t(l, down ? "error.redis_down" : "error.generic")).catch(() => {});
  }
}

async function unregistered(deps: AppDeps, msg: InboundMessage, say: (m: string) => Promise<void>): Promise<void> {
  if (msg.channel === "memory") return say(t(DEFAULT_LOCALE, "register.unregistered"));
  // Registration happens in a private chat only: binding a group would let everyone in it act as the official.
  if (msg.chatId !== msg.userId) return;
  const cmd = readCommand(msg.text);
  const code = cmd?.name === "start" ? cmd.args : !cmd && looksLikeCode(msg.text) ? msg.text : null;
  if (!code) return say(t(DEFAULT_LOCALE, "register.unregistered"));
  const r = await redeemInvite(deps.store, msg.channel, msg.chatId, code, deps.clock());
  await deps.store.audit({ at: deps.clock().toISOString(), who: r.ok ? r.official.id : `${msg.channel}:${msg.chatId}`, channel: msg.channel, text: `mã ${cleanCode(code).slice(0, 3)}…`, target: msg.chatId, action: r.ok ? "registered" : `register_${r.reason}`, from: null, to: null });
  if (r.ok) return say(t(r.official.locale, "register.welcome", { name: r.official.fullName, unit: r.official.unit }));
  const key = { invalid: "register.invalid_code", expired: "register.expired", used: "register.used", too_many_attempts: "register.too_many_attempts" } as const;
  return say(t(DEFAULT_LOCALE, key[r.reason], { minutes: r.retryMinutes ?? 60 }));
}

async function registered(deps: AppDeps, me: Official, msg: InboundMessage, say: (m: OutboundMessage | string) => Promise<void>): Promise<void> {
  const l = me.locale;
  const now = deps.clock();
  const actor: Actor = { who: me.id, channel: msg.channel, text: msg.buttonData ?? msg.text };
  const isAdmin = me.role === "admin";
  const ctxKey = `${deps.store.prefix}ctx:${msg.channel}:${msg.chatId}`;
  const refuse = async (what: string) => {
    await deps.store.audit({ at: now.toISOString(), who: me.id, channel: msg.channel, text: actor.text, target: what, action: "refused_not_admin", from: null, to: null });
    return say(t(l, "error.not_allowed"));
  };

  const button = readButton(msg.buttonData ?? (msg.channel === "zalo" ? msg.text : ""));
  if (button) {
    if (["ea", "er", "ic", "ix"].includes(button.action) && !isAdmin) return refuse(button.action);
    switch (button.action) {
      case "ea": case "er": {
        const r = await decideExtension(deps, me, button.arg, button.action === "ea", actor);
        if (r === "closed") return say(t(l, "error.task_closed"));
        if (r !== "decided") return say(t(l, "extension.already_decided"));
        const e = await getExtension(deps, button.arg);
        const leader = e ? await deps.store.getOfficial(e.officialId) : null;
        const a = e ? await deps.store.getAssignment(e.assignmentId) : null;
        return say(button.action === "ea"
          ? t(l, "extension.approved_admin", { official: leader?.fullName ?? "", until: e ? formatIsoDate(e.until, l) : "" })
          : t(l, "extension.refused_admin", { official: leader?.fullName ?? "", deadline: a?.deadline ? formatIsoDate(a.deadline, l) : "—" }));
      }
      case "ic": return say(await confirmImport(deps, me, button.arg, actor));
      case "ix": return say(await cancelImport(deps, me, button.arg));
      default: {
        const assignmentId = await deps.store.assignmentForToken(button.arg);
        if (!assignmentId) return say(t(l, "error.task_not_found", { number: "?" }));
        if (button.action === "x") {
          await deps.store.redis.set(ctxKey, assignmentId, "EX", CONTEXT_TTL_SECONDS);
          return say(t(l, "ask.extension_date"));
        }
        const kind = button.action === "d" ? "done" : "progress";
        const answers = await applyReply(deps, me, [{ kind, task: null, percent: null, until: null, days: null, note: null }], { referenced: [assignmentId] }, actor);
        return say(answers.join("\n\n"));
      }
    }
  }

  const cmd = readCommand(msg.text);
  if (cmd) {
    if (ADMIN_COMMANDS.has(cmd.name) && !isAdmin) return refuse(`/${cmd.name}`);
    switch (cmd.name) {
      case "start": return say(t(l, "register.already_registered", { name: me.fullName }));
      case "help": return say(t(l, isAdmin ? "help.admin" : "help.leader"));
      case "nhiemvu": case "tasks": return say(await taskList(deps, me));
      case "baocao": return say(renderBuckets(l, await bucketsByUnit(deps.store, now, deps.calendar.timeZone), localDate(now, deps.calendar.timeZone)));
      case "quahan": return say(await renderOverdue(deps.store, l, now, deps.calendar.timeZone));
      case "giahan": return say(await pendingList(deps, me, msg.channel));
      case "moi": return say(await invite(deps, me, cmd.args));
      case "phatthanh": return say(await broadcast(deps, me, cmd.args));
      default: return say(t(l, isAdmin ? "help.admin" : "help.leader"));
    }
  }

  if (isAdmin && msg.document) return say(await previewAttachment(deps, me, { ...msg, document: msg.document }));
  if (isAdmin && looksLikeLink(msg.text)) return say(await previewLink(deps, me, msg.text));
  if (isAdmin && looksLikeNotice(msg.text)) return say(await previewPasted(deps, me, msg.text));

  // A leader's reply: which reminder it answers, or the task a button put in context.
  let referenced = msg.replyToMessageId ? await deps.store.assignmentsForMessage(msg.channel, msg.chatId, msg.replyToMessageId) : [];
  if (!referenced.length) {
    const ctx = await deps.store.redis.getdel(ctxKey);
    if (ctx) referenced = [ctx];
  }
  const intents = understandReply(msg.text, now, { timeZone: deps.calendar.timeZone });
  const answers = await applyReply(deps, me, intents, { referenced }, actor);
  await say(answers.join("\n\n"));
}

async function taskList(deps: AppDeps, me: Official): Promise<string> {
  const open = await openTasksOf(deps.store, me.id);
  if (!open.length) return t(me.locale, "tasks.none");
  const today = localDate(deps.clock(), deps.calendar.timeZone);
  return t(me.locale, "tasks.list", { count: open.length, tasks: open.map((o) => formatTaskLine(taskLine(o, me, today), me.locale)).join("\n") });
}

async function pendingList(deps: AppDeps, me: Official, channel: string): Promise<OutboundMessage> {
  const l = me.locale;
  const list = await pendingExtensions(deps);
  if (!list.length) return { text: t(l, "extension.pending_none") };
  const items: string[] = [];
  for (const [i, e] of list.entries()) {
    const o = await deps.store.getOfficial(e.officialId);
    const a = await deps.store.getAssignment(e.assignmentId);
    const task = a ? await deps.store.getTask(a.taskId) : null;
    items.push(`${i + 1}. ${o?.fullName ?? e.officialId} (${o?.unit ?? ""}): ${task?.summary ?? ""}\n   ${a?.deadline ? formatIsoDate(a.deadline, l) : "—"} → ${formatIsoDate(e.until, l)} · ${formatDateTime(new Date(e.requestedAt), l)}`);
  }
  return {
    text: t(l, "extension.pending_header", { count: list.length, items: items.join("\n") }),
    // Zalo allows 5 buttons a message, Telegram many: the oldest requests get theirs, the rest wait.
    buttons: list.slice(0, channel === "zalo" ? 2 : 10).map((e, i) => [{ label: `${i + 1}. ${t(l, "buttons.approve")}`, data: `ea:${e.id}` }, { label: `${i + 1}. ${t(l, "buttons.refuse")}`, data: `er:${e.id}` }]),
  };
}
