/** /metrics' own pieces: what an inbound message counts as, and several BullMQ exports merged into valid text. */
import { describe, expect, it } from "vitest";
import { intentsOf, mergeExpositions, Metrics } from "../src/metrics.ts";
import type { InboundMessage } from "../src/channels/port.ts";

const msg = (over: Partial<InboundMessage>): InboundMessage => ({
  channel: "web", chatId: "1", userId: "1", text: "", messageId: "m", replyToMessageId: null, buttonData: null, at: new Date("2026-12-02T09:00:00+07:00"), ...over,
});

describe("intentsOf", () => {
  it.each([
    [{ text: "xong" }, ["done"]],
    [{ text: "1 xong, 2 đạt 70%" }, ["done", "progress"]],
    [{ text: "xin gia hạn đến 30/6" }, ["extension"]],
    [{ text: "/nhiemvu" }, ["command"]],
    [{ text: "Hoàn thành", buttonData: "d:abcd1234" }, ["button_d"]],
    [{ text: "hôm nay trời đẹp" }, ["unknown"]],
  ] as Array<[Partial<InboundMessage>, string[]]>)("%o → %o", (m, kinds) => {
    expect(intentsOf(msg(m), "Asia/Ho_Chi_Minh")).toEqual(kinds);
  });
});

describe("mergeExpositions", () => {
  it("keeps each metric's HELP and TYPE once, with every queue's samples under it", () => {
    const one = (q: string) => `# HELP bullmq_job_count Number of jobs in the queue by state\n# TYPE bullmq_job_count gauge\nbullmq_job_count{queue="${q}", state="waiting"} 1\n# HELP bullmq_job_completed_total Total number of completed jobs\n# TYPE bullmq_job_completed_total counter\nbullmq_job_completed_total{queue="${q}"} 3`;
    expect(mergeExpositions([one("inbound"), one("deliver-web")])).toMatchInlineSnapshot(`
      "# HELP bullmq_job_count Number of jobs in the queue by state
      # TYPE bullmq_job_count gauge
      bullmq_job_count{queue="inbound", state="waiting"} 1
      bullmq_job_count{queue="deliver-web", state="waiting"} 1
      # HELP bullmq_job_completed_total Total number of completed jobs
      # TYPE bullmq_job_completed_total counter
      bullmq_job_completed_total{queue="inbound"} 3
      bullmq_job_completed_total{queue="deliver-web"} 3"
    `);
  });
});

describe("Metrics", () => {
  it("counts a platform's 429 through the wrapped channel and times inbound handling", async () => {
    const m = new Metrics({ defaults: false });
    const { DeliveryError } = await import("../src/channels/port.ts");
    const limited = m.instrument({ name: "telegram", send: async () => { throw new DeliveryError("too many requests", false, "rate_limited", 1000); } });
    await expect(limited.send("1", { text: "x" })).rejects.toThrow("too many requests");
    await m.inbound(async () => {}, "Asia/Ho_Chi_Minh")(msg({ text: "xong" }), { lastAttempt: true });
    const text = await m.render();
    expect(text).toContain('dondoc_rate_limited_total{channel="telegram"} 1');
    expect(text).toContain('dondoc_replies_total{channel="web",intent="done"} 1');
    expect(text).toMatch(/dondoc_inbound_handling_seconds_count\{channel="web"\} 1/);
  });
});
