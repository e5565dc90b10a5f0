/**
 * `npm run cli -- reminders [mã cán bộ | mã nhiệm vụ] [--limit N]`: the reminders and messages
 * waiting in the delivery queues, soonest first, with the local time each will be sent, whom to,
 * and which task — what an operator checks when a leader says "I was never reminded".
 */
import type { Job } from "bullmq";
import type { ChannelName } from "../channels/port.ts";
import { localDate, localMinuteOfDay } from "../core/calendar/time-zone.ts";
import { formatIsoDate } from "../i18n/index.ts";
import { DeliveryJobSchema, type DeliveryJob } from "../../jobs/job-data.ts";
import type { CliIo } from "./io.ts";
import { openContext } from "./context.ts";
import { readFlags } from "./schedule.ts";
import { renderTable } from "./table.ts";

const USAGE = "usage: npm run cli -- reminders [mã cán bộ | mã nhiệm vụ] [--limit N]";
const CHANNELS: ChannelName[] = ["zalo", "telegram", "memory"];
const KIND_VI: Record<string, string> = {
  before: "nhắc trước hạn", due: "đến hạn", overdue: "quá hạn", prompt: "nhắc định kỳ", weekly: "tiến độ tuần",
  catchup: "tổng hợp sau gián đoạn", summary: "tổng hợp tuần (quản trị)", message: "tin nhắn", report: "hạn báo cáo kết quả gửi",
};

/** "08/12/2026 08:00" in the province's time zone. */
function localTime(at: Date, timeZone: string): string {
  const m = localMinuteOfDay(at, timeZone);
  return `${formatIsoDate(localDate(at, timeZone), "vi")} ${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const { flags, rest, error } = readFlags(args, ["limit"]);
  const limit = flags.limit ? Number(flags.limit) : 200;
  if (error || rest.length > 1 || !Number.isInteger(limit) || limit < 1) { io.err(`${error ?? ""} ${USAGE}`.trim()); return 2; }
  const filter = rest[0] ?? null;
  const ctx = await openContext(io.env);
  try {
    const { store, queues } = ctx.deps;
    const jobs: Array<{ job: Job; data: DeliveryJob; channel: ChannelName; at: number }> = [];
    for (const channel of CHANNELS) {
      for (const job of await queues.get(channel).getJobs(["delayed", "waiting", "prioritized"])) {
        const parsed = DeliveryJobSchema.safeParse(job.data);
        // A reminder knows its planned instant; other jobs go when their delay runs out.
        if (parsed.success) jobs.push({ job, data: parsed.data, channel, at: parsed.data.type === "reminder" ? parsed.data.at : job.timestamp + (job.delay ?? 0) });
      }
    }
    const assignments = new Map((await store.getAssignments([...new Set(jobs.flatMap((j) => (j.data.type === "reminder" ? [j.data.a] : [])))])).map((a) => [a.id, a]));
    const officialOf = (j: (typeof jobs)[number]): string | null => j.data.type === "reminder" ? assignments.get(j.data.a)?.officialId ?? null : "o" in j.data ? j.data.o ?? null : null;
    const selected = jobs.filter((j) => {
      if (!filter) return true;
      if (officialOf(j) === filter) return true;
      return j.data.type === "reminder" && (j.data.a === filter || j.data.a.startsWith(`${filter}~`) || assignments.get(j.data.a)?.taskId === filter);
    }).sort((a, b) => a.at - b.at);
    const officials = new Map((await store.getOfficials([...new Set(selected.map(officialOf).filter((x): x is string => !!x))])).filter((o) => o).map((o) => [o!.id, o!]));
    const tasks = new Map((await store.getTasks([...new Set(selected.flatMap((j) => (j.data.type === "reminder" ? [assignments.get(j.data.a)?.taskId ?? ""] : [])))])).map((t) => [t.id, t]));
    const rows = selected.slice(0, limit).map((j) => {
      const o = officialOf(j);
      const official = o ? officials.get(o) : undefined;
      const a = j.data.type === "reminder" ? assignments.get(j.data.a) : undefined;
      const kind = j.data.type === "reminder" ? j.data.k : j.data.type;
      const what = a ? `${a.number}. ${tasks.get(a.taskId)?.summary ?? a.taskCode}` : j.data.type === "message" ? j.data.text.split("\n")[0]!.slice(0, 60) : "";
      return [localTime(new Date(j.at), ctx.config.timeZone), KIND_VI[kind] ?? kind, official ? `${official.fullName} (${official.id})` : j.data.type === "message" && j.data.chat ? `chat ${j.data.chat}` : o ?? "", what, j.channel];
    });
    if (!rows.length) { io.out(filter ? `Không có lời nhắc nào đang chờ gửi cho “${filter}”.` : "Không có lời nhắc nào đang chờ gửi."); return 0; }
    io.out(renderTable([{ title: "Gửi lúc", width: 16 }, { title: "Loại", width: 16 }, { title: "Người nhận", width: 28 }, { title: "Nhiệm vụ", width: 44 }, { title: "Kênh", width: 8 }], rows, { dense: true }));
    io.out(`${selected.length} tin đang chờ gửi${selected.length > rows.length ? ` (hiện ${rows.length} tin sớm nhất; --limit để xem thêm)` : ""}.`);
    return 0;
  } finally {
    await ctx.close();
  }
}
