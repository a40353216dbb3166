// Figures a desk does not ask to source (LABELLING.md, `needs_source: false`), read as kinds from the figures and
// the linguistic layer: a conversion in brackets, a headline figure the body gives again, a statistic of the game the
// article reports, and a fixed fact of record about a place or body.
import { languageOf } from '../language';
import type { Article, FigureMention, NoSourceNeeded } from '../types';
import type { Lexicon } from './lexicon';

/** Words that may stand between a figure's number and the bracket that converts it: its unit ("2,700 miles (4,345km)"). */
const UNIT_BEFORE_BRACKET = /^[ \t]*(?:\p{L}+[ \t]*){0,3}\([ \t]*(?:about|around|roughly|approximately|nearly|almost|some|c\.)?[ \t]*$/u;
/** An ATX heading line ("# Council to spend £4m"). */
const HEADING_LINE = /^ {0,3}#{1,6}[ \t]/;
/** Possessives before a count of a place's or body's parts ("the borough's 17 wards", "its 27 member states"). */
const POSSESSIVE = new Set(["'s", '’s', "'", '’', 'its', 'their']);
/** How far left of a statistic its scoring verb may stand, in tokens ("scored a season-best 27 points"). */
const RESULT_REACH = 6;

/**
 * Sets `noSourceNeeded` on each figure of `figures` (one article's, in text order) that a desk would not ask to
 * source:
 * - `conversion`: money or a measure in brackets right after a figure in another currency or unit, in the same
 *   sentence ("3 miles (5 km)", "£5m ($6.3m)"); it restates that figure, which carries any finding.
 * - `headline`: a figure in a heading whose kind and value the body gives again.
 * - `result`: a count of a game's statistics (lex.resultNouns) scored by a verb of lex.resultVerbs, read from the
 *   layer ("Pike scored a season-best 27 points").
 * - `record`: a whole count up to lex.recordMax after a possessive ("the borough's 17 wards").
 * Mutates the figures; never throws.
 */
export function markNoSourceNeeded(article: Article, figures: FigureMention[], lex: Lexicon): void {
  const inHeading = figures.map((f) => isHeading(article, f.start));
  const body = figures.filter((_, i) => !inHeading[i]);
  figures.forEach((f, i) => {
    const why = conversion(article, figures[i - 1], f) ?? (inHeading[i] ? headline(f, body) : null) ?? result(article, f, lex) ?? record(article, f, lex);
    if (why) f.noSourceNeeded = why;
  });
}

const quote = (f: FigureMention) => ({ start: f.start, end: f.end, text: f.text });

function conversion(article: Article, prev: FigureMention | undefined, f: FigureMention): NoSourceNeeded | null {
  if (!prev || prev.sentence !== f.sentence || f.value === null || prev.value === null) return null;
  const converts = (f.kind === 'money' && prev.kind === 'money') || (f.kind === 'measure' && (prev.kind === 'measure' || prev.kind === 'count'));
  if (!converts || (f.unit !== null && f.unit === prev.unit)) return null;
  if (!UNIT_BEFORE_BRACKET.test(article.prose.slice(prev.end, f.start))) return null;
  return { kind: 'conversion', restates: quote(prev) };
}

function headline(f: FigureMention, body: FigureMention[]): NoSourceNeeded | null {
  if (f.value === null) return null;
  const same = body.find((b) => b.kind === f.kind && b.value === f.value && (b.valueMax ?? null) === (f.valueMax ?? null) && (f.kind === 'count' || b.unit === f.unit));
  return same ? { kind: 'headline', restates: quote(same) } : null;
}

function result(article: Article, f: FigureMention, lex: Lexicon): NoSourceNeeded | null {
  if (f.kind !== 'count' || !f.unit || !lex.resultNouns.has(f.unit.toLowerCase())) return null;
  const layer = languageOf(article);
  const at = layer.tokenAt(f.start);
  if (at < 0) return null;
  const first = layer.sentences[layer.tokens[at].sentence]?.first ?? at;
  for (let k = at - 1; k >= Math.max(first, at - RESULT_REACH); k--) {
    const t = layer.tokens[k];
    if (t.pos === 'PUNCT' && article.prose.slice(t.start, t.end) !== '-') return null;
    if (t.pos === 'VERB') return lex.resultVerbs.has(t.lemma) ? { kind: 'result' } : null;
  }
  return null;
}

function record(article: Article, f: FigureMention, lex: Lexicon): NoSourceNeeded | null {
  if (f.kind !== 'count' || f.approximate || f.value === null || !Number.isInteger(f.value) || f.value > lex.recordMax || (f.valueMax ?? null) !== null) return null;
  const layer = languageOf(article);
  const at = layer.tokenAt(f.start);
  const before = at > 0 ? layer.tokens[at - 1] : undefined;
  if (!before || before.sentence !== layer.tokens[at].sentence) return null;
  return POSSESSIVE.has(article.prose.slice(before.start, before.end).toLowerCase()) ? { kind: 'record' } : null;
}

function isHeading(article: Article, offset: number): boolean {
  const lineStart = article.lines.lineRange(article.lines.positionAt(offset).line).start;
  return HEADING_LINE.test(article.text.slice(lineStart, lineStart + 8));
}
