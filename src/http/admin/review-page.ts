/**
 * Import and review: the paste/upload form, and the parsed notice as an editable table. One form
 * holds every task; each button saves the edits and then does its own step (save, delete a task,
 * add one, turn a skipped fragment into a task, confirm), so it works without JavaScript.
 */
import { html, raw } from "hono/html";
import type { Draft, DraftTask } from "../../app/review.ts";
import type { Official } from "../../core/model.ts";
import { daysLeft } from "../../core/status.ts";
import { formatIsoDate, t, type Locale } from "../../i18n/index.ts";
import { csrfField, page, type Frame, type Html } from "./layout.ts";

type Me = NonNullable<Frame["me"]>;
const RECURRENCES = ["weekly", "monthly", "quarterly", "half-yearly", "yearly", "regular"] as const;

export function importPage(f: Frame & { me: Me }): Html {
  const l = f.l;
  return page({ ...f, current: "import" }, html`
<h1>${t(l, "console.import.title")}</h1>
<section class="card"><form method="post" action="/admin/import" enctype="multipart/form-data">${csrfField(f.me.csrf)}
<label for="text">${t(l, "console.import.paste_label")}</label>
<textarea id="text" name="text" rows="12" placeholder="${t(l, "console.import.paste_placeholder")}"></textarea>
<label for="file">${t(l, "console.import.file_label")}</label>
<input type="file" id="file" name="file" accept=".txt,.docx,.pdf,.png,.jpg,.jpeg,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/*">
<p class="muted">${t(l, "console.import.file_hint")}</p>
<p><button type="submit">${t(l, "console.import.read")}</button></p>
</form></section>`);
}

function officialOptions(roster: readonly Official[], chosen: ReadonlySet<string>) {
  return roster.map((o) => html`<option value="${o.id}"${chosen.has(o.id) ? raw(" selected") : ""}>${o.fullName} — ${o.title}, ${o.unit}</option>`);
}

function taskRow(l: Locale, task: DraftTask, i: number, roster: readonly Official[], today: string) {
  const c = task.code;
  const chosen = new Set(task.officials);
  // Days late of a deadline already past, else null.
  const late = task.deadline && task.deadline < today ? daysLeft(today, task.deadline) : null;
  const cls = [task.flags.length || !task.officials.length || late !== null ? "flagged" : "", task.edited ? "edited" : ""].filter(Boolean).join(" ");
  return html`<tr data-code="${c}"${cls ? html` class="${cls}"` : ""}>
<td>${i + 1}<br><span class="muted">${c}</span></td>
<td><label class="muted" for="summary_${c}">${t(l, "console.review.summary")}</label><input type="text" id="summary_${c}" name="summary_${c}" value="${task.summary}" maxlength="300">
<details><summary class="muted">${t(l, "console.review.full_text")}</summary><textarea name="text_${c}" rows="4">${task.text}</textarea></details>
${task.assignees.length ? html`<div class="muted">${t(l, "console.review.roles")}: ${task.lead ? html`<b>${task.lead}</b> (${t(l, "console.review.lead")})${task.partners.length ? html`; ${t(l, "console.review.partners")}: ${task.partners.join(", ")}` : ""}` : task.assignees.join("; ")}</div>` : ""}
${task.flags.map((f) => html`<span class="flag">⚠ ${t(l, `directive.flag.${f}`)}</span>`)}
${task.unresolved.map((u) => html`<span class="flag">⚠ ${t(l, "console.review.unresolved", { role: u })}</span>`)}
${task.officials.length ? "" : html`<span class="flag">⚠ ${t(l, "console.review.no_officials")}</span>`}</td>
<td><select multiple size="6" name="officials_${c}" aria-label="${t(l, "console.review.officials")} ${c}">${officialOptions(roster, chosen)}</select>
<div class="muted">${t(l, "console.review.officials_count", { count: task.officials.length })}</div></td>
<td><input type="text" class="day" name="deadline_${c}" value="${task.deadline ? formatIsoDate(task.deadline, "vi") : ""}" placeholder="dd/mm/yyyy" pattern="\\d{1,2}/\\d{1,2}/\\d{4}" size="10" aria-label="${t(l, "console.review.deadline")} ${c}">
${task.deadlineText ? html`<div class="muted">“${task.deadlineText}”</div>` : ""}
${late !== null ? html`<span class="flag">⚠ ${t(l, "days.overdue", { n: late })}</span>` : ""}</td>
<td><select name="recurrence_${c}" aria-label="${t(l, "console.review.recurrence")} ${c}"><option value="">—</option>${RECURRENCES.map((r) => html`<option value="${r}"${task.recurrence === r ? raw(" selected") : ""}>${t(l, `recurrence.${r}`)}</option>`)}</select>
<select name="priority_${c}" aria-label="${t(l, "console.review.priority")} ${c}">${(["normal", "urgent"] as const).map((p) => html`<option value="${p}"${task.priority === p ? raw(" selected") : ""}>${t(l, `console.review.priority_${p}`)}</option>`)}</select></td>
<td><button type="submit" class="secondary small" name="op" value="delete:${c}">${t(l, "console.review.delete")}</button>
<button type="submit" class="secondary small" name="op" value="split:${c}">${t(l, "console.review.split")}</button>
${i > 0 ? html`<button type="submit" class="secondary small" name="op" value="merge:${c}">${t(l, "console.review.merge")}</button>` : ""}</td></tr>`;
}

