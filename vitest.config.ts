import { defineConfig } from "vitest/config";

/**
 * Tests that run whole processes (npm start, --role workers, redis-servers of their own, Chromium).
 * They run after the others, one file at a time, so that their CPU does not upset the timing of the
 * fakes' rate-limit tests on a 2-core machine.
 */
const PROCESSES = [
  "test/e2e/process.test.ts", "test/e2e/scale-out.test.ts", "test/e2e/sandbox.browser.test.ts", "test/e2e/console.browser.test.ts", "test/e2e/redis-away.test.ts",
  "test/e2e/shutdown.test.ts", "test/cli/redis-rule.test.ts", "test/runtime/**/*.test.ts",
];

/** Intake's tests print PDFs, rasterise and OCR pages: seconds of both cores, run after the timing-sensitive rest. */
const INTAKE = ["test/intake/**/*.test.ts", "test/bot/attachment.test.ts"];

/**
 * Tests that time requests to about 10 ms (the fake Telegram's buckets, the channel's per-chat
 * spacing): on a 2-core machine other work shares, a scheduling delay alone can fail them. They
 * keep their thresholds and get two retries; a real regression fails all three tries.
 */
const TIMING = ["test/fakes/telegram-limits.test.ts", "test/channels/telegram/channel.test.ts"];

/** One redis-server for the whole run, started on a free port in a temp dir (see test/support/redis-server.ts). */
const REDIS = ["test/support/global-setup.ts"];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["**/node_modules/**", ...PROCESSES, ...TIMING, ...INTAKE],
          globalSetup: REDIS,
          // The tests that use Redis each take their own key prefix and queue names, so files may run in parallel.
          fileParallelism: true,
          sequence: { groupOrder: 0 },
        },
      },
      { extends: true, test: { name: "timing", include: TIMING, retry: 2, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: "intake", include: INTAKE, globalSetup: REDIS, sequence: { groupOrder: 1 } } },
      { extends: true, test: { name: "processes", include: PROCESSES, globalSetup: REDIS, fileParallelism: false, sequence: { groupOrder: 2 } } },
    ],
  },
});
