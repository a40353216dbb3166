// vague-figure: "millions of", "dozens of", "lost millions" with no source: a hint to give the number and who counted it.
import { sourceFixes } from '../figures/fixes';
import type { Rule, RuleFinding } from './rule';
import { endsWithWord } from '../text/names';

export const vagueFigure: Rule = {
  id: 'vague-figure',
  defaultSeverity: 'hint',
  description: 'A vague quantity ("millions of", "dozens of") with no attribution or citation: give the number and its source.',
  check({ article, figures, config }) {
    const findings: RuleFinding[] = [];
    for (const f of figures) {
      if (!f.vague || f.sourced || f.noSourceNeeded) continue;
      // "Millions of" + "pilgrims" as the sentence has it; a bare "dozens" (whose noun is borrowed from the figure
      // before it: "killing 6 people and injuring dozens more") is quoted as written.
      const of = f.unit && f.kind !== 'money' && endsWithWord(f.text, 'of') ? ` ${f.unit}` : '';
      findings.push({
        start: f.start,
        end: f.end,
        message: `Vague figure: “${of ? quotedUpTo(article.text, f.start, f.end, f.unit!) : f.text}” has no attribution or citation in its ${config.attributionScope}; give the number and who counted it`,
        fixes: sourceFixes(article, f, 'vague-figure'),
      });
    }
    return findings;
  },
};

/** Most code units between a vague figure's "of" and its counted noun for the quote to run on to it ("billions of junk mail messages"). */
const NOUN_REACH = 40;

/**
 * The copy from `start` through the first whole word `noun` within NOUN_REACH after `end` and before any sentence or
 * clause mark ("billions of spam messages", review 117: the message had quoted "billions of messages"); the figure's
 * text and the noun when the noun is not there so.
 */
function quotedUpTo(text: string, start: number, end: number, noun: string): string {
  const after = text.slice(end, end + NOUN_REACH);
  const m = new RegExp(`^[^.;:!?,()"“”]*?\\b${noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'iu').exec(after);
  return m ? text.slice(start, end + m[0].length) : `${text.slice(start, end)} ${noun}`;
}
