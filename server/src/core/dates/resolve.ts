// Turns a candidate into a DateMention: fills missing years and directions from the publication date and the tense.
import type { DateMention, Span } from '../types';
import { addDays, daysInMonth, formatDay, fromDays, isoDay, isoMonth, isoWeek, monthNames, mondayOfIsoWeek, toDays, weekdayNames, weekdayOf, type Ymd } from './calendar';
import type { Candidate, Direction, Expr, Season, YearRef } from './expr';
import type { Tense, TenseCue } from './tense';
import { holidayIn } from './holidays';
import { hasLetter } from '../text/shape';

export interface ResolveContext {
  prose: string;
  pub: Ymd | null;
  sentenceOf(offset: number): { index: number; span: Span | null };
  /** The tense cue a candidate is resolved in, if any. */
  tenseAt(sentence: Span | null, candidate: Candidate): TenseCue | null;
}

interface Option {
  first: number;
  last: number;
  value: string;
}

const SEASON_MONTHS: Readonly<Record<Season, [number, number]>> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };
const SEASON_NAMES: Readonly<Record<Season, string>> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const ORDINALS = ['first', 'second', 'third', 'fourth'];

function monthStart(y: number, m: number): number {
  const yy = y + Math.floor((m - 1) / 12);
  const mm = ((m - 1) % 12 + 12) % 12 + 1;
  return toDays({ y: yy, m: mm, d: 1 });
}

function monthsOption(y: number, from: number, to: number, value: string): Option {
  return { first: monthStart(y, from), last: monthStart(y, to + 1) - 1, value };
}

/**
 * Past: the latest option starting on or before publication. Future: the earliest ending on or
 * after it. Otherwise the nearest, ties to the past: a news story mostly reports what happened.
 */
function pick(options: Option[], pub: number, tense: Tense | null): Option {
  if (tense === 'past') return options.filter((o) => o.first <= pub).at(-1) ?? options[0];
  if (tense === 'future') return options.find((o) => o.last >= pub) ?? options.at(-1)!;
  const distance = (o: Option) => (o.last < pub ? pub - o.last : o.first > pub ? o.first - pub + 0.5 : 0);
  return options.reduce((a, b) => (distance(b) < distance(a) ? b : a));
}

/** A day of the month within NEAR_DAYS of publication is the nearest one; otherwise the tense picks the year. */
function pickYearless(options: Option[], p: number, hasDay: boolean, tense: Tense | null): { option: Option; close: boolean } {
  const nearest = pick(options, p, null);
  const close = hasDay && Math.abs(nearest.first - p) <= NEAR_DAYS;
  return { option: close ? nearest : pick(options, p, tense), close };
}

/**
 * The ISO day (YYYY-MM-DD) a month and day written without a year (month 1–12, day 1–31) is read as, published
 * on `pub` under `tense`: the same reading the resolver gives it. Fixes use it to check their own output.
 */
export function readYearlessDay(m: number, d: number, pub: Ymd, tense: Tense | null): string | null {
  const options: Option[] = [];
  for (let y = pub.y - 1; y <= pub.y + 1; y++) {
    if (d <= daysInMonth(y, m)) options.push({ first: toDays({ y, m, d }), last: toDays({ y, m, d }), value: isoDay({ y, m, d }) });
  }
  return options.length > 0 ? pickYearless(options, toDays(pub), true, tense).option.value : null;
}

/**
 * The year a 29 February written without a year is read in, for an article published on `pub` under `tense`: the
 * latest 29 February on or before publication under a past tense, the next on or after it under a future, else the
 * nearest (pick, as for any yearless day); the day is placed after 28 February whether or not that year has it, so
 * that a year without it is found (impossible-date). One of pub.y - 1 … pub.y + 1.
 */
export function leapDayYear(pub: Ymd, tense: Tense | null): number {
  const options = [pub.y - 1, pub.y, pub.y + 1].map((y) => {
    const day = toDays({ y, m: 2, d: 28 }) + 1;
    return { first: day, last: day, value: String(y) };
  });
  return Number(pick(options, toDays(pub), tense).value);
}

function direction(tense: Tense | null, cue: string | null, noun: string): string {
  if (tense === 'past') return `the latest ${noun} on or before it (past tense: “${cue}”)`;
  if (tense === 'future') return `the next ${noun} on or after it (future: “${cue}”)`;
  return `the nearest ${noun} (no past or future tense to go by)`;
}

