// entity-type-conflict: one name tagged with two types in an article, or tagged against its registry type.
import { normaliseName } from '../registry';
import type { EntityType, Fix, Tag } from '../types';
import type { Rule, RuleFinding } from './rule';

const TYPE_OF: Record<string, EntityType> = { person: 'person', org: 'org', place: 'place', entity: 'other' };
const TAG_OF: Record<EntityType, string> = { person: 'person', org: 'org', place: 'place', other: 'entity' };

export const entityTypeConflict: Rule = {
  id: 'entity-type-conflict',
  defaultSeverity: 'error',
  description: 'One name tagged with two different types, or with a type its registry entry contradicts.',
  check({ article, registry }) {
    const findings: RuleFinding[] = [];
    const firstByName = new Map<string, { type: EntityType; tag: Tag }>();
    for (const tag of article.tags) {
      const type = TYPE_OF[tag.kind];
      if (!type || !tag.text.trim()) continue;
      const entry = tag.attributes.id ? registry.byId.get(tag.attributes.id) : registry.byName.get(normaliseName(tag.text));
      if (entry && entry.type !== type) {
        findings.push({ start: tag.start, end: tag.end, message: `“${tag.text}” is tagged ${type} here, but the registry lists “${entry.name}” (${entry.id}) as ${entry.type}`, fixes: [retag(tag, entry.type)] });
        continue;
      }
      const key = normaliseName(tag.text);
      const first = firstByName.get(key);
      if (!first) { firstByName.set(key, { type, tag }); continue; }
      if (first.type !== type) {
        findings.push({
          start: tag.start, end: tag.end,
          message: `“${tag.text}” is tagged ${type} here but ${first.type} earlier in this article`,
          fixes: [retag(tag, first.type)],
        });
      }
    }
    return findings;
  },
};

/** Changes only the tag's name (":org" → ":person"); the label and attributes stay as written. */
function retag(tag: Tag, type: EntityType): Fix {
  return { title: `Tag “${tag.text}” as ${type} instead`, preferred: true, edits: [{ start: tag.start + 1, end: tag.start + 1 + tag.kind.length, newText: TAG_OF[type] }] };
}
