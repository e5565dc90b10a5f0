/**
 * Admin work in chat: import a pasted notice (preview → confirm), broadcast to roles, units or
 * everyone with a delivery report, invite codes. Callers have checked that the sender is an admin.
 */
import { randomBytes } from "node:crypto";
import { addWorkingDays } from "../core/calendar/working-days.ts";
import { parseDirective } from "../core/directive/parse.ts";
import type { Directive } from "../core/directive/types.ts";
import type { Official } from "../core/model.ts";
import { resolveAssignees } from "../core/roster/resolve.ts";
import { formatDateTime, formatIsoDate, formatTaskLine, t, type Locale } from "../i18n/index.ts";
import type { Button } from "../channels/port.ts";
import type { Actor } from "../store/store.ts";
import { openReport, countOutcome } from "../../jobs/report.ts";
import { channelOf } from "../../jobs/schedule.ts";
import { notify, type AppDeps } from "./deps.ts";
import { localDate } from "../core/calendar/time-zone.ts";
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
  if (!parsed.ok) return { text: t(l, "admin.import.failed", { reason: parsed.issues.map((i) => i.message).join(" ") }) };
  const d = parsed.directive;
  const roster = await deps.store.listOfficials();
  const p = previewImport(d, roster, deps.aliases);
  const tasks = d.tasks.map((task, i) => `${formatTaskLine({ number: i + 1, summary: task.summary, deadline: task.deadline, recurrence: task.recurrence, priority: task.priority }, l)}\n   ${t(l, "admin.import.recipients", { officials: `${p.byTask[i]!.officials.length} (${p.byTask[i]!.groups.map((g) => `${g.assignee}: ${g.count}`).join("; ") || "—"})` })}`).join("\n");
  let body = t(l, "admin.import.preview", { notice: noticeLabel(d, l), count: d.tasks.length, tasks });
  if (p.unresolved.length) body += `\n\n${t(l, "admin.import.unresolved", { count: p.unresolved.length, roles: p.unresolved.map((u) => `• ${u.task}: ${u.assignee}`).join("\n") })}`;
  const id = randomBytes(6).toString("hex");
  await deps.store.redis.set(pendingKey(deps, id), text, "EX", 86_400);
  return { text: body, buttons: [[{ label: t(l, "buttons.confirm"), data: `ic:${id}` }, { label: t(l, "buttons.cancel"), data: `ix:${id}` }]] };
}

/** Confirm: import and schedule, then send each recipient the directive with their tasks (a broadcast with a report). */
export async function confirmImport(deps: AppDeps, admin: Official, id: string, actor: Actor): Promise<string> {
  const l = admin.locale;
  const text = await deps.store.redis.getdel(pendingKey(deps, id));
  if (text === null) return t(l, "admin.import.gone");
  const cal = deps.calendar;
  const parsed = parseDirective(text, { workingDays: { addWorkingDays: (d, n) => addWorkingDays(cal, d, n) } });
  if (!parsed.ok) return t(l, "admin.import.failed", { reason: parsed.issues[0]!.message });
  const d = parsed.directive;
  const r = await importNotice(deps, d, actor, deps.aliases ? { aliases: deps.aliases } : {});
  if (!r.created) return t(l, "admin.import.duplicate", { notice: noticeLabel(d, l) });
  // One message per recipient listing their tasks, numbered as they will reply ("5 xong").
  const recipients = [...new Set(r.byTask.flatMap((task) => task.officials.map((o) => o.id)))];
  const today = localDate(deps.clock(), deps.calendar.timeZone);
  const lines = new Map<string, string>();
  const officials: Official[] = [];
  for (const id of recipients) {
    const o = r.byTask.flatMap((x) => x.officials).find((x) => x.id === id)!;
    officials.push(o);
    const mine = (await openTasksOf(deps.store, id)).filter((x) => x.assignment.directiveId === r.directive.id);
    lines.set(id, mine.map((x) => formatTaskLine(taskLine(x, o, today), o.locale)).join("\n"));
  }
  await sendToEach(deps, admin, officials, `dir~${r.directive.id}`, noticeLabel(d, l), (o) => ({
    text: t(o.locale, "broadcast.directive", { name: o.fullName, issuer: d.notice.issuer ?? "UBND", notice: noticeLabel(d, o.locale), tasks: lines.get(o.id) ?? "" }),
  }));
  return `${t(l, "admin.import.confirmed", { tasks: d.tasks.length, reminders: r.reminders })}\n${t(l, "admin.broadcast.started", { count: officials.length })}`;
}

export async function cancelImport(deps: AppDeps, admin: Official, id: string): Promise<string> {
  await deps.store.redis.del(pendingKey(deps, id));
  return t(admin.locale, "admin.import.cancelled");
}

/** Sends one message to each official, counted in a delivery report the admin receives when all are done. */
async function sendToEach(deps: AppDeps, admin: Official, to: Official[], idBase: string, label: string, render: (o: Official) => { text: string }): Promise<void> {
  // 8 random bytes: a report id (and the job ids under it) must never repeat while sent markers live.
  const reportId = `${idBase}~${randomBytes(8).toString("hex")}`;
  await openReport(deps.store, reportId, admin.id, to.length, label);
  for (const o of to) {
    const queued = await notify(deps, o, { ...render(o), report: reportId }, `${reportId}~${o.id}`);
    if (!queued) await countOutcome(deps.store, deps.queues, deps.available, reportId, "unreachable", `${o.fullName} (${o.unit})`);
  }
}

/**
 * "/phatthanh Giám đốc các sở; UBND các xã: nội dung" — targets are roles or units as a notice writes
 * them, separated by ";", or "tất cả" / "all" for every leader.
 */
export async function broadcast(deps: AppDeps, admin: Official, args: string): Promise<string> {
  const l = admin.locale;
  const m = /^([^:\n]+):\s*([\s\S]+)$/.exec(args.trim());
  if (!m) return t(l, "admin.broadcast.usage");
  const [, targets, body] = m;
  const roster = await deps.store.listOfficials();
  const everyone = /^(?:tat ca|tất cả|all|everyone)$/i.test(targets!.trim());
  const to = everyone ? roster.filter((o) => o.role === "leader")
    : resolveAssignees(targets!.split(";").map((s) => s.trim()).filter(Boolean), roster, deps.aliases).byAssignee.flatMap((b) => b.officials)
      .filter((o, i, all) => all.findIndex((x) => x.id === o.id) === i);
  if (!to.length) return t(l, "admin.broadcast.no_recipients");
  const label = body!.trim().split("\n")[0]!.slice(0, 60);
  await sendToEach(deps, admin, to, "bc", label, (o) => ({ text: t(o.locale, "broadcast.message", { name: o.fullName, text: body!.trim() }) }));
  return t(l, "admin.broadcast.started", { count: to.length });
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
