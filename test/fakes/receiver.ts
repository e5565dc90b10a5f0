import type { IncomingHttpHeaders } from "node:http";
import { startHttpServer } from "./http.ts";

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

export interface Receiver {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/**
 * A webhook endpoint for tests of the fakes: records every request and answers with
 * `statusFor(n)` for the n-th request (0-based). Default: always 200.
 */
export async function startReceiver(statusFor: (n: number, got: Received) => number = () => 200): Promise<Receiver> {
  const received: Received[] = [];
  const server = await startHttpServer((req, res, body) => {
    const got = { headers: req.headers, body, at: Date.now() };
    received.push(got);
    const status = statusFor(received.length - 1, got);
    res.writeHead(status, { "content-type": "text/plain" });
    res.end(status < 300 ? "ok" : "no");
  });
  return { url: `${server.url}/hook`, received, close: server.close };
}
