/** Slash commands: what leaders and admins can ask for by name. Admin commands are refused, and audited, for others. */
import type { InboundMessage } from "../channels/port.ts";
import { localDate } from "../core/calendar/time-zone.ts";
import type { Official } from "../core/model.ts";
import { formatDateTime, formatIsoDate, formatTaskLine, t } from "../i18n/index.ts";
import type { OutboundMessage } from "../channels/port.ts";
import type { Actor } from "../store/store.ts";
import { openTasksOf, taskLine } from "../../jobs/render.ts";
import { invite } from "../app/admin.ts";
import { previewBroadcast } from "../app/broadcast.ts";
import type { AppDeps } from "../app/deps.ts";
import { pendingExtensions } from "../app/extensions.ts";
import { bucketsByUnit, overdueAnswer, reportMessage } from "../app/reports.ts";
import { channelOf } from "../../jobs/schedule.ts";
import { reopenTask, undoButton, undoChange } from "../app/undo.ts";
import type { Say } from "./answer.ts";
import { ADMIN_COMMANDS, type Command } from "./commands.ts";

export async function handleCommand(deps: AppDeps, me: Official, msg: InboundMessage, cmd: Command, say: Say): Promise<void> {
  const l = me.locale;
  const now = deps.clock();
  const isAdmin = me.role === "admin";
  const actor: Actor = { who: me.id, channel: msg.channel, text: msg.text };
  if (ADMIN_COMMANDS.has(cmd.name) && !isAdmin) {
    await deps.store.audit({ at: now.toISOString(), who: me.id, channel: msg.channel, text: msg.text, target: `/${cmd.name}`, action: "refused_not_admin", from: null, to: null });
    return say(t(l, "error.not_allowed"));
  }
  switch (cmd.name) {
    case "start": return say(t(l, "register.already_registered", { name: me.fullName }));
    case "nhiemvu": case "tasks": return say(await taskList(deps, me));
    case "hoantac": case "undo": {
      const n = /^\d+$/.test(cmd.args) ? Number(cmd.args) : null;
      if (cmd.args && n === null) return say(t(l, "undo.usage"));
      return say(await undoChange(deps, me, { number: n }, actor));
    }
    case "baocao": return say(reportMessage(l, await bucketsByUnit(deps.store, now, deps.calendar.timeZone), localDate(now, deps.calendar.timeZone)));
    case "quahan": {
      // A province's long list: the count and the worst at once, the whole list as a file right after, built by a delivery job.
      const r = await overdueAnswer(deps.store, l, now, deps.calendar.timeZone);
      await say(r.message);
      // On the channel asked on, as the answer was; else the admin's own.
      const route = !r.file ? null : deps.available.has(msg.channel) ? { channel: msg.channel } : channelOf(me, deps.available);
      if (route) {
        const today = localDate(now, deps.calendar.timeZone);
        await deps.queues.get(route.channel).add("overdue_list", { type: "overdue_list", o: me.id, d: today }, { jobId: `ovl~${me.id}~${msg.channel}~${msg.messageId}`.replace(/:/g, "_") });
      }
      return;
    }
    case "giahan": return say(await pendingList(deps, me, msg.channel));
    case "moi": return say(cmd.args ? await invite(deps, me, cmd.args) : t(l, "admin.invite.usage"));
    case "phatthanh": return say(await previewBroadcast(deps, me, cmd.args));
    case "molai": case "reopen": {
      const m = /^(\S+)\s+(\d+)$/.exec(cmd.args);
      if (!m) return say(t(l, "undo.reopen_usage"));
      const r = await reopenTask(deps, me, m[1]!, Number(m[2]), actor);
      return say({ text: r.undoId ? `${r.text}\n${t(l, "undo.hint")}` : r.text, ...(r.undoId ? { buttons: [[undoButton(l, r.undoId)]] } : {}) });
    }
    default: return say(t(l, isAdmin ? "help.admin" : "help.leader"));
  }
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