function yearOf(ref: YearRef, pub: Ymd | null): number | null {
  if (!ref) return null;
  if ('year' in ref) return ref.year;
  return pub ? pub.y + ref.offset : null;
}

interface Resolved {
  value: string | null;
  grain?: DateMention['grain'];
  relative: boolean;
  resolvedBy: NonNullable<DateMention['resolvedBy']>;
  how: string;
  rangeStart?: string;
  rangeEnd?: string;
  event?: string;
}

function resolveCal(e: Extract<Expr, { t: 'cal' }>, pub: Ymd | null, tense: Tense | null, cue: string | null): Resolved {
  const grain = e.d !== null ? 'day' : e.m !== null ? 'month' : 'year';
  if (e.y !== null) {
    const value = e.m === null ? String(e.y) : e.d === null ? isoMonth(e.y, e.m) : isoDay({ y: e.y, m: e.m, d: e.d });
    const end = e.rangeEnd && e.rangeEnd.m !== null && e.rangeEnd.d !== null ? isoDay({ y: e.rangeEnd.y ?? e.y, m: e.rangeEnd.m, d: e.rangeEnd.d }) : undefined;
    return { value, grain, relative: false, resolvedBy: 'text', how: 'as written', rangeStart: end ? value : undefined, rangeEnd: end };
  }
  if (!pub) return { value: null, grain, relative: true, resolvedBy: 'tense', how: '' };
  if (e.dir !== undefined && e.m !== null && e.d !== null) {
    const { m, d } = e;
    const y = directedYear(e.dir, pub, (year) => ({ y: year, m, d }));
    return { value: isoDay({ y, m, d }), grain, relative: true, resolvedBy: 'publication', how: `${DIRECTED[e.dir + 1](`${monthNames()[m - 1]} ${d}`)}, ${formatDay({ y, m, d })}` };
  }
  if (e.yOffset !== undefined && e.m !== null) {
    // "June next year": the month of the year a step from publication's.
    const y = pub.y + e.yOffset;
    if (e.d !== null && e.d > daysInMonth(y, e.m)) return { value: null, grain, relative: true, resolvedBy: 'publication', how: '' };
    const value = e.d === null ? isoMonth(y, e.m) : isoDay({ y, m: e.m, d: e.d });
    const year = e.yOffset === 0 ? 'the year of publication' : e.yOffset < 0 ? 'the year before publication' : 'the year after publication';
    return { value, grain, relative: true, resolvedBy: 'publication', how: `${e.d === null ? monthNames()[e.m - 1] : `${monthNames()[e.m - 1]} ${e.d}`} of ${year}` };
  }
  const p = toDays(pub);
  if (e.m !== null) {
    const options: Option[] = [];
    for (let y = pub.y - 1; y <= pub.y + 1; y++) {
      if (e.d === null) options.push(monthsOption(y, e.m, e.m, isoMonth(y, e.m)));
      else if (e.d <= daysInMonth(y, e.m)) options.push({ first: toDays({ y, m: e.m, d: e.d }), last: toDays({ y, m: e.m, d: e.d }), value: isoDay({ y, m: e.m, d: e.d }) });
    }
    // A day of the month within two months of publication is that nearest one, and the tense stays free to
    // contradict it (tense-date-mismatch); further off, the tense chooses between the years.
    const { option: o, close } = pickYearless(options, p, e.d !== null, tense);
    const noun = e.d === null ? monthNames()[e.m - 1] : `${monthNames()[e.m - 1]} ${e.d}`;
    const y = Number(o.value.slice(0, 4));
    const end = e.rangeEnd && e.rangeEnd.d !== null ? isoDay({ y, m: e.rangeEnd.m ?? e.m, d: e.rangeEnd.d }) : undefined;
    const how = close ? `the nearest ${noun}` : direction(tense, cue, noun);
    return { value: o.value, grain, relative: true, resolvedBy: close ? 'publication' : 'tense', how: `no year given: ${how}`, rangeStart: end ? o.value : undefined, rangeEnd: end };
  }
  if (e.d !== null) {
    // "Monday 8" with no month: the 8th of the publication month or of the month either side, as the tense and the
    // distance choose; the weekday is left to weekday-mismatch.
    const options: Option[] = [];
    for (let k = -1; k <= 1; k++) {
      const { y, m } = fromDays(monthStart(pub.y, pub.m + k));
      if (e.d <= daysInMonth(y, m)) options.push({ first: toDays({ y, m, d: e.d }), last: toDays({ y, m, d: e.d }), value: isoDay({ y, m, d: e.d }) });
    }
    if (options.length > 0) {
      const { option: o } = pickYearless(options, p, true, tense);
      return { value: o.value, grain: 'day', relative: true, resolvedBy: 'publication', how: `no month given: the nearest day ${e.d} of a month` };
    }
  }
  if (e.wd !== null) {
    const options: Option[] = [];
    for (let i = -7; i <= 7; i++) {
      const day = addDays(pub, i);
      if (weekdayOf(day) === e.wd) options.push({ first: p + i, last: p + i, value: isoDay(day) });
    }
    const o = pick(options, p, tense);
    return { value: o.value, grain: 'day', relative: true, resolvedBy: 'tense', how: direction(tense, cue, weekdayNames()[e.wd]) };
  }
  return { value: null, grain, relative: true, resolvedBy: 'tense', how: '' };
}

