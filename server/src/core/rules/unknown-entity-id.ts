// unknown-entity-id: a tag's id that neither the front matter nor the workspace registry defines.
import { editDistance } from '../text/editDistance';
import { attributeValueSpan } from '../text/attributes';
import { attributeValue } from './untagged-entity';
import type { Fix } from '../types';
import type { Rule, RuleFinding } from './rule';

export const unknownEntityId: Rule = {
  id: 'unknown-entity-id',
  defaultSeverity: 'warning',
  description: 'A tag {id=…} that no registry entry (front matter or .newsdesk/entities.yaml) defines.',
  check({ article, registry }) {
    const findings: RuleFinding[] = [];
    for (const tag of article.tags) {
      const id = tag.attributes.id;
      if (tag.kind === 'cite' || id === undefined || registry.byId.has(id)) continue;
      const at = attributeValueSpan(article.text.slice(tag.start, tag.end), 'id');
      const fixes: Fix[] = [];
      if (at) {
        const close = registry.entries
          .map((e) => ({ e, d: editDistance(e.id, id) }))
          .filter(({ d }) => d <= Math.max(1, Math.floor(id.length / 3)))
          // The "#id" shorthand takes a plain word only.
          .filter(({ e }) => !at.shorthand || /^[\w-]+$/.test(e.id))
          .sort((a, b) => a.d - b.d)
          .slice(0, 3);
        for (const { e } of close) {
          const newText = at.shorthand ? e.id : attributeValue(e.id);
          if (newText === null) continue;
          fixes.push({ title: `Use id “${e.id}” (${e.name})`, preferred: fixes.length === 0, edits: [{ start: tag.start + at.start, end: tag.start + at.end, newText }] });
        }
      }
      findings.push({ start: tag.start, end: tag.end, message: `Unknown entity id “${id}”: no registry entry has it. Add it to .newsdesk/entities.yaml or the front matter's entities.`, fixes });
    }
    return findings;
  },
};
