// Spelling-variant keys: two names with one key are taken as one entity spelt two ways.
import { normaliseName } from '../registry';
import { GenerationMemo } from '../text/memo';
import { hasLetter } from '../text/shape';
import { isCapitals, isDottedInitials } from './nameShape';

/** Keys by name: an article's names repeat, and are looked up again at every keystroke. */
const keys = new GenerationMemo<string, string>(20000);

/**
 * Folds what transliteration, typing and house style vary: case, diacritics, hyphens, spaces and apostrophes
 * between words, full stops in initialisms (U.S./US), kh/k, ph/f, q/k, dh/d, th/t, ou/u, ee/i, y/i, doubled letters. Letters are folded within each
 * word, so an initial never merges with the word after it ("G Gregan" is not a spelling of "Gregan").
 * Returns the key (lower case, no separators); two names are variants when their keys are equal.
 */
export function variantKey(name: string): string {
  return keys.get(name, computeKey);
}

function computeKey(name: string): string {
  return normaliseName(name)
    .split(/['\u2019\s\u2010-]+/)
    // "U.S." is "US": an initialism's full stops are house style.
    .map((word) => (isDottedInitials(word, hasLetter, 2) ? word.replaceAll('.', '') : word))
    .map((word) => withoutDoubledLetters(word
      .replaceAll('kh', 'k').replaceAll('ph', 'f').replaceAll('q', 'k').replaceAll('dh', 'd').replaceAll('th', 't')
      .replaceAll('ou', 'u').replaceAll('ee', 'i').replaceAll('y', 'i')))
    .join('');
}

/** `word` with each run of one repeated UTF-16 code unit written once ("allah" → "alah"). */
export function withoutDoubledLetters(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) if (word[i] !== word[i - 1]) out += word[i];
  return out;
}

/** A name's letters: lower case, with no full stops, hyphens or white space ("U.S." → "us", "RK-S" → "rks"). */
const lettersOf = (name: string) => [...normaliseName(name)].filter((c) => hasLetter(c) || (c >= '0' && c <= '9')).join('');

/**
 * Whether two names one variant key joins differ as acronyms do: one at least is in capitals and their letters differ
 * ("MIT" and "Myth", which th/t and y/i fold together; "AAC" and "AC", which the doubled letter folds). An acronym's
 * letters are its spelling. Not "NATO" and "Nato", "U.S." and "US", "UK" and "Uk": the same letters.
 */
export function acronymClash(a: string, b: string): boolean {
  const caps = (name: string) => isCapitals(name.replaceAll('.', '').replaceAll(' ', ''), 2);
  return (caps(a) || caps(b)) && lettersOf(a) !== lettersOf(b);
}
