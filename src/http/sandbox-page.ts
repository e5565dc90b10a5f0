/**
 * The sandbox page, rendered on the server: the roster on the left (grouped as a provincial office
 * lists its units), the chosen official's conversation on the right, with the bot's buttons under
 * its messages. A little vanilla JavaScript (SANDBOX_JS) sends without reloading and shows new
 * messages as they arrive; without it the forms still work. No CDN, nothing fetched from outside.
 */
export { SANDBOX_CSS, SANDBOX_JS } from "./sandbox-assets.ts";
import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { Official } from "../core/model.ts";
import type { ChatEntry } from "../channels/web/chat-log.ts";

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface SandboxPage {
  officials: Official[];
  me: Official | null;
  history: ChatEntry[];
  /** A one-time notice from the last action: "code:XXXX" or "promoted:N:YYYY-MM-DD". */
  notice: string | null;
  timeZone: string;
}

/** Roster groups in the order a provincial office reads them. */
const GROUPS: Array<{ label: string; types: string[] }> = [
  { label: "Lãnh đạo UBND tỉnh", types: ["tỉnh"] },
  { label: "Các sở", types: ["sở"] },
  { label: "Ban, ngành", types: ["ban ngành"] },
  { label: "Huyện ủy, Thành ủy", types: ["huyện ủy", "thành ủy"] },
  { label: "UBND huyện, thành phố", types: ["huyện", "thành phố", "thị xã"] },
  { label: "UBND xã, phường", types: ["xã", "phường", "đặc khu"] },
  { label: "Khác", types: ["khác"] },
];

/** Replies to try, shown under the box; a click puts one in it. A leader's, and an admin's commands. */
const SUGGESTIONS = ["/nhiemvu", "1 xong", "2 đạt 50%", "xin gia hạn đến 30/6", "vướng mắc do thiếu kinh phí", "/help"];
const ADMIN_SUGGESTIONS = ["/baocao", "/quahan", "/giahan", "/moi UBT-CT", "/phatthanh tất cả: Đề nghị báo cáo kết quả trước 15/12", "/help"];

const registered = (o: Official) => Boolean(o.webChatId);

/** "08:05 02/12", as a phone shows a message's time in Vietnam (day/month). */
function dateTime(iso: string, timeZone: string): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", day: "2-digit", month: "2-digit", hourCycle: "h23" }).formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}`;
}

function formatDay(day: string): string {
  const [y, m, d] = day.split("-");
  return `${d}/${m}/${y}`;
}

function initials(name: string): string {
  const words = name.trim().split(/\s+/);
  return ((words.at(-2)?.[0] ?? "") + (words.at(-1)?.[0] ?? "")).toUpperCase();
}

function entryHtml(e: ChatEntry, me: Official, timeZone: string): Html {
  const buttons = e.from === "bot" && e.buttons?.length
    ? html`<div class="buttons">${e.buttons.map((row) => html`<div class="row">${row.map((b) => html`<form class="press" method="post" action="/sandbox/chats/${me.id}/messages"><input type="hidden" name="on" value="${e.id}"><button type="submit" name="button" value="${b.data}">${b.label}</button></form>`)}</div>`)}</div>`
    : "";
  return html`<li class="msg ${e.from}${e.pressedOn ? " pressed" : ""}" data-id="${e.id}"><div class="bubble"><div class="text">${e.text}</div>${buttons}<time>${dateTime(e.at, timeZone)}</time></div></li>`;
}

function noticeHtml(notice: string | null, me: Official | null): Html | string {
  if (!notice || !me) return "";
  const [kind, a = "", b = ""] = notice.split(":");
  if (kind === "code") return html`<p class="notice" role="status">Mã đăng ký của Đồng chí ${me.fullName}: <b>${a}</b>. Gửi <code>/start ${a}</code> trong khung chat để đăng ký, như khi mở đường dẫn Telegram do bộ phận quản trị gửi.</p>`;
  if (kind === "promoted") {
    return Number(a) > 0
      ? html`<p class="notice" role="status">Đã gửi ngay ${a} lời nhắc được lập lịch cho ngày ${formatDay(b)}.</p>`
      : html`<p class="notice" role="status">Không còn lời nhắc nào được lập lịch cho Đồng chí ${me.fullName}.</p>`;
  }
  return "";
}

