/**
 * Replies an independent tester wrote before running the reader (see fresh-replies.ts): the reader
 * must hold on language it was not tuned on, and must never read "done" where it is not.
 */
import { describe, expect, it } from "vitest";
import { understandReply } from "../../../src/core/reply/understand.ts";
import { FRESH_NOW, FRESH_REPLIES } from "./fresh-replies.ts";
import { comparable, falseDones, parseSpec } from "./spec.ts";

describe("understandReply: fresh replies written blind", () => {
  it.each(FRESH_REPLIES)("%j → %s", (text, spec) => {
    const expected = parseSpec(spec);
    expect(comparable(understandReply(text, FRESH_NOW), expected)).toEqual(expected);
  });

  it("reads no reply as done unless the tester did", () => {
    expect(falseDones(FRESH_REPLIES, FRESH_NOW)).toEqual([]);
  });
});
