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
