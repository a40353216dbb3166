// entity-first-reference: news style names a person in full at first reference and by surname after ("Tony Blair" …
// "Blair"); a first reference by surname alone, with the full name only later, reads backwards.
import { inHeadline } from '../entities/headlines';
import { isGivenName } from '../entities/ner';
import { lookupPlace } from '../entities/gazetteer';
import { isOfficeWord } from '../entities/refine';
import { languageOf, quotationAt, type Token } from '../language';
import { readWordList } from '../dataFiles';
import type { Article, EntityMention } from '../types';
import type { Rule, RuleFinding } from './rule';
import { hasLetter, hasSpace, isCapitalised, isLowerInitial, withoutFullStop, wordsOf } from '../text/shape';
import { codePointBefore } from '../entities/nameShape';

export const entityFirstReference: Rule = {
  id: 'entity-first-reference',
  defaultSeverity: 'info',
  description: 'A person first named by surname alone, with the full name only later ("Blair said …" before "Tony Blair").',
  check({ article, entities }) {
    const findings: RuleFinding[] = [];
    // Headlines name people by surname; a quotation is the speaker's words, which the desk does not rewrite.
    const byGroup = new Map<string, EntityMention[]>();
    for (const m of [...entities].sort((a, b) => a.start - b.start)) {
      if (m.type !== 'person' || m.partOf !== undefined || inHeadline(article, m.start)) continue;
      const list = byGroup.get(m.group);
      if (list) list.push(m);
      else byGroup.set(m.group, [m]);
    }
    for (const mentions of byGroup.values()) {
      const first = mentions[0];
      // A name the journalist tagged is as they chose to write it; the surname must be the recogniser's own person
      // reading, not a person only through the group it was linked into.
      if (first.tagged || first.source !== 'PER' || hasSpace(first.text.trim()) || quotationAt(article, first.start) || !surnameAlone(article, first)) continue;
      // The journalist tagged the short form elsewhere (in the headline, say): the same choice.
      if (entities.some((m) => m.tagged && m.group === first.group && m.text.trim() === first.text.trim())) continue;
      // The first later mention that is the full name of a person: capitalised words, a given name of the recogniser's
      // gazetteer first ("Tony Blair") or a name the recogniser itself read as a person's and no place ("Amina
      // Okafor"; not "South Africa" a journalist tagged as a person), the surname written first last.
      const full = mentions.find((m) => {
        const words = wordsOf(m.text);
        // (A team sheet's initial is no given name: "C Paterson" is the short form again.)
        const initial = withoutFullStop(words[0]).length === 1;
        return words.length >= 2 && !initial && words.every((w) => PERSON_NAME_WORD.test(w)) && words[words.length - 1] === first.text.trim() && (isGivenName(words[0]) || (m.source === 'PER' && !lookupPlace(words[0])));
      });
      if (!full) continue;
      // "Roma Czechs": the full name's first word names something of its own in the article.
      const given = wordsOf(full.text)[0];
      if (entities.some((m) => m.text.trim() === given)) continue;
      // Two names of the article end in the surname ("Ryan Jones" … "Stephen Jones", "Viktor" and "Victor Makarov",
      // "Nathan Lane" … "Drury Lane"): which one is meant is not sure.
      const namesakes = new Set(entities.filter((m) => m.text.trim().endsWith(` ${first.text.trim()}`) && wordsOf(m.text).every((w) => PERSON_NAME_WORD.test(w))).map((m) => m.text.trim()));
      if (namesakes.size > 1) continue;
      // "Mr Okonkwo and Chidi Okonkwo met the mayor": the surname alone beside the full name in one sentence is
      // another person of that name.
      const sentenceOf = (m: EntityMention) => { const t = languageOf(article).tokenAt(m.start); return t < 0 ? -1 : languageOf(article).tokens[t].sentence; };
      if (mentions.some((m) => m !== full && m.text.trim() === first.text.trim() && sentenceOf(m) === sentenceOf(full))) continue;
      const line = article.lines.positionAt(full.start).line + 1;
      // "Mr Kennedy" … "Charles Kennedy": the two are swapped whole, the courtesy title moving with the surname.
      const from = first.start - courtesyBefore(article.text.slice(Math.max(0, first.start - 6), first.start));
      const short = article.text.slice(from, first.end);
      findings.push({
        start: first.start,
        end: first.end,
        message: `First reference to ${full.text} by surname alone: news style gives the full name first (“${full.text}” comes later, line ${line}).`,
        fixes: [{
          title: `Give the full name here (“${full.text}”) and “${short}” at line ${line}`,
          preferred: true,
          edits: [{ start: from, end: first.end, newText: full.text }, { start: full.start, end: full.end, newText: short }],
        }],
      });
    }
    return findings;
  },
};

/** A word of a person's full name: capitalised letters, with hyphens, apostrophes or an initial's full stop ("Yobo," or "of" is none). */
const PERSON_NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/**
 * Courtesy titles: "Mr Blair" at first reference still wants the full name; a rank or peerage ("Lord Callaghan",
 * "President Bush", "Dr Nobles") is a full first reference.
 */
