/**
 * Running poppler and Tesseract: with a time limit, a cap on what they print, one OCR thread (Tesseract's
 * OpenMP threads fight over a shared 2-core machine: 12 s a page instead of 2), at a lower CPU priority (an OCR
 * must not keep a webhook from answering within Zalo's 2 s), and a missing program told apart from a program
 * that failed, so the admin learns what to install.
 */
import { execFile } from "node:child_process";
import { setPriority } from "node:os";

/** Unix niceness of the programs run: background work beside the service's own. */
const NICENESS = 10;

/** The program is not installed (not on the PATH, or not at the path configured). */
export class ToolMissing extends Error {
  override name = "ToolMissing";
  constructor(readonly tool: string, options?: { cause?: unknown }) {
    super(`${tool} is not installed`, options);
  }
}

/** The program ran and failed, or ran out of time; `stderr` is what it said. */
export class ToolFailed extends Error {
  override name = "ToolFailed";
  constructor(readonly tool: string, readonly stderr: string, readonly timedOut: boolean, options?: { cause?: unknown }) {
    super(`${tool} failed${timedOut ? " (timed out)" : ""}: ${stderr.trim().split("\n").at(-1) ?? ""}`, options);
  }
}

export interface RunOptions {
  timeoutMs: number;
  /** Most bytes read from its standard output. Default 64 MB. */
  maxOutputBytes?: number;
  /** Binary output (an image) instead of UTF-8 text. */
  binary?: boolean;
}

/** Runs `program args…` and returns its standard output; throws ToolMissing or ToolFailed. */
export function runTool(program: string, args: string[], options: RunOptions): Promise<{ stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(program, args, {
      timeout: options.timeoutMs, maxBuffer: options.maxOutputBytes ?? 64_000_000, encoding: "buffer", killSignal: "SIGKILL",
      env: { ...process.env, OMP_THREAD_LIMIT: "1", LC_ALL: "C.UTF-8" },
    }, (error, stdout, stderr) => {
      const said = stderr.toString("utf8");
      if (!error) return resolve({ stdout, stderr: said });
      const e = error as NodeJS.ErrnoException & { killed?: boolean; signal?: NodeJS.Signals | null };
      if (e.code === "ENOENT" || e.code === "EACCES") return reject(new ToolMissing(program, { cause: error }));
      reject(new ToolFailed(program, said, e.killed === true || e.signal === "SIGKILL", { cause: error }));
    });
    // The process may already be gone (a missing program): its priority no longer matters then.
    if (child.pid !== undefined) try { setPriority(child.pid, NICENESS); } catch { /* exited */ }
  });
}

/** Tesseract's languages (`tesseract --list-langs`), remembered per program and data folder. */
const languages = new Map<string, Promise<string[]>>();

export function tesseractLanguages(program: string, tessdataDir: string | undefined, timeoutMs: number): Promise<string[]> {
  const key = `${program}\u0000${tessdataDir ?? ""}`;
  let known = languages.get(key);
  if (!known) {
    const args = [...(tessdataDir ? ["--tessdata-dir", tessdataDir] : []), "--list-langs"];
    // Tesseract 4 printed the list on stderr, 5 on stdout; a missing data folder makes it fail, which means none.
    known = runTool(program, args, { timeoutMs }).then(
      ({ stdout, stderr }) => `${stdout.toString("utf8")}\n${stderr}`.split("\n").map((l) => l.trim()).filter((l) => /^[A-Za-z_/]+$/.test(l)),
      (err: unknown) => { if (err instanceof ToolMissing) throw err; return []; },
    );
    known.catch(() => languages.delete(key));
    languages.set(key, known);
  }
  return known;
}