/** How a day a direction word picks reads (`noun` the day's name), by step + 1: the latest before publication, the one of its year, the first after. */
const DIRECTED: readonly ((noun: string) => string)[] = [(noun) => `the last ${noun} before publication`, (noun) => `${noun} of the year of publication`, (noun) => `the next ${noun} after publication`];

/**
 * The year of a day that recurs yearly (`day` gives it in a year) that direction `dir` picks against publication
 * `pub`: -1 the latest year whose day falls before publication, +1 the first whose day falls after, 0 publication's own.
 */
function directedYear(dir: Direction, pub: Ymd, day: (y: number) => Ymd): number {
  if (dir === 0) return pub.y;
  const p = toDays(pub);
  let y = pub.y;
  while (dir < 0 ? toDays(day(y)) >= p : toDays(day(y)) <= p) y += dir;
  return y;
}

/**
 * A movable holiday ("Memorial Day"): its day in the year written after it, or, with none, in the year before, of or
 * after publication, chosen as for a day and month written without a year (pickYearless).
 */
function resolveHoliday(e: Extract<Expr, { t: 'holiday' }>, pub: Ymd | null, tense: Tense | null, cue: string | null): Resolved {
  const option = (y: number): Option => {
    const day = holidayIn(e.name, y)!;
    return { first: toDays(day), last: toDays(day), value: isoDay(day) };
  };
  if (e.y !== null) return { value: option(e.y).value, grain: 'day', relative: false, resolvedBy: 'text', how: `${e.name} ${e.y}: ${formatDay(holidayIn(e.name, e.y)!)}` };
  if (!pub) return { value: null, grain: 'day', relative: true, resolvedBy: 'tense', how: '' };
  if (e.dir !== undefined) {
    const day = holidayIn(e.name, directedYear(e.dir, pub, (year) => holidayIn(e.name, year)!))!;
    return { value: isoDay(day), grain: 'day', relative: true, resolvedBy: 'publication', how: `${DIRECTED[e.dir + 1](e.name)}, ${formatDay(day)}` };
  }
  const { option: o, close } = pickYearless([pub.y - 1, pub.y, pub.y + 1].map(option), toDays(pub), true, tense);
  const how = close ? `the nearest ${e.name}` : direction(tense, cue, e.name);
  return { value: o.value, grain: 'day', relative: true, resolvedBy: close ? 'publication' : 'tense', how: `no year given: ${how}, ${formatDay(holidayIn(e.name, Number(o.value.slice(0, 4)))!)}` };
}

function resolveRel(e: Extract<Expr, { t: 'rel' }>, pub: Ymd | null): Resolved {
  const grain = e.unit === 'quarter' ? 'quarter' : e.unit;
  if (!pub) return { value: null, grain, relative: true, resolvedBy: 'publication', how: '' };
  const steps = e.offset === 0 ? 'the same' : `${Math.abs(e.offset)} ${e.unit}${Math.abs(e.offset) > 1 ? 's' : ''} ${e.offset < 0 ? 'before' : 'after'}`;
  const how = e.offset === 0 ? `the ${e.unit} of publication` : `${steps} publication`;
  let value: string;
  switch (e.unit) {
    case 'day': value = isoDay(addDays(pub, e.offset)); break;
    case 'week': value = isoWeek(addDays(pub, 7 * e.offset)); break;
    case 'month': { const d = fromDays(monthStart(pub.y, pub.m + e.offset)); value = isoMonth(d.y, d.m); break; }
    case 'quarter': { const q = Math.floor((pub.m - 1) / 3) + e.offset; const y = pub.y + Math.floor(q / 4); value = `${y}-Q${((q % 4) + 4) % 4 + 1}`; break; }
    case 'year': value = String(pub.y + e.offset); break;
    case 'decade': value = String(Math.floor(pub.y / 10) + e.offset); break;
    // TimeML writes a century as its first two digits ("19": 1900–1999).
    case 'century': value = String(Math.floor(pub.y / 100) + e.offset); break;
  }
  return { value, grain, relative: true, resolvedBy: 'publication', how };
}

