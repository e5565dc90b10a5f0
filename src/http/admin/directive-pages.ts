/** The directives imported, one directive's tasks with each assignee's status, and one assignment's history from the audit log. */
import { html } from "hono/html";
import type { PendingReminder } from "../../app/pending-reminders.ts";
import type { TaskRow } from "../../app/task-rows.ts";
import type { Assignment, Official } from "../../core/model.ts";
import { formatDateTime, formatIsoDate, t, type Locale } from "../../i18n/index.ts";
import type { AuditEntry, StoredDirective } from "../../store/schemas.ts";
import { page, type Frame, type Html } from "./layout.ts";

type Me = Frame & { me: NonNullable<Frame["me"]> };

function label(l: Locale, d: StoredDirective): string {
  const n = d.notice;
  return n.number ? t(l, "admin.import.notice_label", { kind: n.kind ?? t(l, "console.review.document"), number: n.number, date: n.date ? formatIsoDate(n.date, l) : "—" }) : t(l, "admin.import.notice_untitled");
}

export function directivesPage(f: Me, list: readonly StoredDirective[]): Html {
  const l = f.l;
  return page(f, html`<h1>${t(l, "console.directives.title")}</h1>
<section class="card">${list.length ? html`<table id="directives"><thead><tr><th>${t(l, "console.export.columns.notice")}</th><th>${t(l, "console.directives.subject")}</th><th class="num">${t(l, "console.directives.tasks")}</th><th>${t(l, "console.directives.imported")}</th></tr></thead>
<tbody>${list.map((d) => html`<tr><td><a href="/admin/directives/${d.id}">${label(l, d)}</a></td><td>${d.notice.subject ?? ""}</td><td class="num">${d.taskIds.length}</td><td>${formatDateTime(new Date(d.importedAt), l)}</td></tr>`)}</tbody></table>` : html`<p class="muted">${t(l, "console.directives.none")}</p>`}</section>`);
}

export function directivePage(f: Me, d: StoredDirective, rows: readonly TaskRow[]): Html {
  const l = f.l;
  return page(f, html`<h1>${label(l, d)}</h1>${d.notice.subject ? html`<p class="muted">${d.notice.subject}</p>` : ""}
<p><a href="/admin/export/tasks.xlsx?directive=${d.id}">${t(l, "console.export.tasks_xlsx")}</a></p>
<section class="card"><table id="assignments"><thead><tr><th>${t(l, "console.export.columns.task")}</th><th>${t(l, "console.export.columns.summary")}</th><th>${t(l, "console.export.columns.official")}</th><th>${t(l, "console.export.columns.unit")}</th><th>${t(l, "console.export.columns.deadline")}</th><th>${t(l, "console.export.columns.bucket")}</th><th></th></tr></thead>
<tbody>${rows.map((r) => html`<tr><td>${r.taskCode}</td><td>${r.summary}</td><td>${r.official}</td><td>${r.unit}</td><td>${r.deadline ? formatIsoDate(r.deadline, l) : "—"}</td>
<td>${t(l, `admin.report.buckets.${r.bucket}`)}${r.progress !== null && r.status === "open" ? ` · ${r.progress}%` : ""}</td><td><a href="/admin/assignments/${encodeURIComponent(r.assignmentId)}">${t(l, "console.directives.history")}</a> · <a href="/admin/officials/${encodeURIComponent(r.officialId)}">${t(l, "console.official.link")}</a></td></tr>`)}</tbody></table></section>`);
}

function remindersTable(l: Locale, pending: readonly PendingReminder[], numbers: ReadonlyMap<string, string>) {
  return pending.length ? html`<table class="reminders"><thead><tr><th>${t(l, "console.official.send_at")}</th><th>${t(l, "console.official.kind")}</th><th>${t(l, "console.export.columns.summary")}</th><th>${t(l, "console.official.channel")}</th></tr></thead>
<tbody>${pending.map((p) => html`<tr><td>${formatDateTime(p.at, l)}</td><td>${t(l, `console.official.kinds.${p.kind}`)}</td><td>${numbers.get(p.assignmentId) ?? ""}</td><td>${p.channel}</td></tr>`)}</tbody></table>` : html`<p class="muted">${t(l, "console.official.no_reminders")}</p>`;
}

/** An official's tasks and the reminders waiting to be sent to them. */
export function officialPage(f: Me, o: Official, rows: readonly TaskRow[], pending: readonly PendingReminder[]): Html {
  const l = f.l;
  const numbers = new Map(rows.map((r) => [r.assignmentId, `${r.number}. ${r.summary}`]));
  return page(f, html`<h1>${o.fullName}</h1><p class="muted">${o.title}, ${o.unit}</p>
<section class="card"><h2>${t(l, "console.official.tasks", { count: rows.length })}</h2><table id="official-tasks"><thead><tr><th>${t(l, "console.export.columns.number")}</th><th>${t(l, "console.export.columns.summary")}</th><th>${t(l, "console.export.columns.deadline")}</th><th>${t(l, "console.export.columns.bucket")}</th><th></th></tr></thead>
<tbody>${rows.map((r) => html`<tr><td>${r.number}</td><td>${r.summary}<br><span class="muted">${r.notice}</span></td><td>${r.deadline ? formatIsoDate(r.deadline, l) : "—"}</td><td>${t(l, `admin.report.buckets.${r.bucket}`)}</td><td><a href="/admin/assignments/${encodeURIComponent(r.assignmentId)}">${t(l, "console.directives.history")}</a></td></tr>`)}</tbody></table></section>
<section class="card" id="pending"><h2>${t(l, "console.official.pending", { count: pending.length })}</h2>${remindersTable(l, pending, numbers)}</section>`);
}

export function historyPage(f: Me, a: Assignment, summary: string, official: string, entries: readonly AuditEntry[], pending: readonly PendingReminder[] = []): Html {
  const l = f.l;
  return page(f, html`<h1>${t(l, "console.history.title", { number: a.number, official })}</h1><p>${summary}</p>
<section class="card"><table id="history"><thead><tr><th>${t(l, "console.history.at")}</th><th>${t(l, "console.history.who")}</th><th>${t(l, "console.history.action")}</th><th>${t(l, "console.history.change")}</th><th>${t(l, "console.history.text")}</th></tr></thead>
<tbody>${entries.map((e) => html`<tr><td>${formatDateTime(new Date(e.at), l)}</td><td>${e.who} <span class="muted">(${e.channel})</span></td><td>${e.action}</td><td>${e.from ?? "—"} → ${e.to ?? "—"}</td><td>${e.text}</td></tr>`)}</tbody></table>
${entries.length ? "" : html`<p class="muted">${t(l, "console.history.none")}</p>`}</section>
<section class="card" id="pending"><h2>${t(l, "console.official.pending", { count: pending.length })}</h2>${remindersTable(l, pending, new Map([[a.id, `${a.number}. ${summary}`]]))}</section>`);
}
