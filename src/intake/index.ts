/** The intake module's public face: bytes or a link in, the notice's text (or one message) out. */
export { intakeBytes, intakeUrl, looksLikeLink } from "./intake.ts";
export { intakeNotes, lowConfidenceTasks } from "./flags.ts";
export type { IntakeFailure, IntakeKind, IntakeOptions, IntakeResult, IntakeSource, IntakeText, IntakeTools } from "./types.ts";
