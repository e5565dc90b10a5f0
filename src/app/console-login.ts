/**
 * Login to the admin console: an admin of the roster asks for a one-time code, the bot sends it to
 * their own chat (the ordinary delivery queue and channel), they type it back. Codes are stored
 * hashed, single-use, for CODE_TTL_SECONDS; wrong codes are counted per official and per address,
 * and past the limit even the right code is refused until the window ends. Every attempt is audited.
 * Leaders get no code, unless an admin has let their unit's leaders see their unit's tasks (read only).
 */
import { createHash, randomBytes, randomInt, scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";
import { z } from "zod";
import type { Official } from "../core/model.ts";
import { t } from "../i18n/index.ts";
import { readJson } from "../store/schemas.ts";
import { notify, type AppDeps } from "./deps.ts";

/** A code is valid this long. Default 600 s. */
export const CODE_TTL_SECONDS = 600;
/** Window in which failures are counted. Default 900 s. */
export const ATTEMPT_WINDOW_SECONDS = 900;
/** Wrong codes allowed per official, and per client address, in one window. */
export const MAX_WRONG_PER_ID = 5;
export const MAX_WRONG_PER_IP = 20;
/** Codes that may be asked for per official in one window (each one is a message in their chat). */
export const MAX_CODES_PER_ID = 5;
/** A session lasts this long after login. Default 8 h: one working day. */
export const SESSION_TTL_SECONDS = 8 * 3600;

export const SessionSchema = z.object({ officialId: z.string(), csrf: z.string(), createdAt: z.string() });
export type Session = z.infer<typeof SessionSchema> & { id: string };

const k = (deps: AppDeps, ...parts: string[]) => `${deps.store.prefix}console:${parts.join(":")}`;
const hash = (s: string) => createHash("sha256").update(s).digest();

export type CodeRequest = { outcome: "sent"; official: Official } | { outcome: "not_admin" | "unreachable" | "limited" };

/** Sends a fresh code to the admin's chat. The page says the same whatever the outcome, so ids cannot be probed. */
export async function requestLoginCode(deps: AppDeps, officialId: string, ip: string): Promise<CodeRequest> {
  const now = deps.clock();
  const id = officialId.trim();
  const official = id ? await deps.store.getOfficial(id) : null;
  const audit = (action: string, to: string | null) => deps.store.audit({ at: now.toISOString(), who: official?.id ?? "?", channel: "console", text: `login ${id.slice(0, 40)}`, target: id.slice(0, 40), action, from: null, to: `${ip}${to ? ` ${to}` : ""}` });
  if (!official || !(await maySignIn(deps, official))) {
    await audit("console_code_refused", "not_admin");
    return { outcome: "not_admin" };
  }
  const asked = await bump(deps, k(deps, "codes", official.id));
  if (asked > MAX_CODES_PER_ID) {
    await audit("console_code_refused", "limited");
    return { outcome: "limited" };
  }
  // The code alone names its admin too (for `cli admin password <code>`): no two live codes are alike.
  let code = "";
  for (let i = 0; i < 20 && !code; i++) {
    const c = String(randomInt(0, 1_000_000)).padStart(6, "0");
    if ((await deps.store.redis.set(k(deps, "code-owner", hash(c).toString("hex")), official.id, "EX", CODE_TTL_SECONDS, "NX")) === "OK") code = c;
  }
  if (!code) return { outcome: "limited" };
  await deps.store.redis.set(k(deps, "code", official.id), hash(`${official.id}\u0000${code}`).toString("hex"), "EX", CODE_TTL_SECONDS);
  const sent = await notify(deps, official, { text: t(official.locale, "console.login.code_message", { code, minutes: CODE_TTL_SECONDS / 60 }) }, `login~${official.id}~${randomBytes(4).toString("hex")}`);
  await audit(sent ? "console_code_sent" : "console_code_refused", sent ? null : "unreachable");
  return sent ? { outcome: "sent", official } : { outcome: "unreachable" };
}

export type CodeCheck = { outcome: "ok"; session: Session } | { outcome: "ok"; session: null } | { outcome: "wrong" | "limited" };

/** Checks a code; the right one opens a session (and is used up), a wrong one counts against the official and the address. */
export async function verifyLoginCode(deps: AppDeps, officialId: string, code: string, ip: string, opts: { session?: boolean } = {}): Promise<CodeCheck> {
  const now = deps.clock();
  const id = officialId.trim().slice(0, 64);
  const audit = (action: string) => deps.store.audit({ at: now.toISOString(), who: id || "?", channel: "console", text: "login code", target: id, action, from: null, to: ip });
  const [byId, byIp] = await deps.store.redis.mget(k(deps, "wrong-id", id), k(deps, "wrong-ip", ip));
  if (Number(byId ?? 0) >= MAX_WRONG_PER_ID || Number(byIp ?? 0) >= MAX_WRONG_PER_IP) {
    await audit("console_login_limited");
    return { outcome: "limited" };
  }
  const stored = await deps.store.redis.get(k(deps, "code", id));
  const given = hash(`${id}\u0000${code.replace(/\s+/g, "")}`);
  const official = await deps.store.getOfficial(id);
  if (!stored || !official || !(await maySignIn(deps, official)) || !timingSafeEqual(Buffer.from(stored, "hex"), given)) {
    await bump(deps, k(deps, "wrong-id", id));
    await bump(deps, k(deps, "wrong-ip", ip));
    await audit("console_login_failed");
    return { outcome: "wrong" };
  }
  // Single use: the first request to delete it wins.
  if ((await deps.store.redis.del(k(deps, "code", id))) !== 1) return { outcome: "wrong" };
  await deps.store.redis.del(k(deps, "code-owner", hash(code.replace(/\s+/g, "")).toString("hex")));
  if (opts.session === false) return { outcome: "ok", session: null };
  const session = await createSession(deps, official.id);
  await audit("console_login");
  return { outcome: "ok", session };
}

/** Shortest password accepted. */
export const MIN_PASSWORD_LENGTH = 12;
const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, keylen: number) => Promise<Buffer>;

