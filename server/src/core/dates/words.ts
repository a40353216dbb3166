// Loads the date word lists from data/ once: tense cues, "-ed" exceptions, event nouns, year cues.
import { readDataText, readWordList } from '../dataFiles';
import { isDigits, wordsOf } from '../text/shape';
import { isAsciiLetter } from './context';

const lowerCased = new Map<string, ReadonlySet<string>>();

/** A data/ list as a set of lower-cased entries. */
export function wordList(name: string): ReadonlySet<string> {
  let set = lowerCased.get(name);
  if (!set) {
    set = new Set([...readWordList(name)].map((w) => w.toLowerCase()));
    lowerCased.set(name, set);
  }
  return set;
}

/** Number words in lower case → their value; no prototype, so `in` and lookups find no "constructor". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = Object.assign(Object.create(null) as Record<string, number>, {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Whether `word` is a number word of the tens ("twenty" … "ninety"). */
function isTens(word: string): boolean {
  return Object.hasOwn(NUMBER_WORDS, word) && NUMBER_WORDS[word] >= 20;
}

/** Whether `word` is a number word from "one" to "nine" (not "a", "an"). */
function isUnitWord(word: string): boolean {
  return Object.hasOwn(NUMBER_WORDS, word) && NUMBER_WORDS[word] <= 9 && word !== 'a' && word !== 'an';
}

/** "three", "21", "twenty-one" → number; null otherwise. */
export function parseSmallNumber(word: string): number | null {
  const w = word.toLowerCase();
  if (isDigits(w)) return Number(w);
  if (w in NUMBER_WORDS) return NUMBER_WORDS[w];
  for (const sep of ['-', ' ']) {
    const [tens, ones, ...more] = w.split(sep);
    if (!more.length && ones !== undefined && isTens(tens) && isUnitWord(ones)) return NUMBER_WORDS[tens] + NUMBER_WORDS[ones];
  }
  return null;
}

/**
 * The number-word alternation for regular expressions (longest first so "twenty-one" wins over "twenty"). Digits
 * are never the tail of a larger number: "000" of "1,000" and "5" of "1.5" are not read.
 */
export const NUMBER_RE = '(?:(?<!\\d[.,])\\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-|[^\\S\\r\\n])(?:one|two|three|four|five|six|seven|eight|nine)|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine|ten)';

/** Spells a number the way the text did: digits stay digits, words stay words (up to 99). */
export function numberLike(original: string, n: number): string {
  if (isDigits(original)) return String(n);
  const names = Object.entries(NUMBER_WORDS).filter(([w]) => w !== 'a' && w !== 'an');
  const exact = names.find(([, v]) => v === n);
  let out = exact ? exact[0] : '';
  if (!out) {
    const tens = names.find(([, v]) => v === n - (n % 10));
    const ones = names.find(([, v]) => v === n % 10);
    out = tens && ones && n < 100 ? `${tens[0]}-${ones[0]}` : String(n);
  }
  return original[0] === original[0].toUpperCase() && isAsciiLetter(original[0]) ? out[0].toUpperCase() + out.slice(1) : out;
}

const classCache = new Map<string, ReadonlyMap<string, string>>();

/** A data/ list of word classes, one class a line: each word (and its plural) → the class's first word ("~match" for a line marked "~"). */
export function wordClasses(name: string): ReadonlyMap<string, string> {
  let map = classCache.get(name);
  if (!map) {
    const classes = new Map<string, string>();
    for (const line of readDataText(name).split('\n')) {
      const words = wordsOf(line.toLowerCase());
      if (!words.length || words[0].startsWith('#')) continue;
      // "~ match game …": the class keeps the mark, so callers can tell a recurring kind.
      const mark = words[0] === '~' ? words.shift()! : '';
      for (const w of words) {
        classes.set(w, mark + words[0]);
        classes.set(['s', 'sh', 'ch', 'x'].some((end) => w.endsWith(end)) ? `${w}es` : `${w}s`, mark + words[0]);
      }
    }
    map = classes;
    classCache.set(name, map);
  }
  return map;
}
