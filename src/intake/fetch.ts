/**
 * Downloads a link for intake, carefully: http and https only; every address the name resolves to must be
 * public (address.ts), and the connection goes to those checked addresses, not to a second lookup (DNS
 * rebinding); each redirect is checked again; a time limit for the whole download and a size cap on what
 * is read, compressed or not.
 */
import { lookup as dnsLookup } from "node:dns/promises";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Readable } from "node:stream";
import { isPublicAddress } from "./address.ts";
import { IntakeProblem, megabytes } from "./messages.ts";

export interface FetchOptions {
  /** The whole download, redirects included, in ms. Default 20_000. */
  timeoutMs?: number;
  /** Most bytes read (after decompression). Default 20_000_000. */
  maxBytes?: number;
  /** Redirects followed. Default 5. */
  maxRedirects?: number;
  /** Lets links reach 127.0.0.0/8 and ::1: only for tests that serve pages on loopback. Default false. */
  allowLoopback?: boolean;
}

export interface Fetched {
  /** Where the content came from, after redirects. */
  url: string;
  contentType: string | null;
  bytes: Buffer;
}

const REDIRECT = new Set([301, 302, 303, 307, 308]);
/** What a portal's server is told we are; some refuse requests without a browser-like agent. */
const USER_AGENT = "Mozilla/5.0 (compatible; dondoc/0.1; +https://github.com/dondoc) like Gecko";

/** Resolves `host` and checks every address it has; returns them, to connect to exactly these. */
async function publicAddresses(host: string, allowLoopback: boolean): Promise<Array<{ address: string; family: number }>> {
  const bare = host.replace(/^\[|\]$/g, "");
  let found: Array<{ address: string; family: number }>;
  if (isIP(bare)) found = [{ address: bare, family: isIP(bare) }];
  else {
    try {
      found = await dnsLookup(bare, { all: true, verbatim: true });
    } catch (err: unknown) {
      throw new IntakeProblem("url_unreachable", { host: bare }, { cause: err });
    }
  }
  if (!found.length || found.some((a) => !isPublicAddress(a.address, allowLoopback))) throw new IntakeProblem("url_blocked", { host: bare });
  return found;
}

/** A lookup that answers with the addresses already checked. */
function pinned(addresses: Array<{ address: string; family: number }>): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) (callback as unknown as (e: null, a: typeof addresses) => void)(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  };
}

function decoded(res: IncomingMessage): Readable {
  switch ((res.headers["content-encoding"] ?? "").toLowerCase()) {
    case "gzip": case "x-gzip": return res.pipe(createGunzip());
    case "deflate": return res.pipe(createInflate());
    case "br": return res.pipe(createBrotliDecompress());
    default: return res;
  }
}

async function readCapped(stream: Readable, maxBytes: number, url: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      stream.destroy();
      throw new IntakeProblem("url_too_large", { url, max: megabytes(maxBytes) });
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function request(url: URL, addresses: Array<{ address: string; family: number }>, signal: AbortSignal): Promise<IncomingMessage> {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, {
      lookup: pinned(addresses), signal,
      headers: { "user-agent": USER_AGENT, accept: "text/html,application/xhtml+xml,application/pdf,*/*;q=0.8", "accept-encoding": "gzip, deflate, br", "accept-language": "vi,en;q=0.5" },
    }, resolve);
    req.on("error", reject);
  });
}

/** Downloads `link`; throws IntakeProblem (url_invalid, url_blocked, url_unreachable, url_status, url_too_large). */
export async function fetchLink(link: string, options: FetchOptions = {}): Promise<Fetched> {
  const maxBytes = options.maxBytes ?? 20_000_000;
  const signal = AbortSignal.timeout(options.timeoutMs ?? 20_000);
  let url: URL;
  try { url = new URL(link); } catch { throw new IntakeProblem("url_invalid", { url: link }); }
  for (let hop = 0; ; hop++) {
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new IntakeProblem("url_invalid", { url: url.href });
    const addresses = await publicAddresses(url.hostname, options.allowLoopback ?? false);
    let res: IncomingMessage;
    try {
      res = await request(url, addresses, signal);
    } catch (err: unknown) {
      throw new IntakeProblem("url_unreachable", { host: url.hostname }, { cause: err });
    }
    const status = res.statusCode ?? 0;
    if (REDIRECT.has(status) && res.headers.location && hop < (options.maxRedirects ?? 5)) {
      res.resume();
      url = new URL(res.headers.location, url);
      continue;
    }
    if (status < 200 || status >= 300) {
      res.resume();
      throw new IntakeProblem("url_status", { url: url.href, status });
    }
    if (Number(res.headers["content-length"] ?? 0) > maxBytes) {
      res.destroy();
      throw new IntakeProblem("url_too_large", { url: url.href, max: megabytes(maxBytes) });
    }
    try {
      return { url: url.href, contentType: res.headers["content-type"] ?? null, bytes: await readCapped(decoded(res), maxBytes, url.href) };
    } catch (err: unknown) {
      if (err instanceof IntakeProblem) throw err;
      throw new IntakeProblem("url_unreachable", { host: url.hostname }, { cause: err });
    }
  }
}
