/**
 * The sandbox page's stylesheet and script, served from /sandbox/app.css and /sandbox/app.js: the
 * look of a messaging app an official knows (their own messages right, the bot's left, buttons under
 * it), and the few lines of vanilla JavaScript that send without reloading and show messages live.
 */

export const SANDBOX_CSS = `
*{box-sizing:border-box}
html,body{height:100%;margin:0}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1d2733;background:#eef1f5;display:flex;flex-direction:column}
.top{display:flex;justify-content:space-between;align-items:center;padding:10px 20px;background:#8b1a1a;color:#fff}
.brand{font-weight:700;font-size:18px;display:flex;align-items:center;gap:10px}
.brand small{font-weight:400;opacity:.85;font-size:13px}
.logo{display:inline-grid;place-items:center;width:30px;height:30px;border-radius:50%;background:#f5c242;color:#8b1a1a;font-size:14px}
.sandbox-tag{font-size:12px;background:rgba(255,255,255,.15);padding:4px 10px;border-radius:12px}
main{flex:1;display:flex;min-height:0}
.roster{width:330px;overflow:auto;background:#fff;border-right:1px solid #d9dee5;padding:12px}
.roster input{width:100%;padding:8px 10px;border:1px solid #c9d0d9;border-radius:8px;font:inherit;margin-bottom:6px}
.roster h3{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#6b7785;margin:14px 4px 6px}
.roster ul{list-style:none;margin:0;padding:0}
.roster a{display:block;padding:7px 10px;border-radius:8px;color:inherit;text-decoration:none}
.roster a:hover{background:#f2f4f7}
.roster a.current{background:#fdecea;box-shadow:inset 3px 0 #8b1a1a}
.roster .name{display:block;font-weight:600}
.roster .role{display:block;font-size:12.5px;color:#5d6875}
.badge{display:inline-block;margin-top:2px;font-size:11px;color:#8a5a00;background:#fff3cd;border-radius:6px;padding:0 6px}
.chat{flex:1;display:flex;flex-direction:column;min-width:0;background:#e5ddd5 linear-gradient(#e9e4dc,#e2dbd1)}
.chat.empty{display:grid;place-items:center}
.intro{max-width:520px;background:#fff;padding:24px 28px;border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.intro h2{margin-top:0;color:#8b1a1a}
.warn{background:#fff3cd;padding:8px 12px;border-radius:8px}
.chat-head{display:flex;align-items:center;gap:12px;padding:10px 16px;background:#fff;border-bottom:1px solid #d9dee5}
.avatar{width:40px;height:40px;border-radius:50%;background:#8b1a1a;color:#fff;display:grid;place-items:center;font-weight:700}
.who{flex:1;min-width:0}.who b{display:block}.who span{font-size:13px;color:#5d6875}
.tools{display:flex;gap:8px}
button{font:inherit;cursor:pointer;border:0;border-radius:8px;padding:8px 14px;background:#8b1a1a;color:#fff}
button:hover{filter:brightness(1.1)}
button.secondary{background:#fff;color:#8b1a1a;border:1px solid #8b1a1a;font-size:13px;padding:6px 10px}
#notice .notice{margin:10px 16px 0;background:#fff8e1;border:1px solid #f0d58a;padding:8px 12px;border-radius:8px}
.messages{flex:1;overflow:auto;list-style:none;margin:0;padding:16px 18px;display:flex;flex-direction:column;gap:8px}
.placeholder{align-self:center;color:#5d6875;background:rgba(255,255,255,.7);padding:8px 14px;border-radius:8px}
.msg{display:flex}
.msg.user{justify-content:flex-end}
.bubble{max-width:min(640px,78%);background:#fff;border-radius:10px;padding:8px 12px 4px;box-shadow:0 1px 1px rgba(0,0,0,.12)}
.msg.user .bubble{background:#dcf3c8}
.msg.pressed .bubble{background:#e7eefc;font-style:italic}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
time{display:block;text-align:right;font-size:11px;color:#7b8794;margin-top:2px}
.buttons{margin-top:8px;display:flex;flex-direction:column;gap:6px}
.buttons .row{display:flex;gap:6px;flex-wrap:wrap}
.buttons form{flex:1;margin:0}
.buttons button{width:100%;background:#f2f5f9;color:#184e8b;border:1px solid #c9d6e8;font-weight:600;padding:7px 10px}
.compose{display:flex;gap:8px;padding:10px 16px 6px;background:#f7f7f7;border-top:1px solid #d9dee5}
.compose textarea{flex:1;resize:none;border:1px solid #c9d0d9;border-radius:18px;padding:9px 14px;font:inherit;max-height:140px}
.compose button{border-radius:18px;padding:8px 20px}
.chips{display:flex;gap:6px;flex-wrap:wrap;padding:0 16px 10px;background:#f7f7f7}
.chip{background:#fff;color:#37414d;border:1px solid #d0d6de;border-radius:14px;padding:3px 10px;font-size:13px}
.error{color:#a61b1b}
@media (max-width:760px){main{flex-direction:column}.roster{width:auto;max-height:34vh}}
`;

