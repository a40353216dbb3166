// Reads the YAML front matter (publication date, sources, entities) and reports every problem with an exact span.
import { parseDocument, isAlias, isMap, isSeq, isScalar, visit, type Document, type Node as YamlNode } from 'yaml';
import type { EntityType, FrontMatter, MarkupProblem, RegistryEntry, Span } from './types';
import { loneCarriageReturnsAsNewlines } from './text/lines';
import { detached, GenerationMemo } from './text/memo';

const ENTITY_TYPES: readonly EntityType[] = ['person', 'org', 'place', 'other'];

/**
 * Front matter larger than this (in UTF-16 code units) is not read: no article needs it, and YAML parsing
 * time grows faster than its size. The body is still checked.
 */
const MAX_FRONT_MATTER = 64 * 1024;
/** Aliases expanded at most this many times when the front matter is read (a YAML "billion laughs" stops here). */
const MAX_ALIAS_COUNT = 100;
const STILL_CHECKED = 'The article is still checked, without its front matter (a plain "published: YYYY-MM-DD" line still dates it).';

/**
 * Deepest nesting of flow collections ("[[[…]]]", "{{…}}") the YAML parser is given. The parser recurses once per
 * level: 20,000 levels (40 KB) overflow its stack after a second of work. Real front matter nests two or three.
 */
const MAX_FLOW_DEPTH = 64;

/** The deepest run of open "[" or "{" outside quotes in `yaml`; linear. */
function flowDepth(yaml: string): number {
  let depth = 0;
  let deepest = 0;
  let quote = '';
  for (const ch of yaml) {
    if (quote) { if (ch === quote || ch === '\n') quote = ''; continue; }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '{') deepest = Math.max(deepest, ++depth);
    else if ((ch === ']' || ch === '}') && depth > 0) depth--;
  }
  return deepest;
}

/**
 * When the YAML cannot be read, the publication date is still taken from a plain top-level line
 * ("published: 2024-09-11", "date: '2024-09-11'"), so relative dates keep resolving: one broken line elsewhere in
 * the front matter does not cost every date check. Null when no such line holds a calendar date.
 */
function publishedLine(yaml: string): string | null {
  for (const key of ['published', 'date']) {
    const m = new RegExp(`^${key}:[ \\t]*(["']?)(\\d{4}-\\d{2}-\\d{2})\\1[ \\t]*(?:#.*)?$`, 'm').exec(yaml);
    const iso = m ? toIsoDate(m[2]) : null;
    if (iso) return iso;
  }
  return null;
}

export interface FrontMatterResult {
  frontMatter: FrontMatter;
  problems: MarkupProblem[];
}

/** Front matter read before, by its block's offsets and text: a keystroke in the body leaves it as it was. */
const READ = new GenerationMemo<string, FrontMatterResult>(16);

/**
 * `block` is the whole `---` … `---` block; `bodyStart` the offset of the YAML inside it. The same block at the same
 * offsets is read once (READ); each caller gets its own arrays and problem objects (the front matter's `data` is
 * shared and must not be changed).
 */
export function readFrontMatter(text: string, block: Span, bodyStart: number, bodyEnd: number): FrontMatterResult {
  const key = `${block.start}:${block.end}:${bodyStart}:${bodyEnd}:${text.slice(block.start, block.end)}`;
  // Read from a string of its own, so that nothing kept (values sliced from the YAML) holds the whole document alive.
  const read = READ.get(key, () => readFrontMatterOnce(detached(text.slice(0, Math.max(block.end, bodyEnd))), block, bodyStart, bodyEnd));
  const fm = read.frontMatter;
  const spanOf = <T extends { span?: Span }>(x: T): T => (x.span ? { ...x, span: { ...x.span } } : { ...x });
  return {
    frontMatter: { ...fm, span: { ...fm.span }, sources: fm.sources.map(spanOf), entities: fm.entities.map((x) => ({ ...spanOf(x), aliases: [...x.aliases] })) },
    problems: read.problems.map((x) => ({ ...x })),
  };
}