const COURTESY: ReadonlySet<string> = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mx']);

/**
 * The length of the courtesy title (COURTESY), its full stop if any, and the space or tab that `before` (the text
 * before a name) ends with ("Mr ", "Mrs. "); 0 when it ends in none. The title is a whole word: no letter before it.
 */
function courtesyBefore(before: string): number {
  if (!before.endsWith(' ') && !before.endsWith('\t')) return 0;
  let end = before.length - 1;
  if (before[end - 1] === '.') end--;
  for (const title of COURTESY) {
    const start = end - title.length;
    if (start >= 0 && before.slice(start, end) === title && !hasLetter(codePointBefore(before, start))) return before.length - start;
  }
  return 0;
}
/** Hyphens that join the parts of a double-barrelled name. */
const HYPHENS: ReadonlySet<string> = new Set(['-', '\u2010', '\u2011']);
/** A sentence with this many commas or semicolons is a list (a team sheet, a cast), where surnames stand alone. */
const LIST_SEPARATORS = 4;

/**
 * Whether the untagged one-word mention `m` stands for the person alone: no piece of a hyphenated name; not after a
 * rank or peerage title (data/titles.txt, but for the courtesy titles) or an office ("President Bush"; the learned
 * offices of refine.ts), an article, a number or a descriptor in lower case; not before a noun it modifies ("Blair
 * government") or a number (a score line); not beside another capitalised word (a piece of a longer name, "Mittal
 * Steel"); not in a list (a bracket after it, as in a team sheet, or LIST_SEPARATORS in its sentence).
 */
function surnameAlone(article: Article, m: EntityMention): boolean {
  // "Douglas-Westwood", ":person[Douglas]-Westwood": a piece of a hyphenated name is no surname standing alone.
  if (HYPHENS.has(article.text[m.start - 1] ?? '') || HYPHENS.has(article.text[m.end] ?? '')) return false;
  const layer = languageOf(article);
  const at = layer.tokenAt(m.start);
  if (at < 0) return false;
  const sentence = layer.sentences[layer.tokens[at].sentence];
  // Words of the mention's sentence only.
  const word = (i: number) => (i >= sentence.first && i <= sentence.last ? article.prose.slice(layer.tokens[i].start, layer.tokens[i].end) : '');
  let last = at;
  while (last + 1 < layer.tokens.length && layer.tokens[last + 1].end <= m.end) last++;
  const around: Surroundings = { tokens: layer.tokens, sentence, at, last, word };
  return !titledOrDescribed(around) && !modifiesOrScores(around) && !besideCapitalised(around) && !inList(around);
}

/** A one-word mention's place in its sentence: its first and last layer token, and the words of the sentence. */
interface Surroundings {
  tokens: readonly Token[];
  sentence: { first: number; last: number };
  at: number;
  last: number;
  /** Token i's text when it is in the sentence, else "". */
  word: (i: number) => string;
}

/**
 * After a rank or peerage title (data/titles.txt, but for the courtesy titles) or an office ("President Bush"), an
 * article, a number or a descriptor in lower case: "the Conlon and Maguire families", "biopic Kinsey", "cult band
 * Kasabian", "post-war England" name a family, a work, a band or a place; "Result: Nadal 6-7 … Roddick" is a score line.
 */
function titledOrDescribed({ tokens, sentence, at, word }: Surroundings): boolean {
  const before = withoutFullStop(word(at - 1));
  if ((readWordList('titles.txt').has(before) && !COURTESY.has(before)) || isOfficeWord(before)) return true;
  const previous = at > sentence.first ? tokens[at - 1] : undefined;
  return !!previous && (previous.pos === 'DET' || previous.pos === 'NUM' || ((previous.pos === 'NOUN' || previous.pos === 'ADJ') && isLowerInitial(before)));
}

/** Before a noun it modifies ("Blair government"), a bracket (a team sheet) or a number (a score line). */
function modifiesOrScores({ tokens, sentence, last, word }: Surroundings): boolean {
  const next = last < sentence.last ? tokens[last + 1] : undefined;
  if (next && next.pos === 'NOUN' && isLowerInitial(word(last + 1))) return true;
  return word(last + 1) === '(' || next?.pos === 'NUM';
}

/** A capitalised word beside it makes it part of a longer name the recogniser split ("Mittal Steel", "Nant Conwy"); a courtesy title before it does not. */
function besideCapitalised({ at, last, word }: Surroundings): boolean {
  return isCapitalised(word(last + 1)) || (isCapitalised(word(at - 1)) && !COURTESY.has(withoutFullStop(word(at - 1))));
}

/** The sentence is a list (a team sheet, a cast): LIST_SEPARATORS commas or semicolons. */
function inList({ sentence, word }: Surroundings): boolean {
  let separators = 0;
  for (let i = sentence.first; i <= sentence.last; i++) if (word(i) === ',' || word(i) === ';') separators++;
  return separators >= LIST_SEPARATORS;
}
