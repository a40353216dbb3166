// Checks many articles on worker threads and hands their reports back in input order, as they complete.
import * as os from 'os';
import { Worker } from 'worker_threads';
import { ResultCache } from './cache';
import { Reporter, type FileReport, type ReportOptions } from './report';

/** What a worker thread is started with (workerData): how to build reports. */
export interface WorkerSetup {
  newsdeskWorker: true;
  command: ReportOptions['command'];
  failOn?: ReportOptions['failOn'];
  cacheDir?: string;
}

/** The default for --jobs: one worker per core the process may use. */
export function defaultJobs(): number {
  return os.availableParallelism();
}

/**
 * Reports for `files` in input order through `onReport`, as they complete. With a cache, this thread answers every
 * article the cache holds; the rest go to `jobs` worker threads running `script` (this bundle; it must call
 * `serveWorker` when started with a WorkerSetup), each fed the next article as it finishes one. Workers start only
 * when at least two articles need analysing and `jobs` > 1: a warm cache costs no thread start-up. Rejects if a
 * worker dies (a bug, not a bad article: those are reports with `error`).
 */
export async function checkFiles(files: string[], setup: Omit<WorkerSetup, 'newsdeskWorker'>, jobs: number, script: string, onReport: (r: FileReport) => void): Promise<void> {
  const local = new Reporter({ command: setup.command, failOn: setup.failOn, cache: setup.cacheDir ? new ResultCache(setup.cacheDir) : undefined });
  const held = setup.cacheDir ? files.map((f) => local.isCached(f)) : files.map(() => false);
  const todo = files.map((_, i) => i).filter((i) => !held[i]);
  if (jobs <= 1 || todo.length <= 1) {
    for (const f of files) onReport(local.report(f));
    return;
  }
  const pending = new Map<number, FileReport>();
  let nextOut = 0;
  let nextIn = 0;
  /** Hands on every report that is due: held ones from the cache, analysed ones once their worker answered. */
  const flush = () => {
    for (; nextOut < files.length; nextOut++) {
      const r = held[nextOut] ? local.report(files[nextOut]) : pending.get(nextOut);
      if (!r) break;
      pending.delete(nextOut);
      onReport(r);
    }
  };
  // V8's default heap sizes: a larger young generation (as the server's) made no difference on short articles and
  // cost 60 MB per worker (2 jobs, 510 BBC business articles: 5.5 s and 473 MB with 96 MB, 5.4 s and 415 MB without).
  const workers = Array.from({ length: Math.min(jobs, todo.length) }, () => new Worker(script, { workerData: { ...setup, newsdeskWorker: true } satisfies WorkerSetup }));
  try {
    await new Promise<void>((resolve, reject) => {
      const feed = (w: Worker) => {
        if (nextIn < todo.length) { const i = todo[nextIn++]; w.postMessage({ index: i, path: files[i] }); }
      };
      for (const w of workers) {
        w.on('message', (m: { index: number; report: FileReport }) => {
          pending.set(m.index, m.report);
          feed(w);
          flush();
          if (nextOut === files.length) resolve();
        });
        w.on('error', reject);
        w.on('exit', (code) => { if (nextOut < files.length) reject(new Error(`a checking thread stopped (exit code ${code})`)); });
        feed(w);
      }
      flush();
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The worker thread's side of checkFiles: one report per message, until the thread is terminated. */
export function serveWorker(setup: WorkerSetup, port: { on(event: 'message', fn: (m: { index: number; path: string }) => void): void; postMessage(m: unknown): void }): void {
  const reporter = new Reporter({ command: setup.command, failOn: setup.failOn, cache: setup.cacheDir ? new ResultCache(setup.cacheDir) : undefined });
  port.on('message', (m) => port.postMessage({ index: m.index, report: reporter.report(m.path) }));
}
