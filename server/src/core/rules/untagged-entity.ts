// untagged-entity: a person, organisation or place with no tag, under the configured tag policy.
import type { EntityMention, EntityType, Fix, Span, TextEdit } from '../types';
import type { Rule, RuleFinding } from './rule';
import { SpanIndex } from '../text/spanIndex';

const TAG_NAME: Record<EntityType, string> = { person: 'person', org: 'org', place: 'place', other: 'entity' };
const LABEL: Record<EntityType, string> = { person: 'person', org: 'organisation', place: 'place', other: 'entity' };

export const untaggedEntity: Rule = {
  id: 'untagged-entity',
  defaultSeverity: 'warning',
  description: 'A person, organisation or place mentioned without a tag ("Masoud Pezeshkian met…"; policy first: one tagged mention per entity; all: every mention).',
  check({ article, entities, config }) {
    const findings: RuleFinding[] = [];
    const foreign = new SpanIndex(article.foreignDirectives);
    // Strictly inside: ":Abuja" in "Lagos:Abuja" reads as a directive named by the word itself, not one around it.
    const inForeign = (m: Span) => foreign.covering({ start: m.start - 1, end: m.end + 1 }) !== undefined;
    const groups = new Map<string, EntityMention[]>();
    for (const m of entities) {
      const list = groups.get(m.group) ?? [];
      list.push(m);
      groups.set(m.group, list);
    }
    for (const list of groups.values()) {
      const type = list[0].type;
      if (type === 'other' && !config.flagOtherEntities) continue;
      const untagged = list.filter((m) => !m.tagged && !(type === 'other' && !config.flagOtherEntities));
      if (untagged.length === 0) continue;
      if (config.tagPolicy === 'first' && list.some((m) => m.tagged)) continue;
      const targets = config.tagPolicy === 'first' ? [untagged[0]] : untagged;
      // One "Tag all" edit list per entity, shared by its findings: building it per finding costs the square of the mentions.
      const taggable = untagged.filter((u) => !inForeign(u));
      const tagAll = taggable.length > 1 ? taggable.flatMap((u) => tagEdits(article.text, u, u.id, type)) : [];
      for (const m of targets) {
        const others = list.length - 1;
        const message = `Untagged ${LABEL[type]}: “${m.text}”` + (others > 0 ? ` (${others} more mention${others === 1 ? '' : 's'} in this article)` : '');
        // Inside another tool's directive (":abbr[NATO]") a tag would not parse: the finding stands without a tag fix.
        findings.push({ start: m.start, end: m.end, message, fixes: inForeign(m) ? [] : tagFixes(article.text, m, type, taggable.length, tagAll) });
      }
    }
    return findings;
  },
};

/**
 * Wraps the mention `m` (offsets into `text`, the analysed document) by inserting before and after it, so the
 * journalist's words are never retyped. A tag cannot open straight after a colon ("Lagos:Abuja" would become
 * "Lagos::place[Abuja]", which Markdown directives do not read as a tag), so such a colon is escaped
 * ("Lagos\\::place[Abuja]", shown as "Lagos:Abuja"); so is a backslash or a brace beside the name. Returns
 * insertions as core `TextEdit`s.
 */
export function tagEdits(text: string, m: Span, id: string | null, type: EntityType): TextEdit[] {
  // An id that cannot be written as an attribute is left out: the tag still links through the registered name.
  const idValue = id ? attributeValue(id) : null;
  const attrs = [idValue ? `id=${idValue}` : '', type === 'other' ? 'type=other' : ''].filter(Boolean).join(' ');
  const edits: TextEdit[] = [];
  // What stands before the tag must not stop it opening: an unescaped colon ("Lagos:Abuja") is escaped, and so is
  // an unescaped backslash ("Berlin\Olaf Scholz"), which would otherwise escape the tag's own colon.
  if (escapes(text, m.start)) edits.push({ start: m.start, end: m.start, newText: '\\' });
  else if (text[m.start - 1] === ':' && !escapes(text, m.start - 1)) edits.push({ start: m.start - 1, end: m.start - 1, newText: '\\' });
  // "[1]Kyiv" at the start of a line: "[1]:place[Kyiv]" would read as a link reference definition, and the line
  // would vanish from the rendered article. The bracket is escaped ("[1\\]:place[Kyiv]", shown as "[1]Kyiv").
  else if (text[m.start - 1] === ']' && !escapes(text, m.start - 1) && opensLineWithBracket(text, m.start - 1)) edits.push({ start: m.start - 1, end: m.start - 1, newText: '\\' });
  // A brace right after the name ("Joe Biden{sic}") would be read as the tag's attributes: it is escaped.
  const close = attrs ? `]{${attrs}}` : text[m.end] === '{' ? ']\\' : ']';
  edits.push({ start: m.start, end: m.start, newText: `:${TAG_NAME[type]}[` }, { start: m.end, end: m.end, newText: close });
  return edits;
}

/** The `]` at `close` closes a bracket that opens its line (up to three spaces in), as a link definition's label does. */
function opensLineWithBracket(text: string, close: number): boolean {
  let i = close - 1;
  while (i >= 0 && close - i < 1000 && text[i] !== '[' && text[i] !== ']' && text[i] !== '\n' && text[i] !== '\r') i--;
  if (text[i] !== '[') return false;
  let indent = 0;
  for (let j = i - 1; j >= 0 && text[j] !== '\n' && text[j] !== '\r'; j--) {
    if (text[j] !== ' ' || ++indent > 3) return false;
  }
  return true;
}

/** An odd run of backslashes stands right before `at`: the character at `at` is escaped. */
function escapes(text: string, at: number): boolean {
  let n = 0;
  while (text[at - 1 - n] === '\\') n++;
  return n % 2 === 1;
}

/**
 * An attribute value as remark-directive reads it back: bare when it is a plain word, else in double quotes, or in
 * single quotes when it holds a double quote. remark-directive reads no escapes inside quotes (a backslash is
 * itself), so a value holding both kinds of quote cannot be written: null.
 */
export function attributeValue(value: string): string | null {
  if (/^[\w.-]+$/.test(value)) return value;
  if (!value.includes('"')) return `"${value}"`;
  return value.includes("'") ? null : `'${value}'`;
}

/** The tag fixes for `m`; `tagAll` (the edits that tag all `count` taggable mentions of its entity) is shared, not copied. */
function tagFixes(text: string, m: EntityMention, recognised: EntityType, count: number, tagAll: TextEdit[]): Fix[] {
  const order: EntityType[] = [recognised, ...(['person', 'org', 'place'] as EntityType[]).filter((t) => t !== recognised)];
  // A registered name has its type in the registry: tagging it as another type would only conflict with it.
  const fixes: Fix[] = order.filter((t) => t !== 'other' && (!m.id || t === recognised)).map((t) => ({
    title: `Tag “${m.text}” as ${LABEL[t]}`,
    edits: tagEdits(text, m, m.id, t),
    preferred: t === recognised,
  }));
  // With flagOtherEntities on, an event, work or nationality is tagged as what it is (":entity[…]{type=other}").
  if (recognised === 'other') fixes.unshift({ title: `Tag “${m.text}” as ${LABEL.other}`, edits: tagEdits(text, m, m.id, 'other'), preferred: true });
  if (count > 1) fixes.push({ title: `Tag all ${count} mentions of “${m.text}” as ${LABEL[recognised]}`, edits: tagAll });
  return fixes;
}
