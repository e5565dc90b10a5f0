import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One redis-server for the whole run, started on a free port in a temp dir (see test/support/redis-server.ts).
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // The tests that use Redis each take their own key prefix and queue names, so files may run in parallel.
    fileParallelism: true,
  },
});
