// The hover text for an entity mention: who or what it is, how it was found, and every mention of it in the article.
import type { Analysis } from '../analyze';
import type { EntityMention } from '../types';
import { lookupPlace } from './gazetteer';

const LABEL = { person: 'Person', org: 'Organisation', place: 'Place', other: 'Other entity' } as const;

export function describeEntity(mention: EntityMention, analysis: Analysis): string {
  const group = analysis.entities.filter((m) => m.group === mention.group);
  const entry = mention.id ? analysis.registry.byId.get(mention.id) : undefined;
  const canonical = entry?.name ?? longest(group).text;
  const lines: string[] = [`**${escape(canonical)}** — ${LABEL[mention.type]}`];
  if (entry?.description) lines.push(escape(entry.description));

  const facts: string[] = [];
  if (entry) facts.push(`id \`${entry.id}\``);
  if (entry?.wikidata) facts.push(`Wikidata [${entry.wikidata}](https://www.wikidata.org/wiki/${encodeURIComponent(entry.wikidata)})`);
  if (entry?.aliases.length) facts.push(`aliases: ${entry.aliases.map(escape).join(', ')}`);
  if (facts.length) lines.push(facts.join(' · '));

  if (mention.type === 'place') {
    const place = lookupPlace(canonical) ?? lookupPlace(mention.text);
    if (place) {
      const where = place.subdivision ? `a state, province or nation of ${place.country}` : place.country && place.country !== place.name ? `in ${place.country}` : 'country';
      const bits = [where, place.capital ? `capital ${place.capital}` : '', place.region ? `region ${[place.subregion, place.region].filter(Boolean).join(', ')}` : '', place.iso ? `ISO ${place.iso}` : ''];
      lines.push(bits.filter(Boolean).join(' · '));
    }
  }

  if (mention.tagged) lines.push('Tagged here.');
  else if (mention.source === 'tag' || mention.source === 'registry' || mention.source === 'workspace-tag') {
    lines.push(`Not tagged here; known from ${mention.source === 'registry' ? 'the registry' : mention.source === 'tag' ? 'a tag elsewhere in this article' : 'a tag in another article'}.`);
  } else lines.push(`Not tagged; recognised by the model as ${LABEL[mention.type].toLowerCase()} (confidence ${Math.round(mention.confidence * 100)}%).`);

  const tagged = group.filter((m) => m.tagged).length;
  const counts = new Map<string, number>();
  for (const m of group) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  const list = [...counts].map(([t, n]) => (n > 1 ? `${escape(t)} ×${n}` : escape(t))).join(', ');
  lines.push(`${group.length} mention${group.length === 1 ? '' : 's'} in this article (${tagged} tagged): ${list}`);
  return lines.join('\n\n');
}

function longest(group: EntityMention[]): EntityMention {
  return group.reduce((a, b) => (b.text.length > a.text.length ? b : a));
}

/** Characters that Markdown reads as markup. */
const MARKDOWN_MARKS: ReadonlySet<string> = new Set(['\\', '`', '*', '_', '[', ']', '<', '>']);

/** `s` with each Markdown mark escaped by a backslash. */
function escape(s: string): string {
  let out = '';
  for (const ch of s) out += MARKDOWN_MARKS.has(ch) ? `\\${ch}` : ch;
  return out;
}
