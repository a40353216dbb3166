// Names in a sports report's list are players: a team sheet ("Murphy; Casey; Gustard, Smith, Dowd", "Priscott for
// Roberts (71)"). The recogniser types each surname alone, and one it has not seen as a person it may call a place
// ("Penney", "Purdy") or a body ("Priscott"); the list's other names say what it is. Not outside sports reports: a
// list of artists mixes people and bands ("Michael Jackson, Aerosmith, Diana Ross").
import { lookupPlace } from './gazetteer';
import { isSportReport } from '../figures/sport';
import { languageOf } from '../language';
import type { Article, EntityMention } from '../types';

/**
 * What may stand between two names of one list: commas, semicolons, "and", "&", a team sheet's "for" and minute
 * ("Priscott for Roberts (71), Green for Dowd"), and one name the recogniser left out ("Nordt, Bishop; Mapletoft").
 */
const LIST_GAP = /^(?:\s*(?:[,;&]|and|for|\(\d{1,3}\)|\p{Lu}[\p{L}'’-]*)\s*)+$/u;
/** A gap that holds a separator, not only a word. */
const SEPARATOR = /[,;&]|\band\b/;
/** A substitution's gap and the minute after its second name: "Priscott for Roberts (71)". */
const SUBSTITUTION = /^\s+for\s+$/;
const MINUTE_AFTER = /^\s*\(\d{1,3}\)/;
/** The fewest names a list needs before its majority speaks for the rest. */
const MIN_LIST = 4;
/** A list this long in a sports report is a team sheet: two people in it speak for the rest. */
const MIN_SHEET = 6;

function isListGap(prose: string, last: EntityMention, next: EntityMention): boolean {
  const gap = prose.slice(last.end, next.start);
  if (SUBSTITUTION.test(gap)) return MINUTE_AFTER.test(prose.slice(next.end, next.end + 8));
  return gap.length <= 40 && SEPARATOR.test(gap) && LIST_GAP.test(gap);
}

/**
 * In a sports report (figures/sport.ts), retypes as `person` the one-word place and organisation mentions from the recogniser (`fromRecogniser`) that stand
 * in a list of at least MIN_LIST names (consecutive mentions of one sentence with only LIST_GAP between them) of which
 * more than half are people (or, in a list of MIN_SHEET names or more, a team sheet, two), and every mention of their groups when all of those are from the recogniser too. A
 * known place (the gazetteer) or a word in capitals ("BBC") keeps its type. `mentions` sorted by start; mutated;
 * never throws.
 */
export function agreeInLists(mentions: EntityMention[], article: Article, fromRecogniser: (m: EntityMention) => boolean): void {
  if (!isSportReport(article)) return;
  const layer = languageOf(article);
  const sentenceOf = (m: EntityMention) => layer.tokens[layer.tokenAt(m.start)]?.sentence ?? -1;
  const retyped = new Set<string>();
  let run: EntityMention[] = [];
  const close = () => {
    const people = run.filter((m) => m.type === 'person').length;
    if ((run.length >= MIN_LIST && 2 * people > run.length) || (run.length >= MIN_SHEET && people >= 2)) {
      for (const m of run) {
        if (m.type === 'person' || !fromRecogniser(m) || /\s/.test(m.text) || /^\p{Lu}+$/u.test(m.text) || lookupPlace(m.text)) continue;
        retyped.add(m.group);
      }
    }
    run = [];
  };
  for (const m of mentions) {
    const last = run[run.length - 1];
    if (last && (sentenceOf(last) !== sentenceOf(m) || !isListGap(article.prose, last, m))) close();
    run.push(m);
  }
  close();
  if (retyped.size === 0) return;
  const whole = new Set([...retyped].filter((g) => mentions.every((m) => m.group !== g || fromRecogniser(m))));
  for (const m of mentions) if (whole.has(m.group) && m.type !== 'person') m.type = 'person';
}
