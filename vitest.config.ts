import { defineConfig } from "vitest/config";

/** Intake's tests print PDFs, rasterise and OCR pages: seconds of both cores, run after the timing-sensitive rest. */
const INTAKE = ["test/intake/**/*.test.ts", "test/bot/attachment.test.ts"];

export default defineConfig({
  test: {
    // One redis-server for the whole run, started on a free port in a temp dir (see test/support/redis-server.ts).
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The tests that use Redis each take their own key prefix and queue names, so files may run in parallel.
    fileParallelism: true,
    projects: [
      { extends: true, test: { name: "dondoc", include: ["test/**/*.test.ts"], exclude: INTAKE, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: "intake", include: INTAKE, sequence: { groupOrder: 1 } } },
    ],
  },
});