function readFrontMatterOnce(text: string, block: Span, bodyStart: number, bodyEnd: number): FrontMatterResult {
  const problems: MarkupProblem[] = [];
  const yamlText = text.slice(bodyStart, bodyEnd);
  const report = (span: Span, message: string) => problems.push({ ...clamp(span, bodyStart, Math.max(bodyEnd, bodyStart + 1)), rule: 'invalid-front-matter', message });

  const frontMatter: FrontMatter = { span: block, data: {}, published: null, sources: [], entities: [] };
  if (yamlText.length > MAX_FRONT_MATTER) {
    report({ start: bodyStart, end: bodyStart + 1 }, `Front matter is ${Math.round(yamlText.length / 1024)} KB; Newsdesk reads front matter up to ${MAX_FRONT_MATTER / 1024} KB. ${STILL_CHECKED}`);
    frontMatter.published = publishedLine(yamlText);
    return { frontMatter, problems };
  }
  if (flowDepth(yamlText) > MAX_FLOW_DEPTH) {
    report({ start: bodyStart, end: bodyStart + 1 }, `Front matter nests lists or mappings more than ${MAX_FLOW_DEPTH} deep; Newsdesk does not read it. ${STILL_CHECKED}`);
    frontMatter.published = publishedLine(yamlText);
    return { frontMatter, problems };
  }
  // Keys are checked for duplicates below, in one pass: the parser's own check compares every pair.
  // The YAML parser does not take a lone \r as a line break; \n in its place keeps every offset.
  const doc = parseDocument(loneCarriageReturnsAsNewlines(yamlText), { prettyErrors: false, uniqueKeys: false });
  const at = (range: readonly number[] | undefined | null, fallback: Span = block): Span =>
    range ? { start: bodyStart + range[0], end: Math.max(bodyStart + range[0] + 1, bodyStart + range[1]) } : fallback;
  if (doc.errors.length > 0) {
    // One diagnostic: the first error is where the writer should look; the rest usually follow from it.
    const error = doc.errors[0];
    const pos = error.pos ?? [0, 1];
    const firstLine = error.message.split('\n')[0];
    const more = doc.errors.length > 1 ? ` (${doc.errors.length - 1} more after it)` : '';
    report({ start: bodyStart + pos[0], end: bodyStart + Math.max(pos[1], pos[0] + 1) }, `Front matter is not valid YAML: ${firstLine}${more}. ${STILL_CHECKED}`);
    frontMatter.published = publishedLine(yamlText);
    return { frontMatter, problems };
  }
  const root = doc.contents;
  if (root === null) return { frontMatter, problems };
  if (!isMap(root)) {
    report(at(root.range), 'Front matter must be a mapping of keys to values (e.g. "published: 2024-09-11").');
    return { frontMatter, problems };
  }
  const data = toData(doc);
  if (data instanceof Error) {
    report(at(firstAlias(doc)), `Front matter uses a YAML alias that cannot be expanded (${data.message.split('\n')[0]}). ${STILL_CHECKED}`);
    frontMatter.published = publishedLine(yamlText);
    return { frontMatter, problems };
  }
  frontMatter.data = data;
  for (const duplicate of duplicateKeys(doc)) report(at(duplicate.range), `"${duplicate.key}" is given twice in the front matter; the first value is used.`);

  for (const key of ['published', 'date'] as const) {
    const node = root.get(key, true) as YamlNode | undefined;
    if (!node || frontMatter.published) continue;
    const raw = isScalar(node) ? node.value : undefined;
    const value = raw instanceof Date ? raw.toISOString().slice(0, 10) : typeof raw === 'string' ? raw.trim() : undefined;
    const iso = value ? toIsoDate(value) : null;
    if (iso) frontMatter.published = iso;
    else report(at(node.range), `"${key}" must be a calendar date such as 2024-09-11; relative dates cannot be resolved until it is.`);
  }

  const sources = root.get('sources', true) as YamlNode | undefined;
  if (sources) {
    if (!isSeq(sources)) report(at(sources.range), '"sources" must be a list of entries with an id, a name and a url.');
    else {
      for (const item of sources.items as YamlNode[]) {
        if (!isMap(item)) { report(at(item?.range), 'Each source needs at least an "id".'); continue; }
        const id = item.get('id');
        if (typeof id !== 'string' || !id) { report(at(item.range), 'This source has no "id", so :cite{src=…} cannot refer to it.'); continue; }
        if (frontMatter.sources.some((s) => s.id === id)) { report(at(item.range), `Source id "${id}" is listed twice.`); continue; }
        const name = item.get('name');
        const url = item.get('url');
        frontMatter.sources.push({ id, name: typeof name === 'string' ? name : undefined, url: typeof url === 'string' ? url : undefined, span: at(item.range) });
      }
    }
  }

  const entities = root.get('entities', true) as YamlNode | undefined;
  if (entities) {
    const read = readRegistryEntries(entities, 'front-matter', (range, message) => report(at(range), message));
    frontMatter.entities = read.map((e) => ({ ...e, span: e.span ? at([e.span.start, e.span.end]) : undefined }));
  }
  return { frontMatter, problems };
}

