/** The roster fixtures, read through the real import so that resolution tests see what admins load. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Official } from "../../../src/core/model.ts";
import { readRoster } from "../../../src/roster/import.ts";

export const fixturePath = (name: string): string => fileURLToPath(new URL(`../../fixtures/roster/${name}`, import.meta.url));

export function loadRoster(name: string): Official[] {
  const result = readRoster(readFileSync(fixturePath(name)), name);
  if (!result.ok) throw new Error(result.errors.join("\n"));
  return result.officials;
}

/** Old unit name → current one, after the 2025 mergers of departments. */
export const ALIASES_2025: Record<string, string> = JSON.parse(readFileSync(fixturePath("aliases-2025.json"), "utf8"));
