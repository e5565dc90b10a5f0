/**
 * A leader's reply → changes to their tasks. Which task: a number in the text, the reminder the
 * message replies to, a button's token, or the only open task; otherwise the bot asks, with
 * numbered choices. "done" closes and removes reminders; progress and blockers are recorded
 * (blockers forwarded to admins); extensions go to the admins. Nothing closes when in doubt.
 */
import { localDate } from "../core/calendar/time-zone.ts";
import type { Assignment, Official } from "../core/model.ts";
import type { Intent } from "../core/reply/types.ts";
import { formatIsoDate, formatTaskLine, t, type MessageKey } from "../i18n/index.ts";
import type { Actor } from "../store/store.ts";
import { cancelReminders } from "../../jobs/schedule.ts";
import { numberedTasksOf, taskLine } from "../../jobs/render.ts";
import { admins, notify, type AppDeps } from "./deps.ts";
import { extensionTarget, requestExtension } from "./extensions.ts";

/** Where the reply points, besides task numbers in its text. */
export interface ReplyContext {
  /** Assignments named by the reminder replied to, or by a pressed button. */
  referenced: string[];
}

/** Texts to answer in the chat, in the leader's locale. */
export type Answer = string;

async function canChange(deps: AppDeps, me: Official, a: Assignment): Promise<boolean> {
  if (a.officialId === me.id) return true;
  // A deputy may report for their unit's head: same unit.
  const owner = await deps.store.getOfficial(a.officialId);
  return !!owner && owner.unit === me.unit;
}

/** Applies every intent of a reply; returns what to answer, one text per intent or one question. */
export async function applyReply(deps: AppDeps, me: Official, intents: Intent[], ctx: ReplyContext, actor: Actor): Promise<Answer[]> {
  const l = me.locale;
  const numbered = await numberedTasksOf(deps.store, me.id);
  const open = numbered.filter((o) => o.assignment.status === "open");
  const today = localDate(deps.clock(), deps.calendar.timeZone);
  const answers: Answer[] = [];
  for (const intent of intents) {
    if (intent.kind === "ack") { answers.push(t(l, "ack.ack")); continue; }
    if (intent.kind === "unknown" && intent.task === null) { answers.push(t(l, "ack.unknown")); continue; }

    let target: Assignment | null = null;
    if (intent.task !== null) {
      // Numbers are the leader's stable task numbers, shown in every list and reminder.
      target = numbered.find((o) => o.number === intent.task)?.assignment ?? null;
      if (!target) { answers.push(t(l, "error.task_not_found", { number: intent.task })); continue; }
    } else if (ctx.referenced.length === 1) {
      target = await deps.store.getAssignment(ctx.referenced[0]!);
    } else if (open.length === 1 && ctx.referenced.length === 0) {
      target = open[0]!.assignment;
    }
    if (!target) {
      if (!open.length) { answers.push(t(l, "tasks.none")); continue; }
      answers.push(t(l, "ack.which_task", { tasks: open.map((o) => formatTaskLine(taskLine(o, me, today), l)).join("\n") }));
      break; // one question is enough; the rest of the message waits for the answer
    }
    if (!(await canChange(deps, me, target))) {
      await deps.store.audit({ at: deps.clock().toISOString(), who: me.id, channel: actor.channel, text: actor.text, target: target.id, action: "refused_not_owner", from: null, to: intent.kind });
      answers.push(t(l, "error.not_your_task"));
      continue;
    }
    if (target.status === "done") { answers.push(t(l, "error.task_closed")); continue; }
    const task = await deps.store.getTask(target.taskId);
    if (!task) { answers.push(t(l, "error.task_not_found", { number: intent.task ?? "?" })); continue; }
    // Numbered as in the leader's own list; a task of their unit's head (not in it) shows as 1.
    const number = numbered.find((o) => o.assignment.id === target!.id)?.number ?? 1;
    const line = formatTaskLine(taskLine({ number, assignment: target, task }, me, today), l);
    answers.push(await applyOne(deps, me, target, intent, line, task.summary, today, actor));
  }
  return answers.length ? answers : [t(l, "ack.unknown")];
}

async function applyOne(deps: AppDeps, me: Official, a: Assignment, intent: Intent, line: string, summary: string, today: string, actor: Actor): Promise<Answer> {
  const l = me.locale;
  const now = deps.clock();
  switch (intent.kind) {
    case "done": {
      const r = await deps.store.updateAssignment(a.id, actor, "done", (x) => (x.status === "done" ? null : { ...x, status: "done", doneAt: now.toISOString(), progress: 100 }), now);
      if (!r || r.before.status === "done") return t(l, "error.task_closed");
      await cancelReminders(deps, a.id, deps.available);
      return t(l, "ack.done", { task: line });
    }
    case "progress": {
      await deps.store.updateAssignment(a.id, actor, "progress", (x) => ({ ...x, progress: intent.percent ?? x.progress }), now);
      return intent.percent !== null ? t(l, "ack.progress_percent", { percent: intent.percent, task: line }) : t(l, "ack.progress", { task: line });
    }
    case "blocker": {
      const note = intent.note ?? actor.text;
      await deps.store.updateAssignment(a.id, actor, "blocker", (x) => ({ ...x, blocker: note }), now);
      for (const admin of await admins(deps)) {
        await notify(deps, admin, { text: t(admin.locale, "admin.blocker_forward", { official: me.fullName, unit: me.unit, task: summary, note }), refs: [a.id] },
          `blk~${a.id}~${now.getTime()}~${admin.id}`);
      }
      return t(l, "ack.blocker", { task: line, note });
    }
    case "extension": {
      const until = extensionTarget(a.deadline, today, intent.until, intent.days);
      if (!until) return t(l, "ask.extension_date");
      if (a.deadline && until <= a.deadline) return t(l, "error.extension_date_past", { until: formatIsoDate(until, l), deadline: formatIsoDate(a.deadline, l) });
      await requestExtension(deps, me, a, summary, until, actor);
      return t(l, "ack.extension", { until: formatIsoDate(until, l), task: line });
    }
    case "not_done":
      await deps.store.audit({ at: now.toISOString(), who: me.id, channel: actor.channel, text: actor.text, target: a.id, action: "not_done", from: a.status, to: a.status });
      return t(l, "ack.not_done", { task: line });
    default: {
      const key: MessageKey = intent.kind === "ack" ? "ack.ack" : "ack.unknown";
      return t(l, key);
    }
  }
}
