/**
 * Admin work in chat: import a pasted notice (preview → confirm, then the announcement to every
 * recipient with a delivery report), invite codes. Callers have checked that the sender is an admin.
 */
import { randomBytes } from "node:crypto";
import { addWorkingDays } from "../core/calendar/working-days.ts";
import { parseDirective } from "../core/directive/parse.ts";
import type { Directive } from "../core/directive/types.ts";
import type { Official } from "../core/model.ts";
import { formatDateTime, formatIsoDate, formatTaskLine, t, type Locale } from "../i18n/index.ts";
import type { Button } from "../channels/port.ts";
import type { Actor } from "../store/store.ts";
import { channelOf } from "../../jobs/schedule.ts";
import type { AppDeps } from "./deps.ts";
import { fanOut } from "./fanout.ts";
import { localDate } from "../core/calendar/time-zone.ts";
import { daysLeft } from "../core/status.ts";
import { openTasksOf, taskLine } from "../../jobs/render.ts";
import { importNotice, previewImport } from "./import-notice.ts";
import { createInvite } from "./invites.ts";

const pendingKey = (deps: AppDeps, id: string) => `${deps.store.prefix}pending-import:${id}`;

export function noticeLabel(d: Directive, l: Locale): string {
  const n = d.notice;
  return n.number ? t(l, "admin.import.notice_label", { kind: n.kind ?? "Văn bản", number: n.number, date: n.date ? formatIsoDate(n.date, l) : "—" }) : t(l, "admin.import.notice_untitled");
}

/** Parses pasted text; on success keeps it one day and returns the preview with Confirm / Cancel. */
export async function previewPasted(deps: AppDeps, admin: Official, text: string): Promise<{ text: string; buttons?: Button[][] }> {
  const l = admin.locale;
  const cal = deps.calendar;
  const parsed = parseDirective(text, { workingDays: { addWorkingDays: (d, n) => addWorkingDays(cal, d, n) } });
  if (!parsed.ok) {
    const failed = t(l, "admin.import.failed", { reason: parsed.issues.map((i) => i.message).join(" ") });
    return { text: parsed.skipped?.length ? `${failed}\n\n${skippedList(parsed.skipped, l)}` : failed };
  }
  const d = parsed.directive;
  const roster = (await deps.store.listOfficials()).filter((o) => o.active !== false);
  const p = previewImport(d, roster, deps.aliases);
  // A deadline already past (an old notice imported late, a year read wrong) says so before the admin confirms: every reminder of
  // such a task would go out overdue at once.
  const today = localDate(deps.clock());
  const tasks = d.tasks.map((task, i) => {
    const overdue = task.deadline && task.deadline < today ? daysLeft(task.deadline, today) : null;
    const recipients = t(l, "admin.import.recipients", { officials: `${p.byTask[i]!.officials.length} (${p.byTask[i]!.groups.map((g) => `${g.assignee}: ${g.count}`).join("; ") || "—"})` });
    // What the parser was unsure of, on the task itself, so the admin checks it before confirming.
    const check = task.flags.length ? `\n   ${t(l, "admin.import.check", { flags: task.flags.map((f) => t(l, `directive.flag.${f}`)).join("; ") })}` : "";
    return `${formatTaskLine({ number: i + 1, summary: task.summary, deadline: task.deadline, daysLeft: overdue, recurrence: task.recurrence, priority: task.priority }, l)}\n   ${recipients}${check}`;
  }).join("\n");
  let body = t(l, "admin.import.preview", { notice: noticeLabel(d, l), count: d.tasks.length, tasks });
  if (p.unresolved.length) body += `\n\n${t(l, "admin.import.unresolved", { count: p.unresolved.length, roles: p.unresolved.map((u) => `• ${u.task}: ${u.assignee}`).join("\n") })}`;
  if (d.skipped.length) body += `\n\n${skippedList(d.skipped, l)}`;
  const id = randomBytes(6).toString("hex");
  await deps.store.redis.set(pendingKey(deps, id), text, "EX", 86_400);
  if (deps.consoleUrl) body += `\n\n${t(l, "admin.import.console_link", { url: `${deps.consoleUrl.replace(/\/+$/, "")}/review/chat/${id}` })}`;
  return { text: body, buttons: [[{ label: t(l, "buttons.confirm"), data: `ic:${id}` }, { label: t(l, "buttons.cancel"), data: `ix:${id}` }]] };
}

/** Fragments shown per preview; the rest are counted (the CLI's parse lists them all). */
const SKIPPED_SHOWN = 12;
const SKIPPED_TEXT_CHARS = 110;

