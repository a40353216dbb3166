// The tense a date is read in: the types the date resolver and the tense rule share (dates/governor.ts reads them).
import type { Span } from '../types';

export type Tense = 'past' | 'present' | 'future';

export interface TenseCue extends Span {
  tense: Tense;
  /** "will have" reads as future but may speak of a completed past; rules stay quiet about it. */
  perfect: boolean;
  /** The date's governing verb group, read from the clause's structure: its distance from the date does not matter. */
  governs?: boolean;
}
