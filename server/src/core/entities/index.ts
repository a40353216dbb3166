// Finds entity mentions: the journalist's tags, names the article or registry already knows, then the trained recogniser; links mentions of one entity.
import { normaliseName } from '../registry';
import type { Registry } from '../rules/rule';
import type { Config } from '../config';
import type { Article, EntityMention, EntityType, Span } from '../types';
import { recognizeEntities, type RecognizedMention } from './ner';
import { linkMentions } from './linking';
import { refineMention } from './refine';

export type Recognizer = (prose: string, sentences: Span[]) => RecognizedMention[];

const TAG_TYPES: Record<string, EntityType> = { person: 'person', org: 'org', place: 'place', entity: 'other' };

/**
 * Tags outrank everything: a name tagged once is known everywhere in the article (and, through
 * `knownNames`, the workspace); then registry names and aliases; the recogniser fills the rest.
 * `notNames` are spans of other mentions (dates, figures): words inside them ("Mon., June 13", "HK$327m") are
 * not names.
 */
export function findEntities(
  article: Article,
  registry: Registry,
  config: Config,
  knownNames: ReadonlyMap<string, EntityType> = new Map(),
  recognize: Recognizer = recognizeEntities,
  notNames: readonly Span[] = [],
): EntityMention[] {
  const mentions: EntityMention[] = [];
  const taken: Span[] = [];
  const ignored = new Set(config.ignoreNames.map(normaliseName));

  const names = new Map<string, { type: EntityType; id: string | null; source: string; form?: string }>();
  for (const [name, type] of knownNames) names.set(name, { type, id: registry.byName.get(name)?.id ?? null, source: 'workspace-tag' });
  for (const [name, entry] of registry.byName) names.set(name, { type: entry.type, id: entry.id, source: 'registry', form: [entry.name, ...entry.aliases].find((a) => normaliseName(a) === name) });

  for (const tag of article.tags) {
    const type = TAG_TYPES[tag.kind];
    if (!type || tag.label.end <= tag.label.start) continue;
    const text = article.text.slice(tag.label.start, tag.label.end);
    const key = normaliseName(tag.text);
    const id = tag.attributes.id ?? registry.byName.get(key)?.id ?? null;
    mentions.push({ start: tag.label.start, end: tag.label.end, text, type, tagged: true, id, group: '', confidence: 1, source: 'tag' });
    taken.push({ start: tag.start, end: tag.end });
    if (key) names.set(key, { type, id, source: 'tag', form: tag.text });
  }
  for (const c of article.citations) taken.push(c);

  const overlapsTaken = (s: Span) => taken.some((t) => s.start < t.end && t.start < s.end);
  // A weekday or month abbreviation inside a date ("Mon., June 13"), a currency prefix inside a figure ("HK$327m"):
  // part of that mention, not a name.
  const insideOther = (s: Span) => notNames.some((d) => d.start <= s.start && s.end <= d.end);

  // The recogniser reads first, so that a known name inside a longer name it finds ("Louisiana" in "Louisiana
  // Department of Environmental Quality", "Denver" in "North Denver") stays part of that name.
  const entityTags = article.tags.filter((t) => t.kind !== 'cite' && t.label.end > t.label.start);
  const recognised = recognize(article.prose, article.sentences).map((raw) => {
    const tag = entityTags.find((t) => raw.start < t.end && t.start < raw.end);
    return { raw, tag, refined: tag ? null : refineMention(raw, article) };
  });
  const insideLongerName = (s: Span) => recognised.some(({ refined: r }) => r && r.start <= s.start && s.end <= r.end && r.end - r.start > s.end - s.start && !overlapsTaken(r));
  for (const match of findKnownNames(article.prose, names)) {
    if (overlapsTaken(match) || ignored.has(match.key) || insideLongerName(match)) continue;
    const known = names.get(match.key)!;
    mentions.push({ start: match.start, end: match.end, text: article.text.slice(match.start, match.end), type: known.type, tagged: false, id: known.id, group: '', confidence: 1, source: known.source });
    taken.push(match);
  }

  const usable = (m: RecognizedMention | null): m is RecognizedMention => !!m && !overlapsTaken(m) && !ignored.has(normaliseName(m.text)) && !insideOther(m);
  for (const { raw, tag, refined } of recognised) {
    // The recogniser read words beside a tag as one name with it ("Mr :person[Greenspan]", ":person[Alex]
    // Kapranos"): what stands outside the tag is a title (dropped) or part of that name (linked to it).
    if (tag) {
      const pieces = [{ start: raw.start, end: tag.start }, { start: tag.end, end: raw.end }];
      for (const piece of pieces) {
        if (!/\p{L}/u.test(article.prose.slice(piece.start, piece.end))) continue;
        const m = refineMention(trimmed(raw, piece, article.prose), article);
        if (!usable(m)) continue;
        const owner = mentions.find((x) => x.tagged && x.start === tag.label.start)!;
        mentions.push({ start: m.start, end: m.end, text: m.text, type: owner.type, tagged: false, id: owner.id, group: '', confidence: m.confidence, source: m.label, partOf: owner.start });
      }
      continue;
    }
    const m = refined;
    if (!usable(m)) continue;
    mentions.push({ start: m.start, end: m.end, text: m.text, type: m.type, tagged: false, id: null, group: '', confidence: m.confidence, source: m.label });
  }

  mentions.sort((a, b) => a.start - b.start);
  linkMentions(mentions, registry);
  return mentions;
}

/** `r` cut to `piece`, without the blank (markup) or space at either end. */
function trimmed(r: RecognizedMention, piece: Span, prose: string): RecognizedMention {
  let { start, end } = piece;
  while (start < end && /\s/.test(prose[start])) start++;
  while (end > start && /\s/.test(prose[end - 1])) end--;
  return { ...r, start, end, text: prose.slice(start, end) };
}

interface NameMatch extends Span {
  key: string;
}

/** Whole-word, case-sensitive-on-first-letter occurrences of known names, longest first. */
function findKnownNames(prose: string, names: ReadonlyMap<string, { form?: string }>): NameMatch[] {
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
      const end = matchName(prose, m.index, key, names.get(key)?.form);
      if (end !== -1) {
        matches.push({ start: m.index, end, key });
        word.lastIndex = end;
        break;
      }
    }
  }
  return matches;
}

/**
 * End offset if `key` (normalised) is spelt at `start` as whole words, else -1. With `form` (the name as the tag
 * or registry writes it), a word capitalised there must be capitalised here: "the V festival" and "the Middle Way
 * group" use a common noun, they do not repeat "V Festival" or "Middle Way Group"; an acronym matches as written.
 */
function matchName(prose: string, start: number, key: string, form?: string): number {
  const words = key.split(' ');
  const formWords = form?.trim().split(/\s+/);
  const capitals = formWords?.map((w) => w[0] !== w[0].toLowerCase());
  const aligned = formWords && capitals && capitals.length === words.length;
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
    if (aligned && capitals[i] && token[0] === token[0].toLowerCase() && token[0] !== token[0].toUpperCase()) return -1;
    // An acronym is written in capitals: "US" is not "Us", "WHO" is not "Who".
    if (aligned && /^\p{Lu}{2,}$/u.test(formWords[i]) && token !== formWords[i]) return -1;
    at += token.length;
  }
  return at;
}
