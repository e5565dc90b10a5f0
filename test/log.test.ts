/** The logger: JSON lines, stack traces and causes kept, credentials and what people wrote never written. */
import { describe, expect, it } from "vitest";
import { createLogger } from "../src/log.ts";

describe("createLogger", () => {
  it("writes one JSON line per event with its fields, the child's fields, and the error's stack and cause", () => {
    const lines: string[] = [];
    const log = createLogger("info", { service: "dondoc" }, (l) => lines.push(l)).child({ part: "http" });
    log.debug("not at info");
    log.error("send failed", { chat: "1001", err: new Error("socket hang up", { cause: new Error("ECONNRESET") }) });
    expect(lines).toHaveLength(1);
    const e = JSON.parse(lines[0]!) as Record<string, unknown> & { err: { message: string; stack: string } };
    expect(e).toMatchObject({ level: "error", msg: "send failed", service: "dondoc", part: "http", chat: "1001" });
    expect(e.err.message).toBe("socket hang up: ECONNRESET");
    expect(e.err.stack).toContain("caused by: Error: ECONNRESET");
    expect(typeof e.time).toBe("string");
  });

  it("redacts tokens, secrets and message texts by field name, at any of the first levels", () => {
    const lines: string[] = [];
    const log = createLogger("debug", {}, (l) => lines.push(l));
    log.warn("update", {
      token: "123456:AAH-secret-token", secret: "webhook-secret", update: { message: { text: "Nội dung riêng tư" } },
      body: "{\"text\":\"riêng tư\"}", headers: { authorization: "Bearer x" }, zalo: { access_token: "at", refresh_token: "rt" }, chat: "1001",
    });
    const line = lines.join("\n");
    for (const s of ["AAH-secret-token", "webhook-secret", "riêng tư", "Bearer x", '"at"', '"rt"']) expect(line).not.toContain(s);
    expect(line).toContain('"chat":"1001"');
    expect(line).toContain("[redacted]");
  });
});
