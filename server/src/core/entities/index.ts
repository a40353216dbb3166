// Finds entity mentions: the journalist's tags, names the article or registry already knows, then the trained recogniser; links mentions of one entity.
import { normaliseName } from '../registry';
import type { Registry } from '../rules/rule';
import type { Config } from '../config';
import type { Article, EntityMention, EntityType, Span } from '../types';
import { recognizeEntities, type RecognizedMention } from './ner';
import { linkMentions } from './linking';
import * as fs from 'fs';
import { dataPath } from '../dataFiles';
import { lookupPlace } from './gazetteer';

let titles: Set<string> | null = null;
let orgHeads: Set<string> | null = null;

function wordList(name: string): Set<string> {
  return new Set(fs.readFileSync(dataPath(name), 'utf8').split(/\r?\n/).filter((l) => l && !l.startsWith('#')));
}

/**
 * A name never runs into markup: "**Joe** Biden" or "Merkel&amp;Co" end where the writer's plain words end,
 * so a tag fix cannot straddle emphasis or an entity reference. Titles and the head-noun retyping apply after.
 */
function withinProse(r: RecognizedMention, article: Article): RecognizedMention | null {
  let end = r.start;
  while (end < r.end && (article.prose[end] === article.text[end] || /\s/.test(article.text[end]))) end++;
  while (end > r.start && /\s/.test(article.text[end - 1])) end--;
  // "Shameless (Channel": a bracket the name does not close ends it.
  const text = article.text.slice(r.start, end);
  const open = text.search(/[()[\]]/);
  if (open >= 0 && (text.match(/\(/g)?.length ?? 0) !== (text.match(/\)/g)?.length ?? 0)) end = r.start + open;
  while (end > r.start && /\s/.test(article.text[end - 1])) end--;
  // "3.35m Euros" is money, not a name.
  if (end <= r.start || /^\p{N}/u.test(article.text[r.start])) return null;
  const cut = end === r.end ? r : { ...r, end, text: article.text.slice(r.start, end) };
  return withHeadNoun(withoutTitle(cut), article.prose);
}

/**
 * "the Islamic State jihadist group": a multi-word name that is no known country or capital, after "the" and
 * before an organisation noun (one modifier allowed), names an organisation whatever the model read from its words.
 */
function withHeadNoun(m: RecognizedMention, prose: string): RecognizedMention {
  if (m.type !== 'place' || !/\s/.test(m.text) || lookupPlace(m.text)) return m;
  if (!/\bthe\s+$/i.test(prose.slice(Math.max(0, m.start - 5), m.start))) return m;
  orgHeads ??= wordList('org-head-nouns.txt');
  const words = /^\s+(\p{Ll}[\p{Ll}-]*)(?:\s+(\p{Ll}+))?(?:\s+(\p{Ll}+))?/u.exec(prose.slice(m.end, m.end + 60));
  if (!words) return m;
  // "the X group said" or "the X jihadist group": the noun must end the phrase, not begin a compound ("group stage").
  const ends = (w: string | undefined) => w === undefined || PHRASE_ENDERS.has(w);
  const direct = orgHeads.has(words[1]) && ends(words[2]);
  const modified = words[2] !== undefined && orgHeads.has(words[2]) && ends(words[3]);
  if (!direct && !modified) return m;
  return { ...m, type: 'org', label: 'ORG' };
}

const PHRASE_ENDERS = new Set(['of', 'and', 'or', 'that', 'which', 'in', 'on', 'for', 'has', 'have', 'had', 'is', 'was', 'said', 'says', 'to', 'with', 'at', 'from', 'by'])

/** "Mr Blunkett" → "Blunkett", "The Home Office" → "Home Office": the name is what gets tagged and linked. */
function withoutTitle(m: RecognizedMention): RecognizedMention {
  titles ??= wordList('titles.txt');
  const match = /^(\p{Lu}\p{L}*)\.?\s+(?=\p{Lu})/u.exec(m.text);
  if (!match || !titles.has(match[1])) return m;
  const cut = match[0].length;
  return { ...m, start: m.start + cut, text: m.text.slice(cut) };
}

export type Recognizer = (prose: string, sentences: Span[]) => RecognizedMention[];

const TAG_TYPES: Record<string, EntityType> = { person: 'person', org: 'org', place: 'place', entity: 'other' };

/**
 * Tags outrank everything: a name tagged once is known everywhere in the article (and, through
 * `knownNames`, the workspace); then registry names and aliases; the recogniser fills the rest.
 */
