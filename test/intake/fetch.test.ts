/**
 * Links are fetched with care: http and https only, no private or loopback address (every address the name
 * resolves to, redirects included), a time limit, a size cap. Each refusal is one line, pinned.
 */
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchLink, type FetchOptions } from "../../src/intake/fetch.ts";
import { failure, IntakeProblem } from "../../src/intake/messages.ts";
import { send, serve, type TestServer } from "./support/server.ts";

let site: TestServer;
beforeAll(async () => {
  site = await serve({
    "/ok": send("text/plain; charset=utf-8", "xin chào"),
    // 3 MB of text that travels as 3 KB: the cap counts what it unpacks to.
    "/gzip": (_req, res) => { res.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" }).end(gzipSync(Buffer.alloc(3_000_000, 0x61))); },
    "/lon": send("application/pdf", Buffer.alloc(3_000_000)),
    "/treo": () => { /* never answers */ },
    "/sang-noi-bo": (_req, res) => { res.writeHead(302, { location: "http://10.20.30.40/tai-lieu.pdf" }).end(); },
    "/vong": (_req, res) => { res.writeHead(302, { location: "/vong" }).end(); },
  });
});
afterAll(() => site.close());

const LOOPBACK: FetchOptions = { allowLoopback: true, timeoutMs: 2_000, maxBytes: 1_000_000 };

async function refusal(link: string, options: FetchOptions = LOOPBACK): Promise<string> {
  try {
    await fetchLink(link, options);
  } catch (err: unknown) {
    if (!(err instanceof IntakeProblem)) throw err;
    return failure("vi", err.code, err.params).message.replace(site.origin, "http://127.0.0.1:PORT");
  }
  throw new Error(`fetched ${link}`);
}

describe("fetchLink", () => {
  it("downloads a public page (loopback opened for the test)", async () => {
    const r = await fetchLink(`${site.origin}/ok`, LOOPBACK);
    expect(r.bytes.toString("utf8")).toBe("xin chào");
  });

  it("refuses schemes other than http and https", async () => {
    expect(await refusal("file:///etc/passwd")).toMatchInlineSnapshot(`"Liên kết không hợp lệ: chỉ đọc được địa chỉ bắt đầu bằng http:// hoặc https:// (file:///etc/passwd)."`);
    expect(await refusal("ftp://ftp.backan.gov.vn/tb147.pdf")).toMatchInlineSnapshot(`"Liên kết không hợp lệ: chỉ đọc được địa chỉ bắt đầu bằng http:// hoặc https:// (ftp://ftp.backan.gov.vn/tb147.pdf)."`);
  });

  it("refuses private, link-local and loopback addresses, by address or by name", async () => {
    expect(await refusal("http://10.0.0.8/")).toMatchInlineSnapshot(`"Không đọc liên kết tới mạng nội bộ hoặc chính máy chủ (10.0.0.8): chỉ đọc được trang công khai trên Internet."`);
    expect(await refusal("http://169.254.169.254/latest/meta-data/")).toMatchInlineSnapshot(`"Không đọc liên kết tới mạng nội bộ hoặc chính máy chủ (169.254.169.254): chỉ đọc được trang công khai trên Internet."`);
    expect(await refusal("http://[::ffff:192.168.1.1]/")).toMatchInlineSnapshot(`"Không đọc liên kết tới mạng nội bộ hoặc chính máy chủ (::ffff:c0a8:101): chỉ đọc được trang công khai trên Internet."`);
    expect(await refusal(`${site.origin}/ok`, { timeoutMs: 2_000 })).toMatchInlineSnapshot(`"Không đọc liên kết tới mạng nội bộ hoặc chính máy chủ (127.0.0.1): chỉ đọc được trang công khai trên Internet."`);
    expect(await refusal("http://localhost/", { timeoutMs: 2_000 })).toMatchInlineSnapshot(`"Không đọc liên kết tới mạng nội bộ hoặc chính máy chủ (localhost): chỉ đọc được trang công khai trên Internet."`);
  });

  it("checks every redirect: a public page that sends to the office network is refused", async () => {
    expect(await refusal(`${site.origin}/sang-noi-bo`)).toMatchInlineSnapshot(`"Không đọc liên kết tới mạng nội bộ hoặc chính máy chủ (10.20.30.40): chỉ đọc được trang công khai trên Internet."`);
  });

  it("stops following a redirect loop", async () => {
    expect(await refusal(`${site.origin}/vong`)).toMatchInlineSnapshot(`"Máy chủ trả lời lỗi HTTP 302 cho http://127.0.0.1:PORT/vong: xin kiểm tra lại liên kết."`);
  });

  it("caps the size, announced or not, compressed or not", async () => {
    expect(await refusal(`${site.origin}/lon`)).toMatchInlineSnapshot(`"Nội dung tại http://127.0.0.1:PORT/lon lớn hơn 1 MB nên không tải về: xin gửi tệp văn bản."`);
    expect(await refusal(`${site.origin}/gzip`)).toMatchInlineSnapshot(`"Nội dung tại http://127.0.0.1:PORT/gzip lớn hơn 1 MB nên không tải về: xin gửi tệp văn bản."`);
  });

  it("gives up on a server that does not answer in time", async () => {
    expect(await refusal(`${site.origin}/treo`, { ...LOOPBACK, timeoutMs: 300 })).toMatchInlineSnapshot(`"Không tải được trang từ 127.0.0.1 (không kết nối được hoặc hết thời gian chờ): xin kiểm tra lại liên kết hoặc thử lại sau."`);
  });

  it("names the host it could not reach", async () => {
    expect(await refusal("http://127.0.0.1:1/")).toMatchInlineSnapshot(`"Không tải được trang từ 127.0.0.1 (không kết nối được hoặc hết thời gian chờ): xin kiểm tra lại liên kết hoặc thử lại sau."`);
    expect(await refusal("http://khong-co-ten-mien-nay.invalid/")).toMatchInlineSnapshot(`"Không tải được trang từ khong-co-ten-mien-nay.invalid (không kết nối được hoặc hết thời gian chờ): xin kiểm tra lại liên kết hoặc thử lại sau."`);
  });
});
