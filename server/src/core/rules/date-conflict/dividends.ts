// date-conflict, dividends: a dividend paid before its record date ("payable Nov. 1 to stock of record Nov. 10").
import { valueInWords } from '../../dates/describe';
import { contextSet } from '../../dates/context';
import { languageOf, type Language } from '../../language';
import type { Article, DateMention } from '../../types';
import type { RuleFinding } from '../rule';
import { interval } from './shared';

/** Most days a record date may fall after a payment date and still be read as the same payout's (a slipped day or month, not a payment the next year). */
const SLIP_DAYS = 120;

/**
 * "payable Nov. 1 to stock of record Nov. 10": a day after a word of paying (data/dates-context.json payableWords,
 * perhaps with "on") and a later day after a word of record ("of record", "record date": recordWords, perhaps with
 * "on" or "of") in one sentence. A payout goes to those on the register at its record date, so it cannot be paid
 * before it (slips77, slips80): one finding at the payment date when the record date falls 1 to SLIP_DAYS days after it.
 */
export function dividendConflicts(article: Article, dates: DateMention[]): RuleFinding[] {
  const layer = languageOf(article);
  const out: RuleFinding[] = [];
  const days = dates.filter((d) => d.kind === 'date' && d.grain === 'day' && !!d.value && !d.rangeEnd && d.sentence >= 0);
  for (const paid of days) {
    if (!after(article, layer, paid, 'payableWords')) continue;
    const record = days.find((d) => d.sentence === paid.sentence && d !== paid && after(article, layer, d, 'recordWords'));
    const [p, r] = [interval(paid), record && interval(record)];
    if (!record || !p || !r || r[0] <= p[0] || r[0] - p[0] > SLIP_DAYS) continue;
    out.push({
      start: paid.start,
      end: paid.end,
      message: `“${paid.text}” (${valueInWords(paid.value!)}) pays before the record date “${record.text}” (${valueInWords(record.value!)}): a dividend goes to holders on the register at its record date, so it is paid after it.`,
    });
  }
  return out;
}

/** Whether a word or a two-word phrase of data/dates-context.json list `key` ends right before date `d`, or before up to two of "on", "of", "as" before it. */
function after(article: Article, layer: Language, d: DateMention, key: string): boolean {
  const word = (k: number) => { const t = layer.tokens[k]; return t ? article.prose.slice(t.start, t.end).toLowerCase() : ''; };
  let k = layer.tokenAt(d.start) - 1;
  // ("of record as of Nov. 10": two link words at most.)
  for (let links = 0; links < 2 && LINKS.has(word(k)); links++) k--;
  return contextSet(key).has(word(k)) || contextSet(key).has(`${word(k - 1)} ${word(k)}`);
}

/** Words between a paying or record word and its date ("payable on Dec. 1", "record date of Nov. 10"). */
const LINKS = new Set(['on', 'of', 'as']);
