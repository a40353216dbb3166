// unknown-source: a :cite{src=…} whose id is not in the front matter's sources.
import { addSourceEdit } from '../figures/fixes';
import { attributeValueSpan } from '../text/attributes';
import { attributeValue } from './untagged-entity';
import { editDistance } from '../text/editDistance';
import type { Fix } from '../types';
import type { Rule, RuleFinding } from './rule';

export const unknownSource: Rule = {
  id: 'unknown-source',
  defaultSeverity: 'warning',
  description: 'A citation tag that names no source listed in the front matter (":cite[Reuters]{src=reuters}" with no "reuters" under sources).',
  check({ article }) {
    const findings: RuleFinding[] = [];
    const sources = article.frontMatter?.sources ?? [];
    const known = new Set(sources.map((s) => s.id));
    for (const c of article.citations) {
      if (c.kind !== 'cite' || c.src === undefined || known.has(c.src)) continue;
      const fixes: Fix[] = [];
      const add = addSourceEdit(article, c.src, false);
      const addSnippet = addSourceEdit(article, c.src, true);
      if (add && addSnippet) fixes.push({ title: `Add source “${c.src}” to the front matter`, preferred: true, edits: [add], snippetEdits: [addSnippet] });
      // The writer may have mistyped an id that exists: offer the close ones.
      const at = attributeValueSpan(article.text.slice(c.start, c.end), 'src');
      for (const s of sources) {
        if (!at || at.shorthand || editDistance(s.id, c.src) > Math.max(2, Math.floor(c.src.length / 3))) continue;
        const newText = attributeValue(s.id);
        if (newText) fixes.push({ title: `Cite “${s.id}” instead`, edits: [{ start: c.start + at.start, end: c.start + at.end, newText }] });
      }
      findings.push({ start: c.start, end: c.end, message: `Unknown source “${c.src}”: the front matter lists no source with this id`, fixes });
    }
    return findings;
  },
};
