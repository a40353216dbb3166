// The unlabelled article files the learners of closed-class data read (scripts/train-common-*.ts).
import fs from 'node:fs';
import path from 'node:path';

/**
 * Every .txt and .md article under `sources` (folders of `corpora`, e.g. ["bbc-news", "open-news"]), in a fixed
 * order (folders and names sorted), PROVENANCE.md left out. When a source folder is absent it says so on stderr,
 * naming `tool`, and exits the process with code 2: nothing is written without its data.
 */
export function unlabelledArticles(tool: string, corpora: string, sources: readonly string[]): string[] {
  const dirs = sources.map((s) => path.join(corpora, s));
  const missing = dirs.filter((d) => !fs.existsSync(d));
  if (missing.length) {
    console.error(`${tool}: need ${missing.join(', ')} (../shared/corpora next to the repository); nothing written.`);
    process.exit(2);
  }
  return dirs.flatMap(files);
}

function files(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...files(p));
    else if (/\.(txt|md)$/.test(entry.name) && entry.name !== 'PROVENANCE.md') found.push(p);
  }
  return found;
}