/** The page's script: live messages (EventSource), sending without reloading, the roster filter, suggestion chips. */
export const SANDBOX_JS = `(() => {
  const chat = document.querySelector(".chat[data-chat]");
  const filter = document.getElementById("filter");
  if (filter) filter.addEventListener("input", () => {
    const q = filter.value.trim().toLowerCase();
    document.querySelectorAll(".roster a").forEach((a) => { a.parentElement.hidden = q !== "" && !a.dataset.search.includes(q); });
  });
  if (!chat) return;
  const id = chat.dataset.chat;
  const list = document.getElementById("messages");
  const notice = document.getElementById("notice");
  const tz = document.body.dataset.tz;
  const dtf = new Intl.DateTimeFormat("en-GB", { timeZone: tz, hour: "2-digit", minute: "2-digit", day: "2-digit", month: "2-digit", hourCycle: "h23" });
  const fmt = { format: (d) => { const p = Object.fromEntries(dtf.formatToParts(d).map((x) => [x.type, x.value])); return p.hour + ":" + p.minute + " " + p.day + "/" + p.month; } };
  const seen = new Set([...list.querySelectorAll(".msg")].map((li) => li.dataset.id));
  let last = Number(chat.dataset.last || 0);
  const bottom = () => { list.scrollTop = list.scrollHeight; };
  bottom();

  function show(text, isError) {
    notice.innerHTML = "";
    const p = document.createElement("p");
    p.className = "notice" + (isError ? " error" : "");
    p.setAttribute("role", "status");
    p.textContent = text;
    notice.append(p);
  }

  function render(e) {
    if (seen.has(e.id)) return;
    seen.add(e.id);
    last = Math.max(last, Number(e.id));
    list.querySelector(".placeholder")?.remove();
    const li = document.createElement("li");
    li.className = "msg " + e.from + (e.pressedOn ? " pressed" : "");
    li.dataset.id = e.id;
    const bubble = document.createElement("div");
    bubble.className = "bubble";
    const text = document.createElement("div");
    text.className = "text";
    text.textContent = e.text;
    bubble.append(text);
    if (e.from === "bot" && e.buttons && e.buttons.length) {
      const box = document.createElement("div");
      box.className = "buttons";
      for (const row of e.buttons) {
        const r = document.createElement("div");
        r.className = "row";
        for (const b of row) {
          const f = document.createElement("form");
          f.className = "press";
          f.method = "post";
          f.action = "/sandbox/chats/" + encodeURIComponent(id) + "/messages";
          const on = document.createElement("input");
          on.type = "hidden"; on.name = "on"; on.value = e.id;
          const btn = document.createElement("button");
          btn.type = "submit"; btn.name = "button"; btn.value = b.data; btn.textContent = b.label;
          f.append(on, btn);
          r.append(f);
        }
        box.append(r);
      }
      bubble.append(box);
    }
    const time = document.createElement("time");
    time.textContent = fmt.format(new Date(e.at));
    bubble.append(time);
    li.append(bubble);
    list.append(li);
    bottom();
  }

  let source = null;
  function connect() {
    source = new EventSource("/sandbox/chats/" + encodeURIComponent(id) + "/events?after=" + last);
    source.addEventListener("entry", (ev) => render(JSON.parse(ev.data)));
    source.onerror = () => { source.close(); setTimeout(connect, 2000); };
  }
  connect();

  async function post(path, body) {
    const res = await fetch(path, { method: "POST", headers: { "content-type": "application/json", accept: "application/json" }, body: JSON.stringify(body) });
    const data = await res.json().catch(() => ({}));
    if (!res.ok) throw new Error(data.error || ("HTTP " + res.status));
    return data;
  }
  const base = "/sandbox/chats/" + encodeURIComponent(id);

  const compose = document.getElementById("compose");
  const box = compose.querySelector("textarea");
  compose.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const text = box.value.trim();
    if (!text) return;
    box.value = "";
    try { await post(base + "/messages", { text }); } catch (err) { box.value = text; show("Chưa gửi được: " + err.message, true); }
  });
  box.addEventListener("keydown", (ev) => { if (ev.key === "Enter" && !ev.shiftKey) { ev.preventDefault(); compose.requestSubmit(); } });

  list.addEventListener("submit", async (ev) => {
    const f = ev.target.closest("form.press");
    if (!f) return;
    ev.preventDefault();
    const btn = ev.submitter || f.querySelector("button");
    try { await post(base + "/messages", { button: btn.value, on: f.querySelector("input[name=on]").value }); } catch (err) { show("Chưa gửi được: " + err.message, true); }
  });

  document.querySelectorAll("form[data-action]").forEach((f) => f.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try {
      if (f.dataset.action === "invite") {
        const r = await post(base + "/invite", {});
        box.value = "/start " + r.code;
        show("Mã đăng ký: " + r.code + ". Bấm Gửi để đăng ký, như khi mở đường dẫn Telegram do bộ phận quản trị gửi.");
        box.focus();
      } else {
        const r = await post(base + "/next-reminders", {});
        show(r.count > 0 ? "Đã gửi ngay " + r.count + " lời nhắc được lập lịch cho ngày " + r.day.split("-").reverse().join("/") + "." : "Không còn lời nhắc nào được lập lịch cho cán bộ này.");
      }
    } catch (err) { show("Không thực hiện được: " + err.message, true); }
  }));

  document.querySelectorAll(".chip").forEach((c) => c.addEventListener("click", () => { box.value = c.dataset.text; box.focus(); }));
})();
`;
