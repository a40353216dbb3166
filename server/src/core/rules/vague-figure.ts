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
        message: `Vague figure: “${f.text}${of}” has no attribution or citation in its ${config.attributionScope}; give the number and who counted it`,
        fixes: sourceFixes(article, f, 'vague-figure'),
      });
    }
    return findings;
  },
};
