/**
 * An admin sends the notice in chat as a file, a photo or a link: the same preview as a pasted notice, with how
 * it was read under it; what cannot be read is one line and nothing is kept for confirmation.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AppDeps } from "../../src/app/deps.ts";
import { handleInbound } from "../../src/bot/handle.ts";
import { MemoryChannel } from "../../src/channels/memory.ts";
import type { InboundMessage } from "../../src/channels/port.ts";
import { createHarness, official, type Harness } from "../support/harness.ts";
import { notice147Pdf, notice147Photo } from "../intake/support/fixtures.ts";
import { passwordPdf } from "../intake/support/pdf.ts";
import { noticePost } from "../intake/support/portal.ts";
import { send, serve, type TestServer } from "../intake/support/server.ts";

/** The memory channel with the files users sent, as the Telegram adapter downloads them. */
class FilesChannel extends MemoryChannel {
  readonly files = new Map<string, Buffer>();
  async download(fileId: string, maxBytes = 20_000_000): Promise<Buffer> {
    const f = this.files.get(fileId);
    if (!f || f.length > maxBytes) throw new Error(`no file ${fileId}`);
    return f;
  }
}

const ADMIN = official("ADM", { role: "admin", fullName: "Trần Thị Quản Trị", unit: "Văn phòng UBND tỉnh", telegramChatId: "900" });
let h: Harness;
let tg: FilesChannel;
let deps: AppDeps;
let seq = 0;
let site: TestServer;

beforeAll(async () => {
  const pdf = await notice147Pdf();
  site = await serve({ "/tin/tb147.aspx": send("text/html; charset=utf-8", noticePost("/files/147.pdf")), "/files/147.pdf": send("application/pdf", pdf) });
}, 60_000);
afterAll(() => site.close());
beforeEach(async () => {
  tg = new FilesChannel("telegram");
  h = await createHarness([tg]);
  deps = { ...h.deps, available: new Set(["telegram"] as const) };
  await h.store.saveOfficials([ADMIN]);
});
afterEach(async () => { await h.close(); });

async function admin(extra: Partial<InboundMessage>): Promise<{ text: string; buttons: string[] }> {
  const before = tg.to("900").length;
  await handleInbound(deps, { channel: "telegram", chatId: "900", userId: "900", text: "", messageId: `a${++seq}`, replyToMessageId: null, buttonData: null, at: new Date(), ...extra });
  const [m] = tg.to("900").slice(before);
  return { text: m!.text, buttons: (m!.buttons ?? []).flat().map((b) => b.label) };
}

const pending = async () => (await h.redis.keys(`${h.store.prefix}pending-import:*`)).length;

describe("notices sent in chat", () => {
  it("a photo: the preview, its OCR confidence, and the task to check by the number the preview gives it", async () => {
    tg.files.set("p1", await notice147Photo());
    const r = await admin({ document: { fileId: "p1", fileName: "photo.jpg", mimeType: "image/jpeg" } });
    expect(r.text).toMatch(/^Bản xem trước: Thông báo số 147\/TB-UBND ngày 07\/04\/2022\n7 nhiệm vụ:/);
    expect(r.text).toMatch(/\n• Đã nhận dạng chữ \(OCR\) từ ảnh chụp; độ tin cậy trung bình \d+%\./);
    expect(r.text).toMatch(/\n• Nhiệm vụ có dòng nhận dạng chưa chắc chắn, cần kiểm tra lại: 3\.$/);
    expect(r.buttons).toEqual(["Xác nhận", "Hủy"]);
    expect(await pending()).toBe(1);
  }, 60_000);

  it("a PDF locked with a password: one line, nothing kept", async () => {
    tg.files.set("d1", passwordPdf());
    const r = await admin({ document: { fileId: "d1", fileName: "tb.pdf", mimeType: "application/pdf" } });
    expect(r).toEqual({
      text: "Không đọc được nội dung văn bản: Tệp PDF được đặt mật khẩu nên không đọc được: xin gỡ mật khẩu (hoặc lưu một bản không đặt mật khẩu) rồi gửi lại.\nXin Đồng chí kiểm tra lại (dán nội dung văn bản, hoặc gửi tệp .txt, .docx, .pdf, ảnh chụp văn bản).",
      buttons: [],
    });
    expect(await pending()).toBe(0);
  });

  it("a file the platform no longer has", async () => {
    expect((await admin({ document: { fileId: "gone", fileName: "tb.docx", mimeType: null } })).text)
      .toBe("Không đọc được nội dung văn bản: không tải được tệp đính kèm (tệp quá 20 MB, hoặc đã bị xóa)\nXin Đồng chí kiểm tra lại (dán nội dung văn bản, hoặc gửi tệp .txt, .docx, .pdf, ảnh chụp văn bản).");
  });

  it("a link while link reading is off", async () => {
    expect((await admin({ text: `${site.origin}/tin/tb147.aspx` })).text)
      .toMatch(/^Không đọc được nội dung văn bản: Chức năng đọc liên kết đang tắt: quản trị hệ thống bật bằng biến môi trường DONDOC_FETCH_URLS=1/);
    expect(await pending()).toBe(0);
  });

  it("a link with link reading on: the attachment's tasks, and which file was read", async () => {
    deps = { ...deps, intake: { fetchUrls: true, fetch: { allowLoopback: true } } };
    const r = await admin({ text: ` ${site.origin}/tin/tb147.aspx ` });
    expect(r.text).toMatch(/^Bản xem trước: Thông báo số 147\/TB-UBND ngày 07\/04\/2022\n7 nhiệm vụ:/);
    expect(r.text).toContain(`\n• Đã đọc tệp đính kèm ${site.origin}/files/147.pdf của trang ${site.origin}/tin/tb147.aspx`);
    expect(r.buttons).toEqual(["Xác nhận", "Hủy"]);
  });

  it("a leader's link is no import: nothing is fetched, it is read as a reply", async () => {
    deps = { ...deps, intake: { fetchUrls: true, fetch: { allowLoopback: true } } };
    await h.store.saveOfficials([official("STC", { telegramChatId: "101" })]);
    const fetched = site.requested.length;
    await handleInbound(deps, { channel: "telegram", chatId: "101", userId: "101", text: `${site.origin}/tin/tb147.aspx`, messageId: `l${++seq}`, replyToMessageId: null, buttonData: null, at: new Date() });
    expect(tg.to("101")[0]!.text).not.toContain("Bản xem trước");
    expect(site.requested.length).toBe(fetched);
  });
});
