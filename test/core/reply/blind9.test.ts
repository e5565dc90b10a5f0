/**
 * The sixth blind round (see blind9-replies.ts): language the reader was not tuned on. It must never
 * read "done" where the helper did not; the exact readings are held at the floor measured after this
 * round's fixes (the misses are listed by `npx tsx test/core/reply/score.ts --rows blind9`).
 */
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { understandReply } from "../../../src/core/reply/understand.ts";
import { BLIND9, BLIND9_NOW } from "./blind9-replies.ts";
import { comparable, falseDones, parseSpec } from "./spec.ts";

const ALL = BLIND9;

describe("understandReply: ninth round of replies written blind", () => {
  it("holds the 150 replies", () => { expect(ALL).toHaveLength(150); });

  it("reads no reply as done unless the helpers did", () => {
    expect(falseDones(ALL, BLIND9_NOW)).toEqual([]);
  });

  it("reads at least 85% of them exactly as the helpers did, and 87% with the right kinds", () => {
    let exact = 0;
    let kinds = 0;
    for (const [text, spec] of ALL) {
      const expected = parseSpec(spec);
      const got = comparable(understandReply(text, BLIND9_NOW), expected);
      if (isDeepStrictEqual(got, expected)) exact++;
      if (isDeepStrictEqual(got.map((g) => g.kind), expected.map((e) => e.kind))) kinds++;
    }
    expect({ exact: exact / ALL.length >= 0.89, kinds: kinds / ALL.length >= 0.90 }, `${exact} exact, ${kinds} kinds of ${ALL.length}`).toEqual({ exact: true, kinds: true });
  });
});
