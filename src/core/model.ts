/**
 * The domain beyond a parsed notice: who the officials are, and each task as assigned to one of
 * them. A task of a directive assigned to "Giám đốc các sở" becomes one Assignment per director,
 * each with its own status, deadline (extensions are personal) and progress.
 */
/** Languages the bot speaks; the catalogues in locales/ have one file each. */
export type Locale = "vi" | "en";

/** Kinds of unit as admins write them in the roster (folded to these when imported). */
export type UnitType = "sở" | "ban ngành" | "huyện" | "thành phố" | "thị xã" | "xã" | "phường" | "đặc khu" | "huyện ủy" | "thành ủy" | "tỉnh" | "khác";

export interface Official {
  /** Stable id from the admin's sheet (e.g. "STC-GD"), unique in the roster. */
  id: string;
  fullName: string;
  /** "Giám đốc", "Phó Giám đốc", "Chủ tịch", "Bí thư", "Chánh Văn phòng", … */
  title: string;
  /** "Sở Tài chính", "UBND huyện Ba Bể", "UBND phường Đức Xuân". */
  unit: string;
  unitType: UnitType;
  /** Id of the official an overdue task escalates to, or null. */
  supervisorId: string | null;
  locale: Locale;
  role: "leader" | "admin";
  telegramChatId: string | null;
  zaloUserId: string | null;
  /**
   * False once a roster re-import no longer lists them while they still hold open tasks: they get
   * no new assignments, their open ones stay theirs (and in reports) until an admin reassigns them.
   * Default true.
   */
  active?: boolean;
  /** Chat of the sandbox's web channel (src/channels/web), when registered there. A roster import leaves it as it was. */
  webChatId?: string | null;
}

export type AssignmentStatus = "open" | "done";

/** The four buckets of official reports. */
export type Bucket = "on_time" | "late" | "open_in_time" | "open_overdue";

export interface Assignment {
  /** `${taskId}~${officialId}`. */
  id: string;
  /** `${directiveId}~${taskCode}`. */
  taskId: string;
  directiveId: string;
  taskCode: string;
  officialId: string;
  /**
   * The short number the leader types back ("3 xong"): fixed when the assignment is created,
   * unique among the official's assignments, never reused while it is open nor for
   * NUMBER_HOLD_DAYS after it closes. 0 only before the store has given it one.
   */
  number: number;
  /** The current deadline (after any approved extension), or null. */
  deadline: string | null;
  status: AssignmentStatus;
  /** Last progress reported, 0–100, or null. */
  progress: number | null;
  /** Last blocker reported, or null. */
  blocker: string | null;
  /** ISO instant the task was done, or null. */
  doneAt: string | null;
  /** ISO instant of the last change. */
  updatedAt: string;
  /** Incremented by every change: optimistic concurrency. */
  version: number;
}
