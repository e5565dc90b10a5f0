/** /healthz's queue report: backlog per state and the oldest waiting job, from the real queues. */
import { Queue } from "bullmq";
import { describe, expect, it } from "vitest";
import { checkHealth } from "../../src/http/health.ts";
import { withRedis } from "../support/redis.ts";

describe("checkHealth", () => {
  it("reports each queue's backlog and how long its oldest ready job has waited", () => withRedis(async (redis, prefix) => {
    const q = new Queue("deliver-web", { connection: redis, prefix: `${prefix}q` });
    const first = await q.add("due", { n: 1 });
    await new Promise((r) => setTimeout(r, 30));
    await q.add("due", { n: 2 });
    await q.add("due", { n: 3 }, { delay: 60_000 });
    const report = await checkHealth({ redis, role: "web", queues: [q], channels: () => ({ web: { configured: true } }) }, first.timestamp + 12_000);
    expect(report).toMatchObject({
      status: "ok", role: "web", redis: { status: "up" }, channels: { web: { configured: true } },
      queues: { "deliver-web": { waiting: 2, delayed: 1, active: 0, failed: 0, oldestWaitingSeconds: 12 } },
    });
    await q.obliterate({ force: true });
    await q.close();
  }));
});
