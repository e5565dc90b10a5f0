/**
 * The fourteenth blind round (see blind14-replies.ts): measured at 0.698 exact over its first 600 with four false closes (sets K and L, held out, 0.807 and 0.700 with two each after the others were worked on) before anything was
 * changed for it. It must never read "done" where its writers did not; the exact readings are held at the floor measured after this
 * round's fixes (`npx tsx test/core/reply/score.ts --rows blind14` lists the misses).
 */
import { describeBlindRound } from "./blind-round.ts";
import { BLIND14_G, BLIND14_H, BLIND14_I, BLIND14_J, BLIND14_K, BLIND14_L, BLIND14_NOW } from "./blind14-replies.ts";

describeBlindRound("fourteenth round of replies written blind", [...BLIND14_G, ...BLIND14_H, ...BLIND14_I, ...BLIND14_J, ...BLIND14_K, ...BLIND14_L], BLIND14_NOW, { rows: 900, exact: 0.79, kinds: 0.84 });
