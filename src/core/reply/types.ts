/** What a leader's chat reply means, per task. Dates are ISO YYYY-MM-DD in Asia/Ho_Chi_Minh. */

/**
 * - done: the task is finished ("xong", "hoàn thành", "✅", "100%");
 * - not_done: it is not, or not yet ("chưa xong", "sắp xong", "not yet");
 * - progress: work is under way, maybe with a percent ("đang thực hiện", "đạt 70%");
 * - blocker: something stops it ("vướng mắc do thiếu kinh phí");
 * - extension: a request for more time ("xin gia hạn đến 30/12");
 * - not_mine: the task is not this unit's or this leader's to do ("không phụ trách", "đơn vị chỉ phối
 *   hợp", "không thuộc chức năng", "việc này của Sở X"): the admin must give it to someone else. It is
 *   neither done nor not done; the note says whose it is when the leader says so;
 * - ack: the message was received, nothing more ("ok", "đã nhận", "👍");
 * - unknown: anything else, questions included ("xong chưa?").
 */
export type IntentKind = "done" | "not_done" | "progress" | "blocker" | "extension" | "not_mine" | "ack" | "unknown";

export interface Intent {
  kind: IntentKind;
  /** The task number the leader referred to ("NV3", "#3", "3."), or null. */
  task: number | null;
  /** Progress percent 0–100, when given. */
  percent: number | null;
  /** Target date YYYY-MM-DD: the extension asked for, or the date a task is expected to be done. */
  until: string | null;
  /** Extension length in days, when given as a count ("gia hạn 15 ngày", "thêm 2 tuần" = 14). */
  days: number | null;
  /** The blocker text, the reason given or whose task it is (not_mine), in the leader's own spelling. */
  note: string | null;
}

export interface UnderstandOptions {
  /** IANA time zone that "today", "cuối tháng" … are taken in. Default "Asia/Ho_Chi_Minh". */
  timeZone?: string;
}
