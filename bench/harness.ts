/** Small timing helpers for benchmarks: medians over many runs, after a warm-up. */

export interface Timing {
  medianMs: number;
  p95Ms: number;
  runs: number;
}

/** Runs `fn` `warmup` times, then `runs` times, and returns the median and 95th percentile in ms. */
export function time(fn: () => void, runs = 200, warmup = 20): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return {
    medianMs: samples[Math.floor(samples.length / 2)] ?? 0,
    p95Ms: samples[Math.floor(samples.length * 0.95)] ?? 0,
    runs,
  };
}

/** Formats a number with a fixed count of decimals. */
export const fmt = (n: number, digits = 2): string => n.toFixed(digits);

/** Prints rows as an aligned text table. */
export function table(rows: Array<Record<string, string | number>>): void {
  if (!rows.length) return;
  const cols = Object.keys(rows[0]!);
  const width = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(width[i]!)).join("  ");
  console.log(line(cols));
  for (const r of rows) console.log(line(cols.map((c) => String(r[c] ?? ""))));
}
