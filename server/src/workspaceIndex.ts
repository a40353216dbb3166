// Names the journalist tagged anywhere in the workspace, so a name tagged once is recognised in every article.
import * as fs from 'fs';
import * as path from 'path';
import { globSync } from 'tinyglobby';
import { parseArticle } from './core/article';
import { normaliseName } from './core/registry';
import type { Article, EntityType } from './core/types';
import { isTextFileName } from './core/text/names';

const TYPES: Record<string, EntityType> = { person: 'person', org: 'org', place: 'place', entity: 'other' };
const MAX_FILES = 5000;
const MAX_BYTES = 1_000_000;

export class WorkspaceIndex {
  private readonly byFile = new Map<string, Map<string, EntityType>>();
  private merged: Map<string, EntityType> | null = null;

  /** Reads every article under the folders in small batches, so startup and typing stay responsive. */
  async scan(folders: string[], onDone: () => void): Promise<void> {
    const files = folders.flatMap((dir) => globSync('**/*.{md,markdown,txt}', { cwd: dir, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] })).slice(0, MAX_FILES);
    for (let i = 0; i < files.length; i++) {
      if (this.byFile.has(files[i])) continue;
      try {
        if (fs.statSync(files[i]).size <= MAX_BYTES) this.setFromText(files[i], fs.readFileSync(files[i], 'utf8'));
      } catch {
        // An unreadable file simply contributes no names.
      }
      if (i % 20 === 19) await new Promise((r) => setImmediate(r));
    }
    onDone();
  }

  /** Updates one file's names from an analysed article; true when they changed. */
  setFromArticle(file: string, article: Article): boolean {
    const names = namesOf(article);
    const old = this.byFile.get(file);
    if (old && old.size === names.size && [...names].every(([k, v]) => old.get(k) === v)) return false;
    this.byFile.set(path.resolve(file), names);
    this.merged = null;
    return true;
  }

  names(excludeFile?: string): ReadonlyMap<string, EntityType> {
    if (!this.merged) {
      this.merged = new Map();
      for (const names of this.byFile.values()) for (const [k, v] of names) if (!this.merged.has(k)) this.merged.set(k, v);
    }
    if (!excludeFile) return this.merged;
    // A name tagged only in this very file must not outlive its tag being removed.
    const own = this.byFile.get(path.resolve(excludeFile));
    if (!own || own.size === 0) return this.merged;
    const out = new Map<string, EntityType>();
    for (const [file, names] of this.byFile) if (file !== path.resolve(excludeFile)) for (const [k, v] of names) if (!out.has(k)) out.set(k, v);
    return out;
  }

  private setFromText(file: string, text: string): void {
    this.setFromArticle(file, parseArticle(text, isTextFileName(file) ? 'text' : 'markdown'));
  }
}

function namesOf(article: Article): Map<string, EntityType> {
  const names = new Map<string, EntityType>();
  for (const tag of article.tags) {
    const type = TYPES[tag.kind];
    const key = normaliseName(tag.text);
    if (type && key && !names.has(key)) names.set(key, type);
  }
  return names;
}
