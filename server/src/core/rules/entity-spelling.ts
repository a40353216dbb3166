// entity-spelling: one entity spelt two ways in an article (case, hyphen, diacritics, transliteration: Pezeshkian / Pezeshkiyan).
import { normaliseName } from '../registry';
import { acronymClash, variantKey, withoutDoubledLetters } from '../entities/variants';
import type { EntityMention } from '../types';
import type { Rule, RuleFinding } from './rule';
import { hasCapital, letterLength, leadingBlanks, trailingBlanks } from '../entities/nameShape';
import { hasLetter, isLowerInitial } from '../text/shape';
import { lookupPlace } from '../entities/gazetteer';

export const entitySpelling: Rule = {
  id: 'entity-spelling',
  defaultSeverity: 'warning',
  description: 'Two spellings of one entity in one article (al-Sudani / Al Sudani, Pezeshkian / Pezeshkiyan), or a name written once a letter away from another name of the story (Berhrmann / Matt Behrmann).',
  check({ entities, registry, article }) {
    const byKey = new Map<string, Map<string, EntityMention[]>>();
    const sentenceStarts = new Set(article.sentences.map((s) => s.start));
    for (const m of entities) {
      if (m.type === 'other' && !m.tagged) continue;
      // "WHO WAS OSCAR?", "METAL GEAR SOLID: SNAKE EATER": a crosshead set in capitals says nothing about spelling.
      if (setInCapitals(m, article.prose) || dateline(m, article.prose) || lineLabel(m, article.prose)) continue;
      // The recogniser's type is not compared: it may well read a misspelt name as another type.
      const key = variantKey(m.text);
      const forms = byKey.get(key) ?? new Map<string, EntityMention[]>();
      const form = m.text.replaceAll('\u2018', "'").replaceAll('\u2019', "'");
      const list = forms.get(form);
      if (list) list.push(m);
      else forms.set(form, [m]);
      byKey.set(key, forms);
    }
    const findings: RuleFinding[] = [];
    for (const forms of byKey.values()) {
      if (forms.size < 2) continue;
      const spellings = [...forms.keys()];
      // The registry's spelling (name or alias) is right; otherwise the most frequent, then the first written.
      const registered = spellings.filter((s) => { const e = registry.byName.get(normaliseName(s)); return e && (e.name === s || e.aliases.includes(s)); });
      if (registered.length > 1) continue; // both spellings are registered on purpose
      const canonical = registered[0] ?? spellings.sort((a, b) => forms.get(b)!.length - forms.get(a)!.length || forms.get(a)![0].start - forms.get(b)![0].start)[0];
      const canonicalGroups = new Set(forms.get(canonical)!.map((m) => m.group));
      for (const [spelling, mentions] of forms) {
        if (spelling === canonical || acronymClash(spelling, canonical)) continue;
        // Two linked groups with different ids are two entities that happen to look alike.
        const ids = new Set([...mentions, ...forms.get(canonical)!].map((m) => m.id).filter(Boolean));
        if (ids.size > 1) continue;
        for (const m of mentions) {
          if (isSentenceInitialCaseOnly(m, spelling, canonical, sentenceStarts)) continue;
          const count = forms.get(canonical)!.length;
          findings.push({
            start: m.start, end: m.end,
            message: `“${m.text}” is spelt “${canonical}” ${registered.length ? 'in the registry' : `elsewhere in this article (${count} time${count === 1 ? '' : 's'})`}`,
            fixes: [{ title: `Change to “${canonical}”`, preferred: true, edits: [{ start: m.start, end: m.end, newText: canonical }] }],
          });
          if (!canonicalGroups.has(m.group)) break; // report an unlinked variant once, not at every mention
        }
      }
    }
    findings.push(...typoFindings(entities, article.prose, new Set(findings.map((f) => f.start))));
    findings.push(...swappedSurnameFindings(entities, article.prose, new Set(findings.map((f) => f.start))));
    return findings;
  },
};

/** How often a one-word name is written before a name written once beside it may be a slip for it. */
const REPEATED = 2;
/** The shortest name read for a slip of one letter: shorter names differ by a letter as often as not ("Iran", "Iraq"). */
const MIN_TYPO_LENGTH = 6;

