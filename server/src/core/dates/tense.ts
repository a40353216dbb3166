// Reads the tense that governs a date from the nearest tense cue in its sentence ("arrived", "will", "is").
import type { Span } from '../types';
import { wordList } from './words';

export type Tense = 'past' | 'present' | 'future';

export interface TenseCue extends Span {
  tense: Tense;
  /** "will have" reads as future but may speak of a completed past; rules stay quiet about it. */
  perfect: boolean;
}

const TOKEN = /[A-Za-z]+(?:'[a-z]+)?/g;

function classify(word: string, sentenceInitial: boolean): Tense | null {
  const w = word.toLowerCase();
  if (wordList('dates-future-cues.txt').has(w) || w.endsWith("'ll") || w === "won't") return 'future';
  if (wordList('dates-present-cues.txt').has(w)) return 'present';
  if (wordList('dates-past-verbs.txt').has(w) || w === 'has' || w === 'have') return 'past';
  // A capitalised "-ed" word mid-sentence is a name (Ted, Reed), not a verb.
  if (w.length >= 4 && w.endsWith('ed') && !wordList('dates-ed-exceptions.txt').has(w) && (sentenceInitial || word[0] === w[0])) return 'past';
  return null;
}

/** How far (UTF-16 code units) from a date its tense cue is looked for. */
const CUE_REACH = 400;

/**
 * The tense cue nearest to `span` within `sentence` (ties go to the cue before the date,
 * since "met on Wednesday" is the commoner order); null when the sentence has none.
 */
export function tenseAround(prose: string, sentence: Span, span: Span): TenseCue | null {
  let best: TenseCue | null = null;
  let bestDistance = Infinity;
  // A cue further than CUE_REACH from the date governs another clause: read only that far (linear time on
  // sentences crowded with dates).
  const from = Math.max(sentence.start, span.start - CUE_REACH);
  const text = prose.slice(from, Math.min(sentence.end, span.end + CUE_REACH));
  TOKEN.lastIndex = 0;
  let first = from === sentence.start;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const initial = first;
    first = false;
    if (start < span.end && end > span.start) continue;
    // Hyphenated compounds ("US-led", "Iran-backed") are adjectives, not verbs.
    if (prose[start - 1] === '-' || prose[end] === '-') continue;
    const tense = classify(m[0], initial);
    if (!tense) continue;
    // "will be held", "must be returned": a participle after "be" takes its tense from the auxiliary before it.
    if (tense === 'past' && /\b(?:be|been|being)\s+$/i.test(prose.slice(Math.max(sentence.start, start - 7), start))) continue;
    const distance = end <= span.start ? span.start - end : start - span.end + 0.5;
    if (distance < bestDistance) {
      bestDistance = distance;
      const perfect = tense === 'future' && /^\s+have\b/i.test(prose.slice(end, end + 6));
      best = { start, end, tense, perfect };
    }
  }
  return best;
}
