// The explicit list of rules the analysis runs, in catalogue order.
import type { Rule } from './rule';
import { untaggedEntity } from './untagged-entity';

export const RULES: readonly Rule[] = [
  untaggedEntity,
];