/** The last weekday (Monday 0) on which "this weekend" under a past tense is the weekend just gone. */
const LAST_WEEKEND_DAYS = 1;

/**
 * A weekend as TimeML writes it ("2005-W02-WE", the ISO week's Saturday and Sunday): "this weekend" the one of
 * publication's ISO week (under a past on a Monday or Tuesday, not owning an event, the one just gone), "next"/"coming" the one after, "last"/"past" the one before. "The weekend" is the last one
 * under a past verb, the coming one under a future, else the nearer: the one just gone from Monday to Wednesday, the
 * one ahead from Thursday, the one under way at a weekend.
 */
function resolveWeekend(e: Extract<Expr, { t: 'weekend' }>, pub: Ymd | null, tense: Tense | null): Resolved {
  if (!pub) return { value: null, grain: 'week', relative: true, resolvedBy: 'publication', how: '' };
  const weekday = (weekdayOf(pub) + 6) % 7; // Monday 0 … Sunday 6
  const inWeekend = weekday >= 5;
  let offset = e.offset;
  let by: Resolved['resolvedBy'] = 'publication';
  // "were wrecked this weekend" on a Monday or a Tuesday: the weekend just gone, which copy early in the week still
  // calls this one (slips119). Not an owned event ("has pulled out of this weekend's championships": one ahead).
  if (offset === 0 && !e.owned && tense === 'past' && weekday <= LAST_WEEKEND_DAYS) { offset = -1; by = 'tense'; }
  if (offset === null) {
    if (tense === 'past') { offset = inWeekend ? 0 : -1; by = 'tense'; }
    else if (tense === 'future') { offset = weekday === 6 ? 1 : 0; by = 'tense'; }
    else offset = inWeekend || weekday >= 3 ? 0 : -1;
  }
  const monday = addDays(pub, 7 * offset - weekday);
  const value = `${isoWeek(monday)}-WE`;
  return { value, grain: 'week', relative: true, resolvedBy: by, how: `the weekend of ${formatDay(addDays(monday, 5))} and ${formatDay(addDays(monday, 6))}` };
}

function resolvePart(e: Extract<Expr, { t: 'part' }>, pub: Ymd | null, tense: Tense | null, cue: string | null): Resolved {
  const code = e.grain === 'quarter' ? 'Q' : 'H';
  const size = e.grain === 'quarter' ? 3 : 6;
  if (e.deictic) {
    if (!pub) return { value: null, grain: e.grain, relative: true, resolvedBy: 'publication', how: '' };
    const perYear = 12 / size;
    const k = Math.floor((pub.m - 1) / size) - 1;
    const y = pub.y + Math.floor(k / perYear);
    return { value: `${y}-${code}${((k % perYear) + perYear) % perYear + 1}`, grain: e.grain, relative: true, resolvedBy: 'publication', how: `the ${e.grain} before the one of publication` };
  }
  const y = yearOf(e.year, pub);
  if (y !== null) return { value: `${y}-${code}${e.n}`, grain: e.grain, relative: !!e.year && 'offset' in e.year, resolvedBy: e.year && 'offset' in e.year ? 'publication' : 'text', how: 'as written' };
  if (!pub) return { value: null, grain: e.grain, relative: true, resolvedBy: 'tense', how: '' };
  const options = [pub.y - 1, pub.y, pub.y + 1].map((yy) => monthsOption(yy, (e.n - 1) * size + 1, e.n * size, `${yy}-${code}${e.n}`));
  // With no tense to go by, the latest such period begun by publication: news tells a quarter's or a half's results
  // once it has begun or ended ("down from the third quarter's 5.1%", published in March); forecasts carry a future.
  const o = pick(options, toDays(pub), tense ?? 'past');
  const noun = `${ORDINALS[e.n - 1]} ${e.grain}`;
  const how = tense ? direction(tense, cue, noun) : `the latest ${noun} begun by publication (no past or future tense to go by)`;
  return { value: o.value, grain: e.grain, relative: true, resolvedBy: 'tense', how: `no year given: ${how}` };
}

