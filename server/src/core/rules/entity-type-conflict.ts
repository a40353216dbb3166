// entity-type-conflict: one name tagged with two types in an article, or tagged against its registry type.
import { normaliseName } from '../registry';
import type { EntityType, Fix, Tag, TextEdit } from '../types';
import { attributeValue } from './untagged-entity';
import type { Rule, RuleFinding } from './rule';

const TYPE_OF: Record<string, EntityType> = { person: 'person', org: 'org', place: 'place', entity: 'other' };
const TAG_OF: Record<EntityType, string> = { person: 'person', org: 'org', place: 'place', other: 'entity' };

export const entityTypeConflict: Rule = {
  id: 'entity-type-conflict',
  defaultSeverity: 'error',
  description: 'One name tagged with two different types (":person[Jordan]" and ":place[Jordan]"), or with a type its registry entry contradicts.',
  check({ article, registry }) {
    const findings: RuleFinding[] = [];
    const firstByName = new Map<string, { type: EntityType; tag: Tag }>();
    for (const tag of article.tags) {
      const type = TYPE_OF[tag.kind];
      if (!type || !tag.text.trim()) continue;
      const entry = tag.attributes.id ? registry.byId.get(tag.attributes.id) : registry.byName.get(normaliseName(tag.text));
      if (entry && entry.type !== type) {
        findings.push({ start: tag.start, end: tag.end, message: `“${tag.text}” is tagged ${type} here, but the registry lists “${entry.name}” (${entry.id}) as ${entry.type}`, fixes: [retag(tag, entry.type, article.text)] });
        continue;
      }
      const key = normaliseName(tag.text);
      const first = firstByName.get(key);
      if (!first) { firstByName.set(key, { type, tag }); continue; }
      if (first.type !== type) {
        findings.push({
          start: tag.start, end: tag.end,
          message: `“${tag.text}” is tagged ${type} here but ${first.type} earlier in this article`,
          fixes: [retag(tag, first.type, article.text, first.tag.attributes.type)],
        });
      }
    }
    return findings;
  },
};

/**
 * Changes only the tag's name (":org" → ":person"); the label and attributes stay as written. An `:entity` tag
 * needs a `type` attribute to parse as one: it gets the other tag's (`kind`), or `other`.
 */
function retag(tag: Tag, type: EntityType, text: string, kind?: string): Fix {
  const edits: TextEdit[] = [{ start: tag.start + 1, end: tag.start + 1 + tag.kind.length, newText: TAG_OF[type] }];
  if (type === 'other' && !tag.attributes.type) {
    const value = attributeValue(kind ?? 'other')!;
    if (text[tag.end - 1] === '}') edits.push({ start: tag.end - 1, end: tag.end - 1, newText: ` type=${value}` });
    else edits.push({ start: tag.end, end: tag.end, newText: `{type=${value}}` });
  }
  return { title: `Tag “${tag.text}” as ${type} instead`, preferred: true, edits };
}
