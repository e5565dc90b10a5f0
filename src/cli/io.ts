import { readFile } from "node:fs/promises";

/** What a CLI command may touch, so tests can run commands in-process with fakes. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Reads a file, or standard input when path is "-". Returns raw bytes. */
  read(path: string): Promise<Buffer>;
  /** All of standard input. */
  stdin(): Promise<Buffer>;
  env: Record<string, string | undefined>;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export function processIo(): CliIo {
  return {
    out: (t) => { process.stdout.write(`${t}\n`); },
    err: (t) => { process.stderr.write(`${t}\n`); },
    read: (p) => (p === "-" ? readStdin() : readFile(p)),
    stdin: readStdin,
    env: process.env,
  };
}

/** Collects output in memory: for tests. */
export function memoryIo(files: Record<string, string | Buffer> = {}, stdin = ""): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout, stderr,
    out: (t) => { stdout.push(t); },
    err: (t) => { stderr.push(t); },
    read: async (p) => {
      if (p === "-") return Buffer.from(stdin);
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${p}'`), { code: "ENOENT" });
      return Buffer.isBuffer(f) ? f : Buffer.from(f);
    },
    stdin: async () => Buffer.from(stdin),
    env: {},
  };
}