/** Shared by front matter `entities` and `.newsdesk/entities.yaml`; spans are relative to the YAML text. */
export function readRegistryEntries(node: YamlNode, origin: string, report: (range: readonly number[] | undefined, message: string) => void): RegistryEntry[] {
  const entries: RegistryEntry[] = [];
  if (!isSeq(node)) { report(node.range ?? undefined, '"entities" must be a list of entries with an id, a type and a name.'); return entries; }
  for (const item of node.items as YamlNode[]) {
    if (!isMap(item)) { report(item?.range ?? undefined, 'Each entity needs an "id", a "type" and a "name".'); continue; }
    const id = item.get('id');
    const type = item.get('type');
    const name = item.get('name');
    const range = item.range ?? undefined;
    if (typeof id !== 'string' || !id) { report(range, 'This entity has no "id".'); continue; }
    if (typeof name !== 'string' || !name) { report(range, `Entity "${id}" has no "name".`); continue; }
    if (!ENTITY_TYPES.includes(type as EntityType)) { report(range, `Entity "${id}" has type "${String(type)}"; use one of ${ENTITY_TYPES.join(', ')}.`); continue; }
    if (entries.some((e) => e.id === id)) { report(range, `Entity id "${id}" is defined twice; the first definition is used.`); continue; }
    const aliases = item.get('aliases', true) as YamlNode | undefined;
    const aliasList = aliases && isSeq(aliases) ? (aliases.toJSON() as unknown[]).filter((a): a is string => typeof a === 'string') : [];
    const description = item.get('description');
    const wikidata = item.get('wikidata');
    entries.push({
      id, type: type as EntityType, name, aliases: aliasList, origin,
      description: typeof description === 'string' ? description : undefined,
      wikidata: typeof wikidata === 'string' ? wikidata : undefined,
      span: range ? { start: range[0], end: range[1] } : undefined,
    });
  }
  return entries;
}

/** The front matter as plain data, or the error that stopped alias expansion (unresolved alias, alias bomb). */
function toData(doc: Document.Parsed): Record<string, unknown> | Error {
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function firstAlias(doc: Document.Parsed): readonly number[] | undefined {
  let range: readonly number[] | undefined;
  visit(doc, { Alias(_, node) { range = node.range ?? undefined; return visit.BREAK; } });
  return range;
}

/** Keys repeated within one mapping, at their second (and later) occurrence. Linear in the number of keys. */
function duplicateKeys(doc: Document.Parsed): { key: string; range: readonly number[] | undefined }[] {
  const found: { key: string; range: readonly number[] | undefined }[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const keyNode = pair.key as YamlNode | null;
        if (!keyNode || isAlias(keyNode)) continue;
        const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
        if (seen.has(key)) found.push({ key, range: keyNode.range ?? undefined });
        else seen.add(key);
      }
    },
  });
  return found;
}

function toIsoDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function clamp(span: Span, min: number, max: number): Span {
  const start = Math.min(Math.max(span.start, min), max - 1);
  return { start, end: Math.min(Math.max(span.end, start + 1), max) };
}
