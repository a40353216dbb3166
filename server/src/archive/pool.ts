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

/**
 * Each worker's old-generation heap, in MB. V8 lets a heap grow to hundreds of MB before a full collection, while a
 * worker's live data after an article is about 70 MB (models and word lists included). Capped, the BBC archive
 * (2,225 articles, 2 jobs, one run each while another job ran) peaked at 427–432 MB RSS against 659–699 MB uncapped,
 * for 5–10% more CPU time (128 and 160 MB alike); at 96 MB the collector ran so often that the run took 40% longer.
 * A worker that runs out is replaced and its article analysed on the main thread: a long document costs time, never
 * a result.
 */
const WORKER_HEAP_MB = 160;

/**
 * Each worker's young-generation heap, in MB. V8's default lets it grow to some 48 MB a thread; an article's garbage
 * is short-lived, and at 8 MB the BBC archive (2 jobs, 2 runs each, 2026-12-04) peaked at 415 MB RSS against 461–470
 * MB with the default, in the same wall time (22.3–22.5 s); at 4 MB, 402 MB and about 3% more CPU.
 */
const WORKER_YOUNG_MB = 8;

/** The default for --jobs: one worker per core the process may use. */
export function defaultJobs(): number {
  return os.availableParallelism();
}

/**
 * Reports for `files` in input order through `onReport`, as they complete. With a cache, this thread answers every
 * article the cache holds; the rest go to `jobs` worker threads running `script` (this bundle; it must call
 * `serveWorker` when started with a WorkerSetup), each fed the next article as it finishes one. Workers start only
 * when at least two articles need analysing and `jobs` > 1: a warm cache costs no thread start-up. A worker that
 * runs out of its heap (WORKER_HEAP_MB) is replaced and its article analysed on this thread. Rejects if a worker dies
 * otherwise (a bug, not a bad article: those are reports with `error`).
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
  const start = () => new Worker(script, { workerData: { ...setup, newsdeskWorker: true } satisfies WorkerSetup, resourceLimits: { maxOldGenerationSizeMb: workerHeapMb(), maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
  const live = new Set<Worker>();
  try {
    await new Promise<void>((resolve, reject) => {
      const done = () => { flush(); if (nextOut === files.length) resolve(); };
      const hire = () => {
        const w = start();
        live.add(w);
        /** The file this worker is analysing, or -1. */
        let current = -1;
        const feed = () => {
          current = nextIn < todo.length ? todo[nextIn++] : -1;
          if (current >= 0) w.postMessage({ index: current, path: files[current] });
        };
        w.on('message', (m: { index: number; report: FileReport }) => {
          pending.set(m.index, m.report);
          feed();
          done();
        });
        w.on('error', (e: Error & { code?: string }) => {
          live.delete(w);
          if (e.code !== 'ERR_WORKER_OUT_OF_MEMORY') { reject(e); return; }
          // An article too big for a worker's heap: this thread (V8's default heap) analyses it, a new worker goes on.
          if (current >= 0) {
            const r = local.report(files[current]);
            pending.set(current, { ...r, notes: [...r.notes, `${files[current]}: too big for a checking thread's ${workerHeapMb()} MB heap; checked on the main thread`] });
          }
          if (nextIn < todo.length) hire();
          done();
        });
        w.on('exit', (code) => { if (live.has(w) && nextOut < files.length) reject(new Error(`a checking thread stopped (exit code ${code})`)); });
        feed();
      };
      for (let k = 0; k < Math.min(jobs, todo.length); k++) hire();
      flush();
    });
  } finally {
    await Promise.all([...live].map((w) => w.terminate()));
  }
}

/**
 * The old-generation heap of each worker thread, in MB: WORKER_HEAP_MB, or NEWSDESK_WORKER_HEAP_MB when set to a
 * whole number (for tests and for archives of very long documents).
 */
function workerHeapMb(): number {
  const v = Number(process.env.NEWSDESK_WORKER_HEAP_MB);
  return Number.isInteger(v) && v > 0 ? v : WORKER_HEAP_MB;
}

/** The worker thread's side of checkFiles: one report per message, until the thread is terminated. */
export function serveWorker(setup: WorkerSetup, port: { on(event: 'message', fn: (m: { index: number; path: string }) => void): void; postMessage(m: unknown): void }): void {
  const reporter = new Reporter({ command: setup.command, failOn: setup.failOn, cache: setup.cacheDir ? new ResultCache(setup.cacheDir) : undefined });
  port.on('message', (m) => port.postMessage({ index: m.index, report: reporter.report(m.path) }));
}
