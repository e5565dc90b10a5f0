/**
 * /healthz: Redis (and how long it took to answer), each queue's backlog and its oldest waiting
 * job, each channel, and the last daily re-plan. 200 while Redis answers, 503 when it does not —
 * the HTTP server itself stays up, so a load balancer or `docker` sees the difference.
 */
import type { Queue } from "bullmq";

export interface QueueHealth {
  waiting: number;
  delayed: number;
  active: number;
  failed: number;
  /** Age of the oldest job ready to run and not yet taken, in seconds; 0 when none waits. */
  oldestWaitingSeconds: number;
}

export interface HealthReport {
  status: "ok" | "unavailable";
  role?: string;
  redis: { status: "up" | "down"; latencyMs?: number; target?: string };
  queues?: Record<string, QueueHealth>;
  channels?: Record<string, unknown>;
  daily?: { lastRunAt: string | null; lastOutcome: "ok" | "failed" | null; result?: unknown; error?: string };
}

export interface HealthSources {
  redis: { ping(): Promise<string> };
  /** Shown as redis.target (never with a password). */
  redisLabel?: string;
  role?: string;
  queues?: Queue[];
  channels?: () => Record<string, unknown>;
  /** The control queue, whose finished "daily" jobs tell when the last re-plan ran. */
  control?: Queue;
  /** Redis must answer within this. Default 1_000 ms. */
  timeoutMs?: number;
}

function within<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([p, new Promise<never>((_, rej) => { timer = setTimeout(() => rej(new Error("timeout")), ms); })]).finally(() => clearTimeout(timer));
}

async function queueHealth(q: Queue, now: number): Promise<QueueHealth> {
  const counts = await q.getJobCounts("waiting", "delayed", "active", "failed", "prioritized");
  // Ascending from the start of "wait": the job that has been ready longest.
  const [oldest] = await q.getJobs(["wait"], 0, 0, true);
  const readySince = oldest ? oldest.timestamp + (oldest.delay ?? 0) : now;
  return {
    waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0), delayed: counts.delayed ?? 0, active: counts.active ?? 0, failed: counts.failed ?? 0,
    oldestWaitingSeconds: Math.max(0, Math.round((now - readySince) / 1000)),
  };
}

async function lastDaily(control: Queue): Promise<NonNullable<HealthReport["daily"]>> {
  const [done] = await control.getJobs(["completed"], 0, 0, false);
  const [failed] = await control.getJobs(["failed"], 0, 0, false);
  const last = [done, failed].filter((j) => j?.finishedOn).sort((a, b) => b!.finishedOn! - a!.finishedOn!)[0];
  if (!last) return { lastRunAt: null, lastOutcome: null };
  const ok = last === done;
  return { lastRunAt: new Date(last.finishedOn!).toISOString(), lastOutcome: ok ? "ok" : "failed", ...(ok ? { result: last.returnvalue } : { error: last.failedReason }) };
}

export async function checkHealth(s: HealthSources, now: number = Date.now()): Promise<HealthReport> {
  const timeoutMs = s.timeoutMs ?? 1_000;
  const t0 = performance.now();
  const up = await within(s.redis.ping(), timeoutMs).then(() => true, () => false);
  const redis: HealthReport["redis"] = { status: up ? "up" : "down", ...(up ? { latencyMs: Math.round((performance.now() - t0) * 10) / 10 } : {}), ...(s.redisLabel ? { target: s.redisLabel } : {}) };
  const report: HealthReport = { status: up ? "ok" : "unavailable", ...(s.role ? { role: s.role } : {}), redis };
  if (s.channels) report.channels = s.channels();
  if (!up) return report;
  try {
    if (s.queues?.length) {
      const list = await within(Promise.all(s.queues.map((q) => queueHealth(q, now))), timeoutMs * 2);
      report.queues = Object.fromEntries(s.queues.map((q, i) => [q.name, list[i]!]));
    }
    if (s.control) report.daily = await within(lastDaily(s.control), timeoutMs);
  } catch {
    // Redis answered the ping but not the rest in time: still up; the details are left out.
  }
  return report;
}