/** Every fragment that is no task, with the reason: nothing leaves a notice unseen. */
function skippedList(skipped: Directive["skipped"], l: Locale): string {
  const items = skipped.slice(0, SKIPPED_SHOWN).map((s) => {
    const text = s.text.length > SKIPPED_TEXT_CHARS ? `${s.text.slice(0, SKIPPED_TEXT_CHARS - 1).trimEnd()}…` : s.text;
    return t(l, "admin.import.skipped_item", { text, reason: t(l, `directive.skipped.${s.reason}`) });
  });
  if (skipped.length > SKIPPED_SHOWN) items.push(t(l, "admin.import.skipped_more", { count: skipped.length - SKIPPED_SHOWN }));
  return `${t(l, "admin.import.skipped_header", { count: skipped.length })}\n${items.join("\n")}`;
}

/** Confirm: import and schedule, then send each recipient the directive with their tasks, numbered as they will answer. */
export async function confirmImport(deps: AppDeps, admin: Official, id: string, actor: Actor): Promise<string> {
  const l = admin.locale;
  // Read, not taken: an import killed half-way is finished by the retried handler (the import and
  // the announcement are idempotent); the preview goes only once both are done.
  const text = await deps.store.redis.get(pendingKey(deps, id));
  if (text === null) return t(l, "admin.import.gone");
  const cal = deps.calendar;
  const parsed = parseDirective(text, { workingDays: { addWorkingDays: (d, n) => addWorkingDays(cal, d, n) } });
  if (!parsed.ok) return t(l, "admin.import.failed", { reason: parsed.issues[0]!.message });
  const out = await importAndAnnounce(deps, admin, parsed.directive, actor);
  await deps.store.redis.del(pendingKey(deps, id));
  return out.text;
}

/**
 * Import a directive and send each recipient its announcement with their tasks: what Confirm does,
 * in chat and in the console alike. `recipients` (task code → official ids) are an admin's choices.
 */
export async function importAndAnnounce(deps: AppDeps, admin: Official, d: Directive, actor: Actor, opts: { recipients?: Record<string, string[]> } = {}): Promise<{ created: boolean; text: string; directiveId: string; recipients: number }> {
  const l = admin.locale;
  const r = await importNotice(deps, d, actor, { ...(deps.aliases ? { aliases: deps.aliases } : {}), ...(opts.recipients ? { recipients: opts.recipients } : {}), markComplete: false });
  if (!r.created) return { created: false, text: t(l, "admin.import.duplicate", { notice: noticeLabel(d, l) }), directiveId: r.directive.id, recipients: 0 };
  const recipients = [...new Map(r.byTask.flatMap((task) => task.officials.map((o) => [o.id, o] as const))).values()];
  const today = localDate(deps.clock(), deps.calendar.timeZone);
  const lines = new Map<string, { text: string; refs: string[] }>();
  for (const o of recipients) {
    const mine = (await openTasksOf(deps.store, o.id)).filter((x) => x.assignment.directiveId === r.directive.id);
    lines.set(o.id, { text: mine.map((x) => formatTaskLine(taskLine(x, o, today), o.locale)).join("\n"), refs: mine.map((x) => x.assignment.id) });
  }
  await fanOut(deps, {
    reportId: `dir~${r.directive.id}`, admin, label: noticeLabel(d, l), recipients,
    // A reply to the announcement is about its tasks: refs let "xong" in reply to it find them.
    render: (o) => ({
      text: t(o.locale, "broadcast.directive", { name: o.fullName, issuer: d.notice.issuer ?? "UBND", notice: noticeLabel(d, o.locale), tasks: lines.get(o.id)?.text ?? "" }),
      refs: lines.get(o.id)?.refs ?? [],
    }),
  });
  await deps.store.completeDirective(r.directive.id);
  return {
    created: true, directiveId: r.directive.id, recipients: recipients.length,
    text: `${t(l, "admin.import.confirmed", { tasks: d.tasks.length, reminders: r.reminders })}\n${t(l, "admin.broadcast.started", { count: recipients.length })}`,
  };
}

/** The text a chat preview keeps (for the console's review of it), or null once confirmed, cancelled or expired. */
export async function pendingImportText(deps: AppDeps, id: string): Promise<string | null> {
  return /^[0-9a-f]{12}$/.test(id) ? deps.store.redis.get(pendingKey(deps, id)) : null;
}

export async function cancelImport(deps: AppDeps, admin: Official, id: string): Promise<string> {
  await deps.store.redis.del(pendingKey(deps, id));
  return t(admin.locale, "admin.import.cancelled");
}

/** "/moi <mã cán bộ>": a single-use code and the Telegram deep link for one official. */
export async function invite(deps: AppDeps, admin: Official, officialId: string): Promise<string> {
  const l = admin.locale;
  const o = officialId ? await deps.store.getOfficial(officialId.trim()) : null;
  if (!o) return t(l, "admin.invite.unknown", { id: officialId || "—" });
  const { code, expiresAt } = await createInvite(deps.store, o.id, admin.id, deps.clock());
  const link = deps.botUsername ? `https://t.me/${deps.botUsername}?start=${code}` : `/start ${code}`;
  return t(l, "register.invite_created", { name: o.fullName, unit: o.unit, code, expires: formatDateTime(expiresAt, l), link });
}

export { channelOf };
