// date-conflict, comparisons: a period compared with itself ("downloads last year were up tenfold on 2004" in 2005).
import { valueInWords } from '../../dates/describe';
import { contextSet } from '../../dates/context';
import { languageOf } from '../../language';
import type { Article, DateMention } from '../../types';
import type { RuleFinding } from '../rule';

/** Most tokens between a word of change and the date it is measured against ("up more than tenfold on 2004"). */
const CHANGE_REACH = 8;

/**
 * A date relative to publication and a written one after it in its sentence that name the same year or month, the
 * written one right after a word of comparison ("on", "than": data/dates-context.json comparedOnWords) with a word of
 * change read by lemma before it ("up", "rise", "more": comparisonLemmas), or after a comparison named ("compared with",
 * "in comparison to": comparingWords and comparingPrepositions): "The number of tracks downloaded last year
 * was up tenfold on 2004", published in 2005, measures 2004 against itself (slips61); so does a change's baseline with its period, "declined to 3.8 percent last
 * month from 4.1 percent in January" in February (slips92), the month named without its year. The written date is flagged;
 * which of the two slipped is the desk's to say. Nothing when either is unresolved.
 */
export function selfComparisons(article: Article, dates: DateMention[]): RuleFinding[] {
  const layer = languageOf(article);
  const out: RuleFinding[] = [];
  const comparable = (d: DateMention) => d.kind === 'date' && d.sentence >= 0 && !!d.value && !d.rangeEnd && (d.grain === 'year' || d.grain === 'month');
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i];
    if (!comparable(a) || a.resolvedBy !== 'publication') continue;
    const aLast = layer.tokenAt(a.end - 1);
    for (let j = i + 1; j < dates.length && dates[j].sentence === a.sentence; j++) {
      const b = dates[j];
      // (A month named without its year, "in January", is the month its tense chose: "last month" in February is it.)
      if (!comparable(b) || (b.relative && !(b.grain === 'month' && b.resolvedBy === 'tense')) || b.value !== a.value) continue;
      const at = layer.tokenAt(b.start);
      // Words after `a` only.
      const word = (k: number) => { const t = layer.tokens[k]; return t && k > aLast ? article.prose.slice(t.start, t.end).toLowerCase() : ''; };
      if (!measuredAgainst(layer, word, at, aLast)) continue;
      out.push({ start: b.start, end: b.end, message: `“${b.text}” is ${valueInWords(b.value!)}, the period “${a.text}” already names: a period compared with itself.` });
    }
  }
  return out;
}

/**
 * Whether the date at layer token `at` is what a change after token `aLast` is measured against: "compared with 2004",
 * "in comparison to 2004" name the comparison; "on 2004", "than 2004" need a word of change before them (within
 * CHANGE_REACH); a baseline's value and its period, "from 4.1 percent in January", need none. `word` reads a token's
 * lower-case word (empty up to `aLast`).
 */
function measuredAgainst(layer: ReturnType<typeof languageOf>, word: (k: number) => string, at: number, aLast: number): boolean {
  if (contextSet('comparingPrepositions').has(word(at - 1)) && contextSet('comparingWords').has(word(at - 2))) return true;
  if (word(at - 1) === 'in' && baselineBefore(layer, word, at - 1)) return true;
  if (!contextSet('comparedOnWords').has(word(at - 1))) return false;
  const from = Math.max(aLast + 1, at - 1 - CHANGE_REACH);
  return layer.tokens.slice(from, at - 1).some((t) => contextSet('comparisonLemmas').has(t.lemma));
}

/** Most tokens of a baseline's value between "from" and the "in" of its period ("from 4.1 percent in"). */
const BASELINE_REACH = 5;

/**
 * Whether "from" and a number stand within BASELINE_REACH tokens before token `inAt` (the "in" before a period):
 * the period is a change's baseline ("from 4.1 percent in January"). `word` reads a token's lower-case word.
 */
function baselineBefore(layer: ReturnType<typeof languageOf>, word: (k: number) => string, inAt: number): boolean {
  let number = false;
  for (let k = inAt - 1; k >= Math.max(0, inAt - BASELINE_REACH); k--) {
    if (layer.tokens[k].pos === 'NUM') number = true;
    else if (word(k) === 'from') return number;
  }
  return false;
}