function rosterHtml(officials: Official[], me: Official | null): Html {
  const admins = officials.filter((o) => o.role === "admin");
  const groups = [{ label: "Bộ phận theo dõi (quản trị)", list: admins }, ...GROUPS.map((g) => ({ label: g.label, list: officials.filter((o) => o.role !== "admin" && g.types.includes(o.unitType)) }))];
  return html`${groups.filter((g) => g.list.length).map((g) => html`<h3>${g.label}</h3><ul>${g.list.map((o) => html`<li><a href="/sandbox?as=${encodeURIComponent(o.id)}" class="${o.id === me?.id ? "current" : ""}" data-search="${`${o.fullName} ${o.title} ${o.unit} ${o.id}`.toLowerCase()}"><span class="name">${o.fullName}</span><span class="role">${o.title}, ${o.unit}</span>${registered(o) ? "" : html`<span class="badge">chưa đăng ký</span>`}</a></li>`)}</ul>`)}`;
}

function chatHtml(p: SandboxPage): Html {
  const me = p.me;
  if (!me) {
    return html`<section class="chat empty"><div class="intro">
      <h2>Thử hệ thống đôn đốc nhiệm vụ</h2>
      <p>Chọn một cán bộ trong danh sách bên trái để trò chuyện với hệ thống với tư cách người đó: nhận thông báo, nhắc việc, trả lời tiến độ, bấm nút — đúng như trên Telegram hay Zalo.</p>
      ${p.officials.length ? "" : html`<p class="warn">Chưa có danh sách cán bộ. Nạp dữ liệu mẫu: danh sách 50 cán bộ tỉnh Bắc Kạn (tên đã thay đổi) và Thông báo số 147/TB-UBND ngày 07/4/2022 — như <code>npm run demo</code>; hoặc nhập danh sách của đơn vị bằng <code>npm run cli -- roster import danh-sach.csv</code>.</p>
      <form method="post" action="/sandbox/demo"><button type="submit">Nạp dữ liệu mẫu</button></form>`}
    </div></section>`;
  }
  return html`<section class="chat" data-chat="${me.id}" data-last="${p.history.at(-1)?.id ?? "0"}">
    <header class="chat-head">
      <div class="avatar">${initials(me.fullName)}</div>
      <div class="who"><b>${me.fullName}</b><span>${me.title}, ${me.unit}${me.role === "admin" ? " · quản trị" : ""}</span></div>
      <div class="tools">
        ${registered(me) ? "" : html`<form method="post" action="/sandbox/chats/${me.id}/invite" data-action="invite"><button type="submit" class="secondary">Lấy mã đăng ký</button></form>`}
        <form method="post" action="/sandbox/chats/${me.id}/next-reminders" data-action="promote"><button type="submit" class="secondary" title="Gửi ngay các lời nhắc được lập lịch cho ngày nhắc việc kế tiếp của cán bộ này">Gửi ngay lời nhắc kế tiếp</button></form>
      </div>
    </header>
    <div id="notice">${noticeHtml(p.notice, me)}</div>
    <ol class="messages" id="messages" aria-live="polite">${p.history.length ? p.history.map((e) => entryHtml(e, me, p.timeZone)) : html`<li class="placeholder">Chưa có tin nhắn. ${registered(me) ? "Hãy gửi /nhiemvu để xem nhiệm vụ, hoặc trả lời một lời nhắc." : "Cán bộ này chưa đăng ký: bấm “Lấy mã đăng ký” rồi gửi mã trong khung chat."}</li>`}</ol>
    <form class="compose" id="compose" method="post" action="/sandbox/chats/${me.id}/messages">
      <textarea name="text" rows="1" placeholder="Nhập tin nhắn, ví dụ: 2 xong" aria-label="Tin nhắn" required maxlength="4096">${p.notice?.startsWith("code:") ? `/start ${p.notice.slice(5)}` : ""}</textarea>
      <button type="submit">Gửi</button>
    </form>
    <div class="chips">${(me.role === "admin" ? ADMIN_SUGGESTIONS : SUGGESTIONS).map((s) => html`<button type="button" class="chip" data-text="${s}">${s}</button>`)}</div>
  </section>`;
}

export function renderSandboxPage(p: SandboxPage): Html {
  return html`<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.me ? `${p.me.fullName} — ` : ""}Thử dondoc</title><link rel="stylesheet" href="/sandbox/app.css"></head>
<body data-tz="${p.timeZone}">
<header class="top"><div class="brand"><span class="logo">đđ</span> dondoc <small>Hệ thống đôn đốc thực hiện nhiệm vụ</small></div><div class="sandbox-tag">Môi trường thử · tin nhắn không gửi ra Telegram, Zalo</div></header>
<main>
  <aside class="roster"><input type="search" id="filter" placeholder="Tìm cán bộ, đơn vị…" aria-label="Tìm cán bộ">${rosterHtml(p.officials, p.me)}</aside>
  ${chatHtml(p)}
</main>
<script src="/sandbox/app.js" defer></script>
</body></html>`;
}
