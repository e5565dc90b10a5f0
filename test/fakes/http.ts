import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** Request parameters as the client sent them: JSON values, or strings from a query or form body. */
export type Params = Record<string, unknown>;

export interface FakeHttpServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  /** TCP connections accepted so far: keep-alive clients should need few. */
  connectionsOpened(): number;
  /** Stops listening and destroys every open connection, hung requests included. */
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, rawBody: string) => Promise<void> | void;

/** Starts an HTTP server on 127.0.0.1 and a free port; a handler that throws answers a bare 500. */
export async function startHttpServer(handle: Handler): Promise<FakeHttpServer> {
  const server = createServer((req, res) => {
    readBody(req)
      .then((raw) => handle(req, res, raw))
      .catch((error: unknown) => {
        if (!res.headersSent && !res.destroyed) sendJson(res, 500, { fakeError: String(error) });
      });
  });
  // Node's default 5 s keep-alive: clients subtract a 1 s margin from the server's hint, so a
  // shorter one makes them open a new connection per request. close() ends idle sockets itself.
  server.keepAliveTimeout = 5_000;
  let connections = 0;
  server.on("connection", () => { connections += 1; });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connectionsOpened: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Events, not `for await`: async iteration destroys the request, and with it a keep-alive socket. */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/**
 * Query string plus body, by content type: JSON objects as they are, form fields as strings
 * (the real APIs accept JSON-serialised objects inside form fields; see `asObject`).
 */
export function parseParams(req: IncomingMessage, rawBody: string): { params: Params } | { malformed: string } {
  const url = new URL(req.url ?? "/", "http://fake");
  const params: Params = Object.fromEntries(url.searchParams);
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (rawBody.length === 0) return { params };
  if (type === "application/json") {
    try {
      const body: unknown = JSON.parse(rawBody);
      if (body === null || typeof body !== "object" || Array.isArray(body)) return { malformed: "body is not a JSON object" };
      return { params: { ...params, ...(body as Params) } };
    } catch {
      return { malformed: "body is not valid JSON" };
    }
  }
  if (type === "application/x-www-form-urlencoded") {
    return { params: { ...params, ...Object.fromEntries(new URLSearchParams(rawBody)) } };
  }
  if (type === "multipart/form-data") {
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(req.headers["content-type"] ?? "");
    if (!boundary) return { malformed: "multipart body without a boundary" };
    return { params: { ...params, ...parseMultipart(rawBody, boundary[1] ?? boundary[2]!) } };
  }
  return { malformed: `unsupported content type "${type}"` };
}

/** An object parameter, given either as JSON or as a JSON-serialised string (form bodies). */
export function asObject(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** An integer parameter given as a number or a numeric string; undefined otherwise. */
export function asInt(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^-?\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

export function asBool(value: unknown): boolean {
  return value === true || value === "true" || value === "1" || value === 1;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

/** What nginx in front of both real APIs answers when the backend is down: HTML, not JSON. */
export function sendNginxError(res: ServerResponse, status: 500 | 502): void {
  const reason = status === 502 ? "502 Bad Gateway" : "500 Internal Server Error";
  const html = `<html>\r\n<head><title>${reason}</title></head>\r\n<body>\r\n<center><h1>${reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
  res.writeHead(status, { "content-type": "text/html", "content-length": Buffer.byteLength(html) });
  res.end(html);
}

/** Milliseconds to wait, resolving early when `signal` fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => { clearTimeout(timer); resolve(); }, { once: true });
  });
}

/** A file field of a multipart body. */
export interface UploadedFile {
  filename: string;
  content: string;
}

/** multipart/form-data fields: plain fields as strings, file fields as UploadedFile (content as UTF-8 text). */
function parseMultipart(body: string, boundary: string): Params {
  const out: Params = {};
  for (const part of body.split(`--${boundary}`)) {
    const split = part.indexOf("\r\n\r\n");
    if (split < 0) continue;
    const head = part.slice(0, split);
    const name = /name="([^"]*)"/.exec(head)?.[1];
    if (!name) continue;
    const value = part.slice(split + 4).replace(/\r\n$/, "");
    const filename = /filename="([^"]*)"/.exec(head)?.[1];
    out[name] = filename !== undefined ? { filename, content: value } satisfies UploadedFile : value;
  }
  return out;
}
