/** Zalo OA message/cs error codes → DeliveryError. Zalo answers HTTP 200 with `error` != 0 on failure. */
import { DeliveryError } from "../port.ts";

/** Codes meaning "this token", handled by refreshing once and retrying once. */
export const TOKEN_ERRORS = new Set([-216, -220]);

/** Why a plain message cannot reach this user; permanent, reason "unreachable". */
const UNREACHABLE: Record<number, string> = {
  [-213]: "the user does not follow the OA",
  [-227]: "the user's Zalo account is inactive",
  [-230]: "the user has not interacted with the OA in the last 7 days",
};

export interface ZaloPauses {
  /** Pause after -32 (rate limited; Zalo names no wait). */
  rateLimitPauseMs: number;
  /** Pause after -211 (the OA's message quota is spent). */
  quotaPauseMs: number;
}

export function zaloDeliveryError(code: number, message: string, userId: string, pauses: ZaloPauses): DeliveryError {
  const say = (why: string): string => `zalo ${code} for user ${userId}: ${why}`;
  const unreachable = UNREACHABLE[code];
  if (unreachable) return new DeliveryError(say(unreachable), true, "unreachable");
  switch (code) {
    case -32: return new DeliveryError(say("rate limited"), false, "rate_limited", pauses.rateLimitPauseMs);
    case -211: return new DeliveryError(say("the OA is out of quota; retry later"), false, "rate_limited", pauses.quotaPauseMs);
    case -201: return new DeliveryError(say(`invalid request: ${message}`), true, "bad_request");
    case -216:
    case -220: return new DeliveryError(say("access token refused even after a refresh"), false, "auth");
    // Unlisted codes (e.g. -234, no messages 22:00–06:00) are not known to be final: retried with backoff.
    default: return new DeliveryError(say(message || "unknown error"), false, "server");
  }
}
