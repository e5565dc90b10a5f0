import type { TestProject } from "vitest/node";
import { startRedisServer } from "./redis-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the Redis the tests may use: DONDOC_TEST_REDIS_URL, or a redis-server this run started. */
    redisUrl: string;
  }
}

/** Starts one private redis-server for the whole run (unless DONDOC_TEST_REDIS_URL points at one). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.DONDOC_TEST_REDIS_URL;
  if (external) {
    project.provide("redisUrl", external);
    return async () => {};
  }
  const redis = await startRedisServer();
  project.provide("redisUrl", redis.url);
  return () => redis.stop();
}
