// The Markdown preview's reading of Newsdesk tags (issue 13): a markdown-it plugin that VS Code's built-in preview
// loads through `markdown.markdownItPlugins`. Entity tags render as the name, styled by type, with a tooltip; citations
// as superscript links to their URL or source. Anything else that looks like a tag stays the writer's text.
import type MarkdownIt from 'markdown-it';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import { readFrontMatter } from '../../server/src/core/frontMatter';
import type { RegistryEntry } from '../../server/src/core/types';

const TYPE_NAMES: Record<string, string> = { person: 'Person', org: 'Organisation', place: 'Place', other: 'Other', event: 'Event' };
/** `:kind[` or `:cite{`: a tag starts only at a word boundary, as remark-directive reads it. */
const TAG_START = /^:(person|org|place|entity|cite)(?=[[{])/;

/** What the article's front matter says about its entities and sources, for tooltips and citation links. */
interface FrontMatterFacts {
  entities: Map<string, RegistryEntry>;
  sources: Map<string, { name?: string; url?: string }>;
}

/**
 * Adds Newsdesk's tags to `md`: `:person[Name]{id=…}`, `:org[…]`, `:place[…]`, `:entity[…]{type=…}` render as
 * `<span class="newsdesk-entity newsdesk-<type>" title="…">Name</span>` (type, id, and the front matter's
 * description and Wikidata id when the article registers the id); `:cite[Label]{url="…"}` renders as
 * `<sup class="newsdesk-cite"><a href="…">Label</a></sup>`, and `:cite{src=id}` as a superscript of the source's
 * name, linked when the front matter's `sources` give it a URL. A tag that is not closed, or not one of these,
 * stays as written; front matter that is not valid YAML gives no facts and never an error. Returns `md`.
 */
export function newsdeskPreview(md: MarkdownIt): MarkdownIt {
  md.core.ruler.before('block', 'newsdesk_front_matter', (state) => {
    state.env.newsdesk = readFacts(state.src);
    return true;
  });
  md.inline.ruler.before('link', 'newsdesk_tag', tagRule);
  md.renderer.rules.newsdesk_open = (tokens, idx) => tokens[idx].content;
  md.renderer.rules.newsdesk_close = (tokens, idx) => tokens[idx].content;
  return md;
}

function tagRule(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const at = state.pos;
  if (src.charCodeAt(at) !== 0x3a /* : */) return false;
  // "Time:now", "3:1": a colon inside a word opens no tag.
  if (at > 0 && /[\p{L}\p{N}]/u.test(src[at - 1])) return false;
  const m = TAG_START.exec(src.slice(at, at + 12));
  if (!m) return false;
  const kind = m[1];
  let i = at + m[0].length;
  let label: [number, number] | null = null;
  if (src[i] === '[') {
    const end = state.md.helpers.parseLinkLabel(state, i, false);
    if (end < 0) return false;
    label = [i + 1, end];
    i = end + 1;
  }
  let attrs: Record<string, string> = {};
  if (src[i] === '{') {
    const close = attributeBlockEnd(src, i);
    if (close < 0) return false;
    attrs = readAttributes(src.slice(i + 1, close));
    i = close + 1;
  }
  if (kind === 'cite' ? !label && !attrs.src && !attrs.url : !label) return false;
  if (kind === 'entity' && !attrs.type) return false;
  if (silent) { state.pos = i; return true; }

  const facts = (state.env as { newsdesk?: FrontMatterFacts }).newsdesk;
  const escape = state.md.utils.escapeHtml;
  const open = state.push('newsdesk_open', 'span', 1) as Token;
  const close = { content: '' };
  if (kind === 'cite') {
    const source = attrs.src ? facts?.sources.get(attrs.src) : undefined;
    const url = attrs.url ?? source?.url;
    const safe = url && state.md.validateLink(url) ? state.md.normalizeLink(url) : null;
    const title = `Source: ${source?.name ?? attrs.src ?? ''}`.trim();
    open.content = `<sup class="newsdesk-cite"${label ? '' : ` title="${escape(title)}"`}>${safe ? `<a href="${escape(safe)}">` : ''}`;
    if (!label) open.content += escape(source?.name ?? attrs.src ?? '');
    close.content = `${safe ? '</a>' : ''}</sup>`;
  } else {
    const type = kind === 'entity' ? attrs.type.toLowerCase() : kind;
    const entry = attrs.id ? facts?.entities.get(attrs.id) : undefined;
    const tooltip = [TYPE_NAMES[type] ?? type, attrs.id ? `id ${attrs.id}` : '', entry?.description ?? '', entry?.wikidata ? `Wikidata ${entry.wikidata}` : ''].filter(Boolean).join(' · ');
    open.content = `<span class="newsdesk-entity newsdesk-${escape(type.replace(/[^a-z-]/g, ''))}" title="${escape(tooltip)}">`;
    close.content = '</span>';
  }
  if (label) {
    const [oldPos, oldMax] = [state.pos, state.posMax];
    state.pos = label[0];
    state.posMax = label[1];
    state.md.inline.tokenize(state);
    state.pos = oldPos;
    state.posMax = oldMax;
  }
  (state.push('newsdesk_close', 'span', -1) as Token).content = close.content;
  state.pos = i;
  return true;
}

/** The index of the `}` that closes the attribute block opening at `open`, quotes respected; -1 on this line if none. */
function attributeBlockEnd(src: string, open: number): number {
  let quote = '';
  for (let i = open + 1; i < src.length; i++) {
    const c = src[i];
    if (c === '\n') return -1;
    if (quote) { if (c === quote) quote = ''; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '}') return i;
  }
  return -1;
}

/** `id=x url="https://…" #id .class` as remark-directive reads them (last one wins). */
function readAttributes(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of block.matchAll(/([#.])([^\s#."'}]+)|([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"'}]+)))?/g)) {
    if (m[1]) out[m[1] === '#' ? 'id' : 'class'] = m[2];
    else out[m[3]] = m[4] ?? m[5] ?? m[6] ?? '';
  }
  return out;
}

/**
 * The entities and sources of a YAML front matter at the top of `src`, read by the checker's own front matter reader
 * (so alias bombs, huge or deeply nested blocks are handled as there); empty when there is none.
 */
function readFacts(src: string): FrontMatterFacts {
  const facts: FrontMatterFacts = { entities: new Map(), sources: new Map() };
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(src);
  if (!m) return facts;
  const bodyStart = m[0].indexOf('\n') + 1;
  const { frontMatter } = readFrontMatter(src, { start: 0, end: m[0].length }, bodyStart, bodyStart + m[1].length);
  for (const e of frontMatter.entities) facts.entities.set(e.id, e);
  for (const s of frontMatter.sources) facts.sources.set(s.id, s);
  return facts;
}
