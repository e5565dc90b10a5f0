/** The dashboard: the four buckets overall and per unit (chart and table), the overdue list, pending extensions. */
import { html, raw } from "hono/html";
import type { Extension } from "../../app/extensions.ts";
import type { Counts, UnitReport } from "../../app/reports.ts";
import type { TaskRow } from "../../app/task-rows.ts";
import type { Official } from "../../core/model.ts";
import { formatIsoDate, t, type Locale } from "../../i18n/index.ts";
import { BUCKET_COLOURS, BUCKETS, bucketChart } from "./chart.ts";
import { csrfField, page, type Frame, type Html } from "./layout.ts";

/** Overdue entries listed on the page; the export has them all. */
const OVERDUE_SHOWN = 100;

export interface PendingExtension {
  ext: Extension;
  official: Official | null;
  summary: string;
  deadline: string | null;
}

export interface Dashboard {
  today: string;
  report: { units: UnitReport[]; overall: Counts };
  overdue: TaskRow[];
  extensions: PendingExtension[];
  /** Units whose leaders may see their tasks. */
  viewerUnits: ReadonlySet<string>;
  /** Every unit, for the filter (the report may be narrowed to one). */
  allUnits: string[];
  directives: Array<{ id: string; label: string }>;
  filter: { unit: string; directive: string; from: string | null; to: string | null };
}

function filterForm(l: Locale, d: Dashboard) {
  const f = d.filter;
  return html`<form method="get" action="/admin" class="actions" id="filter">
<label>${t(l, "console.export.columns.unit")} <select name="unit"><option value="">${t(l, "console.filter.all")}</option>${d.allUnits.map((u) => html`<option value="${u}"${u === f.unit ? raw(" selected") : ""}>${u}</option>`)}</select></label>
<label>${t(l, "console.export.columns.notice")} <select name="directive"><option value="">${t(l, "console.filter.all")}</option>${d.directives.map((x) => html`<option value="${x.id}"${x.id === f.directive ? raw(" selected") : ""}>${x.label}</option>`)}</select></label>
<label>${t(l, "console.filter.from")} <input type="text" class="day" name="from" placeholder="dd/mm/yyyy" value="${f.from ? formatIsoDate(f.from, "vi") : ""}"></label>
<label>${t(l, "console.filter.to")} <input type="text" class="day" name="to" placeholder="dd/mm/yyyy" value="${f.to ? formatIsoDate(f.to, "vi") : ""}"></label>
<button type="submit" class="secondary">${t(l, "console.filter.apply")}</button></form>`;
}