function resolveSeason(e: Extract<Expr, { t: 'season' }>, pub: Ymd | null, tense: Tense | null, cue: string | null): Resolved {
  const [from, to] = SEASON_MONTHS[e.s];
  if (e.year && 'year' in e.year) return { value: `${e.year.year}-${e.s}`, grain: 'season', relative: false, resolvedBy: 'text', how: 'as written' };
  if (!pub) return { value: null, grain: 'season', relative: true, resolvedBy: 'tense', how: '' };
  const options = [pub.y - 2, pub.y - 1, pub.y, pub.y + 1, pub.y + 2].map((y) => monthsOption(y, from, to, `${y}-${e.s}`));
  const p = toDays(pub);
  if (e.year && 'offset' in e.year) {
    // "this fall" in April is the fall to come, as "this year" is the publication's year (slips109: "killed … by a
    // sniper's bullet this fall" in an April story had read as the fall gone); but one that ended within NEAR_DAYS is
    // still the one meant ("The seizures this autumn were part of …" on 8 January); a winter spans two years, the nearest.
    const justEnded = options.some((x) => x.last < p && p - x.last <= NEAR_DAYS);
    const ofYear = e.s !== 'WI' && !justEnded ? options.find((x) => x.value === `${pub.y}-${e.s}`) : undefined;
    const o = e.year.offset < 0 ? options.filter((x) => x.last < p).at(-1)! : e.year.offset > 0 ? options.find((x) => x.first > p)! : ofYear ?? pick(options, p, null);
    return { value: o.value, grain: 'season', relative: true, resolvedBy: 'publication', how: `the ${e.year.offset < 0 ? 'last' : e.year.offset > 0 ? 'next' : ofYear ? "publication year's" : 'nearest'} ${SEASON_NAMES[e.s]} (northern hemisphere)` };
  }
  const o = pick(options, p, tense);
  return { value: o.value, grain: 'season', relative: true, resolvedBy: 'tense', how: `${direction(tense, cue, SEASON_NAMES[e.s])} (northern hemisphere)` };
}

/** A tense cue further than this from the date more often belongs to another clause ("declared a dividend payable Dec. 15"). */
const CUE_REACH = 25;
const NEAR_DAYS = 60;

/** Whether a tense cue stands near enough the date at `span` to choose its direction on its own (CUE_REACH). */
export function cueNear(cue: Span, span: Span): boolean {
  return (cue.end <= span.start ? span.start - cue.end : cue.start - span.end) <= CUE_REACH;
}

/**
 * "the first nine months of 1989", "the last two quarters of this year", "the last three months of the year": a run of
 * months of one year (value the year, rangeStart and rangeEnd its months). With no year written, the latest such run
 * begun by publication, unless a future looks ahead (told in a March story, "lost money in the last three months of
 * the year" is last year's October to December).
 */
function resolveMonths(e: Extract<Expr, { t: 'months' }>, pub: Ymd | null, tense: TenseCue['tense'] | null): Resolved {
  const unbegun = !e.year && pub !== null && e.from > pub.m && tense !== 'future';
  const y = e.year ? yearOf(e.year, pub) : pub && pub.y - (unbegun ? 1 : 0);
  const rel = !e.year || 'offset' in e.year;
  if (y === null) return { value: null, grain: 'year', relative: true, resolvedBy: 'publication', how: '' };
  const resolvedBy = !e.year ? 'tense' : rel ? 'publication' : 'text';
  return { value: String(y), grain: 'year', relative: rel, resolvedBy, how: `${monthNames()[e.from - 1]} to ${monthNames()[e.to - 1]} ${y}`, rangeStart: isoMonth(y, e.from), rangeEnd: isoMonth(y, e.to) };
}

