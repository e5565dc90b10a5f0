/** Text files: UTF-8 (with or without its BOM) or UTF-16 as Windows' Notepad saves "Unicode". */
import { IntakeProblem } from "./messages.ts";

export function decodeTextFile(bytes: Buffer, encoding: "utf-8" | "utf-16le" | "utf-16be"): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (err: unknown) {
    throw new IntakeProblem("not_utf8", {}, { cause: err });
  }
}
