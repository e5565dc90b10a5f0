/**
 * `npm run cli -- parse <file|url|-> [--json]`: a notice → its tasks, as a table or as JSON. The file is read by its
 * content (text, .docx, PDF, scan, photo); a link only with DONDOC_FETCH_URLS=1.
 */
import { parseDirective } from "../core/directive/parse.ts";
import type { Directive, Recurrence } from "../core/directive/types.ts";
import { t } from "../i18n/index.ts";
import type { CliIo } from "./io.ts";
import { renderTable } from "./table.ts";
import { decodeText } from "../core/text/decode.ts";
import { intakeSummary, printNotes, readNotice } from "./notice-input.ts";

export { decodeText };

const USAGE = "usage: npm run cli -- parse <file|url|-> [--json]";

const RECURRENCE_VI: Record<Recurrence, string> = {
  weekly: "Hằng tuần", monthly: "Hằng tháng", quarterly: "Hằng quý", "half-yearly": "6 tháng/lần", yearly: "Hằng năm", regular: "Thường xuyên",
};

/** "2022-12-31" → "31/12/2022". */
const dmy = (iso: string | null): string => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : "");

export function renderDirective(d: Directive): string {
  const n = d.notice;
  const head = [
    `${n.kind ?? "Văn bản"} số ${n.number ?? "(không rõ)"}${n.date ? ` ngày ${dmy(n.date)}` : ""}${n.issuer ? ` của ${n.issuer}` : ""}`,
    ...(n.meetingDate ? [`Hội nghị/cuộc họp ngày ${dmy(n.meetingDate)}`] : []),
    `Số nhiệm vụ: ${d.tasks.length}`,
  ];
  const rows = d.tasks.map((t) => [
    t.code,
    t.summary,
    t.lead ? `${t.lead} (chủ trì)${t.partners.length ? `; phối hợp: ${t.partners.join("; ")}` : ""}` : t.assignees.join("; ") || "(chưa xác định)",
    t.deadline ? dmy(t.deadline) : "—",
    [t.recurrence ? RECURRENCE_VI[t.recurrence] : "", t.priority === "urgent" ? "Khẩn" : ""].filter(Boolean).join(", "),
    t.references.map((r) => `${r.number}${r.date ? ` (${dmy(r.date)})` : ""}`).join("; "),
  ]);
  const table = renderTable([
    { title: "Mã", width: 4 }, { title: "Nhiệm vụ", width: 44 }, { title: "Đơn vị thực hiện", width: 30 },
    { title: "Thời hạn", width: 10 }, { title: "Tính chất", width: 14 }, { title: "Văn bản liên quan", width: 22 },
  ], rows);
  return [`${head.join("\n")}\n${table}`, ...renderChecks(d)].join("\n\n");
}

/** "Cần kiểm tra" per flagged task, then the skipped items with their reasons, as an admin reads them in the preview. */
function renderChecks(d: Directive): string[] {
  const out: string[] = [];
  const flagged = d.tasks.filter((task) => task.flags.length);
  if (flagged.length) {
    out.push([`Cần kiểm tra (${flagged.length} nhiệm vụ):`, ...flagged.map((task) =>
      `- ${task.code}: ${task.flags.map((f) => t("vi", `directive.flag.${f}`)).join("; ")}.`)].join("\n"));
  }
  if (d.skipped.length) out.push(renderSkipped(d.skipped));
  return out;
}

function renderSkipped(skipped: Directive["skipped"]): string {
  const rows = skipped.map((s) => [s.line === null ? "" : String(s.line), t("vi", `directive.skipped.${s.reason}`), s.text]);
  return `Không phải nhiệm vụ (${skipped.length}):\n${renderTable([
    { title: "Dòng", width: 5 }, { title: "Lý do", width: 40 }, { title: "Nội dung", width: 76 },
  ], rows)}`;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const json = args.includes("--json");
  const files = args.filter((a) => a !== "--json");
  const unknown = files.filter((a) => a.startsWith("--"));
  if (files.length !== 1 || unknown.length) {
    io.err(unknown.length ? `Tùy chọn không hợp lệ: ${unknown.join(" ")}. ${USAGE}` : USAGE);
    return 2;
  }
  const read = await readNotice(files[0]!, io, (err) => {
    const code = (err as NodeJS.ErrnoException).code;
    return code === "ENOENT" ? `Không tìm thấy tệp: ${files[0]} (file not found).` : `Không đọc được tệp ${files[0]}: ${(err as Error).message}`;
  });
  if (!read.ok) { io.err(read.message); return 2; }
  const result = parseDirective(read.text);
  if (!result.ok) {
    // "No task": what was read, and why each fragment is none, so the admin sees where the work was lost.
    if (json && result.skipped) io.out(JSON.stringify({ tasks: [], skipped: result.skipped, issues: result.issues }, null, 2));
    else if (result.skipped?.length) io.out(renderSkipped(result.skipped));
    io.err(result.issues.map((i) => i.message).join(" "));
    return 2;
  }
  const intake = intakeSummary(read, result.directive);
  if (json) io.out(JSON.stringify(intake ? { ...result.directive, intake } : result.directive, null, 2));
  else {
    io.out(renderDirective(result.directive));
    printNotes(read, result.directive, io);
    for (const w of result.warnings) io.err(`Lưu ý: ${w}`);
  }
  return 0;
}
