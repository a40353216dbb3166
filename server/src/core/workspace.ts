// Reads a workspace's .newsdesk/config.yaml and .newsdesk/entities.yaml, re-reading a file only when it changes on disk.
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument, type Node as YamlNode } from 'yaml';
import { readRegistryEntries } from './frontMatter';
import { normaliseName } from './registry';
import type { RegistryEntry, Span } from './types';

export interface FileProblem extends Span {
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface WorkspaceFiles {
  /** The folder holding `.newsdesk/`, or null when none was found. */
  root: string | null;
  /** Raw options from config.yaml, validated later by mergeConfig. */
  config: Record<string, unknown>;
  entities: RegistryEntry[];
  problems: FileProblem[];
}

interface Cached<T> {
  mtimeMs: number;
  size: number;
  value: T;
}

const cache = new Map<string, Cached<{ data: unknown; problems: FileProblem[]; entities?: RegistryEntry[] }>>();

/** The nearest `.newsdesk/` folder at or above `dir`, as ESLint finds its config. */
export function findWorkspaceRoot(dir: string): string | null {
  let current = path.resolve(dir);
  for (;;) {
    if (fs.existsSync(path.join(current, '.newsdesk'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

export function loadWorkspace(root: string | null): WorkspaceFiles {
  if (!root) return { root: null, config: {}, entities: [], problems: [] };
  const configFile = readYamlFile(path.join(root, '.newsdesk', 'config.yaml'), false);
  const entitiesFile = readYamlFile(path.join(root, '.newsdesk', 'entities.yaml'), true);
  const config = configFile.data && typeof configFile.data === 'object' && !Array.isArray(configFile.data) ? (configFile.data as Record<string, unknown>) : {};
  return { root, config, entities: entitiesFile.entities ?? [], problems: [...configFile.problems, ...entitiesFile.problems] };
}

/** Forget cached files (after a file watcher event); the next load re-reads them. */
export function forgetWorkspaceFiles(): void {
  cache.clear();
}

function readYamlFile(file: string, isRegistry: boolean) {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { data: null, problems: [] as FileProblem[], entities: [] as RegistryEntry[] };
  }
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.value;
  const text = fs.readFileSync(file, 'utf8');
  const problems: FileProblem[] = [];
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  let data: unknown = null;
  let entities: RegistryEntry[] = [];
  if (doc.errors.length) {
    for (const e of doc.errors) problems.push({ path: file, start: e.pos[0], end: Math.max(e.pos[1], e.pos[0] + 1), severity: 'error', message: `Not valid YAML: ${e.message.split('\n')[0]}. Newsdesk ignores this file until it is fixed.` });
  } else {
    data = doc.toJS();
    if (isRegistry && doc.contents) {
      const root = doc.contents as YamlNode;
      // The registry file is either a list of entries or a mapping with an `entities:` list.
      const list = (root as { get?: (k: string, keep: boolean) => unknown }).get?.('entities', true) as YamlNode | undefined;
      entities = readRegistryEntries(list ?? root, file, (range, message) =>
        problems.push({ path: file, start: range?.[0] ?? 0, end: range ? Math.max(range[1], range[0] + 1) : 1, severity: 'warning', message }));
      const names = new Map<string, string>();
      for (const e of entities) {
        for (const n of [e.name, ...e.aliases]) {
          const other = names.get(normaliseName(n));
          if (other && other !== e.id) problems.push({ path: file, start: e.span?.start ?? 0, end: e.span?.end ?? 1, severity: 'warning', message: `"${n}" names both "${other}" and "${e.id}"; mentions link to "${other}".` });
          else names.set(normaliseName(n), e.id);
        }
      }
    }
  }
  const value = { data, problems, entities };
  cache.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, value });
  return value;
}