/**
 * Names one letter away from another entity's name in the article, a slip of the keyboard ("Berhrmann" beside
 * "Matt Behrmann", "Atalanta" beside three "Atlanta"s): a one-word untagged mention written once, no place of the
 * gazetteer and no word of a longer name in the article, one insertion, deletion, substitution or swap of neighbours
 * (optimal string alignment distance 1, MIN_TYPO_LENGTH letters or more) from a target: a word that ends a person's
 * full name, a one-word name written REPEATED times or more, or a place of the gazetteer. The target's spelling is the
 * one to keep. One finding per spelling, not at offsets in `taken`.
 */
function typoFindings(entities: readonly EntityMention[], prose: string, taken: ReadonlySet<number>): RuleFinding[] {
  const targets = new Map<string, EntityMention>();
  const inLongerNames = new Set<string>();
  const count = new Map<string, number>();
  for (const m of entities) count.set(m.text, (count.get(m.text) ?? 0) + 1);
  // Nationalities and other words of type `other` ("Russian" beside "Russia") are words made from names, not slips.
  entities = entities.filter((m) => m.type !== 'other');
  for (const m of entities) {
    const words = m.text.split(' ');
    if (words.length > 1) for (const w of words) inLongerNames.add(w);
    if (m.type === 'person' && words.length > 1) targets.set(words[words.length - 1], m);
    // A one-word name written more often than once, or a place of the gazetteer.
    if (words.length === 1 && (count.get(m.text)! >= REPEATED || lookupPlace(m.text))) targets.set(m.text, m);
  }
  const out: RuleFinding[] = [];
  const reported = new Set<string>();
  // A slip falls after the first letter (oneEditApart): names are compared within their first letter.
  const byFirst = new Map<string, string[]>();
  for (const w of targets.keys()) if (w.length >= MIN_TYPO_LENGTH) byFirst.set(w[0], [...(byFirst.get(w[0]) ?? []), w]);
  for (const m of entities) {
    if (m.tagged || m.text.includes(' ') || m.text.length < MIN_TYPO_LENGTH || count.get(m.text)! > 1 || reported.has(m.text) || taken.has(m.start) || inLongerNames.has(m.text) || targets.has(m.text) || !byFirst.has(m.text[0]) || lookupPlace(m.text)) continue;
    const near = byFirst.get(m.text[0])!.filter((w) => w !== m.text && oneEditApart(w, m.text));
    if (near.length !== 1) continue;
    // Another spelling of the target already written ("Hassel" beside "Brian Hassell"): writing the target in would
    // only trade this finding for a variant's; the article's spellings need a person's eye.
    // (Not one with a letter doubled or undoubled, "Hassel": swappedSurnameFindings reports it too.)
    const key = variantKey(near[0]);
    if (entities.some((x) => x.text !== near[0] && x.text !== m.text && !x.text.includes(' ') && variantKey(x.text) === key && !doubledApart(near[0], x.text))) continue;
    reported.add(m.text);
    const other = targets.get(near[0])!;
    // A full name's surname written another way more often ("Brian Hassell" once, "Hassel" twice) is itself read as the
    // slip (swappedSurnameFindings): this spelling goes to the one the article writes most, so the fixes agree.
    const written = (w: string) => timesWritten(entities, w);
    const majority = entities.find((x) => !x.text.includes(' ') && x.type === 'person' && doubledApart(near[0], x.text) && written(x.text) > written(near[0]))?.text;
    const spelling = majority ?? near[0];
    const where = majority ? `“${majority}”, written ${written(majority)} times` : other.text === near[0] ? `“${near[0]}”, written` : `“${near[0]}” (“${prose.slice(other.start, other.end)}”), written`;
    out.push({
      start: m.start, end: m.end,
      message: `“${m.text}” may be a slip for ${where} elsewhere in this article.`,
      fixes: [{ title: `Change to “${spelling}”`, preferred: true, edits: [{ start: m.start, end: m.end, newText: spelling }] }],
    });
  }
  return out;
}

