// Helpers the date-conflict checks share: phrase patterns around a date and the days a resolved value covers.
import { parseIsoDay, valueInterval } from '../../dates/calendar';
import { phrasesOf } from '../../dates/context';
import type { DateMention } from '../../types';

/** A day after these opens a stretch: "beginning on Monday", "from 3 May". */
export const STARTS = phrasesOf('startWords', ['on']);
/** A day after these closes a stretch: "ending Sunday", "until 8 May". */
export const ENDS = phrasesOf('endWords', ['on']);
/** A duration after these is part of the event or another stretch: "the first three days", "within 15 days", "more than four days", "will double in four years" (time ahead; "in the four years from …" is read). */
export const PARTIAL = phrasesOf('partialWords');

export const dayOf = (d: DateMention) => (d.grain === 'day' ? parseIsoDay(d.value) : null);
export const dayNumber = (iso: string | undefined) => (iso ? parseIsoDay(iso) : null);

/** First and last day a resolved date covers (day or a range of days, ISO week, month, season, quarter, half, year). */
export const interval = (d: DateMention): [number, number] | null => valueInterval(d.value, d.rangeEnd);