async function passwordHash(password: string, salt: Buffer): Promise<Buffer> {
  return scryptAsync(password.normalize("NFC"), salt, 32);
}

export type PasswordSet = { outcome: "set"; official: Official } | { outcome: "wrong_code" | "too_short" | "limited" };

/**
 * `npm run cli -- admin password <code>`: the login code the bot sent to an admin's chat (asked for
 * on the login page) proves who they are; it is used up and their console password set (scrypt).
 */
export async function setPasswordWithCode(deps: AppDeps, code: string, password: string): Promise<PasswordSet> {
  if (password.length < MIN_PASSWORD_LENGTH) return { outcome: "too_short" };
  const c = code.replace(/\s+/g, "");
  const owner = await deps.store.redis.get(k(deps, "code-owner", hash(c).toString("hex")));
  if (!owner) return { outcome: "wrong_code" };
  const checked = await verifyLoginCode(deps, owner, c, "cli", { session: false });
  if (checked.outcome !== "ok") return { outcome: checked.outcome === "limited" ? "limited" : "wrong_code" };
  const official = (await deps.store.getOfficial(owner))!;
  const salt = randomBytes(16);
  await deps.store.redis.set(k(deps, "password", owner), `scrypt:${salt.toString("hex")}:${(await passwordHash(password, salt)).toString("hex")}`);
  await deps.store.audit({ at: deps.clock().toISOString(), who: owner, channel: "cli", text: "admin password", target: owner, action: "console_password_set", from: null, to: null });
  return { outcome: "set", official };
}

