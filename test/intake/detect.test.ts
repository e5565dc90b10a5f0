import { describe, expect, it } from "vitest";
import { detect, oleFlavour } from "../../src/intake/detect.ts";
import { notice147Docx } from "./support/fixtures.ts";
import { passwordDocx, word97Doc } from "./support/office.ts";

const utf16 = (s: string, order: "le" | "be", bom: boolean) => {
  const le = Buffer.from(`${bom ? "\uFEFF" : ""}${s}`, "utf16le");
  return order === "le" ? le : Buffer.from(le.map((_, i) => le[i ^ 1]!));
};

describe("detect: by content, whatever the file is called", () => {
  it.each([
    ["a notice in UTF-8", Buffer.from("THÔNG BÁO\nSố: 147/TB-UBND"), { kind: "text", encoding: "utf-8" }],
    ["UTF-8 with Notepad's BOM", Buffer.from("\uFEFFTHÔNG BÁO"), { kind: "text", encoding: "utf-8" }],
    ["UTF-16 LE with BOM (Notepad's 'Unicode')", utf16("THÔNG BÁO số 147", "le", true), { kind: "text", encoding: "utf-16le" }],
    ["UTF-16 BE with BOM", utf16("THÔNG BÁO số 147", "be", true), { kind: "text", encoding: "utf-16be" }],
    ["UTF-16 LE without BOM", utf16("Thông báo số 147/TB-UBND ngày 07/4/2022", "le", false), { kind: "text", encoding: "utf-16le" }],
    ["a saved web page", Buffer.from("<!DOCTYPE html>\n<html lang=\"vi\"><body>…</body></html>"), { kind: "html", encoding: "utf-8" }],
    ["a .docx", notice147Docx(), { kind: "zip" }],
    ["a PDF", Buffer.from("%PDF-1.7\n%âãÏÓ\n"), { kind: "pdf" }],
    ["a PDF behind a few bytes of junk", Buffer.concat([Buffer.from("\r\n\r\n"), Buffer.from("%PDF-1.4\n")]), { kind: "pdf" }],
    ["a JPEG", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), { kind: "jpeg" }],
    ["a PNG", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), { kind: "png" }],
    ["an OLE file", word97Doc(), { kind: "ole" }],
    ["an empty file", Buffer.alloc(0), { kind: "empty" }],
    ["a GIF", Buffer.from("474946383961010001000000", "hex"), { kind: "binary" }],
  ])("%s", (_, bytes, expected) => {
    expect(detect(bytes)).toEqual(expected);
  });

  it("tells a password-protected Office file from a Word 97 .doc", () => {
    expect(oleFlavour(passwordDocx())).toBe("encrypted");
    expect(oleFlavour(word97Doc())).toBe("doc");
  });
});
