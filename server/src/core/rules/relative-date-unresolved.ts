// relative-date-unresolved: "on Wednesday", "last week" in an article with no publication date to resolve them against.
import type { Rule, RuleFinding } from './rule';
import { parseIsoDay } from '../dates/calendar';

export const relativeDateUnresolved: Rule = {
  id: 'relative-date-unresolved',
  defaultSeverity: 'info',
  description: 'A relative date ("on Wednesday", "last week") that cannot be resolved because the article has no publication date.',
  check({ article, dates }) {
    const findings: RuleFinding[] = [];
    // With a publication date, a relative date left without a value is one that does not exist ("29 February next
    // year" in 2004): impossible-date speaks of it, not this rule.
    if (parseIsoDay(article.frontMatter?.published ?? null)) return findings;
    for (const d of dates) {
      if (d.kind !== 'date' || !d.relative || d.value !== null) continue;
      findings.push({ start: d.start, end: d.end, message: `“${d.text}” depends on the publication date, and this article has none: add \`published: YYYY-MM-DD\` to the front matter.` });
    }
    return findings;
  },
};
