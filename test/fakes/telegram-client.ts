import type { FakeTelegram } from "./telegram-server.ts";

/** The Bot API envelope, loosely typed for tests. */
export interface Envelope {
  ok: boolean;
  result?: any; // any: tests read arbitrary fields of whatever the method returned
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number };
}

/** Calls a Bot API method of the fake with plain fetch, as JSON (or form-encoded when `form` is set). */
export async function callBot(
  tg: Pick<FakeTelegram, "url" | "token">,
  method: string,
  params: Record<string, unknown> = {},
  options: { form?: boolean; token?: string; signal?: AbortSignal } = {},
): Promise<{ status: number; body: Envelope }> {
  const url = `${tg.url}/bot${options.token ?? tg.token}/${method}`;
  const body = options.form
    ? new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, typeof v === "string" ? v : JSON.stringify(v)]))
    : JSON.stringify(params);
  const headers = { "content-type": options.form ? "application/x-www-form-urlencoded" : "application/json" };
  const res = await fetch(url, { method: "POST", headers, body, ...(options.signal ? { signal: options.signal } : {}) });
  const text = await res.text();
  let parsed: Envelope;
  try {
    parsed = JSON.parse(text) as Envelope;
  } catch {
    parsed = { ok: false, description: text };
  }
  return { status: res.status, body: parsed };
}
