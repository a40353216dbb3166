// New contents for .newsdesk/entities.yaml and .newsdesk/config.yaml when a code action adds an entity or an ignored name; comments and order are kept.
import * as fs from 'fs';
import * as path from 'path';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { EntityType } from './core/types';
import { withoutDiacritics } from './core/text/names';

export interface FileChange {
  file: string;
  exists: boolean;
  oldText: string;
  newText: string;
}

function read(file: string): { exists: boolean; text: string } {
  try {
    return { exists: true, text: fs.readFileSync(file, 'utf8') };
  } catch {
    return { exists: false, text: '' };
  }
}

/** `s` with each run of characters other than a–z and 0–9 made one "-", and none at either end. */
function slug(s: string): string {
  let out = '';
  for (const c of s) {
    const kept = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (kept) out += c;
    else if (!out.endsWith('-')) out += '-';
  }
  const start = out.startsWith('-') ? 1 : 0;
  return out.endsWith('-') && out.length > start ? out.slice(start, -1) : out.slice(start);
}

/** "Mohammed Shia al-Sudani" → "mohammed-shia-al-sudani", made unique against `taken`. */
function slugId(name: string, taken: Set<string>): string {
  const base = slug(withoutDiacritics(name).toLowerCase()) || 'entity';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Adds an entry to the workspace registry; null when the file is not valid YAML (the user must fix it first). */
export function addRegistryEntry(root: string, name: string, type: EntityType): { change: FileChange; id: string } | null {
  const file = path.join(root, '.newsdesk', 'entities.yaml');
  const { exists, text } = read(file);
  const doc: Document = parseDocument(exists && text.trim() ? text : '# Newsdesk entity registry: id, type (person|org|place|other), name, aliases, description, wikidata.\n[]\n');
  if (doc.errors.length) return null;
  const top: unknown = doc.contents;
  const list: unknown = isMap(top) ? top.get('entities', true) : top;
  if (!isSeq(list)) return null;
  const taken = new Set((list.toJSON() as { id?: string }[]).map((e) => e?.id).filter((x): x is string => typeof x === 'string'));
  const id = slugId(name, taken);
  list.flow = false;
  list.add(doc.createNode({ id, type, name }));
  return { change: { file, exists, oldText: text, newText: doc.toString({ lineWidth: 0 }) }, id };
}

/** Adds a name to `ignoreNames` in the workspace config; null when the file is not valid YAML. */
export function addIgnoredName(root: string, name: string): FileChange | null {
  const file = path.join(root, '.newsdesk', 'config.yaml');
  const { exists, text } = read(file);
  const doc = parseDocument(exists && text.trim() ? text : '# Newsdesk settings for this workspace (see the README for every option).\n{}\n');
  if (doc.errors.length || !isMap(doc.contents)) return null;
  doc.contents.flow = false;
  const list = doc.get('ignoreNames', true);
  if (isSeq(list)) {
    if (!(list.toJSON() as unknown[]).includes(name)) list.add(name);
  } else doc.set('ignoreNames', doc.createNode([name]));
  return { file, exists, oldText: text, newText: doc.toString({ lineWidth: 0 }) };
}
