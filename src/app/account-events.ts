/**
 * Zalo account events. user_withdraw (the user asks the OA to forget them): their binding and
 * everything keyed by their Zalo id go; unfollow: the binding goes and they are marked unreachable
 * on Zalo; follow: nothing to change (they still register with a code). Each is audited.
 */
import type { AppDeps } from "./deps.ts";

export interface AccountEvent {
  kind: "follow" | "unfollow" | "user_withdraw";
  userId: string;
  at: Date;
}

/** Zalo user ids are digits; anything else is refused before a key is built from it. */
const ZALO_USER_ID = /^\d{1,25}$/;

export async function handleAccountEvent(deps: AppDeps, e: AccountEvent): Promise<void> {
  if (e.kind === "follow") return;
  if (!ZALO_USER_ID.test(e.userId)) {
    deps.logger.warn("zalo account event with a malformed user id ignored", { kind: e.kind });
    return;
  }
  const official = await deps.store.unbindChat("zalo", e.userId);
  if (official) await deps.store.markUnreachable("zalo", official.id);
  // Personal data held under their Zalo id, found by exact key names and the chat's index.
  // The binding went with unbindChat; the rest by name and the chat's index.
  const deleted = e.kind === "user_withdraw" ? (official ? 1 : 0) + (await deps.store.forgetChat("zalo", e.userId)) : 0;
  await deps.store.audit({
    at: e.at.toISOString(), who: official?.id ?? "unknown", channel: "zalo", text: e.kind, target: official?.id ?? "(không có liên kết)",
    action: e.kind === "user_withdraw" ? "zalo_withdraw" : "zalo_unfollow", from: "bound", to: e.kind === "user_withdraw" ? `${deleted} khóa đã xóa` : null,
  });
}
