import type { ServerResponse } from "node:http";
import { sendJson, sendNginxError } from "./http.ts";

/**
 * "500": the API's own JSON error; "502": nginx's HTML page; "hang": never answers (the client's
 * timeout must fire); "drop": the TCP connection is destroyed without an answer.
 */
export type FaultKind = "500" | "502" | "hang" | "drop";

/** "before": the request had no effect. "after": it took effect (a message WAS delivered) but the answer is lost. */
export type FaultPhase = "before" | "after";

export interface Fault {
  kind: FaultKind;
  phase: FaultPhase;
}

export interface FaultOptions {
  /** Share of matching requests that fail, 0–1. Default 0. */
  ratio?: number;
  /** Kinds drawn from, uniformly. Default ["500"]. */
  kinds?: FaultKind[];
  /** Phase of drawn faults; "any" draws it too. Default "before". */
  phase?: FaultPhase | "any";
  /** Methods (or paths) faults apply to. Default: every method. */
  methods?: string[];
  /** PRNG seed, so a run's faults repeat exactly. Default 1. */
  seed?: number;
}

/** mulberry32: small, seedable, good enough to spread faults. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Decides, request by request, whether to fail: a scripted sequence first, then the random ratio. */
export class FaultInjector {
  private options: Required<Omit<FaultOptions, "methods">> & { methods?: string[] };
  private random: () => number;
  private scripted: Array<Fault | null> = [];
  /** Faults served, per kind. */
  readonly counts: Record<FaultKind, number> = { "500": 0, "502": 0, hang: 0, drop: 0 };
  private readonly hung = new Set<ServerResponse>();

  constructor(options: FaultOptions = {}) {
    this.options = { ratio: 0, kinds: ["500"], phase: "before", seed: 1, ...options };
    this.random = prng(this.options.seed);
  }

  /** Replaces the random plan (and re-seeds it). */
  configure(options: FaultOptions): void {
    this.options = { ratio: 0, kinds: ["500"], phase: "before", seed: 1, ...options };
    this.random = prng(this.options.seed);
  }

  /** The next matching requests get these, in order (null = no fault), before the ratio applies again. */
  script(faults: Array<Fault | null>): void {
    this.scripted.push(...faults);
  }

  /** Draws the fault for one request to `method`, or null. */
  next(method: string): Fault | null {
    const { methods, ratio, kinds, phase } = this.options;
    if (methods && !methods.includes(method)) return null;
    if (this.scripted.length > 0) return this.scripted.shift() ?? null;
    if (ratio <= 0 || this.random() >= ratio) return null;
    const kind = kinds[Math.floor(this.random() * kinds.length)] ?? "500";
    const drawn: FaultPhase = phase === "any" ? (this.random() < 0.5 ? "before" : "after") : phase;
    return { kind, phase: drawn };
  }

  /** Serves `fault` on `res`; `apiError` is the platform's JSON body for a "500". */
  serve(res: ServerResponse, fault: Fault, apiError: unknown): void {
    this.counts[fault.kind] += 1;
    switch (fault.kind) {
      case "500":
        sendJson(res, 500, apiError);
        return;
      case "502":
        sendNginxError(res, 502);
        return;
      case "hang":
        // Held until the client gives up or the server closes (close() destroys every connection).
        this.hung.add(res);
        res.on("close", () => this.hung.delete(res));
        return;
      case "drop":
        res.socket?.destroy();
        return;
    }
  }

  get total(): number {
    return this.counts["500"] + this.counts["502"] + this.counts.hang + this.counts.drop;
  }
}
