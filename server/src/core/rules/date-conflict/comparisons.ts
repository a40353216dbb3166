// date-conflict, comparisons: a period compared with itself ("downloads last year were up tenfold on 2004" in 2005).
import { valueInWords } from '../../dates/describe';
import { contextSet } from '../../dates/context';
import { weekdayAlone } from '../../dates';
import { languageOf } from '../../language';
import type { Article, DateMention } from '../../types';
import type { RuleFinding } from '../rule';

/** Most tokens between a word of change and the date it is measured against ("up more than tenfold on 2004"). */
const CHANGE_REACH = 8;

/**
 * A date relative to publication and a written one after it in its sentence that name the same year or month, the
 * written one right after a word of comparison ("on", "than", "from": data/dates-context.json comparedOnWords) with a word of
 * change read by lemma before it ("up", "rise", "more": comparisonLemmas), or after a comparison named ("compared with",
 * "in comparison to": comparingWords and comparingPrepositions): "The number of tracks downloaded last year
 * was up tenfold on 2004", published in 2005, measures 2004 against itself (slips61); so does a change's baseline with its period, "declined to 3.8 percent last
 * month from 4.1 percent in January" in February (slips92), the month named without its year; and "fell to $14 billion last
 * year, down $2.5 billion from 1997" in 1998 (slips108). The written date is flagged;
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

/** Most tokens between "compared with" and the weekday its figures were quoted on ("1.8353 marks and 141.52 yen Wednesday"). */
const QUOTED_REACH = 12;
/** Parts of speech of a baseline's figures and their units ("$1.6145", "1.8353 marks and 141.52 yen"). */
const QUOTED_POS: ReadonlySet<string> = new Set(['NUM', 'NOUN', 'SYM', 'CCONJ', 'PROPN']);

/**
 * "the dollar was at 1.8400 marks compared with 1.8353 marks Wednesday. … the pound was at $1.5765 compared with
 * $1.6145 Tuesday" (slips94): in one paragraph of a market report, the figures quoted "compared with" (data
 * comparingWords and comparingPrepositions) a weekday alone are the last session's, one day; a weekday that differs
 * from the first such one is flagged. Only a weekday right after the baseline's figures (numbers, their units, "and"),
 * within QUOTED_REACH tokens of the comparison, with no date or verb between.
 */
export function baselineDayConflicts(article: Article, dates: DateMention[]): RuleFinding[] {
  const layer = languageOf(article);
  const out: RuleFinding[] = [];
  const first = new Map<number, DateMention>();
  for (const d of dates) {
    if (d.kind !== 'date' || d.weekday === undefined || d.sentence < 0 || !d.value || !weekdayAlone(d)) continue;
    const at = layer.tokenAt(d.start);
    if (at < 0 || !comparedBefore(article, layer, at)) continue;
    const paragraph = article.sentences[d.sentence]?.paragraph ?? -1;
    const earlier = first.get(paragraph);
    if (!earlier) { first.set(paragraph, d); continue; }
    if (earlier.weekday === d.weekday) continue;
    out.push({ start: d.start, end: d.end, message: `Figures here are compared with “${d.text}” but earlier in the paragraph with “${earlier.text}”: one market report compares with one session’s close.` });
  }
  return out;
}

/** Whether "compared with" (or "to", "against") and a baseline's figures stand right before layer token `at`. */
function comparedBefore(article: Article, layer: ReturnType<typeof languageOf>, at: number): boolean {
  const word = (k: number) => { const t = layer.tokens[k]; return t ? article.prose.slice(t.start, t.end).toLowerCase() : ''; };
  let number = false;
  for (let k = at - 1; k >= Math.max(1, at - QUOTED_REACH) && layer.tokens[k].sentence === layer.tokens[at].sentence; k--) {
    if (contextSet('comparingPrepositions').has(word(k)) && contextSet('comparingWords').has(word(k - 1))) return number;
    if (!QUOTED_POS.has(layer.tokens[k].pos)) return false;
    number ||= layer.tokens[k].pos === 'NUM';
  }
  return false;
}
