// The tense a date is read in: the types the date resolver and the tense rule share (dates/governor.ts reads them).
import type { Span } from '../types';

export type Tense = 'past' | 'present' | 'future';

export interface TenseCue extends Span {
  tense: Tense;
  /** "will have" reads as future but may speak of a completed past; rules stay quiet about it. */
  perfect: boolean;
}
