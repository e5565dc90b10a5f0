/**
 * Re-importing the roster (the admin's sheet, the source of truth for who holds which post) without
 * losing what people did in chat: an official still in the sheet keeps the Telegram or Zalo chat
 * they registered with /start unless the sheet names another; an official who left the sheet is
 * deleted only when they hold no open task — otherwise they are kept, inactive, and listed, so their
 * tasks are reassigned rather than lost.
 */
import type { Official } from "../core/model.ts";
import type { Store } from "../store/store.ts";

export interface RosterChanges {
  added: Official[];
  /** Officials whose sheet row changed (name, title, unit, role, supervisor, locale, chat ids). */
  changed: Official[];
  /** Left the sheet and had no open task: removed, with their chat bindings. */
  removed: Official[];
  /** Left the sheet but hold open tasks: kept, inactive (no new assignments), for the admin to reassign. */
  inactive: Array<{ official: Official; openTasks: number }>;
  /** Chats registered in chat (/start, a code to the Zalo OA) kept because the sheet left the cell empty. */
  keptBindings: number;
}

const SHEET_FIELDS = ["fullName", "title", "unit", "unitType", "supervisorId", "locale", "role", "telegramChatId", "zaloUserId"] as const;

export async function importRoster(store: Store, sheet: Official[]): Promise<RosterChanges> {
  const current = new Map((await store.listOfficials()).map((o) => [o.id, o]));
  const changes: RosterChanges = { added: [], changed: [], removed: [], inactive: [], keptBindings: 0 };
  const next: Official[] = [];
  for (const row of sheet) {
    const old = current.get(row.id);
    const telegramChatId = row.telegramChatId ?? old?.telegramChatId ?? null;
    const zaloUserId = row.zaloUserId ?? old?.zaloUserId ?? null;
    changes.keptBindings += Number(!row.telegramChatId && !!old?.telegramChatId) + Number(!row.zaloUserId && !!old?.zaloUserId);
    const merged: Official = { ...row, telegramChatId, zaloUserId, active: true };
    if (!old) changes.added.push(merged);
    else if (old.active === false || SHEET_FIELDS.some((f) => old[f] !== merged[f])) changes.changed.push(merged);
    next.push(merged);
  }
  const inSheet = new Set(sheet.map((o) => o.id));
  for (const old of current.values()) {
    if (inSheet.has(old.id)) continue;
    const open = (await store.assignmentsOf(old.id)).filter((a) => a.status === "open").length;
    if (open > 0) {
      changes.inactive.push({ official: old, openTasks: open });
      next.push({ ...old, active: false });
    } else {
      changes.removed.push(old);
    }
  }
  await store.saveOfficials(next);
  if (changes.removed.length) await store.removeOfficials(changes.removed.map((o) => o.id));
  return changes;
}
