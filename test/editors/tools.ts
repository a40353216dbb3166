// Shared by the editor suites: where the bundled server is, fresh fixture copies, and "missing tool" handling (a failure in CI, a loud skip locally).
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
const IN_CI = process.env.CI === 'true';

/** The server the editors start; NEWSDESK_SERVER_JS points the suites at another build (e.g. a deliberately broken copy). */
export const SERVER_JS = process.env.NEWSDESK_SERVER_JS ? path.resolve(process.env.NEWSDESK_SERVER_JS) : path.join(ROOT, 'dist', 'server.js');

/** Resolves an executable on PATH (or an absolute path), or null. */
export function which(cmd: string): string | null {
  if (path.isAbsolute(cmd)) return fs.existsSync(cmd) ? cmd : null;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch { /* not in this folder */ }
  }
  return null;
}

/**
 * Call at the start of a suite's `before`: in CI a missing tool fails the suite; locally the suite is skipped with a message
 * that says what to install, so a plain checkout can still run `npm run test:editors`.
 */
export function requireTool(ctx: Mocha.Context, what: string, present: boolean, install: string): void {
  if (present) return;
  const message = `${what} is not available (${install})`;
  if (IN_CI) throw new Error(`${message}; CI=true, so this is a failure`);
  console.warn(`\n  !!! SKIPPED: ${message}\n`);
  ctx.skip();
}

export function requireServer(): void {
  if (!fs.existsSync(SERVER_JS)) throw new Error(`${SERVER_JS} is missing: run npm run build first`);
}

/** A fresh copy of test/editors/fixtures in a temporary folder outside any git repository (eglot keys projects on it). */
export function freshFixtures(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-editors-'));
  fs.cpSync(path.join(__dirname, 'fixtures'), dir, { recursive: true });
  return dir;
}

export interface Run { code: number | null; stdout: string; stderr: string; ms: number }

/** Runs an editor to completion, killing it (and failing) at the deadline. */
export function runTool(cmd: string, args: string[], env: Record<string, string>, deadlineMs: number): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
      reject(new Error(`${cmd} did not finish within ${deadlineMs} ms\n${stdout}\n${stderr}`));
    }, deadlineMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

