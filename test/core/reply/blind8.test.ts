/**
 * The eighth blind round (see blind8-replies.ts): language the reader was not tuned on. It must never
 * read "done" where the helper did not; the exact readings are held at the floor measured after this
 * round's fixes (the misses are listed by `npx tsx test/core/reply/score.ts --rows blind8`).
 */
import { describeBlindRound } from "./blind-round.ts";
import { BLIND8, BLIND8_NOW } from "./blind8-replies.ts";

describeBlindRound("eighth round of replies written blind", BLIND8, BLIND8_NOW, { rows: 200, exact: 0.94, kinds: 0.95 });
