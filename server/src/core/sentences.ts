// Abbreviations that take a full stop without ending a sentence (the figure fixes read them).
import { readWordList } from './dataFiles';
import { hasLetter, isCapitalised } from './text/shape';

/** The full stop at `dot` closes an abbreviation, an initial or a dotted acronym ("Inc.", "J.", "U.S."), per data/abbreviations.txt. */
export function closesAbbreviation(prose: string, dot: number): boolean {
  return prose[dot] === '.' && isAbbreviation(prose, dot, readWordList('abbreviations.txt'));
}

function isAbbreviation(prose: string, dot: number, abbrev: ReadonlySet<string>): boolean {
  // Abbreviations are short: look back a few characters only (a 50,000-character "a.a.a…" stays linear).
  let s = dot;
  while (s > 0 && dot - s < 24 && (hasLetter(prose[s - 1]) || prose[s - 1] === '.')) s--;
  const word = prose.slice(s, dot).toLowerCase();
  if (!word) return false;
  if (abbrev.has(word)) return true;
  if (readWordList('abbreviations-before-numbers.txt').has(word)) return beforeNumberOrDate(prose, dot + 1);
  // Single initials ("J. Smith") and dotted acronyms ("U.N.") do not end sentences.
  return [...word].length === 1 && hasLetter(word) && word !== word.toUpperCase() ? false : isInitialOrAcronym(prose.slice(s, dot));
}

/** One capital letter ("J") or letters with full stops between them ("U.N", "e.g"). */
function isInitialOrAcronym(w: string): boolean {
  const chars = [...w];
  if (chars.length === 1) return isCapitalised(w);
  return chars.length >= 3 && chars.length % 2 === 1 && chars.every((c, i) => (i % 2 === 1 ? c === '.' : hasLetter(c)));
}

const MONTH_OR_WEEKDAY = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)$/;

/** After `at` (past spaces and a comma) comes a number, a month or a weekday: "Dec. 5", "Sun. June 13", "No. 10". */
function beforeNumberOrDate(prose: string, at: number): boolean {
  const next = /^[\s,]*(\p{N}|\p{L}+)/u.exec(prose.slice(at, at + 24));
  if (!next) return false;
  // The number alternative is one character of \p{N}, the other letters only.
  return !hasLetter(next[1]) || MONTH_OR_WEEKDAY.test(next[1].toLowerCase());
}
