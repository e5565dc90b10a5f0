/**
 * Seeds work for a drill through the project's own code: a notice parsed and saved, one
 * assignment per official, and a "due today" reminder for each, queued as the planner queues them
 * (deterministic job id, the assignment's job-id set) but due now rather than at 08:00.
 */
import { newAssignment } from "../../src/core/assign.ts";
import { localDate } from "../../src/core/calendar/time-zone.ts";
import { parseDirective } from "../../src/core/directive/parse.ts";
import type { Assignment, Official } from "../../src/core/model.ts";
import { reminderJobId } from "../../jobs/names.ts";
import type { World } from "./world.ts";

/** A notice in the official layout with `items` as its numbered tasks. */
export function notice(number: string, items: string[]): string {
  return [
    "ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", `Số: ${number}`, "Quảng Trị, ngày 02 tháng 12 năm 2026", "THÔNG BÁO",
    "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp giao ban", ...items.map((t, i) => `${i + 1}. ${t}`),
    "UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.",
  ].join("\n") + "\n";
}

export async function seedDueReminders(w: World, officials: Official[], marker: string): Promise<Assignment[]> {
  const now = new Date();
  const today = localDate(now, "Asia/Ho_Chi_Minh");
  const parsed = parseDirective(notice(`${Date.now() % 100_000}/TB-UBND`, [`Giao UBND các xã rà soát hồ sơ đất đai (${marker}).`]));
  if (!parsed.ok) throw new Error("the drill's notice does not parse");
  const { tasks } = await w.store.saveDirective(parsed.directive, "ADM", now);
  const created = await w.store.createAssignments(officials.map((o) => ({ ...newAssignment(tasks[0]!, o.id, now), deadline: today })), now);
  const q = w.queues.get("telegram");
  for (let i = 0; i < created.length; i += 500) {
    const slice = created.slice(i, i + 500);
    await q.addBulk(slice.map((a) => ({ name: "due", data: { type: "reminder" as const, a: a.id, k: "due" as const, d: today, at: now.getTime() }, opts: { jobId: reminderJobId(a.id, "due", today) } })));
    const p = w.conn.pipeline();
    for (const a of slice) p.sadd(w.store.k.jobsOf(a.id), reminderJobId(a.id, "due", today));
    await p.exec();
  }
  return created;
}
