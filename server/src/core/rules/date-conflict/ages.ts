// date-conflict, ages: a person's age given beside a name ("Kopp, 45,", "the 18-year-old Mirza", "aged 18") and the
// birth date in the same sentence ("who was born in 1964") must agree on the publication date.
import { formatDay, fromDays, parseIsoDay } from '../../dates/calendar';
import { dateInWords } from '../../dates/describe';
import { firstTokenEndingAfter, languageOf, type Language } from '../../language';
import type { Article, DateMention, EntityMention } from '../../types';
import type { RuleFinding } from '../rule';
import { hasSpace, isCapitalised, isDigits } from '../../text/shape';
import { splitAtSpaces } from '../../entities/nameShape';
import { wordsAtEnd } from '../../dates/context';
import { interval } from './shared';

/** The oldest age read as one: a larger number beside a name is something else. */
const MAX_AGE = 120;
/** Possessives after an age that give the birth that follows to someone else ("whose son was born"). */
const RELATIVES_OPENERS = new Set(['whose', 'his', 'her', 'their']);
/** The words a birth date follows ("born in 1964", "born on 3 May 1950"). */
const BIRTH_PREPOSITIONS = new Set(['in', 'on']);

/**
 * Birth dates that contradict the age given before them in their sentence (ageInSentence: "Kopp, 45, who was born in
 * 1964", "The 18-year-old Mirza, who was born in 1984"), a date after "born" or "born in|on". The person is as old as
 * the years from the birth date's first day to publication, or one year less when only the year or month is given and
 * the birthday may be still to come. The finding is on the birth date. Nothing without a `published` date.
 */
export function ageConflicts(article: Article, dates: DateMention[]): RuleFinding[] {
  const pub = parseIsoDay(article.frontMatter?.published ?? null);
  if (!pub) return [];
  const layer = languageOf(article);
  const out: RuleFinding[] = [];
  for (const d of dates) {
    const span = d.kind === 'date' ? interval(d) : null;
    if (!span || !bornBefore(article.prose.slice(Math.max(0, d.start - 20), d.start))) continue;
    const age = ageInSentence(article, layer, d.start);
    if (age === null) continue;
    // The youngest and oldest the person can be on the publication day, from the first and last day the date covers.
    const oldest = yearsBetween(fromDays(span[0]), pub);
    const youngest = yearsBetween(fromDays(span[1]), pub);
    if (age.value >= youngest && age.value <= oldest) continue;
    const range = youngest === oldest ? `${youngest}` : `${youngest} or ${oldest}`;
    out.push({ start: d.start, end: d.end, message: `Someone born ${d.grain === 'day' ? 'on' : 'in'} ${dateInWords(d)} is ${range} on the publication date (${formatDay(pub)}), not ${age.value} (“${age.text}”).` });
  }
  return out;
}

/** Whether `before` ends with "born", perhaps with "in" or "on" after it. */
function bornBefore(before: string): boolean {
  const [last, previous] = wordsAtEnd(before, 2).reverse();
  return last === 'born' || (BIRTH_PREPOSITIONS.has(last ?? '') && previous === 'born');
}

/** Whole years from `from` to `to` (calendar days). */
function yearsBetween(from: { y: number; m: number; d: number }, to: { y: number; m: number; d: number }): number {
  return to.y - from.y - (to.m < from.m || (to.m === from.m && to.d < from.d) ? 1 : 0);
}

/**
 * The age given nearest before offset `at` in its sentence, or null: a number between commas after a capitalised word
 * ("Kopp, 45,"), "N-year-old" ("The 18-year-old Mirza, who was born in 1984") or "aged N" ("Mirza, aged 18, who was
 * born"). The nearest, so that a relative's age goes with the relative's birth ("Kopp, 45, whose 5-year-old son was
 * born in 2019"); none when a possessive stands after it ("Dunne, aged 40, whose son was born in 2010").
 */
function ageInSentence(article: Article, layer: Language, at: number): { value: number; text: string } | null {
  const i = firstTokenEndingAfter(layer, at);
  const sentence = layer.sentences[layer.tokens[i]?.sentence ?? -1];
  if (!sentence) return null;
  const word = (k: number) => (k >= sentence.first && k <= sentence.last ? article.prose.slice(layer.tokens[k].start, layer.tokens[k].end) : '');
  let found: { value: number; text: string } | null = null;
  for (let k = sentence.first; k <= sentence.last && layer.tokens[k].end <= at; k++) {
    const n = word(k);
    // "Dunne, aged 40, whose son was born in 2010": after a possessive the birth is someone else's.
    if (found && RELATIVES_OPENERS.has(n.toLowerCase())) found = null;
    if (!isDigits(n) || +n > MAX_AGE) continue;
    if (word(k - 1) === ',' && word(k + 1) === ',' && isCapitalised(word(k - 2))) found = { value: +n, text: `${word(k - 2)}, ${n},` };
    else if (word(k + 1) === '-' && word(k + 2) === 'year-old') found = { value: +n, text: `${n}-year-old` };
    else if (word(k - 1).toLowerCase() === 'aged') found = { value: +n, text: `${word(k - 1)} ${n}` };
  }
  return found;
}

