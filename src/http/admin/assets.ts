/** The console's stylesheet, served from /admin/app.css: the sandbox's colours, tables an office reads, nothing external. */
export const CONSOLE_CSS = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1d2733;background:#eef1f5}
.top{display:flex;justify-content:space-between;align-items:center;padding:10px 20px;background:#8b1a1a;color:#fff}
.brand{font-weight:700;font-size:18px;display:flex;align-items:center;gap:10px}
.brand small{font-weight:400;opacity:.85;font-size:13px}
.logo{display:inline-grid;place-items:center;width:30px;height:30px;border-radius:50%;background:#f5c242;color:#8b1a1a;font-size:14px}
.top{gap:16px}.brand{white-space:nowrap}
nav{display:flex;gap:4px;align-items:center;white-space:nowrap}
@media (max-width:1500px){.brand small{display:none}}
nav a,nav button{color:#fff;text-decoration:none;padding:6px 10px;border-radius:6px;background:transparent;border:0;font:inherit;cursor:pointer}
nav a:hover,nav button:hover,nav a.current{background:rgba(255,255,255,.18)}
nav form{margin:0}
main{max-width:1280px;margin:0 auto;padding:18px 20px 40px}
h1{font-size:22px;margin:6px 0 14px;color:#8b1a1a}
h2{font-size:17px;margin:22px 0 10px}
.card{background:#fff;border-radius:10px;box-shadow:0 1px 3px rgba(0,0,0,.08);padding:16px 18px;margin-bottom:16px}
.narrow{max-width:460px;margin:40px auto}
label{display:block;font-weight:600;margin:10px 0 4px}
input[type=text],input[type=date],input[type=password],select,textarea{font:inherit;padding:7px 9px;border:1px solid #c9d0d9;border-radius:7px;background:#fff;width:100%}
textarea{resize:vertical}
input.day{width:8.5em}
#filter{margin:0}#filter label{display:flex;gap:6px;align-items:center;margin:0;font-weight:400}#filter select{width:auto;max-width:260px}
button,.button{font:inherit;cursor:pointer;border:0;border-radius:7px;padding:8px 14px;background:#8b1a1a;color:#fff;text-decoration:none;display:inline-block}
button.secondary,.button.secondary{background:#fff;color:#8b1a1a;border:1px solid #8b1a1a}
button.small{padding:4px 8px;font-size:13px}
.msg{padding:9px 12px;border-radius:8px;margin:0 0 12px;background:#e8f4ea;border:1px solid #b8dcbf}
.msg.error{background:#fdecea;border-color:#f1b8b2}
.muted{color:#5d6875;font-size:13px}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border-bottom:1px solid #e3e7ec;padding:7px 8px;text-align:left;vertical-align:top}
th{background:#f6f7f9;font-size:13px;color:#444}
td.num,th.num{text-align:right}
tr.flagged td{background:#fff8e1}
tr.edited td:first-child{box-shadow:inset 3px 0 #1565c0}
.flag{display:inline-block;font-size:12px;background:#fff3cd;color:#7a4f00;border:1px solid #f0d58a;border-radius:6px;padding:1px 6px;margin:2px 2px 0 0}
.totals{display:flex;gap:12px;flex-wrap:wrap;margin-bottom:10px}
.total-box{flex:1;min-width:150px;border-radius:8px;padding:10px 12px;color:#fff}
.total-box b{display:block;font-size:24px}
.chart text{font-size:13px;fill:#1d2733}
.chart .total{fill:#5d6875;font-size:12px}
.actions{display:flex;gap:8px;flex-wrap:wrap;align-items:center;margin:12px 0}
.review td select[multiple]{min-width:240px}
.review td textarea{min-width:280px}
.skipped li{margin:6px 0}
.reason{font-size:12px;color:#5d6875}
`;
