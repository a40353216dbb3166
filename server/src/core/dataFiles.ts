// Locates the shipped data files (model weights, word lists) from source, tests and the esbuild bundle alike.
import * as fs from 'fs';
import * as path from 'path';

let dataDir: string | null = null;

/** The repository's or the installed extension's `data/` folder: the nearest one above this module. */
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

const wordLists = new Map<string, ReadonlySet<string>>();

/** A data/ word list, one entry per line, `#` comment lines and blanks skipped; read once. Case is kept. */
export function readWordList(name: string): ReadonlySet<string> {
  let list = wordLists.get(name);
  if (!list) {
    const lines = fs.readFileSync(dataPath(name), 'utf8').split(/\r?\n/).map((l) => l.trim());
    list = new Set(lines.filter((l) => l && !l.startsWith('#')));
    wordLists.set(name, list);
  }
  return list;
}
