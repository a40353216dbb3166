// A content-hash cache of CLI results: an article whose text, settings and Newsdesk build are unchanged is not
// analysed again. One small JSON file per result under <dir>/<2 hex>/<62 hex>.json (git's object layout), so a run
// reads only the entries it needs and memory does not grow with the archive.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { dataPath } from '../core/dataFiles';

let build: string | undefined;

/**
 * A fingerprint of the running Newsdesk: the bundled script itself and every file of its data folder (the NER
 * model, word lists, gazetteers). Any change to code or data gives new keys, so a stale result is never read.
 */
function buildFingerprint(): string {
  if (build === undefined) {
    const hash = createHash('sha256');
    hash.update(fs.readFileSync(__filename));
    const dir = path.dirname(dataPath('README.md'));
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (fs.statSync(file).isFile()) hash.update(name).update('\0').update(fs.readFileSync(file));
    }
    build = hash.digest('hex');
  }
  return build;
}

export class ResultCache {
  /** `dir` is created when the first result is stored, with a .gitignore so that it is never committed. */
  constructor(readonly dir: string) {}

  /** The key of an article's result: SHA-256 of the build, the `settings` (JSON-serialisable) and the `text`. */
  key(settings: unknown, text: string): string {
    return createHash('sha256').update(buildFingerprint()).update('\0').update(JSON.stringify(settings)).update('\0').update(text).digest('hex');
  }

  private file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key.slice(2)}.json`);
  }

  /** Whether a result is stored under `key` (without reading it). */
  has(key: string): boolean {
    return fs.existsSync(this.file(key));
  }

  /** The stored result for `key`, or undefined when there is none or it cannot be read (a miss, never an error). */
  get(key: string): unknown {
    try {
      return JSON.parse(fs.readFileSync(this.file(key), 'utf8'));
    } catch {
      return undefined;
    }
  }

  /**
   * Stores `value` under `key`: written to a temporary file and renamed, so a reader (another worker, a parallel CI
   * job) sees a whole entry or none. A cache that cannot be written is skipped silently: it only saves time.
   */
  set(key: string, value: unknown): void {
    const file = this.file(key);
    try {
      if (!fs.existsSync(this.dir)) {
        fs.mkdirSync(this.dir, { recursive: true });
        fs.writeFileSync(path.join(this.dir, '.gitignore'), '# Newsdesk result cache: safe to delete\n*\n');
      }
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      fs.writeFileSync(temp, JSON.stringify(value));
      fs.renameSync(temp, file);
    } catch {
      // read-only checkout, full disk: the run goes on without the cache
    }
  }
}
