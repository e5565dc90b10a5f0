/**
 * One understood intent applied to one of a leader's tasks: "done" closes it and stops its
 * reminders, progress and blockers are recorded (blockers and "not mine" go to the admins),
 * extensions go to the admins for a decision. Each change is audited and can be undone.
 */
import type { Assignment, Official } from "../core/model.ts";
import type { Intent } from "../core/reply/types.ts";
import { formatIsoDate, t } from "../i18n/index.ts";
import type { Actor } from "../store/store.ts";
import { cancelReminders } from "../../jobs/schedule.ts";
import { admins, notify, type AppDeps } from "./deps.ts";
import { extensionTarget, requestExtension } from "./extensions.ts";
import type { Answer } from "./leader.ts";
import { recordUndo, undoButton } from "./undo.ts";

/** `several`: the reply changed more than one task, so each undo button names its task number. */
/** `lineOf`: the task as the leader's list shows it, for the assignment as it is after the change. */
export async function applyIntent(deps: AppDeps, me: Official, a: Assignment, intent: Intent, lineOf: (a: Assignment) => string, today: string, actor: Actor, several: boolean): Promise<Answer> {
  const l = me.locale;
  const now = deps.clock();
  const line = lineOf(a);
  const undoable = async (action: string, r: { before: Assignment; after: Assignment } | null, text: string): Promise<Answer> => {
    if (!r || r.before.version === r.after.version) return { text };
    const id = await recordUndo(deps, me, action, r, now);
    return { text, buttons: [[undoButton(l, id, several ? a.number : undefined)]], footer: t(l, "undo.hint") };
  };
  switch (intent.kind) {
    case "done": {
      const r = await deps.store.updateAssignment(a.id, actor, "done", (x) => (x.status === "done" ? null : { ...x, status: "done", doneAt: now.toISOString(), progress: 100 }), now);
      if (!r || r.before.status === "done") return { text: t(l, "error.task_closed") };
      await cancelReminders(deps, a.id, deps.available);
      return undoable("done", r, t(l, "ack.done", { task: lineOf(r.after) }));
    }
    case "progress": {
      const r = await deps.store.updateAssignment(a.id, actor, "progress", (x) => (intent.percent === null || intent.percent === x.progress ? null : { ...x, progress: intent.percent }), now);
      const shown = r ? lineOf(r.after) : line;
      // "đang triển khai, dự kiến 15/12 xong": the day the leader expects it done is said back, and, past the deadline, how to ask for more time.
      const until = intent.until && intent.until >= today ? formatIsoDate(intent.until, l) : null;
      let text = intent.percent !== null
        ? until ? t(l, "ack.progress_percent_until", { percent: intent.percent, until, task: shown }) : t(l, "ack.progress_percent", { percent: intent.percent, task: shown })
        : until ? t(l, "ack.progress_until", { until, task: shown }) : t(l, "ack.progress", { task: shown });
      if (until && a.deadline && intent.until! > a.deadline) text += "\n" + t(l, "ack.until_after_deadline", { until, deadline: formatIsoDate(a.deadline, l) });
      return undoable("progress", r, text);
    }
    case "blocker": {
      const note = intent.note ?? actor.text;
      const r = await deps.store.updateAssignment(a.id, actor, "blocker", (x) => ({ ...x, blocker: note }), now);
      for (const admin of await admins(deps)) {
        await notify(deps, admin, { text: t(admin.locale, "admin.blocker_forward", { official: me.fullName, unit: me.unit, task: line, note }), refs: [a.id] },
          `blk~${a.id}~${actor.ref ?? r?.after.version ?? now.getTime()}~${admin.id}`);
      }
      return undoable("blocker", r, t(l, "ack.blocker", { task: line, note }));
    }
    case "extension": {
      const until = extensionTarget(a.deadline, today, intent.until, intent.days);
      if (!until) return { text: t(l, "ask.extension_date") };
      if (a.deadline && until <= a.deadline) return { text: t(l, "error.extension_date_past", { until: formatIsoDate(until, l), deadline: formatIsoDate(a.deadline, l) }) };
      await requestExtension(deps, me, a, line, until, actor);
      return { text: t(l, "ack.extension", { until: formatIsoDate(until, l), task: line }) };
    }
    case "not_mine": {
      await deps.store.audit({ at: now.toISOString(), who: me.id, channel: actor.channel, text: actor.text, target: a.id, action: "not_mine", from: null, to: null });
      for (const admin of await admins(deps)) {
        await notify(deps, admin, { text: t(admin.locale, "admin.not_mine_forward", { official: me.fullName, unit: me.unit, task: line, text: actor.text }), refs: [a.id] },
          `nm~${a.id}~${actor.ref ?? now.getTime()}~${admin.id}`);
      }
      return { text: t(l, "ack.not_mine", { task: line }) };
    }
    case "not_done":
      await deps.store.audit({ at: now.toISOString(), who: me.id, channel: actor.channel, text: actor.text, target: a.id, action: "not_done", from: a.status, to: a.status });
      // "Thứ 2 tuần sau em gửi": the day the leader expects it done is said back, and past the deadline they are told how to ask for more time.
      if (intent.until && intent.until >= today) {
        const until = formatIsoDate(intent.until, l);
        return { text: a.deadline && intent.until > a.deadline
          ? t(l, "ack.not_done_until_late", { until, deadline: formatIsoDate(a.deadline, l), task: line })
          : t(l, "ack.not_done_until", { until, task: line }) };
      }
      return { text: t(l, "ack.not_done", { task: line }) };
    default:
      return { text: t(l, intent.kind === "ack" ? "ack.ack" : "ack.unknown") };
  }
}
