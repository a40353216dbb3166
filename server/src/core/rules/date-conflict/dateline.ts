// date-conflict, dateline: a press release's or wire story's dateline ("Brussels, 25 January 2015") dates the article
// itself, so it must be the publication date (a day either way, for time zones and embargoes).
import { formatDay, parseIsoDay, toDays } from '../../dates/calendar';
import { valueInWords } from '../../dates/describe';
import { readWrittenDate, writeLike } from '../../dates/written';
import { languageOf } from '../../language';
import type { Article, DateMention, Fix } from '../../types';
import type { RuleFinding } from '../rule';

/** Days a dateline may stand from the publication date: time zones and overnight embargoes. */
const DATELINE_SLACK_DAYS = 1;

/**
 * The dateline's date when it contradicts the publication date: a full calendar date (day, month and year) that
 * opens the body's first paragraph after nothing but a place name and punctuation ("Brussels, 25 January 2015",
 * "WASHINGTON, Jan. 14, 1998 —"). Offers the publication date written the same way. Nothing without a `published`
 * date or a dateline.
 */
export function datelineConflicts(article: Article, dates: DateMention[]): RuleFinding[] {
  const pub = parseIsoDay(article.frontMatter?.published ?? null);
  const first = article.paragraphs.find((p) => !/^\s*#/.test(article.text.slice(p.start, p.end)) && /\p{L}/u.test(article.prose.slice(p.start, p.end)));
  if (!pub || !first) return [];
  const d = dates.find((x) => x.start >= first.start && x.end <= first.end);
  const day = d && d.kind === 'date' && d.grain === 'day' && /\b\d{4}\b/.test(d.text) ? parseIsoDay(d.value) : null;
  if (!d || !day || Math.abs(toDays(day) - toDays(pub)) <= DATELINE_SLACK_DAYS || !placeOnlyBefore(article, first.start, d.start)) return [];
  const fixes: Fix[] = [];
  const written = readWrittenDate(article.text.slice(d.start, d.end), d.start);
  if (written && written.end === d.end && written.y !== null) {
    const newText = writeLike(written, pub);
    fixes.push({ title: `Change to ${newText}`, edits: [{ start: d.start, end: d.end, newText }] });
  }
  return [{ start: d.start, end: d.end, message: `The dateline gives ${valueInWords(d.value!)}, but the article is published on ${formatDay(pub)}.`, fixes }];
}

/** Whether only a place name (proper nouns) and punctuation stand between `from` and `to` ("Brussels, "). */
function placeOnlyBefore(article: Article, from: number, to: number): boolean {
  const layer = languageOf(article);
  let names = 0;
  for (let i = Math.max(0, layer.tokenAt(from)); i < layer.tokens.length && layer.tokens[i].start < to; i++) {
    const t = layer.tokens[i];
    if (t.end <= from) continue;
    if (t.pos === 'PROPN' || /^\p{Lu}[\p{L}.-]*$/u.test(article.prose.slice(t.start, t.end))) names++;
    else if (t.pos !== 'PUNCT') return false;
  }
  return names >= 1 && names <= 4;
}