/** Login with a password set by the CLI; wrong ones count against the same limits as wrong codes. */
export async function verifyPassword(deps: AppDeps, officialId: string, password: string, ip: string): Promise<CodeCheck> {
  const now = deps.clock();
  const id = officialId.trim().slice(0, 64);
  const audit = (action: string) => deps.store.audit({ at: now.toISOString(), who: id || "?", channel: "console", text: "login password", target: id, action, from: null, to: ip });
  const [byId, byIp, stored] = await deps.store.redis.mget(k(deps, "wrong-id", id), k(deps, "wrong-ip", ip), k(deps, "password", id));
  if (Number(byId ?? 0) >= MAX_WRONG_PER_ID || Number(byIp ?? 0) >= MAX_WRONG_PER_IP) {
    await audit("console_login_limited");
    return { outcome: "limited" };
  }
  const [, saltHex = "", hashHex = ""] = (stored ?? "").split(":");
  const official = stored ? await deps.store.getOfficial(id) : null;
  const given = await passwordHash(password, Buffer.from(saltHex, "hex"));
  if (!official || official.role !== "admin" || official.active === false || hashHex.length !== 64 || !timingSafeEqual(Buffer.from(hashHex, "hex"), given)) {
    await bump(deps, k(deps, "wrong-id", id));
    await bump(deps, k(deps, "wrong-ip", ip));
    await audit("console_login_failed");
    return { outcome: "wrong" };
  }
  const session = await createSession(deps, official.id);
  await audit("console_login");
  return { outcome: "ok", session };
}

/** Units whose leaders may sign in to see their unit's tasks, read only (an admin's choice on the dashboard). */
export async function viewerUnits(deps: AppDeps): Promise<Set<string>> {
  return new Set(await deps.store.redis.smembers(k(deps, "viewer-units")));
}

export async function setUnitViewing(deps: AppDeps, admin: Official, unit: string, allow: boolean): Promise<void> {
  if (allow) await deps.store.redis.sadd(k(deps, "viewer-units"), unit);
  else await deps.store.redis.srem(k(deps, "viewer-units"), unit);
  await deps.store.audit({ at: deps.clock().toISOString(), who: admin.id, channel: "console", text: "unit view", target: unit, action: allow ? "console_unit_view_allowed" : "console_unit_view_revoked", from: null, to: null });
}

/** An active admin; or an active leader of a unit allowed to view (who then sees only their unit, read only). */
export async function maySignIn(deps: AppDeps, o: Official): Promise<boolean> {
  if (o.active === false) return false;
  if (o.role === "admin") return true;
  return (await deps.store.redis.sismember(k(deps, "viewer-units"), o.unit)) === 1;
}

async function bump(deps: AppDeps, key: string): Promise<number> {
  const [[, n]] = (await deps.store.redis.multi().incr(key).expire(key, ATTEMPT_WINDOW_SECONDS, "NX").exec()) as [[unknown, number], unknown];
  return n;
}

export async function createSession(deps: AppDeps, officialId: string): Promise<Session> {
  const id = randomBytes(18).toString("base64url");
  const s = { officialId, csrf: randomBytes(18).toString("base64url"), createdAt: deps.clock().toISOString() };
  await deps.store.redis.set(k(deps, "session", id), JSON.stringify(s), "EX", SESSION_TTL_SECONDS);
  return { ...s, id };
}

export async function getSession(deps: AppDeps, id: string): Promise<Session | null> {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(id)) return null;
  const s = readJson(SessionSchema, await deps.store.redis.get(k(deps, "session", id)), k(deps, "session", id));
  return s ? { ...s, id } : null;
}

export async function endSession(deps: AppDeps, s: Session): Promise<void> {
  await deps.store.redis.del(k(deps, "session", s.id));
  await deps.store.audit({ at: deps.clock().toISOString(), who: s.officialId, channel: "console", text: "logout", target: s.officialId, action: "console_logout", from: null, to: null });
}

/**
 * The key that signs session cookies: DONDOC_CONSOLE_SECRET when set, otherwise one generated once
 * and kept in Redis, so that every web process on this Redis signs alike and a restart logs no one out.
 */
export async function consoleSecret(deps: AppDeps, fromEnv: string | undefined): Promise<string> {
  if (fromEnv) return fromEnv;
  const key = k(deps, "secret");
  await deps.store.redis.set(key, randomBytes(32).toString("base64url"), "NX");
  return (await deps.store.redis.get(key))!;
}