/**
 * A surname written with two neighbouring letters swapped, or a letter doubled or undoubled (doubledApart), however
 * often ("David Monteith" … "Mr Montieth says" … "explained Mr Montieth", review 88; "Brian Hassell" … "Hassel"): a one-word untagged mention typed person, MIN_TYPO_LENGTH letters or more,
 * that is no word of a longer name in the article and differs from exactly one surname of a person named in full by
 * a swap of neighbours inside the word (the full name's spelling is the one to keep, unless the other is written more
 * often: then the full name's surname is the slip). A swap is a slip of the
 * keyboard, where one letter more or less may be another name ("Hassan", "Hasan"). One finding per spelling, at its
 * first mention, not at offsets in `taken`.
 */
function swappedSurnameFindings(entities: readonly EntityMention[], prose: string, taken: ReadonlySet<number>): RuleFinding[] {
  const surnames = new Map<string, EntityMention>();
  const inLongerNames = new Set<string>();
  for (const m of entities) {
    const words = m.text.split(' ');
    if (words.length < 2) continue;
    for (const w of words) inLongerNames.add(w);
    if (m.type === 'person') surnames.set(words[words.length - 1], m);
  }
  const out: RuleFinding[] = [];
  const reported = new Set<string>();
  for (const m of entities) {
    if (m.tagged || m.type !== 'person' || m.text.includes(' ') || m.text.length < MIN_TYPO_LENGTH || reported.has(m.text) || taken.has(m.start) || inLongerNames.has(m.text)) continue;
    const near = [...surnames.keys()].filter((w) => neighboursSwapped(w, m.text) || doubledApart(w, m.text));
    if (near.length !== 1) continue;
    reported.add(m.text);
    const full = surnames.get(near[0])!;
    // The spelling written more often is the one to keep: "Mark Mayerholfer" once, "Mayerhofler" three times.
    const written = (w: string) => timesWritten(entities, w);
    const variant = written(m.text);
    if (variant > written(near[0]) && prose.slice(full.end - near[0].length, full.end) === near[0]) {
      const start = full.end - near[0].length;
      out.push({
        start, end: full.end,
        message: `“${near[0]}” in “${prose.slice(full.start, full.end)}” may be a slip for “${m.text}”, written ${variant} times elsewhere in this article.`,
        fixes: [{ title: `Change to “${m.text}”`, preferred: true, edits: [{ start, end: full.end, newText: m.text }] }],
      });
      continue;
    }
    out.push({
      start: m.start, end: m.end,
      message: `“${m.text}” may be a slip for “${near[0]}” (“${prose.slice(full.start, full.end)}”), written elsewhere in this article.`,
      fixes: [{ title: `Change to “${near[0]}”`, preferred: true, edits: [{ start: m.start, end: m.end, newText: near[0] }] }],
    });
  }
  return out;
}

/**
 * Whether `a` and `b` differ only by one letter doubled in one and single in the other, after their first letter
 * ("Hassell", "Hassel"; review 115: an agent written "Brian Hassell", then "Hassel" twice): a slip of the keyboard, as
 * a swap is.
 */
function doubledApart(a: string, b: string): boolean {
  return a !== b && Math.abs(a.length - b.length) === 1 && a[0] === b[0] && a[1] === b[1] && withoutDoubledLetters(a) === withoutDoubledLetters(b);
}

/** How many mentions of `entities` are surname `w` alone or end in it ("Hassel", "Brian Hassel"). */
function timesWritten(entities: readonly EntityMention[], w: string): number {
  return entities.filter((e) => e.text === w || e.text.endsWith(` ${w}`)).length;
}

