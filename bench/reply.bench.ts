/**
 * Reply understanding: replies understood per second on one core, over a mixed set of 600 realistic
 * replies (short answers, several tasks, dates, no diacritics, English). Baseline, measured in the
 * same run: normalise + fold + one regex test per reply, the floor any reader pays. Target ≥ 20,000/s.
 */
import { understandReply } from "../src/core/reply/understand.ts";
import { fold, normalizeText } from "../src/core/text/fold.ts";
import { fmt, table, time } from "./harness.ts";

const NOW = new Date("2026-11-25T09:00:00+07:00");

const SHORT = [
  "xong", "đã xong ạ", "xong r", "ok xong", "HT", "✅", "👍", "100%", "đạt 100%", "đạt 0%", "đang làm", "đang triển khai",
  "dang th", "chưa xong", "ko xong dc", "k hoàn thành được", "sắp xong", "gần xong", "xong chưa?", "bao giờ xong?",
  "đã xong chưa ạ", "ok", "cảm ơn anh", "đã nhận", "chưa ạ", "done", "not yet", "in progress 40%", "thanks", "finished",
  "hoan thanh roi a", "dang lam a", "chua xong", "tien do 60%", "xin gia han den 30/12",
];
const ABOUT_TASK = [
  "xong", "đã hoàn thành", "đạt 70%", "đang thực hiện, dự kiến xong cuối tháng", "vướng mắc do thiếu kinh phí",
  "chưa xong, xin gia hạn đến thứ sáu tuần sau", "xin gia hạn thêm 15 ngày", "chưa triển khai được vì chưa có hướng dẫn",
  "cơ bản hoàn thành", "khó khăn: chưa có mặt bằng, đề nghị hỗ trợ", "ht", "dang trien khai dat 45%",
  "lùi đến hết quý I/2027", "blocked: no budget", "need extension until 30/6",
];
const POLITE = ["", "Dạ ", "Em báo cáo: ", "Kính gửi anh, ", "Báo cáo đồng chí, "];
const REF = [(n: number) => `NV${n} `, (n: number) => `nhiệm vụ ${n} `, (n: number) => `#${n} `, (n: number) => `${n}. `];

/** 600 distinct replies: about a quarter short answers, the rest about one or several numbered tasks. */
export function sampleReplies(): string[] {
  const out = new Set<string>();
  // A small deterministic generator (LCG) so every run measures the same replies.
  let seed = 20261125;
  const pick = <T>(xs: readonly T[]): T => { seed = (seed * 1103515245 + 12345) % 2147483648; return xs[seed % xs.length]!; };
  const about = () => `${pick(REF)(1 + (seed % 12))}${pick(ABOUT_TASK)}`;
  while (out.size < 600) {
    const shape = pick([0, 1, 1, 2, 3]);
    const polite = pick(POLITE);
    if (shape === 0) out.add(`${polite}${pick(SHORT)}`);
    else if (shape === 1) out.add(`${polite}${about()}`);
    else if (shape === 2) out.add(`${polite}${about()}; ${about()}`);
    else out.add(`${polite}${about()}\n${about()}\n${about()}`);
  }
  return [...out];
}

export default async function (): Promise<void> {
  const replies = sampleReplies();
  let sink = 0;
  const baseline = time(() => { for (const r of replies) if (/xong|hoan thanh/.test(fold(normalizeText(r)))) sink++; }, 100, 20);
  const understand = time(() => { for (const r of replies) sink += understandReply(r, NOW).length; }, 100, 20);
  const perSecond = (ms: number) => replies.length / (ms / 1000);
  table([
    { what: "baseline: normalize + fold + 1 regex", "replies/s": fmt(perSecond(baseline.medianMs), 0), "µs/reply": fmt((baseline.medianMs * 1000) / replies.length), ratio: "1.0" },
    { what: "understandReply", "replies/s": fmt(perSecond(understand.medianMs), 0), "µs/reply": fmt((understand.medianMs * 1000) / replies.length), ratio: fmt(understand.medianMs / baseline.medianMs, 1) },
  ]);
  const rate = perSecond(understand.medianMs);
  const tasks = replies.reduce((n, r) => n + (r.match(/NV\d|#\d|nhiệm vụ \d|\d\. /g)?.length ?? 0), 0);
  console.log(`${replies.length} distinct replies (${tasks} task references), median of 100 passes over all of them;`
    + ` target ≥ 20,000/s: ${rate >= 20_000 ? "met" : "NOT met"} (${fmt(rate, 0)}/s, checksum ${sink})`);
}
