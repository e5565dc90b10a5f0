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

export async function handleAccountEvent(deps: AppDeps, e: AccountEvent): Promise<void> {
  if (e.kind === "follow") return;
  const official = await deps.store.unbindChat("zalo", e.userId);
  if (official) await deps.store.markUnreachable("zalo", official.id);
  if (e.kind === "user_withdraw") {
    // Personal data held under their Zalo id: pending-context keys, message references, buttons.
    let cursor = "0";
    do {
      const [next, keys] = await deps.store.redis.scan(cursor, "MATCH", `${deps.store.prefix}*${e.userId}*`, "COUNT", 1000);
      cursor = next;
      if (keys.length) await deps.store.redis.unlink(...keys);
    } while (cursor !== "0");
  }
  await deps.store.audit({
    at: e.at.toISOString(), who: official?.id ?? "unknown", channel: "zalo", text: e.kind, target: official?.id ?? "(không có liên kết)",
    action: e.kind === "user_withdraw" ? "zalo_withdraw" : "zalo_unfollow", from: "bound", to: null,
  });
}