/**
 * `today` (ISO, the console's time zone): a deadline already past says so on its row before the admin confirms — an old notice
 * imported late, or a year read wrong, would send every reminder of the task out overdue at once.
 */
export function reviewPage(f: Frame & { me: Me }, draft: Draft, roster: readonly Official[], today: string): Html {
  const l = f.l;
  const n = draft.notice;
  const label = n.number ? t(l, "admin.import.notice_label", { kind: n.kind ?? t(l, "console.review.document"), number: n.number, date: n.date ? formatIsoDate(n.date, l) : "—" }) : t(l, "admin.import.notice_untitled");
  return page({ ...f, current: "import" }, html`
<h1>${t(l, "console.review.title", { notice: label })}</h1>
${n.subject ? html`<p class="muted">${n.subject}</p>` : ""}${draft.notes.map((x) => html`<p class="msg">${x}</p>`)}
<form method="post" action="/admin/review/${draft.id}" class="review">${csrfField(f.me.csrf)}
<input type="hidden" name="codes" value="${draft.tasks.map((x) => x.code).join(",")}">
<p class="muted">${t(l, "console.review.intro", { count: draft.tasks.length })}</p>
<div class="actions"><button type="submit" name="op" value="confirm">${t(l, "console.review.confirm")}</button><button type="submit" name="op" value="save" class="secondary">${t(l, "console.review.save")}</button></div>
<table id="tasks"><thead><tr><th>#</th><th>${t(l, "console.review.task")}</th><th>${t(l, "console.review.officials")}</th><th>${t(l, "console.review.deadline")}</th><th>${t(l, "console.review.recurrence")} · ${t(l, "console.review.priority")}</th><th></th></tr></thead>
<tbody>${draft.tasks.map((task, i) => taskRow(l, task, i, roster, today))}</tbody></table>
<h2>${t(l, "console.review.add_title")}</h2>
<textarea name="new_text" rows="2" aria-label="${t(l, "console.review.add_title")}"></textarea>
<div class="actions"><button type="submit" name="op" value="add" class="secondary">${t(l, "console.review.add")}</button></div>
<h2>${t(l, "console.review.skipped_title", { count: draft.skipped.length })}</h2>
<ol class="skipped" id="skipped">${draft.skipped.map((s, i) => html`<li>“${s.text.length > 300 ? `${s.text.slice(0, 299)}…` : s.text}” <span class="reason">— ${t(l, `directive.skipped.${s.reason as "heading"}`)}${s.line ? `, ${t(l, "console.review.line", { line: s.line })}` : ""}</span>
<button type="submit" class="secondary small" name="op" value="promote:${i}">${t(l, "console.review.make_task")}</button></li>`)}</ol>
<div class="actions"><button type="submit" name="op" value="confirm">${t(l, "console.review.confirm")}</button></div>
</form>`);
}