/** The most lower-case words between "25-year-old" and the name it describes ("25-year-old defending champion Venus Williams"). */
const AGE_MODIFIERS = 3;

/** An age given to a mention: its value, and the words that give it (UTF-16 offsets into the prose). */
interface GivenAge {
  value: number;
  start: number;
  end: number;
  mention: EntityMention;
}

/**
 * One person given two ages: "25-year-old defending champion Venus Williams" … "Williams, 24,". An age is a number of
 * at most MAX_AGE right after a person's mention between commas or in brackets ("Williams, 24,", "Williams (24)"), or
 * "N-year-old" before it with up to AGE_MODIFIERS lower-case words between. Mentions of one person share their group
 * (entities/linking.ts). The finding is on each later age that differs from the first one given.
 */
export function twoAgeConflicts(article: Article, entities: readonly EntityMention[]): RuleFinding[] {
  const layer = languageOf(article);
  const first = new Map<string, GivenAge>();
  const out: RuleFinding[] = [];
  // A surname two people of the story share ("John Smith, 45, and his son Tom Smith, 12") names neither alone.
  const surnameGroups = new Map<string, Set<string>>();
  for (const m of entities) {
    const words = splitAtSpaces(m.text);
    if (m.type === 'person' && words.length > 1) surnameGroups.set(words[words.length - 1], (surnameGroups.get(words[words.length - 1]) ?? new Set()).add(m.group));
  }
  const shared = (m: EntityMention) => !hasSpace(m.text) && (surnameGroups.get(m.text)?.size ?? 0) > 1;
  for (const m of [...entities].sort((a, b) => a.start - b.start)) {
    if (m.type !== 'person' || shared(m)) continue;
    const age = ageAfter(article, layer, m) ?? ageBefore(article, layer, m);
    if (!age) continue;
    const earlier = first.get(m.group);
    if (!earlier) {
      first.set(m.group, age);
      continue;
    }
    if (earlier.value === age.value) continue;
    const given = (a: GivenAge) => article.text.slice(Math.min(a.start, a.mention.start), Math.max(a.end, a.mention.end));
    out.push({ start: age.start, end: age.end, message: `${m.text} is ${age.value} here (“${given(age)}”) but ${earlier.value} earlier (“${given(earlier)}”).` });
  }
  return out;
}

/** "Williams, 24," or "Williams (24)": the age right after mention `m`, or null. */
function ageAfter(article: Article, layer: Language, m: EntityMention): GivenAge | null {
  const k = firstTokenEndingAfter(layer, m.end);
  const word = (i: number) => (layer.tokens[i] ? article.prose.slice(layer.tokens[i].start, layer.tokens[i].end) : '');
  // The mark comes right after the name, white space at most between.
  if (!layer.tokens[k] || article.prose.slice(m.end, layer.tokens[k].start).trim() !== '') return null;
  const open = word(k);
  const n = word(k + 1);
  const close = word(k + 2);
  const paired = (open === ',' && close === ',') || (open === '(' && close === ')');
  if (!paired || !isDigits(n) || +n > MAX_AGE) return null;
  return { value: +n, start: layer.tokens[k + 1].start, end: layer.tokens[k + 1].end, mention: m };
}

/** "25-year-old defending champion Venus Williams": the age before mention `m`, or null. */
function ageBefore(article: Article, layer: Language, m: EntityMention): GivenAge | null {
  const opening = firstTokenEndingAfter(layer, m.start);
  const sentence = layer.tokens[opening]?.sentence;
  const word = (i: number) => article.prose.slice(layer.tokens[i].start, layer.tokens[i].end);
  let k = opening - 1;
  while (k >= 0 && k >= opening - AGE_MODIFIERS && layer.tokens[k].sentence === sentence && layer.tokens[k].kind === 'word' && !isCapitalised(word(k)) && word(k) !== 'year-old') k--;
  if (k < 2 || layer.tokens[k].sentence !== sentence || word(k) !== 'year-old' || word(k - 1) !== '-' || !isDigits(word(k - 2)) || +word(k - 2) > MAX_AGE) return null;
  return { value: +word(k - 2), start: layer.tokens[k - 2].start, end: layer.tokens[k].end, mention: m };
}
