// unused-source: a source listed in the front matter that no :cite{src=…} refers to.
import type { Rule, RuleFinding } from './rule';

export const unusedSource: Rule = {
  id: 'unused-source',
  defaultSeverity: 'info',
  description: 'A source listed in the front matter ("sources: [{id: reuters}]") that no citation tag refers to.',
  check({ article }) {
    const findings: RuleFinding[] = [];
    const cited = new Set(article.citations.map((c) => c.src).filter((s): s is string => !!s));
    for (const s of article.frontMatter?.sources ?? []) {
      if (cited.has(s.id)) continue;
      const span = s.span ?? article.frontMatter!.span;
      const end = span.start + article.text.slice(span.start, span.end).trimEnd().length;
      findings.push({ start: span.start, end, message: `Source “${s.id}” is listed in the front matter but never cited: cite it with :cite{src=${s.id}} or remove it` });
    }
    return findings;
  },
};
