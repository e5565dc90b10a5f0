/**
 * The twelfth blind round (see blind12-replies.ts): measured at 0.660 exact with eight false closes before anything was changed
 * for it. It must never read "done" where its writers did not; the exact readings are held at the floor measured after this
 * round's fixes (`npx tsx test/core/reply/score.ts --rows blind12` lists the misses).
 */
import { describeBlindRound } from "./blind-round.ts";
import { BLIND12_C, BLIND12_D, BLIND12_NOW } from "./blind12-replies.ts";

describeBlindRound("twelfth round of replies written blind", [...BLIND12_C, ...BLIND12_D], BLIND12_NOW, { rows: 300, exact: 0.81, kinds: 0.86 });
