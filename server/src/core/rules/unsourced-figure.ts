// unsourced-figure: money, a percentage, a count or a measure with no attribution or citation in its sentence (or paragraph).
import { sourceFixes } from '../figures/fixes';
import type { Rule, RuleFinding } from './rule';

export const unsourcedFigure: Rule = {
  id: 'unsourced-figure',
  defaultSeverity: 'warning',
  description: 'A figure (money, percentage, count, measure, ratio) with no attribution ("X said", "according to …") or citation tag in its sentence, or its paragraph when the attribution scope is paragraph.',
  check({ article, figures, config }) {
    const findings: RuleFinding[] = [];
    for (const f of figures) {
      if (f.sourced || f.vague || f.noSourceNeeded) continue;
      findings.push({
        start: f.start,
        end: f.end,
        message: `Unsourced figure: “${f.text}” has no attribution or citation in its ${config.attributionScope}`,
        fixes: sourceFixes(article, f, 'unsourced-figure'),
      });
    }
    return findings;
  },
};
