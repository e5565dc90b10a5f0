/** A small HTTP server on 127.0.0.1 serving fixed routes, for the link tests; closed by the test that opened it. */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  /** "http://127.0.0.1:<port>" */
  origin: string;
  /** Paths requested, in order. */
  requested: string[];
  close(): Promise<void>;
}

export async function serve(routes: Record<string, Route>): Promise<TestServer> {
  const requested: string[] = [];
  const server = createServer((req, res) => {
    requested.push(req.url ?? "");
    const route = routes[(req.url ?? "").split("?")[0]!];
    if (route) return route(req, res);
    res.writeHead(404, { "content-type": "text/html; charset=utf-8" }).end("<h1>Không tìm thấy trang</h1>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requested,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

export const send = (type: string, body: string | Buffer): Route => (_req, res) => {
  res.writeHead(200, { "content-type": type, "content-length": Buffer.byteLength(body) }).end(body);
};
