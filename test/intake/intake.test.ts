/**
 * Must show 2: every input that cannot be imported gets one clear line, Vietnamese first, saying what to do;
 * nothing is returned to import. Messages pinned as the admin reads them.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { intakeBytes, type IntakeOptions } from "../../src/intake/index.ts";
import { buildDocx } from "./support/docx.ts";
import { blankJpeg, blankPage, notice147Docx } from "./support/fixtures.ts";
import { encodePng } from "./support/image.ts";
import { passwordDocx, word97Doc, workbook } from "./support/office.ts";
import { imagePdf, passwordPdf } from "./support/pdf.ts";

async function refusal(bytes: Buffer, options: IntakeOptions = {}): Promise<string> {
  const r = await intakeBytes(bytes, options);
  if (r.ok) throw new Error(`imported: ${r.text.slice(0, 80)}`);
  expect(r.message).not.toContain("\n");
  return r.message;
}

describe("files that are not a notice's text", () => {
  it("an empty file", async () => {
    expect(await refusal(Buffer.alloc(0))).toMatchInlineSnapshot(`"Tệp trống: không có nội dung để phân tích (empty file)."`);
  });

  it("a binary file of no kind intake reads (a GIF)", async () => {
    expect(await refusal(Buffer.from("474946383961010001000000002c", "hex"))).toMatchInlineSnapshot(`"Tệp không phải văn bản (binary file): hệ thống đọc được tệp .txt (UTF-8), Word .docx, PDF và ảnh chụp JPEG, PNG."`);
  });

  it("text in an old code page (Windows-1258), not UTF-8", async () => {
    expect(await refusal(Buffer.from([0x54, 0xf4, 0x69, 0x20, 0xe8, 0x69]))).toMatchInlineSnapshot(`"Tệp không phải văn bản UTF-8 (not UTF-8 text): hãy lưu lại tệp với mã hóa UTF-8."`);
  });

  it("a file over the size cap", async () => {
    expect(await refusal(Buffer.concat([notice147Docx(), Buffer.alloc(1_500_000)]), { maxBytes: 1_000_000 })).toMatchInlineSnapshot(`"Tệp quá lớn (1.5 MB, tối đa 1 MB): xin gửi bản nhỏ hơn, ví dụ chỉ các trang có nội dung chỉ đạo."`);
  });

  it("a .docx cut off in the download", async () => {
    const docx = notice147Docx();
    expect(await refusal(docx.subarray(0, Math.floor(docx.length / 2)))).toMatchInlineSnapshot(`"Tệp Word .docx bị hỏng hoặc không đầy đủ nên không mở được: xin lưu hoặc xuất lại tệp rồi gửi lại."`);
  });

  it("a .docx with nothing written in it", async () => {
    expect(await refusal(buildDocx([]))).toMatchInlineSnapshot(`"Tệp Word .docx không có chữ nào để đọc: xin kiểm tra lại tệp."`);
  });

  it("an Excel workbook", async () => {
    expect(await refusal(workbook())).toMatchInlineSnapshot(`"Tệp này là Excel .xlsx, không phải văn bản Word (.docx): xin lưu văn bản dưới dạng .docx hoặc PDF rồi gửi lại."`);
  });

  it("a Word file saved with a password", async () => {
    expect(await refusal(passwordDocx())).toMatchInlineSnapshot(`"Tệp Office (Word, Excel) được đặt mật khẩu nên không đọc được: xin gỡ mật khẩu (hoặc lưu một bản không đặt mật khẩu) rồi gửi lại."`);
  });

  it("a Word 97–2003 .doc", async () => {
    expect(await refusal(word97Doc())).toMatchInlineSnapshot(`"Đây là tệp Word đời cũ (.doc): xin mở bằng Word, lưu lại dưới dạng .docx hoặc PDF rồi gửi lại."`);
  });

  it("a PDF locked with a password", async () => {
    expect(await refusal(passwordPdf())).toMatchInlineSnapshot(`"Tệp PDF được đặt mật khẩu nên không đọc được: xin gỡ mật khẩu (hoặc lưu một bản không đặt mật khẩu) rồi gửi lại."`);
  });

  it("a damaged PDF", async () => {
    expect(await refusal(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0, 1, 2]))).toMatchInlineSnapshot(`"Tệp PDF bị hỏng hoặc không đầy đủ nên không mở được: xin lưu hoặc xuất lại tệp rồi gửi lại."`);
  });

  it("an empty scan: a blank page as a scanned PDF, and photographed as JPEG", async () => {
    expect(await refusal(imagePdf([blankPage()], 150))).toMatchInlineSnapshot(`"Không nhận dạng được chữ nào trên ảnh chụp hoặc bản quét (trang trắng, ảnh quá mờ hoặc quá nhỏ): xin chụp hoặc quét lại rõ hơn, thẳng trang, đủ sáng."`);
    expect(await refusal(await blankJpeg())).toMatchInlineSnapshot(`"Không nhận dạng được chữ nào trên ảnh chụp hoặc bản quét (trang trắng, ảnh quá mờ hoặc quá nhỏ): xin chụp hoặc quét lại rõ hơn, thẳng trang, đủ sáng."`);
  });

  it("a saved web page without an article", async () => {
    const { frontPage } = await import("./support/portal.ts");
    expect(await refusal(Buffer.from(frontPage()))).toMatchInlineSnapshot(`"Trang HTML không có bài viết nào để đọc (có thể là trang chủ hoặc trang danh sách tin): xin gửi liên kết của chính bài thông báo."`);
  });

  it("a scan longer than the OCR page limit", async () => {
    const small = { width: 300, height: 420, pixels: Buffer.alloc(300 * 420, 250) };
    expect(await refusal(imagePdf([small, small, small], 36), { maxOcrPages: 2 })).toMatchInlineSnapshot(`"Bản quét có 3 trang, nhiều hơn số trang nhận dạng được một lần (2 trang): xin gửi riêng các trang có nội dung chỉ đạo."`);
  });

  it("in English for an admin who reads English", async () => {
    expect(await refusal(passwordPdf(), { locale: "en" })).toMatchInlineSnapshot(`"The PDF file is protected by a password and cannot be read: please remove the password (or save a copy without one) and resend it."`);
  });
});

describe("what the server lacks, named with the command that installs it", () => {
  it("no Tesseract", async () => {
    expect(await refusal(encodePng(blankPage()), { tools: { tesseract: "/nonexistent/tesseract" } })).toMatchInlineSnapshot(`"Máy chủ chưa cài Tesseract OCR nên chưa đọc được ảnh chụp, bản quét: quản trị hệ thống cài bằng lệnh apt-get install tesseract-ocr tesseract-ocr-vie."`);
  });

  it("Tesseract without its Vietnamese data", async () => {
    const empty = await mkdtemp(join(tmpdir(), "dondoc-tessdata-"));
    try {
      expect(await refusal(encodePng(blankPage()), { tools: { tessdataDir: empty } })).toMatchInlineSnapshot(`"Tesseract OCR chưa có dữ liệu tiếng Việt nên chưa đọc được ảnh chụp, bản quét: quản trị hệ thống cài bằng lệnh apt-get install tesseract-ocr-vie."`);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });

  it("no poppler", async () => {
    expect(await refusal(passwordPdf(), { tools: { pdftotext: "/nonexistent/pdftotext" } })).toMatchInlineSnapshot(`"Máy chủ chưa cài poppler-utils (pdftotext, pdftoppm) nên chưa đọc được tệp PDF: quản trị hệ thống cài bằng lệnh apt-get install poppler-utils."`);
  });
});
