import { randomBytes } from "node:crypto";
import { sleep, type Params } from "./http.ts";

/** Error body of oauth.zaloapp.com (field names as the real one; codes other than -14014 unconfirmed). */
export interface ZaloOAuthError {
  error: number;
  error_name: string;
  error_reason: string;
  ref_doc: string;
  error_description: string;
}

export interface ZaloTokenPair {
  access_token: string;
  refresh_token: string;
  /** Seconds, as a STRING, as the real endpoint sends it. */
  expires_in: string;
}

const REF_DOC = "https://developers.zalo.me/docs/official-account/phu-luc/ma-loi";

function oauthError(error: number, name: string, reason: string): ZaloOAuthError {
  return { error, error_name: name, error_reason: reason, ref_doc: REF_DOC, error_description: reason };
}

function token(prefix: string): string {
  return `${prefix}${randomBytes(24).toString("base64url")}`;
}

/**
 * Access and refresh tokens of one OA. A refresh token works once: the exchange that uses it
 * invalidates it and returns a new pair. Access tokens stay valid until they expire or are revoked.
 */
export class ZaloTokens {
  private readonly access = new Map<string, { expiresAt: number; revoked: boolean }>();
  private readonly refresh = new Map<string, { used: boolean }>();
  refreshCount = 0;
  /** Exchanges refused (reused, unknown or revoked refresh token, bad credentials). */
  refusedCount = 0;
  readonly firstRefreshToken: string;

  constructor(
    private readonly keys: { appId: string; appSecret: string },
    private readonly ttlSeconds: number,
    private readonly delayMs: number,
    private readonly now: () => number,
  ) {
    this.firstRefreshToken = this.newRefreshToken();
  }

  private newRefreshToken(): string {
    const t = token("rt_");
    this.refresh.set(t, { used: false });
    return t;
  }

  /** An access token issued outside the OAuth flow, for tests that do not exercise refreshing. */
  issueAccessToken(): string {
    const t = token("at_");
    this.access.set(t, { expiresAt: this.now() + this.ttlSeconds * 1000, revoked: false });
    return t;
  }

  /** "ok", "expired" (-220) or "invalid" (-216). */
  check(accessToken: string | undefined): "ok" | "expired" | "invalid" {
    const state = accessToken === undefined ? undefined : this.access.get(accessToken);
    if (!state || state.revoked) return "invalid";
    return state.expiresAt <= this.now() ? "expired" : "ok";
  }

  expireAll(): void {
    for (const state of this.access.values()) state.expiresAt = Math.min(state.expiresAt, this.now());
  }

  revokeAccess(accessToken: string): void {
    const state = this.access.get(accessToken);
    if (state) state.revoked = true;
  }

  revokeRefresh(refreshToken: string): void {
    const state = this.refresh.get(refreshToken);
    if (state) state.used = true;
  }

  /** POST /v4/oa/access_token: form fields refresh_token, app_id, grant_type; header secret_key. */
  async exchange(p: Params, secretKey: string | undefined): Promise<ZaloTokenPair | ZaloOAuthError> {
    const refused = (e: ZaloOAuthError): ZaloOAuthError => { this.refusedCount += 1; return e; };
    if (p.app_id !== this.keys.appId) return refused(oauthError(-14001, "Invalid parameter", "Invalid app_id"));
    if (secretKey !== this.keys.appSecret) return refused(oauthError(-14002, "Invalid parameter", "Invalid secret_key"));
    if (p.grant_type !== "refresh_token") return refused(oauthError(-14003, "Invalid parameter", "Invalid grant_type"));
    const presented = typeof p.refresh_token === "string" ? p.refresh_token : "";
    const state = this.refresh.get(presented);
    if (!state || state.used) return refused(oauthError(-14014, "Invalid parameter", "Invalid refresh token"));
    // Spent before the (optional) delay, so a concurrent exchange of the same token loses.
    state.used = true;
    if (this.delayMs > 0) await sleep(this.delayMs);
    this.refreshCount += 1;
    const accessToken = this.issueAccessToken();
    return { access_token: accessToken, refresh_token: this.newRefreshToken(), expires_in: String(this.ttlSeconds) };
  }
}
