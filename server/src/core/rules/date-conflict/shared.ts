// Helpers the date-conflict checks share: phrase patterns around a date and the days a resolved value covers.
import { parseIsoDay, valueInterval } from '../../dates/calendar';
import { MONTH_RE } from '../../dates/expr';
import type { DateMention } from '../../types';

export const STARTS = /\b(?:beginning|starting|from|begins|began|starts|started|opening|opens|opened|between)\s+(?:on\s+)?$/i;
export const ENDS = /\b(?:ending|ends|ended|until|till|through|to|closing|closes|closed|and)\s+(?:on\s+)?$/i;
/** A duration after these is part of the event or another stretch: "the first three days", "within 15 days", "more than four days". */
export const PARTIAL = /\b(?:first|last|final|opening|closing|remaining|other|next|past|those|these|within|to|more\s+than|less\s+than|at\s+least|up\s+to|about|around|nearly|almost|some|another|extra|additional|every|each)\s+$/i;
/** Written on the calendar: a month name or a year ("10 years ago" and "last month" are not). */
export const CALENDAR = new RegExp(`\\b(?:${MONTH_RE}(?![a-z])|1[5-9]\\d\\d|20\\d\\d)`);

export const dayOf = (d: DateMention) => (d.grain === 'day' ? parseIsoDay(d.value) : null);
export const dayNumber = (iso: string | undefined) => (iso ? parseIsoDay(iso) : null);

/** First and last day a resolved date covers (day or a range of days, ISO week, month, season, quarter, half, year). */
export const interval = (d: DateMention): [number, number] | null => valueInterval(d.value, d.rangeEnd);
