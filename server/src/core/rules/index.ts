// The explicit list of rules the analysis runs, in catalogue order: the markup rules the parser reports, then SPEC's table.
import type { Rule } from './rule';
import { invalidFrontMatter } from './invalid-front-matter';
import { malformedTag } from './malformed-tag';
import { paragraphMarkupSkipped } from './paragraph-markup-skipped';
import { untaggedEntity } from './untagged-entity';
import { entitySpelling } from './entity-spelling';
import { entityFirstReference } from './entity-first-reference';
import { entityTypeConflict } from './entity-type-conflict';
import { unknownEntityId } from './unknown-entity-id';
import { unsourcedFigure } from './unsourced-figure';
import { vagueFigure } from './vague-figure';
import { figureConflict } from './figure-conflict';
import { unknownSource } from './unknown-source';
import { unusedSource } from './unused-source';
import { weekdayMismatch } from './weekday-mismatch';
import { impossibleDate } from './impossible-date';
import { dateConflict } from './date-conflict';
import { tenseDateMismatch } from './tense-date-mismatch';
import { relativeDateUnresolved } from './relative-date-unresolved';
import { dateStyle } from './date-style';
import { elapsedTime } from './elapsed-time';

export const RULES: readonly Rule[] = [
  invalidFrontMatter,
  malformedTag,
  paragraphMarkupSkipped,
  untaggedEntity,
  entitySpelling,
  entityFirstReference,
  entityTypeConflict,
  unknownEntityId,
  unsourcedFigure,
  vagueFigure,
  figureConflict,
  unknownSource,
  unusedSource,
  weekdayMismatch,
  impossibleDate,
  dateConflict,
  tenseDateMismatch,
  relativeDateUnresolved,
  dateStyle,
  elapsedTime,
];