function resolveExpr(e: Expr, pub: Ymd | null, cue: TenseCue | null, prose: string, span: { start: number; end: number }): Resolved {
  const tense = cue && (cue.governs || cueNear(cue, span)) ? cue.tense : null;
  const cueText = cue ? prose.slice(cue.start, cue.end) : null;
  switch (e.t) {
    case 'cal': return resolveCal(e, pub, tense, cueText);
    case 'holiday': return resolveHoliday(e, pub, tense, cueText);
    case 'rel': return resolveRel(e, pub);
    case 'part': return resolvePart(e, pub, tense, cueText);
    case 'season': return resolveSeason(e, pub, tense, cueText);
    case 'decade': {
      if (e.prefix) return { value: `${e.prefix}${e.digit}`, grain: 'decade', relative: false, resolvedBy: 'text', how: 'as written' };
      const limit = pub ? pub.y : 1999;
      const century = 2000 + e.digit * 10 <= limit ? 20 : 19;
      return { value: `${century}${e.digit}`, grain: 'decade', relative: false, resolvedBy: 'text', how: `the latest such decade${pub ? ' before publication' : ''}` };
    }
    case 'months': return resolveMonths(e, pub, tense);
    case 'month': {
      if (!pub) return { value: null, grain: 'month', relative: true, resolvedBy: 'publication', how: '' };
      if (e.dir === 0) {
        // "this August" in March is August of the same year, whatever the verb ("won a medal this August" is a slip);
        // said in December, "this January" may be the one past or the one to come, and the tense decides.
        if (e.m < pub.m) return resolveCal({ t: 'cal', y: null, m: e.m, d: null, wd: null, wdSpan: null }, pub, tense, cueText);
        return { value: isoMonth(pub.y, e.m), grain: 'month', relative: true, resolvedBy: 'publication', how: `${monthNames()[e.m - 1]} of the year of publication` };
      }
      const options = [pub.y - 1, pub.y, pub.y + 1].map((y) => monthsOption(y, e.m, e.m, isoMonth(y, e.m)));
      const p = toDays(pub);
      // Said in February 2016, "last February" is February 2015: the month must lie wholly before publication.
      const o = e.dir < 0 ? options.filter((x) => x.last < p).at(-1)! : options.find((x) => x.first > p)!;
      return { value: o.value, grain: 'month', relative: true, resolvedBy: 'publication', how: `the ${e.dir < 0 ? 'last' : 'next'} ${monthNames()[e.m - 1]} ${e.dir < 0 ? 'before' : 'after'} publication` };
    }
    case 'weekend': return resolveWeekend(e, pub, tense);
    case 'isoWeek': {
      const y = e.y ?? pub?.y ?? null;
      if (y === null) return { value: null, grain: 'week', relative: true, resolvedBy: 'publication', how: '' };
      const monday = mondayOfIsoWeek(y, e.w);
      const value = `${y}-W${String(e.w).padStart(2, '0')}`;
      return { value, grain: 'week', relative: e.y === null, resolvedBy: e.y === null ? 'publication' : 'text', how: `${formatDay(monday)} to ${formatDay(addDays(monday, 6))}`, rangeStart: isoDay(monday), rangeEnd: isoDay(addDays(monday, 6)) };
    }
    case 'ref': {
      const value = e.ref === 'present' && pub ? isoDay(pub) : null;
      return { value, grain: value ? 'day' : undefined, relative: false, resolvedBy: 'publication', how: e.ref === 'present' ? 'the time of publication' : `an unspecified ${e.ref === 'past' ? 'past' : 'future'} time` };
    }
    case 'duration': return { value: null, relative: false, resolvedBy: 'text', how: '' };
    case 'anchored': return { value: null, grain: 'day', relative: false, resolvedBy: 'text', how: '' };
    case 'named': {
      const day = { y: e.y, m: e.m, d: e.d };
      const asDay = (): Resolved => resolveCal({ t: 'cal', y: null, m: e.m, d: e.d, wd: null, wdSpan: null }, pub, tense, cueText);
      // Before the event it cannot be meant; "since 11 September" a few weeks after another 11 September may mean that one.
      if (pub && toDays(pub) < toDays(day)) return asDay();
      if (!e.strong && pub) {
        const literal = asDay();
        if (literal.resolvedBy === 'publication' && literal.value !== isoDay(day)) return literal;
      }
      return { value: isoDay(day), grain: 'day', relative: false, resolvedBy: 'text', how: `the name of an event (${e.description}, ${formatDay(day)}), not a day in the year of publication`, event: e.description };
    }
  }
}

