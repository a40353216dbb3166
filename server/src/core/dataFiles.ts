// Reads the shipped data files (model weights, word lists): from the data/ folder on disk (source, tests, the Node
// bundles), or from a table bundled into the web worker, which has no file system.
import * as fs from 'fs';
import * as path from 'path';

let dataDir: string | null = null;
/** The bundled data files (name → text, or bytes for binary files), when a build put them in: see useBundledData. */
let bundled: ReadonlyMap<string, string | Uint8Array> | null = null;

/**
 * The repository's or the installed extension's `data/` folder: the nearest one above this module.
 * @throws Error when there is none (the web worker build, which reads bundled data instead).
 */
export function dataPath(name: string): string {
  if (!dataDir) {
    let dir = __dirname;
    for (;;) {
      const candidate = path.join(dir, 'data');
      if (fs.existsSync(path.join(candidate, 'README.md'))) { dataDir = candidate; break; }
      const parent = path.dirname(dir);
      if (parent === dir) throw new Error(`Newsdesk data folder not found above ${__dirname}`);
      dir = parent;
    }
  }
  return path.join(dataDir, name);
}

/**
 * Makes every data read come from `files` (data file name → its text, or its bytes for a binary file) instead of the
 * disk. The web worker build calls it once, before any analysis, with the table esbuild bundled (esbuild.mjs).
 */
export function useBundledData(files: ReadonlyMap<string, string | Uint8Array>): void {
  bundled = files;
  wordLists.clear();
}

/** True when data comes from a bundled table (the web worker), so there is no data/ folder or docs/ page on disk. */
export function dataIsBundled(): boolean {
  return bundled !== null;
}

function bundledFile(name: string): string | Uint8Array {
  const file = bundled!.get(name);
  if (file === undefined) throw new Error(`Newsdesk data file ${name} is not in this build`);
  return file;
}

/**
 * A data file's text (UTF-8).
 * @throws Error when the file is missing or, in a bundled build, was bundled as bytes.
 */
export function readDataText(name: string): string {
  if (!bundled) return fs.readFileSync(dataPath(name), 'utf8');
  const file = bundledFile(name);
  if (typeof file !== 'string') throw new Error(`Newsdesk data file ${name} is binary`);
  return file;
}

/**
 * A binary data file's bytes, as stored (a gzipped model stays gzipped).
 * @throws Error when the file is missing.
 */
export function readDataBytes(name: string): Uint8Array {
  if (!bundled) return new Uint8Array(fs.readFileSync(dataPath(name)));
  const file = bundledFile(name);
  return typeof file === 'string' ? new TextEncoder().encode(file) : file;
}

/**
 * A data file parsed as JSON, every object in it without a prototype: its keys are words looked up by the words of an
 * article, and "constructor" or "toString" must find nothing (an anniversary's "constructor of the bridge" read the
 * function Object as a count of years). @throws Error when it is missing or not JSON (with the file's name).
 */
export function readDataJson<T>(name: string): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readDataText(name));
  } catch (e) {
    throw new Error(`Newsdesk data file ${name}: ${(e as Error).message}`);
  }
  return withoutPrototypes(parsed) as T;
}

/** `value` with every plain object in it (arrays' items too) set to have no prototype, in place; returns `value`. */
function withoutPrototypes(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (const item of value) withoutPrototypes(item);
    return value;
  }
  Object.setPrototypeOf(value, null);
  for (const key of Object.keys(value)) withoutPrototypes((value as Record<string, unknown>)[key]);
  return value;
}

const wordLists = new Map<string, ReadonlySet<string>>();

/** A data/ word list, one entry per line, `#` comment lines and blanks skipped; read once. Case is kept. */
export function readWordList(name: string): ReadonlySet<string> {
  let list = wordLists.get(name);
  if (!list) {
    const lines = readDataText(name).split('\n').map((l) => l.trim());
    list = new Set(lines.filter((l) => l && !l.startsWith('#')));
    wordLists.set(name, list);
  }
  return list;
}