export function dashboardPage(f: Frame & { me: NonNullable<Frame["me"]> }, d: Dashboard): Html {
  const l = f.l;
  const o = d.report.overall;
  return page({ ...f, current: "dashboard" }, html`
<h1>${t(l, "console.dashboard.title", { date: formatIsoDate(d.today, l) })}</h1>
<section class="card" id="overall"><div class="totals">${BUCKETS.map((b) => html`<div class="total-box" style="background:${BUCKET_COLOURS[b]}" data-bucket="${b}"><b>${o[b]}</b>${t(l, `admin.report.buckets.${b}`)}</div>`)}</div>
<p class="muted">${t(l, "console.dashboard.total", { total: o.total })} · <a href="/admin/export/report.xlsx">${t(l, "console.export.report_xlsx")}</a> · <a href="/admin/export/report.csv">${t(l, "console.export.report_csv")}</a> · <a href="/admin/export/tasks.xlsx">${t(l, "console.export.tasks_xlsx")}</a> · <a href="/admin/export/tasks.csv">${t(l, "console.export.tasks_csv")}</a></p></section>
<section class="card">${filterForm(l, d)}</section>
<section class="card"><h2>${t(l, "console.dashboard.by_unit")}</h2>${o.total ? bucketChart(l, d.report.units, o) : html`<p class="muted">${t(l, "admin.report.empty")}</p>`}
${o.total ? html`<table id="units"><thead><tr><th>${t(l, "admin.report.csv.unit")}</th><th class="num">${t(l, "admin.report.csv.total")}</th>${BUCKETS.map((b) => html`<th class="num">${t(l, `admin.report.buckets.${b}`)}</th>`)}<th>${t(l, "console.unit.leaders_view")}</th></tr></thead>
<tbody>${d.report.units.map((u) => html`<tr><td><a href="/admin/unit?unit=${encodeURIComponent(u.unit)}">${u.unit}</a></td><td class="num">${u.counts.total}</td>${BUCKETS.map((b) => html`<td class="num">${u.counts[b]}</td>`)}
<td><form method="post" action="/admin/units/viewing">${csrfField(f.me.csrf)}<input type="hidden" name="unit" value="${u.unit}"><input type="hidden" name="allow" value="${d.viewerUnits.has(u.unit) ? "0" : "1"}">
<button type="submit" class="secondary small">${t(l, d.viewerUnits.has(u.unit) ? "console.unit.revoke" : "console.unit.allow")}</button></form></td></tr>`)}</tbody></table>` : ""}</section>
<section class="card" id="overdue"><h2>${t(l, "console.dashboard.overdue", { count: d.overdue.length })}</h2>
${d.overdue.length ? html`<table><thead><tr><th>${t(l, "console.export.columns.official")}</th><th>${t(l, "console.export.columns.unit")}</th><th>${t(l, "console.export.columns.summary")}</th><th>${t(l, "console.export.columns.deadline")}</th><th class="num">${t(l, "console.export.columns.days_late")}</th></tr></thead>
<tbody>${d.overdue.slice(0, OVERDUE_SHOWN).map((r) => html`<tr><td>${r.official}</td><td>${r.unit}</td><td>${r.number}. ${r.summary}</td><td>${r.deadline ? formatIsoDate(r.deadline, l) : "—"}</td><td class="num">${r.daysLate}</td></tr>`)}</tbody></table>
${d.overdue.length > OVERDUE_SHOWN ? html`<p class="muted">${t(l, "console.dashboard.overdue_more", { shown: OVERDUE_SHOWN, total: d.overdue.length })}</p>` : ""}` : html`<p class="muted">${t(l, "admin.overdue.none")}</p>`}</section>
<section class="card" id="extensions"><h2>${t(l, "console.dashboard.extensions", { count: d.extensions.length })}</h2>
${d.extensions.length ? html`<table><thead><tr><th>${t(l, "console.export.columns.official")}</th><th>${t(l, "console.export.columns.summary")}</th><th>${t(l, "console.export.columns.deadline")}</th><th>${t(l, "console.dashboard.asked_until")}</th><th></th></tr></thead>
<tbody>${d.extensions.map((e) => html`<tr><td>${e.official?.fullName ?? e.ext.officialId}<br><span class="muted">${e.official?.unit ?? ""}</span></td><td>${e.summary}<br><span class="muted">“${e.ext.text}”</span></td><td>${e.deadline ? formatIsoDate(e.deadline, l) : "—"}</td><td>${formatIsoDate(e.ext.until, l)}</td>
<td><form method="post" action="/admin/extensions/${e.ext.id}">${csrfField(f.me.csrf)}
<button type="submit" name="decision" value="approve">${t(l, "buttons.approve")}</button>
<input type="text" name="reason" maxlength="300" placeholder="${t(l, "console.dashboard.reason")}" aria-label="${t(l, "console.dashboard.reason")}">
<button type="submit" name="decision" value="refuse" class="secondary">${t(l, "buttons.refuse")}</button></form></td></tr>`)}</tbody></table>` : html`<p class="muted">${t(l, "console.dashboard.no_extensions")}</p>`}</section>`);
}

/** One unit's tasks, read only: what its leaders see when an admin allows it. */
export function unitPage(f: Frame & { me: NonNullable<Frame["me"]> }, unit: string, rows: readonly TaskRow[], today: string): Html {
  const l = f.l;
  return page(f, html`
<h1>${t(l, "console.unit.title", { unit, date: formatIsoDate(today, l) })}</h1>
<section class="card">${rows.length ? html`<table id="unit-tasks"><thead><tr><th>${t(l, "console.export.columns.official")}</th><th>${t(l, "console.export.columns.summary")}</th><th>${t(l, "console.export.columns.deadline")}</th><th>${t(l, "console.export.columns.bucket")}</th></tr></thead>
<tbody>${rows.map((r) => html`<tr><td>${r.official}</td><td>${r.number}. ${r.summary}<br><span class="muted">${r.notice}</span></td><td>${r.deadline ? formatIsoDate(r.deadline, l) : "—"}</td><td>${t(l, `admin.report.buckets.${r.bucket}`)}${r.daysLate ? ` (${r.daysLate})` : ""}</td></tr>`)}</tbody></table>` : html`<p class="muted">${t(l, "admin.report.empty")}</p>`}</section>`);
}