export function findEntities(
  article: Article,
  registry: Registry,
  config: Config,
  knownNames: ReadonlyMap<string, EntityType> = new Map(),
  recognize: Recognizer = recognizeEntities,
): EntityMention[] {
  const mentions: EntityMention[] = [];
  const taken: Span[] = [];
  const ignored = new Set(config.ignoreNames.map(normaliseName));

  const names = new Map<string, { type: EntityType; id: string | null; source: string }>();
  for (const [name, type] of knownNames) names.set(name, { type, id: registry.byName.get(name)?.id ?? null, source: 'workspace-tag' });
  for (const [name, entry] of registry.byName) names.set(name, { type: entry.type, id: entry.id, source: 'registry' });

  for (const tag of article.tags) {
    const type = TAG_TYPES[tag.kind];
    if (!type || tag.label.end <= tag.label.start) continue;
    const text = article.text.slice(tag.label.start, tag.label.end);
    const key = normaliseName(tag.text);
    const id = tag.attributes.id ?? registry.byName.get(key)?.id ?? null;
    mentions.push({ start: tag.label.start, end: tag.label.end, text, type, tagged: true, id, group: '', confidence: 1, source: 'tag' });
    taken.push({ start: tag.start, end: tag.end });
    if (key) names.set(key, { type, id, source: 'tag' });
  }
  for (const c of article.citations) taken.push(c);

  const overlapsTaken = (s: Span) => taken.some((t) => s.start < t.end && t.start < s.end);

  for (const match of findKnownNames(article.prose, names)) {
    if (overlapsTaken(match) || ignored.has(match.key)) continue;
    const known = names.get(match.key)!;
    mentions.push({ start: match.start, end: match.end, text: article.text.slice(match.start, match.end), type: known.type, tagged: false, id: known.id, group: '', confidence: 1, source: known.source });
    taken.push(match);
  }

  for (const recognised of recognize(article.prose, article.sentences)) {
    const m = withinProse(recognised, article);
    if (!m) continue;
    if (overlapsTaken(m) || ignored.has(normaliseName(m.text))) continue;
    mentions.push({ start: m.start, end: m.end, text: m.text, type: m.type, tagged: false, id: null, group: '', confidence: m.confidence, source: m.label });
  }

  mentions.sort((a, b) => a.start - b.start);
  linkMentions(mentions, registry);
  return mentions;
}

interface NameMatch extends Span {
  key: string;
}

/** Whole-word, case-sensitive-on-first-letter occurrences of known names, longest first. */
function findKnownNames(prose: string, names: ReadonlyMap<string, unknown>): NameMatch[] {
  if (names.size === 0) return [];
  const byFirstWord = new Map<string, string[]>();
  for (const key of names.keys()) {
    const first = key.split(' ')[0];
    const list = byFirstWord.get(first) ?? [];
    list.push(key);
    byFirstWord.set(first, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  const matches: NameMatch[] = [];
  const word = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu;
  for (let m = word.exec(prose); m; m = word.exec(prose)) {
    // Names start with a capital (or a non-cased script): "the president" is not "President".
    if (m[0][0] === m[0][0].toLowerCase() && m[0][0] !== m[0][0].toUpperCase()) continue;
    const first = normaliseName(m[0].replace(/[.’'-]+$/, ''));
    const candidates = byFirstWord.get(first);
    if (!candidates) continue;
    for (const key of candidates) {
      const end = matchName(prose, m.index, key);
      if (end !== -1) {
        matches.push({ start: m.index, end, key });
        word.lastIndex = end;
        break;
      }
    }
  }
  return matches;
}

/** End offset if `key` (normalised) is spelt at `start` as whole words, else -1. */
function matchName(prose: string, start: number, key: string): number {
  const words = key.split(' ');
  let at = start;
  for (let i = 0; i < words.length; i++) {
    if (i > 0) {
      if (!/\s/.test(prose[at] ?? '')) return -1;
      while (/\s/.test(prose[at] ?? '')) at++;
    }
    const m = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/u.exec(prose.slice(at, at + 80));
    if (!m) return -1;
    let token = m[0];
    // Trailing punctuation or a possessive belongs to the sentence, not the name.
    const stripped = token.replace(/(['’]s|[.’'-])+$/u, '');
    if (normaliseName(stripped) === words[i]) token = stripped;
    else if (normaliseName(token) !== words[i]) return -1;
    at += token.length;
  }
  return at;
}
