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
 * was up tenfold on 2004", published in 2005, measures 2004 against itself (slips61). The written date is flagged;
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
      if (!comparable(b) || b.relative || b.value !== a.value) continue;
      const at = layer.tokenAt(b.start);
      // Words after `a` only.
      const word = (k: number) => { const t = layer.tokens[k]; return t && k > aLast ? article.prose.slice(t.start, t.end).toLowerCase() : ''; };
      // "compared with 2004", "in comparison to 2004" name the comparison; "on 2004", "than 2004" need a word of change.
      const compared = contextSet('comparingPrepositions').has(word(at - 1)) && contextSet('comparingWords').has(word(at - 2));
      if (!compared && !contextSet('comparedOnWords').has(word(at - 1))) continue;
      const from = Math.max(aLast + 1, at - 1 - CHANGE_REACH);
      if (!compared && !layer.tokens.slice(from, at - 1).some((t) => contextSet('comparisonLemmas').has(t.lemma))) continue;
      out.push({ start: b.start, end: b.end, message: `“${b.text}” is ${valueInWords(b.value!)}, the period “${a.text}” already names: a period compared with itself.` });
    }
  }
  return out;
}
