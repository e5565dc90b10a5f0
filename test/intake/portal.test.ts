/**
 * Must show 1 (the portal): the Notice 147 post, saved as the Bắc Kạn portal shows it and served on 127.0.0.1 with
 * its PDF attachment, gives the seven tasks, read from the attachment; without one, from the article.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDirective } from "../../src/core/directive/parse.ts";
import { intakeUrl, type IntakeOptions, type IntakeResult } from "../../src/intake/index.ts";
import { essentials, notice147Pdf, sampleTasks } from "./support/fixtures.ts";
import { frontPage, noticePost } from "./support/portal.ts";
import { send, serve, type TestServer } from "./support/server.ts";

const HTML = "text/html; charset=utf-8";
const ATTACHMENT = "/SiteAssets/VanBan/2022/147-TB-UBND.pdf";
const LOOPBACK: IntakeOptions = { fetchUrls: true, fetch: { allowLoopback: true } };
const reference = sampleTasks().map(essentials);

let site: TestServer;
beforeAll(async () => {
  const pdf = await notice147Pdf();
  site = await serve({
    "/tin-tuc/Lists/Posts/Post.aspx": send(HTML, noticePost(ATTACHMENT)),
    [ATTACHMENT]: send("application/pdf", pdf),
    "/tin-tuc/khong-tep.aspx": send(HTML, noticePost(null)),
    "/tin-tuc/tep-bi-xoa.aspx": send(HTML, noticePost("/SiteAssets/VanBan/da-xoa.pdf")),
    "/": send(HTML, frontPage()),
    "/rut-gon/tb147": (_req, res) => { res.writeHead(302, { location: "/tin-tuc/Lists/Posts/Post.aspx" }).end(); },
    "/van-ban/147.pdf": send("application/octet-stream", pdf),
  });
}, 60_000);
afterAll(() => site.close());

function tasksOf(r: IntakeResult) {
  if (!r.ok) throw new Error(r.message);
  const p = parseDirective(r.text);
  if (!p.ok) throw new Error(p.issues[0]!.message);
  return p.directive.tasks.map(essentials);
}

describe("a link to the portal's post", () => {
  it("reads the attached signed PDF instead of the summary, says so, and gives the seven tasks", async () => {
    const r = await intakeUrl(`${site.origin}/tin-tuc/Lists/Posts/Post.aspx`, LOOPBACK);
    expect(r).toMatchObject({ ok: true, kind: "pdf", source: { from: "attachment", url: `${site.origin}${ATTACHMENT}`, page: `${site.origin}/tin-tuc/Lists/Posts/Post.aspx` } });
    expect(tasksOf(r)).toEqual(reference);
    expect(r.ok && r.notes[0]).toBe(`Đã đọc tệp đính kèm ${site.origin}${ATTACHMENT} của trang ${site.origin}/tin-tuc/Lists/Posts/Post.aspx (bản đầy đủ, thay cho nội dung tóm tắt trên trang).`);
  });

  it("follows a redirect to the post", async () => {
    const r = await intakeUrl(`${site.origin}/rut-gon/tb147`, LOOPBACK);
    expect(r).toMatchObject({ ok: true, source: { from: "attachment", page: `${site.origin}/tin-tuc/Lists/Posts/Post.aspx` } });
  });

  it("reads the article when the post links no file, leaving the portal's menus, sidebar and footer out", async () => {
    const r = await intakeUrl(`${site.origin}/tin-tuc/khong-tep.aspx`, LOOPBACK);
    expect(r).toMatchObject({ ok: true, kind: "html", source: { from: "page" } });
    expect(tasksOf(r)).toEqual(reference);
    for (const chrome of ["Skip Ribbon", "Trang chủ", "Tin liên quan", "Thống kê truy cập", "Cơ quan chủ quản", "Facebook"]) expect(r.ok && r.text).not.toContain(chrome);
    expect(r.ok && r.notes).toEqual([`Đã đọc nội dung bài viết trên trang ${site.origin}/tin-tuc/khong-tep.aspx.`]);
  });

  it("falls back to the article when the attachment is gone, and says why", async () => {
    const r = await intakeUrl(`${site.origin}/tin-tuc/tep-bi-xoa.aspx`, LOOPBACK);
    expect(r).toMatchObject({ ok: true, kind: "html", source: { from: "page" } });
    expect(tasksOf(r)).toEqual(reference);
    expect(r.ok && r.notes[0]).toBe(`Không đọc được tệp đính kèm ${site.origin}/SiteAssets/VanBan/da-xoa.pdf (Máy chủ trả lời lỗi HTTP 404 cho ${site.origin}/SiteAssets/VanBan/da-xoa.pdf: xin kiểm tra lại liên kết); đã dùng nội dung bài viết trên trang.`);
  });

  it("reads a direct link to the PDF by its content, whatever the server calls it", async () => {
    const r = await intakeUrl(`${site.origin}/van-ban/147.pdf`, LOOPBACK);
    expect(r).toMatchObject({ ok: true, kind: "pdf", source: { from: "link" } });
    expect(tasksOf(r)).toEqual(reference);
  });
});

describe("links refused in one line", () => {
  const refused = async (path: string, options: IntakeOptions) => {
    const r = await intakeUrl(`${site.origin}${path}`, options);
    if (r.ok) throw new Error("read");
    return r.message.replace(site.origin, "http://127.0.0.1:PORT");
  };

  it("link reading is off unless DONDOC_FETCH_URLS=1", async () => {
    expect(await refused("/tin-tuc/Lists/Posts/Post.aspx", {})).toMatchInlineSnapshot(`"Chức năng đọc liên kết đang tắt: quản trị hệ thống bật bằng biến môi trường DONDOC_FETCH_URLS=1; hoặc tải văn bản về rồi gửi tệp."`);
  });

  it("a page without an article (the portal's front page)", async () => {
    expect(await refused("/", LOOPBACK)).toMatchInlineSnapshot(`"Trang http://127.0.0.1:PORT/ không có bài viết nào để đọc (có thể là trang chủ hoặc trang danh sách tin): xin gửi liên kết của chính bài thông báo."`);
  });

  it("a page that is not there", async () => {
    expect(await refused("/khong-co", LOOPBACK)).toMatchInlineSnapshot(`"Máy chủ trả lời lỗi HTTP 404 cho http://127.0.0.1:PORT/khong-co: xin kiểm tra lại liên kết."`);
  });
});