function explain(c: Candidate, r: Resolved, pub: Ymd | null, text: string): string {
  const e = c.expr;
  if (e.t === 'duration') return `a duration (${e.iso}${e.days !== null ? `, ${e.days} day${e.days === 1 ? '' : 's'}` : ''}), not a point in time`;
  if (e.t === 'ref') return `“${text}”: ${r.how}${r.value ? `, ${formatDay(pub!)}` : ''}; not a calendar date`;
  if (e.t === 'anchored') return `“${text}” counts from another event in the story, not from the publication date`;
  if (r.value === null) return `“${text}” depends on the publication date, and this article has none: add \`published:\` to the front matter`;
  if (!r.relative) return r.how === 'as written' ? 'written in full in the text' : r.how;
  return `relative to the publication date, ${formatDay(pub!)}: ${r.how}`;
}

/** "the end of ", "the beginning of the " right before a year or month: the part of it the text names. */
const PART_BEFORE = /\bthe\s+(end|start|beginning|middle)\s+of\s+(?:the\s+)?$/i;

/**
 * The text before "the end of", "the start of the" … when `before` (the text before a date) ends with such a part of a
 * period (the PART_BEFORE reading resolveCandidate gives the date's `mod` by); null when it does not.
 */
export function beforePartOfPeriod(before: string): string | null {
  const m = PART_BEFORE.exec(before);
  return m ? before.slice(0, m.index) : null;
}
/** TimeML `mod` of each word for a part of a period. */
const PART_MODS: Readonly<Record<string, 'START' | 'MID' | 'END'>> = { early: 'START', start: 'START', beginning: 'START', mid: 'MID', middle: 'MID', late: 'END', end: 'END' };

/** Words for a part of a period that stand right before a month or year, a space or a hyphen between ("late September", "mid-2004"). */
const PART_WORDS = new Set(['early', 'mid', 'late']);

/** The part word (PART_WORDS) right before UTF-16 offset `start` of `prose`, one space or hyphen between, lower case; undefined when none. */
function partWordBefore(prose: string, start: number): string | undefined {
  const gap = prose[start - 1];
  if (gap !== ' ' && gap !== '-') return undefined;
  let i = start - 1;
  while (i > 0 && hasLetter(prose[i - 1])) i--;
  const word = prose.slice(i, start - 1).toLowerCase();
  return PART_WORDS.has(word) ? word : undefined;
}

export function resolveCandidate(c: Candidate, ctx: ResolveContext): DateMention {
  const text = ctx.prose.slice(c.start, c.end);
  const { index, span } = ctx.sentenceOf(c.start);
  const e = c.expr;
  const dated = e.t !== 'duration' && e.t !== 'ref';
  const cue = dated ? ctx.tenseAt(span, c) : null;
  const r = resolveExpr(e, ctx.pub, cue, ctx.prose, c);
  const mention: DateMention = {
    start: c.start, end: c.end, text, value: r.value, relative: r.relative,
    kind: e.t === 'duration' ? 'duration' : 'date',
    explanation: explain(c, r, ctx.pub, text), sentence: index,
  };
  if (r.grain) mention.grain = r.grain;
  // "early 1989", "late last year": the value stays the year (TimeML), the modifier names its part.
  // So do "the end of 2005", "the start of March" before it.
  // "in late September", "mid-March": the word may stand right before the mention too.
  const part = /^(early|mid|late)\b/i.exec(text)?.[1].toLowerCase() ?? PART_BEFORE.exec(ctx.prose.slice(Math.max(0, c.start - 24), c.start))?.[1].toLowerCase() ?? partWordBefore(ctx.prose, c.start);
  if (part && (mention.grain === 'year' || mention.grain === 'month')) mention.mod = PART_MODS[part];
  if (dated) {
    mention.resolvedBy = r.resolvedBy;
    mention.tense = cue?.tense ?? null;
    if (cue) mention.tenseCue = { start: cue.start, end: cue.end };
  }
  if (r.rangeStart) mention.rangeStart = r.rangeStart;
  if (r.rangeEnd) mention.rangeEnd = r.rangeEnd;
  if (e.t === 'cal' && e.wd !== null) {
    mention.weekday = e.wd;
    if (e.wdSpan) mention.weekdaySpan = { start: e.wdSpan[0], end: e.wdSpan[1] };
  }
  if (e.t === 'duration') {
    mention.duration = e.iso;
    if (e.days !== null) mention.durationDays = e.days;
  }
  if (e.t === 'ref') mention.reference = e.ref;
  if (e.t === 'duration' && e.ahead) mention.reference = 'future';
  if (e.t === 'duration' && e.behind) mention.reference = 'past';
  if (r.event) mention.event = r.event;
  return mention;
}