/** Whether `a` and `b` differ only by two neighbouring letters swapped, after their first letter and before their last ("Monteith", "Montieth"). */
function neighboursSwapped(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let i = 0;
  while (a[i] === b[i]) i++;
  return i > 0 && i + 2 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * Whether `a` and `b` differ by one edit after their first letter and before their last: one letter inserted,
 * deleted or replaced, or two neighbours swapped (optimal string alignment distance 1; UTF-16 code units).
 */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // A difference in the last letter is an ending ("McDonalds", "Oatleys"), and one in the first another name
  // ("Hutton", "Sutton"; "Reading", "Yeading"): a slip falls inside the name.
  if (i === 0 || i >= Math.min(a.length, b.length) - 1) return false;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** "Al-Sudani said" at the start of a sentence is the same spelling as "al-Sudani". */
function isSentenceInitialCaseOnly(m: EntityMention, spelling: string, canonical: string, sentenceStarts: ReadonlySet<number>): boolean {
  if (spelling.toLowerCase() !== canonical.toLowerCase() || spelling.slice(1) !== canonical.slice(1)) return false;
  return sentenceStarts.has(m.start);
}

/** `s` is written in capitals: a capital letter and no lower-case one ("OSCAR", "U.S.", "AT&T"). */
function inCapitals(s: string): boolean {
  return hasCapital(s) && ![...s].some((ch) => isLowerInitial(ch));
}

/**
 * The mention is written in capitals only ("OSCAR") and so is a word beside it on its line ("WHO WAS OSCAR?"; tag
 * markup is not a word, `prose` blanks it):
 * the capitals are the typesetting of a crosshead or a display line, not the name's spelling. A lone acronym
 * in running text ("ICO said") has lower-case neighbours and is still compared.
 */
/** "NAIROBI, Kenya (AP) _", "BELFAST, Northern Ireland —", "MIAMI -- Elected officials": a wire dateline, a place set in capitals at a paragraph's start. */
function dateline(m: EntityMention, prose: string): boolean {
  return inCapitals(m.text) && opensLine(prose.slice(Math.max(0, m.start - 20), m.start)) && opensDatelineMark(prose.slice(m.end, m.end + 4));
}

/**
 * "KENYA:" over a table's rows (review 79): a name in capitals that opens its line and ends it, or is followed by a
 * colon, labels what follows; capitals there are the layout's, not another spelling.
 */
function lineLabel(m: EntityMention, prose: string): boolean {
  if (!inCapitals(m.text) || !opensLine(prose.slice(Math.max(0, m.start - 20), m.start))) return false;
  const after = prose.slice(m.end, m.end + 4);
  const next = after[leadingBlanks(after)];
  return next === undefined || next === ':' || next === '\n';
}

/** `before` (the text before a word) ends at its start or a line break, past spaces and tabs. */
function opensLine(before: string): boolean {
  const end = before.length - trailingBlanks(before);
  return end === 0 || before[end - 1] === '\n';
}

/** Marks that follow a dateline's place: a comma, a bracket, an underscore or a dash. */
const DATELINE_MARKS: ReadonlySet<string> = new Set([',', '(', '_', '—', '–']);

/** `after` (the text after a word) opens, past spaces and tabs, with a dateline's mark, or "-" or "--" and a space or tab. */
function opensDatelineMark(after: string): boolean {
  const rest = after.slice(leadingBlanks(after));
  if (DATELINE_MARKS.has(rest[0])) return true;
  const dashes = rest.startsWith('--') ? 2 : rest.startsWith('-') ? 1 : 0;
  return dashes > 0 && (rest[dashes] === ' ' || rest[dashes] === '\t');
}

function setInCapitals(m: EntityMention, prose: string): boolean {
  if (!inCapitals(m.text) || letterLength(m.text) < 2) return false;
  const before = wordOnLine([...prose.slice(Math.max(0, m.start - 40), m.start)].reverse());
  const after = wordOnLine([...prose.slice(m.end, m.end + 40)]);
  return [before, after].some((w) => w !== undefined && inCapitals(w));
}

/**
 * The first word of two or more letters in `chars` (code points, read outward from a mention) when only characters
 * other than letters and line breaks stand before it; its letters in the order read.
 */
function wordOnLine(chars: string[]): string | undefined {
  let i = 0;
  while (i < chars.length && !hasLetter(chars[i])) {
    if (chars[i] === '\n') return undefined;
    i++;
  }
  let word = '';
  for (; i < chars.length && hasLetter(chars[i]); i++) word += chars[i];
  return [...word].length >= 2 ? word : undefined;
}
