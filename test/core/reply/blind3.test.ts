/**
 * The third blind round (see blind3-replies.ts): the reader must hold on language it was not tuned on,
 * and must never read "done" where the helpers did not.
 */
import { describe, expect, it } from "vitest";
import { understandReply } from "../../../src/core/reply/understand.ts";
import { BLIND3_A, BLIND3_B, BLIND3_NOW } from "./blind3-replies.ts";
import { comparable, falseDones, parseSpec } from "./spec.ts";

const ALL = [...BLIND3_A, ...BLIND3_B];

describe("understandReply: third round of replies written blind", () => {
  it("holds the 256 replies of both sets", () => { expect(ALL).toHaveLength(256); });

  it.each(ALL)("%j → %s", (text, spec) => {
    const expected = parseSpec(spec);
    expect(comparable(understandReply(text, BLIND3_NOW), expected)).toEqual(expected);
  });

  it("reads no reply as done unless the helpers did", () => {
    expect(falseDones(ALL, BLIND3_NOW)).toEqual([]);
  });
});
