/**
 * Directive parsing: median time of Notice 147, and throughput on generated notices from 100 KB to
 * 1 MB (growth should be linear). Baseline, measured in the same run: normalise + fold + split the
 * same text, the floor any parser pays. Targets: < 2 ms for Notice 147, ≥ 2 MB/s, linear growth.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseDirective } from "../src/core/directive/parse.ts";
import { fold, normalizeText } from "../src/core/text/fold.ts";
import { fmt, table, time } from "./harness.ts";

const SAMPLE = fileURLToPath(new URL("../data/samples/thong-bao-147-bac-kan.txt", import.meta.url));

const ITEMS = [
  "Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ và UBND các xã, phường tham mưu UBND tỉnh phương án bố trí kinh phí, hoàn thành trước ngày 15/5/2026.",
  "Sở KH-ĐT khẩn trương rà soát, tổng hợp danh mục dự án theo Kế hoạch số 798/KH-UBND ngày 24/12/2025 của UBND tỉnh; báo cáo trong quý II/2026.",
  "Định kỳ hằng tháng, Văn phòng UBND tỉnh tổng hợp kết quả thực hiện, báo cáo Chủ tịch UBND tỉnh.",
  "Công an tỉnh thường xuyên nắm chắc tình hình, bảo đảm an ninh trật tự trên địa bàn.",
  "Chủ tịch UBND các xã, phường triển khai ngay các biện pháp phòng, chống thiên tai, hoàn thành trong 10 ngày làm việc.",
];

/** A long notice in the official layout: sections, numbered items with dash sub-items, ~`bytes` of UTF-8. */
export function generateNotice(bytes: number): string {
  const head = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 25/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Trị, ngày 12 tháng 3 năm 2026\nTHÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại cuộc họp ngày 05/3/2026\n";
  const parts = [head];
  let size = Buffer.byteLength(head);
  for (let s = 1; size < bytes; s++) {
    const sec = `${["I", "II", "III", "IV", "V"][s % 5]}. Nhiệm vụ nhóm ${s}\n`;
    parts.push(sec);
    size += Buffer.byteLength(sec);
    for (let i = 0; i < 20 && size < bytes; i++) {
      // Numbered so no two lines are alike: portals' repeated paragraphs are dropped as duplicates.
      const item = `${i + 1}. (Nhóm ${s}.${i}) ${ITEMS[(s + i) % ITEMS.length]}\n- (Việc ${s}.${i}) ${ITEMS[(s * 7 + i) % ITEMS.length]}\n`;
      parts.push(item);
      size += Buffer.byteLength(item);
    }
  }
  parts.push("Nơi nhận:\n- Như trên;\n- Lưu: VT.\n");
  return parts.join("");
}

const floor = (text: string) => { fold(normalizeText(text)).split("\n"); };

export default async function (): Promise<void> {
  const tb147 = readFileSync(SAMPLE, "utf8");
  const ours = time(() => { parseDirective(tb147); }, 2000, 200);
  const base = time(() => floor(tb147), 2000, 200);
  console.log(`Notice 147 (${Buffer.byteLength(tb147)} bytes): median ${fmt(ours.medianMs, 3)} ms, p95 ${fmt(ours.p95Ms, 3)} ms ` +
    `(target < 2 ms) — ${fmt(ours.medianMs / base.medianMs, 1)}× the normalise+fold floor (${fmt(base.medianMs, 3)} ms)`);

  const rows = [];
  let first: { kb: number; ms: number } | null = null;
  for (const kb of [100, 250, 500, 1000]) {
    const text = generateNotice(kb * 1000);
    const mb = Buffer.byteLength(text) / 1e6;
    const r = parseDirective(text);
    const tasks = r.ok ? r.directive.tasks.length : 0;
    const t = time(() => { parseDirective(text); }, kb >= 500 ? 8 : 15, 2);
    const b = time(() => floor(text), 8, 2);
    first ??= { kb, ms: t.medianMs };
    rows.push({
      size: `${kb} KB`, tasks, "median ms": fmt(t.medianMs, 1), "MB/s": fmt(mb / (t.medianMs / 1000), 2),
      "× floor": fmt(t.medianMs / b.medianMs, 1), "time ÷ (size ratio × 100 KB time)": fmt(t.medianMs / ((kb / first.kb) * first.ms), 2),
    });
  }
  table(rows);
  console.log("Linear growth shows as the last column staying near 1.00. Target ≥ 2 MB/s.");
}
