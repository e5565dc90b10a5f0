/** What a drill reports: its figures, whether each requirement held, and what it saw. */

export interface DrillOptions {
  /** The short form for CI: fewer recipients and kills, same checks. */
  short: boolean;
}

export interface Check {
  what: string;
  ok: boolean;
}

export interface DrillResult {
  name: string;
  figures: Record<string, string | number>;
  checks: Check[];
}

export type Drill = (options: DrillOptions) => Promise<DrillResult>;

export const check = (what: string, ok: boolean): Check => ({ what, ok });

/** Kill points spread over a run: `count` random fractions of `total`, sorted, between 5% and 90%. */
export function killPoints(count: number, total: number, seed = 1): number[] {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return Array.from({ length: count }, () => Math.round(total * (0.05 + 0.85 * random()))).sort((x, y) => x - y);
}
