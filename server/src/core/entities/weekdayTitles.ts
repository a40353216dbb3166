// Newspapers named for a weekday after "on": "the Mail on Sunday", "the Independent on Sunday".
import type { Span } from '../types';
import type { RecognizedMention } from './ner';
import { readWordList } from '../dataFiles';

/** "the Mail on Sunday": "the", a capitalised head, "on" and a weekday of the week's end (after "the", the spaces a tag's markup leaves in the prose: "the :org[Mail on Sunday]"). */
const TITLE = /\b[Tt]he\s+(\p{Lu}\p{Ll}+) on (Sunday|Saturday)\b/gu;
/** The same title's words before its weekday, at the end of a text. */
const TITLE_BEFORE = /\b[Tt]he\s+(\p{Lu}\p{Ll}+) on $/u;

/**
 * The spans of newspaper titles "the X on Sunday" in `prose` whose head X is one of
 * data/newspaper-weekday-titles.txt ("Mail", "Independent"), "the" left out; in text order.
 */
function weekdayTitleSpans(prose: string): Span[] {
  const heads = readWordList('newspaper-weekday-titles.txt');
  const out: Span[] = [];
  for (const m of prose.matchAll(TITLE)) if (heads.has(m[1].toLowerCase())) out.push({ start: m.index! + m[0].indexOf(m[1]), end: m.index! + m[0].length });
  return out;
}

/** Whether `before`, the text before a weekday, ends in a newspaper title's "the X on " (data/newspaper-weekday-titles.txt). */
export function endsWeekdayTitle(before: string): boolean {
  const m = TITLE_BEFORE.exec(before);
  return !!m && readWordList('newspaper-weekday-titles.txt').has(m[1].toLowerCase());
}

/**
 * "A poll for the Mail on Sunday found": each title of weekdayTitleSpans becomes one mention typed an organisation,
 * in place of what the recogniser read inside it ("Mail" alone, as a place); a title a tag overlaps (`tagged`) is left
 * to the tag. `raws` in text order; returns a new array in text order.
 */
export function joinWeekdayTitles(raws: readonly RecognizedMention[], prose: string, tagged: (s: Span) => boolean): RecognizedMention[] {
  const titles = weekdayTitleSpans(prose).filter((s) => !tagged(s));
  if (!titles.length) return [...raws];
  const inside = (r: Span) => titles.some((s) => r.start < s.end && s.start < r.end);
  const added: RecognizedMention[] = titles.map((s) => ({ start: s.start, end: s.end, text: prose.slice(s.start, s.end), label: 'ORG', type: 'org', confidence: 1 }));
  return [...raws.filter((r) => !inside(r)), ...added].sort((a, b) => a.start - b.start);
}
