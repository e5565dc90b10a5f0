/**
 * A leader's reply → changes to their tasks. Which task: a number in the text (the leader's stable
 * task number), the reminder the message replies to, a button, or their only open task; otherwise
 * the bot asks, with numbered buttons, and keeps what was said until the answer comes. A "done" that
 * the reply limits or doubts is confirmed before it closes anything. Nothing closes when in doubt.
 */
import { localDate } from "../core/calendar/time-zone.ts";
import type { Assignment, Official } from "../core/model.ts";
import { doneNeedsConfirmation } from "../core/reply/certainty.ts";
import type { Intent } from "../core/reply/types.ts";
import { formatTaskLine, t } from "../i18n/index.ts";
import type { Button } from "../channels/port.ts";
import type { Actor } from "../store/store.ts";
import { openTasksOf, taskLine, type OpenTask } from "../../jobs/render.ts";
import type { AppDeps } from "./deps.ts";
import { askConfirmation } from "./followups.ts";
import { applyIntent } from "./status.ts";

/** Where the reply points, besides task numbers in its text. */
export interface ReplyContext {
  /** Assignments named by the reminder replied to, or by a pressed button. */
  referenced: string[];
  /** The leader already confirmed this "done" (the confirmation button): apply it without asking again. */
  confirmed?: boolean;
}

/** One part of the bot's answer, in the leader's locale; the handler sends them as one message. */
export interface Answer {
  text: string;
  buttons?: Button[][];
  /** A closing line said once for the whole message (the undo hint), however many parts carry it. */
  footer?: string;
}

export interface ReplyOutcome {
  answers: Answer[];
  /** Intents that wait for the answer to "which task?": a bare number completes them. */
  pending: Intent[];
}

/** Which-task buttons: at most this many tasks get one (the rest answer by typing the number). */
const WHICH_TASK_BUTTONS = 8;

async function canChange(deps: AppDeps, me: Official, a: Assignment): Promise<boolean> {
  if (a.officialId === me.id) return true;
  // A deputy may report for their unit's head: same unit.
  const owner = await deps.store.getOfficial(a.officialId);
  return !!owner && owner.unit === me.unit;
}

/** Applies every intent of a reply; returns what to answer, and what waits for "which task?". */
export async function applyReply(deps: AppDeps, me: Official, intents: Intent[], ctx: ReplyContext, actor: Actor): Promise<ReplyOutcome> {
  const l = me.locale;
  // The open ones through the index; a number that is none of them is looked up by itself (a closed task), not through the whole history.
  const open = await openTasksOf(deps.store, me.id);
  const today = localDate(deps.clock(), deps.calendar.timeZone);
  const answers: Answer[] = [];
  const closedSaid = new Set<string>();
  for (const [index, intent] of intents.entries()) {
    if (intent.kind === "ack") { answers.push({ text: t(l, "ack.ack") }); continue; }
    if (intent.kind === "unknown" && intent.task === null) { answers.push({ text: t(l, "ack.unknown") }); continue; }

    let target: Assignment | null = null;
    if (intent.task !== null) {
      target = open.find((o) => o.number === intent.task)?.assignment ?? await deps.store.assignmentByNumber(me.id, intent.task);
      if (!target) { answers.push({ text: t(l, "error.task_not_found", { number: intent.task }) }); continue; }
    } else if (ctx.referenced.length === 1) {
      target = await deps.store.getAssignment(ctx.referenced[0]!);
    } else if (open.length === 1 && ctx.referenced.length === 0) {
      target = open[0]!.assignment;
    }
    if (!target) {
      if (!open.length) { answers.push({ text: t(l, "tasks.none") }); continue; }
      const choices = ctx.referenced.length > 1 ? open.filter((o) => ctx.referenced.includes(o.assignment.id)) : open;
      answers.push(whichTask(me, choices.length ? choices : open, today));
      // One question is enough: what is left of the message waits for the answer.
      return { answers, pending: intents.slice(index).filter((i) => i.task === null && i.kind !== "ack" && i.kind !== "unknown") };
    }
    if (!(await canChange(deps, me, target))) {
      await deps.store.audit({ at: deps.clock().toISOString(), who: me.id, channel: actor.channel, text: actor.text, target: target.id, action: "refused_not_owner", from: null, to: intent.kind });
      answers.push({ text: t(l, "error.not_your_task") });
      continue;
    }
    // "Đã xong việc 2. Việc 1 xin gia hạn …" with task 1 closed before: the answer names task 1, beside task 2's, and once.
    if (target.status === "done") {
      if (!closedSaid.has(target.id)) answers.push({ text: intent.task !== null ? t(l, "error.task_closed_number", { number: target.number }) : t(l, "error.task_closed") });
      closedSaid.add(target.id);
      continue;
    }
    const task = await deps.store.getTask(target.taskId);
    if (!task) { answers.push({ text: t(l, "error.task_gone") }); continue; }
    // The task as the leader will read it: after the change (its new status or percent), not before.
    const lineOf = (a: Assignment) => formatTaskLine(taskLine({ number: a.number, assignment: a, task }, me, today, deps.calendar.timeZone), l);
    if (intent.kind === "done" && !ctx.confirmed && doneNeedsConfirmation(actor.text, intents, intent)) {
      answers.push(await askConfirmation(deps, me, target, lineOf(target), actor));
      continue;
    }
    answers.push(await applyIntent(deps, me, target, intent, lineOf, today, actor, intents.length > 1));
  }
  return { answers: answers.length ? answers : [{ text: t(l, "ack.unknown") }], pending: [] };
}

/** "Which task?" with a button per task (its number), so the leader answers with one tap. */
function whichTask(me: Official, choices: OpenTask[], today: string): Answer {
  const l = me.locale;
  const buttons = choices.slice(0, WHICH_TASK_BUTTONS).map((o) => ({ label: String(o.number), data: `wt:${o.number}` }));
  return {
    text: t(l, "ack.which_task", { tasks: choices.map((o) => formatTaskLine(taskLine(o, me, today), l)).join("\n") }),
    buttons: [buttons.slice(0, 4), buttons.slice(4)].filter((row) => row.length),
  };
}
