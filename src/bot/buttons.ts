/**
 * Button presses (Telegram callback data, Zalo's button payload typed back): answers on a task,
 * admin decisions, undo, confirmations and "which task?" choices. A stale button says what became
 * of its task — closed, or gone — never a blank number.
 */
import type { InboundMessage } from "../channels/port.ts";
import type { Official } from "../core/model.ts";
import { formatIsoDate, t } from "../i18n/index.ts";
import type { Actor } from "../store/store.ts";
import { cancelBroadcast, confirmBroadcast } from "../app/broadcast.ts";
import { cancelImport, confirmImport } from "../app/admin.ts";
import type { AppDeps } from "../app/deps.ts";
import { decideExtension, getExtension } from "../app/extensions.ts";
import { takeConfirmation } from "../app/followups.ts";
import { applyReply } from "../app/leader.ts";
import { recordUndo, undoButton, undoChange } from "../app/undo.ts";
import { compose, type Say } from "./answer.ts";
import type { ButtonAction } from "./commands.ts";
import { completeWithNumbers, contextKey } from "./text.ts";

/** After "Xin gia hạn" is pressed, the next message from that chat is about that task, for a day. */
const CONTEXT_TTL_SECONDS = 86_400;
const ADMIN_ACTIONS: ReadonlySet<ButtonAction> = new Set(["ea", "er", "ic", "ix", "bs", "bn", "bx"]);

export async function handleButton(deps: AppDeps, me: Official, msg: InboundMessage, button: { action: ButtonAction; arg: string }, say: Say): Promise<void> {
  const l = me.locale;
  const actor: Actor = { who: me.id, channel: msg.channel, text: msg.buttonData ?? msg.text, ref: `${msg.channel}:${msg.messageId}` };
  if (ADMIN_ACTIONS.has(button.action) && me.role !== "admin") {
    await deps.store.audit({ at: deps.clock().toISOString(), who: me.id, channel: msg.channel, text: actor.text, target: button.action, action: "refused_not_admin", from: null, to: null });
    return say(t(l, "error.not_allowed"));
  }
  switch (button.action) {
    case "ea": case "er": return say(await decide(deps, me, button.arg, button.action === "ea", actor));
    case "ic": return say(await confirmImport(deps, me, button.arg, actor));
    case "ix": return say(await cancelImport(deps, me, button.arg));
    case "bs": case "bn": return say(await confirmBroadcast(deps, me, button.arg, button.action === "bn", actor));
    case "bx": return say(await cancelBroadcast(deps, me, button.arg));
    case "u": return say(await undoChange(deps, me, { id: button.arg }, actor));
    case "wt": return completeWithNumbers(deps, me, msg, [Number(button.arg)], say);
    case "cf": case "cx": {
      const pending = await takeConfirmation(deps, button.arg);
      if (!pending) return say(t(l, "ask.confirm_gone"));
      if (pending.officialId !== me.id) return say(t(l, "error.not_allowed"));
      const kind = button.action === "cf" ? "done" : "not_done";
      const out = await applyReply(deps, me, [{ kind, task: null, percent: null, until: null, days: null, note: null }], { referenced: [pending.assignmentId], confirmed: true }, { ...actor, text: `${pending.text} → ${msg.text || actor.text}` });
      return say(compose(out.answers));
    }
    default: {
      const assignmentId = await deps.store.assignmentForToken(button.arg);
      const a = assignmentId ? await deps.store.getAssignment(assignmentId) : null;
      if (!a) return say(t(l, "error.button_stale"));
      if (a.status === "done") return say(t(l, "error.task_closed"));
      if (button.action === "x") {
        await deps.store.redis.set(contextKey(deps, msg), a.id, "EX", CONTEXT_TTL_SECONDS);
        return say(t(l, "ask.extension_date"));
      }
      const kind = button.action === "d" ? "done" : "progress";
      const out = await applyReply(deps, me, [{ kind, task: null, percent: null, until: null, days: null, note: null }], { referenced: [a.id], confirmed: true }, actor);
      return say(compose(out.answers));
    }
  }
}

async function decide(deps: AppDeps, me: Official, id: string, approve: boolean, actor: Actor): Promise<{ text: string; buttons?: Array<Array<{ label: string; data: string }>> }> {
  const l = me.locale;
  const r = await decideExtension(deps, me, id, approve, actor);
  if (r.outcome === "closed") return { text: t(l, "error.task_closed") };
  if (r.outcome !== "decided") return { text: t(l, "extension.already_decided") };
  const e = await getExtension(deps, id);
  const leader = e ? await deps.store.getOfficial(e.officialId) : null;
  const a = e ? await deps.store.getAssignment(e.assignmentId) : null;
  if (!approve) return { text: t(l, "extension.refused_admin", { official: leader?.fullName ?? "", deadline: a?.deadline ? formatIsoDate(a.deadline, l) : "—" }) };
  const text = t(l, "extension.approved_admin", { official: leader?.fullName ?? "", until: e ? formatIsoDate(e.until, l) : "" });
  // The approval moved a deadline: it can be taken back like any change.
  if (!r.change) return { text };
  const undoId = await recordUndo(deps, me, "extension_approved", r.change, deps.clock());
  return { text: `${text}\n${t(l, "undo.hint")}`, buttons: [[undoButton(l, undoId)]] };
}
