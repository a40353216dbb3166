// Parses an article (Markdown or plain text) once into the model every check reads: front matter, tags, citations, paragraphs, sentences, prose.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import { toString } from 'mdast-util-to-string';
import type { Nodes, Paragraph, Parents, Root } from 'mdast';
import { readWordList } from './dataFiles';
import { readFrontMatter } from './frontMatter';
import { LineIndex } from './lines';
import { remarkFootnotes, remarkFootnotesAndTables } from './markdownExtensions';
import { buildLanguage, rememberLanguage } from './language';
import type { Article, Citation, FrontMatter, IgnoreRegion, MarkupProblem, Span, Tag, TagKind } from './types';
import { firstAtLeast } from './text/spanIndex';
import { detached } from './text/memo';
import { ParagraphMatches } from './text/segments';
import { blankKeepingLineBreaks, firstLineBreak, hasLineBreak, indentationOf, lineBreaksAsSpaces, openingFenceLength } from './text/lines';
import { hasLetterOrDigit, isDigits, wordsOf } from './text/shape';

export type ArticleFormat = 'markdown' | 'text';

const TAG_KINDS: ReadonlySet<string> = new Set<TagKind>(['person', 'org', 'place', 'entity', 'cite']);
/** The parser for one format, with tables or (for text without a "|", see remarkFootnotes) without. */
function processor(format: ArticleFormat, tables: boolean) {
  const base = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(tables ? remarkFootnotesAndTables : remarkFootnotes).use(remarkDirective);
  if (format === 'markdown') return base;
  // Pasted copy is often indented with a tab; in a .txt article that is a paragraph, not a code block.
  return base.use(function noIndentedCode(this: Processor) {
    const data = this.data() as { micromarkExtensions?: unknown[] };
    (data.micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
  });
}
type Parser = ReturnType<typeof processor>;
const PROCESSORS: Record<ArticleFormat, { tables: Parser; plain: Parser }> = {
  markdown: { tables: processor('markdown', true), plain: processor('markdown', false) },
  text: { tables: processor('text', true), plain: processor('text', false) },
};
/** Deeper nesting than this (">>>>…" thousands deep) is not prose anyone wrote; it is skipped, not crashed on. */
const MAX_DEPTH = 200;

/**
 * `text` format still reads tags and front matter, but every line is its own paragraph:
 * journalists paste copy with one paragraph per line.
 */
export function parseArticle(text: string, format: ArticleFormat = 'markdown'): Article {
  const lines = new LineIndex(text);
  // Hostile runs of delimiters and nesting are cut back before the parser (same length, so offsets hold).
  const blocks = guardLongBlocks(text);
  const setext = guardSetextHeadings(blocks.text);
  const lists = guardLists(setext.text);
  const tables = guardTables(lists.text);
  const guarded = guardDelimiters(tables.text);
  const nested = guardNesting(guarded.text);
  // A byte-order mark is not text: the parser drops it and counts offsets from after it, so parse without it
  // and move every position back into the file's own offsets.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const { tree, plainFrom } = parseInPieces(PROCESSORS[format], nested.text.slice(bom));
  if (bom) shiftPositions(tree, bom);
  // Ranges of the writer's words; everything else becomes spaces (line breaks kept) in `prose`.
  const kept: Span[] = [];
  const keep = (start: number, end: number) => { if (end > start) kept.push({ start, end }); };

  const tags: Tag[] = [];
  const citations: Citation[] = [];
  const problems: MarkupProblem[] = [...blocks.problems, ...setext.problems, ...lists.problems, ...tables.problems, ...guarded.problems, ...nested.problems];
  if (plainFrom !== null) problems.push(blockBudgetProblem(text, plainFrom + bom));
  const comments: { span: Span; value: string }[] = [];
  const paragraphs: Span[] = [];
  const footnoteIds = new Set<string>();
  const footnoteRefs: Citation[] = [];
  const definitions = new Set<string>();
  // Inline markup a fix must never insert into: tags, links, images, footnote references, code, emphasis.
  const inlineMarkup: Span[] = [];
  const foreignDirectives: Span[] = [];
  let frontMatter: FrontMatter | null = null;

  const visit = (node: Nodes, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    const pos = node.position;
    const start = pos?.start.offset ?? 0;
    const end = pos?.end.offset ?? start;
    if (readWordList('markdown-inline-markup.txt').has(node.type) && end > start) inlineMarkup.push({ start, end });
    switch (node.type) {
      case 'yaml': {
        const bodyStart = lines.lineRange(lines.positionAt(start).line + 1).start;
        const closing = text.lastIndexOf('---', end);
        const fm = readFrontMatter(text, { start, end }, bodyStart, Math.max(bodyStart, closing));
        frontMatter = fm.frontMatter;
        problems.push(...fm.problems);
        return;
      }
      case 'text':
        keep(start, end);
        return;
      case 'html':
        comments.push({ span: { start, end }, value: node.value });
        return;
      case 'inlineCode':
        // Wire copy's TeX-style quotation marks (``Job creation is sturdy,'' said …) pair up as code spans in
        // Markdown; a span that opens with `` and holds a closing '' is the writer's words. (It stays inline markup:
        // a tag inserted into it would not be read as one.)
        if (text.startsWith('``', start) && node.value.includes("''")) keep(start, end);
        return;
      case 'code': case 'image': case 'imageReference': case 'definition': case 'thematicBreak':
        if (node.type === 'definition') definitions.add(node.identifier);
        return;
      case 'footnoteDefinition':
        footnoteIds.add(node.identifier);
        return; // the note is a source, not article prose
      case 'footnoteReference':
        footnoteRefs.push({ kind: 'footnote', start, end, label: node.identifier });
        return;
      case 'link':
        citations.push({ kind: 'link', start, end, url: node.url, label: toString(node) });
        // A bare URL's text is the URL itself: not prose.
        if (toString(node) !== node.url && !URL_STARTS.some((p) => toString(node).startsWith(p))) visitChildren(node, depth);
        return;
      case 'linkReference':
        citations.push({ kind: 'link', start, end, label: node.identifier });
        visitChildren(node, depth);
        return;
      case 'textDirective': case 'leafDirective': case 'containerDirective': {
        if (!TAG_KINDS.has(node.name) || node.type !== 'textDirective') {
          // Not ours ("Time:now", "3:1" look like directives): keep the writer's characters as prose.
          if (node.type === 'textDirective') { keep(start, end); foreignDirectives.push({ start, end }); }
          else visitChildren(node, depth);
          return;
        }
        readTag(node, start, end, depth);
        return;
      }
      case 'paragraph': case 'heading': case 'tableCell':
        if (start < end) paragraphs.push({ start, end });
        visitChildren(node, depth);
        return;
      default:
        if ('children' in node) visitChildren(node, depth);
    }
  };
  const visitChildren = (node: Parents, depth: number) => { for (const child of node.children) visit(child as Nodes, depth + 1); };

  const readTag = (node: Extract<Nodes, { type: 'textDirective' }>, start: number, end: number, depth: number) => {
    const kind = node.name as TagKind;
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(node.attributes ?? {})) if (v !== null && v !== undefined) attributes[k] = String(v);
    const first = node.children[0]?.position?.start.offset;
    const last = node.children[node.children.length - 1]?.position?.end.offset;
    const hasLabel = text[start + 1 + node.name.length] === '[';
    const label: Span = first !== undefined && last !== undefined ? { start: first, end: last } : { start: start + node.name.length + 2, end: start + node.name.length + 2 };
    if (kind === 'cite') {
      const citation: Citation = { kind: 'cite', start, end, src: attributes.src, url: attributes.url, label: toString(node) || undefined };
      citations.push(citation);
      tags.push({ kind, start, end, label: hasLabel ? label : { start: end, end }, text: toString(node), attributes });
      if (!hasLabel && !attributes.src && !attributes.url) {
        problems.push({ rule: 'malformed-tag', start, end, message: text[end] === '[' ? 'Unclosed citation tag: ":cite[" has no closing "]".' : 'A citation tag needs a source: :cite[Source name]{url="…"} or :cite{src=id}.' });
      }
      return;
    }
    if (!hasLabel || first === undefined) {
      const unclosed = text[end] === '[';
      problems.push({
        rule: 'malformed-tag', start, end: unclosed ? Math.min(text.length, end + 1) : end,
        message: unclosed
          ? `Unclosed tag: ":${kind}[" has no closing "]" on this line, so nothing is tagged. Write :${kind}[Name].`
          : `":${kind}" tags nothing: put the name in brackets, as in :${kind}[Name].`,
      });
      keep(start, end); // the writer's characters stay visible to the recognisers
      return;
    }
    if (kind === 'entity' && !attributes.type) {
      problems.push({ rule: 'malformed-tag', start, end, message: ':entity[…] needs a type, e.g. :entity[Arbaeen]{type=event}.' });
    }
    tags.push({ kind, start, end, label, text: toString(node), attributes });
    visitChildren(node, depth);
  };

  visit(tree, 0);
  for (const ref of footnoteRefs) if (footnoteIds.has(ref.label ?? '')) citations.push(ref);

  if (!frontMatter && (text.startsWith('---\n') || text.startsWith('---\r\n'))) {
    const newline = text.indexOf('\n');
    const firstLineEnd = text[newline - 1] === '\r' ? newline - 1 : newline;
    problems.push({ rule: 'invalid-front-matter', start: 0, end: firstLineEnd, message: 'Front matter is not closed: add a line with "---" after the last key. Until then it is read as article text.' });
  }

  const proseText = texQuotationMarks(blankInlineNoise(buildProse(text, kept), citations, problems, inlineMarkup));
  // Reference links count only when their definition exists.
  const linkCitations = citations.filter((c) => c.kind !== 'link' || c.url !== undefined || definitions.has(c.label ?? ''));
  linkCitations.sort((a, b) => a.start - b.start);
  const paras = format === 'text' ? splitLines(proseText, paragraphs) : paragraphs.sort((a, b) => a.start - b.start);
  // Sentences are the linguistic layer's: the layer is built here, once, and kept for the article (languageOf).
  const language = buildLanguage(proseText, paras, text);
  const dateLimit = overDateBudget(proseText, paras);
  if (dateLimit !== null) problems.push(dateBudgetProblem(text, dateLimit));
  const article: Article = {
    text,
    prose: proseText,
    frontMatter,
    tags: tags.sort((a, b) => a.start - b.start),
    citations: linkCitations,
    paragraphs: paras,
    sentences: language.sentences,
    ignores: readIgnores(text, lines, comments),
    problems,
    inlineMarkup: inlineMarkup.sort((a, b) => a.start - b.start),
    foreignDirectives,
    lines,
  };
  if (dateLimit !== null) article.dateLimit = dateLimit;
  rememberLanguage(article, language);
  return article;
}

/** The block-quote markers that open a line ("> > "), each perhaps after spaces or tabs. */
const QUOTE_MARKERS = /^(?:[ \t]*>)*/;
/** What opens a link's text that is a URL rather than prose ("https://…", "www.…"). */
const URL_STARTS = ['http:', 'https:', 'mailto:', 'www.'];
/** A fenced code block's opening line: up to three spaces and three or more backticks or tildes (the run in group 1). */
const CODE_FENCE = /^ {0,3}(`{3,}|~{3,})/;

const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>"'\u201d\u2019)\]]+[^\s<>"'\u201d\u2019)\].,;:!?]/g;
const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi;
const UNDEFINED_FOOTNOTE = /\[\^[^\]\s]+\]/g;

/**
 * `prose` with TeX-style quotation marks, as old wire copy writes them (``…''), read as curly ones: "``" becomes
 * " “" and "''" becomes "” " (same length, so offsets hold), and every reader of the prose sees one kind of mark.
 */
function texQuotationMarks(prose: string): string {
  if (!prose.includes("''") && !prose.includes('``')) return prose;
  return prose.replaceAll('``', ' \u201c').replaceAll("''", '\u201d ');
}

/**
 * What Markdown leaves as text but is not prose: bare URLs (a link, so a citation), HTML entities
 * ("&nbsp;" from a CMS paste) and footnote references with no definition (reported).
 */
function blankInlineNoise(prose: string, citations: Citation[], problems: MarkupProblem[], inlineMarkup: Span[]): string {
  if (!/[&[]|https?:|www\./i.test(prose)) return prose;
  const spans: Span[] = [];
  for (const m of prose.matchAll(BARE_URL)) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    spans.push(span);
    inlineMarkup.push(span);
    citations.push({ kind: 'link', ...span, url: m[0], label: m[0] });
  }
  for (const m of prose.matchAll(ENTITY)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  for (const m of prose.matchAll(UNDEFINED_FOOTNOTE)) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    spans.push(span);
    inlineMarkup.push(span);
    problems.push({ rule: 'malformed-tag', ...span, message: `Footnote ${m[0]} has no definition, so it cites nothing. Add a line "${m[0]}: source" at the end of the article.` });
  }
  if (spans.length === 0) return prose;
  citations.sort((a, b) => a.start - b.start);
  const chars = prose.split('');
  for (const span of spans) for (let i = span.start; i < span.end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  return chars.join('');
}

/** "'s" or "’s" that ends a word, at the start of `s`. */
const opensWithClitic = (s: string) => (s.startsWith("'s") || s.startsWith('’s')) && !hasLetterOrDigit(s[2]);

function buildProse(text: string, kept: Span[]): string {
  kept.sort((a, b) => a.start - b.start);
  const blank = (from: number, to: number) => blankKeepingLineBreaks(text.slice(from, to));
  const parts: string[] = [];
  let at = 0;
  for (const k of kept) {
    if (k.end <= at) continue;
    const start = Math.max(k.start, at);
    // A possessive parted from its name by markup (":org[Microsoft]'s two tools", ":place[Sadler]'s Wells") is read
    // as the writer sees it, "Microsoft's": the clitic moves up against the name and the markup is blanked after it.
    if (start > at && opensWithClitic(text.slice(start, start + 3)) && (hasLetterOrDigit(text[at - 1]) || text[at - 1] === '.') && !hasLineBreak(text.slice(at, start))) {
      parts.push(text.slice(start, start + 2), blank(at, start), text.slice(start + 2, k.end));
    } else parts.push(blank(at, start), text.slice(start, k.end));
    at = k.end;
  }
  parts.push(blank(at, text.length));
  return parts.join('');
}

function splitLines(prose: string, paragraphs: Span[]): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs.sort((a, b) => a.start - b.start)) {
    let start = p.start;
    for (let i = p.start; i <= p.end; i++) {
      if (i === p.end || prose[i] === '\n') {
        let end = i;
        if (prose[end - 1] === '\r') end--;
        if (prose.slice(start, end).trim()) out.push({ start, end });
        start = i + 1;
      }
    }
  }
  return out;
}

const IGNORE = /<!--\s*newsdesk-(disable-next-line|disable|enable)\b([^>]*?)-->/g;

/**
 * `disable-next-line` covers the next line with text; `disable` … `enable` a region (to the end if never enabled).
 * Regions nest: `enable` with rules ends only the open regions of those rules (one disabled for other rules too
 * stays open for them), and a plain `enable` ends every open region.
 */
function readIgnores(text: string, lines: LineIndex, comments: { span: Span; value: string }[]): IgnoreRegion[] {
  const regions: IgnoreRegion[] = [];
  let open: { start: number; rules: string[] }[] = [];
  for (const comment of comments) {
    for (const m of comment.value.matchAll(IGNORE)) {
      const at = comment.span.start + (m.index ?? 0);
      const after = at + m[0].length;
      const rules = wordsOf(m[2].replaceAll(',', ' '));
      if (m[1] === 'disable-next-line') {
        // The next line that is not blank, with \r, \n or \r\n as line breaks (Article.lines).
        for (let line = lines.positionAt(after).line + 1; line < lines.lineCount; line++) {
          const range = lines.lineRange(line);
          if (text.slice(range.start, range.end).trim()) { regions.push({ start: range.start, end: range.end, rules }); break; }
        }
      } else if (m[1] === 'disable') {
        open.push({ start: after, rules });
      } else {
        const still: { start: number; rules: string[] }[] = [];
        for (const region of open) {
          // A region of every rule, or with no rule named here, stays open; the named rules leave the others.
          const ending = rules.length === 0 ? region.rules.length === 0 ? ['*'] : region.rules : region.rules.filter((r) => rules.includes(r));
          if (ending.length === 0) { still.push(region); continue; }
          regions.push({ start: region.start, end: at, rules: region.rules });
          const rest = region.rules.filter((r) => !ending.includes(r));
          if (rest.length > 0) still.push({ start: after, rules: rest });
        }
        open = still;
      }
    }
  }
  for (const region of open) regions.push({ start: region.start, end: text.length, rules: region.rules });
  return regions;
}

/**
 * Most delimiter characters ([ ] ( ) * _ ` : <) one paragraph may hold before its markup is read as plain text. The
 * Markdown parser matches brackets and emphasis by looking back over the open ones, which takes quadratic time on
 * a paragraph of 40,000 "[" (15 s); no article comes near this (the busiest paragraph of the BBC and open-news corpora has under 100).
 */
const MAX_DELIMITERS = 2000;

/**
 * Most body rows a table may have and still be read as a table. GitHub-style tables cost the parser about 0.4 ms a
 * row here, more as a table grows (a 1,200-row table took 450 ms); 250 rows keep a table under about 80 ms.
 */
export const MAX_TABLE_ROWS = 250;
/**
 * Most columns read as a table. The table parser's cost grows with the cells (a 5,000-column row took 600 ms);
 * a results table or a league table in news has a few dozen at most.
 */
export const MAX_TABLE_COLUMNS = 100;

/** Where the body starts: after the front matter's closing fence, or 0 when there is none. The guards skip YAML. */
function afterFrontMatter(text: string): number {
  const fence = openingFenceLength(text);
  if (fence < 0) return 0;
  const closing = /(?:\r\n|\r|\n)(?:---|\.\.\.)[ \t]*(?:\r\n|\r|\n|$)/g;
  closing.lastIndex = fence - 1;
  const end = closing.exec(text);
  return end ? end.index + end[0].length : 0;
}

/** One line of the text: where it starts, and its characters without the line break. */
interface SourceLine {
  start: number;
  line: string;
}

/** The lines of `text` (breaks "\r\n", "\r", "\n"), in order, and always an empty last line at the end of the text. */
/** The last text sourceLines read and its lines: the guards read one text in turn, and most leave it unchanged. */
let lastLines: { text: string; lines: readonly SourceLine[] } = { text: '', lines: [{ start: 0, line: '' }] };

function sourceLines(text: string): readonly SourceLine[] {
  if (text === lastLines.text) return lastLines.lines;
  lastLines = { text, lines: scanLines(text) };
  return lastLines.lines;
}

function scanLines(text: string): SourceLine[] {
  // A character scan: the guards and the piece cutter each read every line, and a regular expression with a
  // replace per line cost about 6 µs a line (66,000 short lines: 190 ms over the guards).
  const lines: SourceLine[] = [];
  for (let start = 0; ;) {
    let end = start;
    for (let c = text.charCodeAt(end); end < text.length && c !== 10 && c !== 13; c = text.charCodeAt(++end));
    lines.push({ start, line: text.slice(start, end) });
    if (end >= text.length) {
      if (end > start) lines.push({ start: end, line: '' }); // as the expression it replaced: an empty last line
      return lines;
    }
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
}

/** Same-length replacements in a text, collected in order and applied once (the guards keep every offset). */
class Splice {
  private readonly parts: string[] = [];
  private at = 0;
  constructor(private readonly text: string) {}
  /** Replaces [start, start + newText.length) with `newText`; calls must come in text order. */
  put(start: number, newText: string): void {
    this.parts.push(this.text.slice(this.at, start), newText);
    this.at = start + newText.length;
  }
  result(): string {
    return this.parts.length === 0 ? this.text : this.parts.join('') + this.text.slice(this.at);
  }
}

/**
 * Most lines one block of text (lines with no blank line between them) may run to before its line breaks are read
 * as spaces. The parser's cost grows faster than the number of lines in one paragraph ("J" on 45,000 lines, 88 KB:
 * 1.9 s); a real paragraph has a few lines.
 */
const MAX_BLOCK_LINES = 1000;

/**
 * `text` with the line breaks of every block over MAX_BLOCK_LINES lines turned into spaces (same length: "\r\n"
 * becomes two spaces), so the block is read as one long line. A block with a code fence in it is left alone (joining
 * its lines would leave the fence open). One `paragraph-markup-skipped` problem per such block. Linear.
 */
function guardLongBlocks(text: string): { text: string; problems: MarkupProblem[] } {
  const body = afterFrontMatter(text);
  const lines = sourceLines(text);
  const problems: MarkupProblem[] = [];
  const splice = new Splice(text);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].start < body || lines[i].line.trim() === '') continue;
    let j = i;
    let fenced = false;
    for (; j < lines.length && lines[j].line.trim() !== ''; j++) fenced ||= CODE_FENCE.test(lines[j].line);
    if (j - i > MAX_BLOCK_LINES && !fenced) {
      const start = lines[i].start;
      const end = lines[j - 1].start + lines[j - 1].line.length;
      splice.put(start, lineBreaksAsSpaces(text.slice(start, end)));
      problems.push({
        rule: 'paragraph-markup-skipped', start, end: start + Math.max(1, lines[i].line.length),
        message: `This block runs to ${j - i} lines without a blank line, more than the ${MAX_BLOCK_LINES} Newsdesk reads line by line; its line breaks are read as spaces (words, figures and dates still checked), to keep the check fast.`,
      });
    }
    i = j;
  }
  return { text: splice.result(), problems };
}

/**
 * Most headings underlined with "---" or "===" (setext headings) a document may hold. The parser looks back over
 * everything read so far for each one, so time grows with their square: 2,000 of them in 83 KB took 7 s here.
 * Real articles use "#" headings or a handful of these.
 */
export const MAX_SETEXT_HEADINGS = 100;

const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/**
 * `text` with the underline of every setext heading past MAX_SETEXT_HEADINGS blanked (same length): the line
 * above stays a paragraph, and the blank line ends it. One `paragraph-markup-skipped` problem at the first. Linear.
 */
function guardSetextHeadings(text: string): { text: string; problems: MarkupProblem[] } {
  const body = afterFrontMatter(text);
  const lines = sourceLines(text);
  const splice = new Splice(text);
  let headings = 0;
  let first: { span: Span; count: number } | null = null;
  for (let i = 1; i < lines.length; i++) {
    const { start, line } = lines[i];
    if (lines[i - 1].start < body || !SETEXT_UNDERLINE.test(line) || lines[i - 1].line.trim() === '') continue;
    if (++headings <= MAX_SETEXT_HEADINGS) continue;
    splice.put(start, ' '.repeat(line.length));
    if (first) first.count++;
    else first = { span: { start, end: start + Math.max(1, line.length) }, count: 1 };
  }
  const problems: MarkupProblem[] = first ? [{
    ...first.span, rule: 'paragraph-markup-skipped',
    message: `The article has more than ${MAX_SETEXT_HEADINGS} headings underlined with "---" or "==="; ${first.count === 1 ? 'this underline is' : `this underline and ${first.count - 1} more are`} read as a blank line (the text above stays a paragraph), to keep the check fast.`,
  }] : [];
  return { text: splice.result(), problems };
}

/**
 * Most list markers a list may have and still be read as a list, nested markers counted one by one ("- - - Joe"
 * is three). List items cost the parser about 0.13 ms each here (a 1,700-item list, 91 KB: 210 ms; the same lines
 * as one paragraph: 80 ms), and items nested on every line far more (2,000 lines of "- - - Joe": 4 s; 1,500 lines
 * nested 31 deep: 47 s). Real articles list a few dozen items, one or two deep.
 */
export const MAX_LIST_ITEMS = 250;

/** The container prefix of a line: quote marks, list markers and indentation. */
const CONTAINER_PREFIX = /^(?:[ \t>*+-]|\d{1,9}[.)])+/;
/** A list marker inside a container prefix: a bullet or a number with "." or ")", then a space or the end. */
const LIST_MARKER = /(^|[ \t>])([*+-]|\d{1,9}(?=[.)]))(?=[.)]?(?:[ \t]|$))/g;

/**
 * `text` with the markers of any list holding over MAX_LIST_ITEMS markers blanked (same length; a number keeps its
 * "." so that the line does not become indented code; quote marks stay): the list is read as plain lines, its
 * words, figures and dates still checked. One `paragraph-markup-skipped` problem per such list. A list runs over
 * lines with markers, lines that continue them, and blank lines followed by another marked line. Linear.
 */
function guardLists(text: string): { text: string; problems: MarkupProblem[] } {
  const problems: MarkupProblem[] = [];
  const body = afterFrontMatter(text);
  const lines = sourceLines(text).map(({ start, line }) => {
    const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? '';
    // Markers are read against the whole line: "*Ana* said" opens with emphasis, not a list.
    const markers = prefix ? [...line.matchAll(LIST_MARKER)].filter((x) => x.index! + x[0].length <= prefix.length).length : 0;
    return { start, line, prefix, markers };
  });
  const splice = new Splice(text);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].start < body || lines[i].markers === 0) continue;
    let markers = 0;
    let j = i;
    for (; j < lines.length; j++) {
      markers += lines[j].markers;
      if (lines[j].line.trim() === '' && !(j + 1 < lines.length && (lines[j + 1].markers > 0 || lines[j + 1].line.trim() === ''))) break;
    }
    if (markers > MAX_LIST_ITEMS) {
      for (let k = i; k < j; k++) {
        const { start, line, prefix } = lines[k];
        if (lines[k].markers === 0) continue;
        splice.put(start, line.replace(LIST_MARKER, (x: string, before: string, marker: string, offset: number) => (offset + x.length <= prefix.length ? before + ' '.repeat(marker.length) : x)).slice(0, prefix.length));
      }
      problems.push({
        rule: 'paragraph-markup-skipped', start: lines[i].start, end: lines[i].start + Math.max(1, lines[i].line.length),
        message: `This list has ${markers} items, more than the ${MAX_LIST_ITEMS} Newsdesk reads as a list (nested items counted one by one); its items are read as plain lines of text (words, figures and dates still checked), to keep the check fast.`,
      });
    }
    i = j;
  }
  return { text: splice.result(), problems };
}

/** A table's delimiter row ("|---|:--:|", "--- | ---"), which turns the line above it into a header. */
const TABLE_DELIMITER_ROW = /^[ \t]{0,3}(?:\|[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?|:?-+:?[ \t]*\|[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?)[ \t]*$/;

/**
 * `text` with the delimiter row of any table over MAX_TABLE_ROWS rows or MAX_TABLE_COLUMNS columns blanked (same length, so offsets hold): the
 * table is then read as plain lines of text, its words, figures and dates still checked. One
 * `paragraph-markup-skipped` problem per such table. Linear in the text.
 */
function guardTables(text: string): { text: string; problems: MarkupProblem[] } {
  const problems: MarkupProblem[] = [];
  const body = afterFrontMatter(text);
  const lines = sourceLines(text);
  const splice = new Splice(text);
  // A table inside a quotation or a list item: its rows open with "> " or indentation.
  const content = (l: SourceLine) => l.line.slice(QUOTE_MARKERS.exec(l.line)![0].length);
  for (let i = 1; i < lines.length; i++) {
    if (lines[i - 1].start < body) continue;
    const quoted = QUOTE_MARKERS.exec(lines[i].line)![0];
    const container = quoted + indentationOf(lines[i].line.slice(quoted.length));
    const row = lines[i].line.slice(container.length);
    if (!row.includes('-') || !TABLE_DELIMITER_ROW.test(row) || !lines[i - 1].line.includes('|')) continue;
    let rows = 0;
    while (i + 1 + rows < lines.length && content(lines[i + 1 + rows]).trim() !== '') rows++;
    const columns = row.split('|').filter((cell) => cell.includes('-')).length;
    if (rows > MAX_TABLE_ROWS || columns > MAX_TABLE_COLUMNS) {
      splice.put(lines[i].start + container.length, ' '.repeat(row.length));
      const header = lines[i - 1];
      const size = rows > MAX_TABLE_ROWS ? `${rows} rows, more than the ${MAX_TABLE_ROWS}` : `${columns} columns, more than the ${MAX_TABLE_COLUMNS}`;
      problems.push({
        rule: 'paragraph-markup-skipped', start: header.start, end: header.start + Math.max(1, header.line.length),
        message: `This table has ${size} Newsdesk reads as a table; its rows are read as plain lines of text (words, figures and dates still checked), to keep the check fast.`,
      });
    }
    i += rows;
  }
  return { text: splice.result(), problems };
}

/**
 * Most delimiter characters a whole document may hold before the paragraphs after that point are read as plain
 * text. The parser's cost is linear but heavy, about 40 µs per delimiter of dense links, code and emphasis here
 * (87 KB of them took 1.8 s); 3,000 keep the parse near 110 ms, so that the whole analysis of 100 KB stays
 * under 500 ms. The busiest article of the BBC and open-news corpora holds 344; a feature with 900 tags fits.
 */
export const MAX_DOCUMENT_DELIMITERS = 3000;
// "<" opens raw HTML and autolinks: a paragraph of 90,000 of them took 750 ms to parse.
const DELIMITER = /[[\]()*_`:<]/g;

/**
 * `text` with the delimiters of any paragraph over MAX_DELIMITERS replaced by spaces (same length, so offsets hold),
 * and a `paragraph-markup-skipped` problem for each such paragraph. Linear in the text.
 */
function guardDelimiters(text: string): { text: string; problems: MarkupProblem[] } {
  const problems: MarkupProblem[] = [];
  const parts: string[] = [];
  let at = 0;
  let total = 0;
  let overBudget: { start: number; end: number; paragraphs: number } | null = null;
  const blank = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/g;
  // The front matter is YAML, not Markdown: its brackets and colons are not counted.
  let start = afterFrontMatter(text);
  blank.lastIndex = start;
  for (let end = 0; start <= text.length; start = end) {
    const m = blank.exec(text);
    end = m ? m.index + m[0].length : text.length + 1;
    const paragraph = text.slice(start, Math.min(end, text.length));
    const count = paragraph.match(DELIMITER)?.length ?? 0;
    const firstLine = firstLineBreak(paragraph);
    const lineEnd = start + (firstLine > 0 ? firstLine : Math.max(1, paragraph.length));
    const tooMany = count > MAX_DELIMITERS;
    // Once the budget is spent it stays spent: "from this paragraph on" holds for every later paragraph.
    const pastBudget = !tooMany && count > 0 && (overBudget !== null || total + count > MAX_DOCUMENT_DELIMITERS);
    if (tooMany || pastBudget) {
      parts.push(text.slice(at, start), paragraph.replace(DELIMITER, ' '));
      at = start + paragraph.length;
    } else total += count;
    if (tooMany) {
      problems.push({
        rule: 'paragraph-markup-skipped', start, end: lineEnd,
        message: `This paragraph holds ${count} brackets, parentheses, angle brackets and emphasis marks, more than the ${MAX_DELIMITERS} Newsdesk reads as Markdown; its markup is read as plain text (tags in it are not seen), the rest of the article is checked as usual.`,
      });
    }
    if (pastBudget) {
      if (overBudget) overBudget.paragraphs++;
      else overBudget = { start, end: lineEnd, paragraphs: 1 };
    }
    if (!m) break;
  }
  if (overBudget) {
    const more = overBudget.paragraphs - 1;
    problems.push({
      rule: 'paragraph-markup-skipped', start: overBudget.start, end: overBudget.end,
      message: `The article holds more than ${MAX_DOCUMENT_DELIMITERS} brackets, parentheses, angle brackets and emphasis marks; from this paragraph on${more > 0 ? ` (it and ${more} more)` : ''}, markup is read as plain text (tags in it are not seen), to keep the check fast. Words, figures and dates are still checked.`,
    });
  }
  return { text: at === 0 ? text : parts.join('') + text.slice(at), problems };
}

/** Most characters of block-container prefix (">", list markers, indentation) a line may open with (32 levels of "> " or nested "- "; real copy stays under 20). */
const MAX_PREFIX = 64;


/**
 * `text` with the container prefix of any line longer than MAX_PREFIX characters cut back: the excess becomes
 * spaces (same length), read as the line's text rather than as 20,000 nested block quotes or lists, on which the
 * Markdown parser takes seconds. One `paragraph-markup-skipped` problem, at the first such line. Linear.
 */
function guardNesting(text: string): { text: string; problems: MarkupProblem[] } {
  const problems: MarkupProblem[] = [];
  const prefix = /(?:^|\r\n|\r|\n)((?:[ \t>*+-]|\d{1,9}[.)])+)/g;
  const parts: string[] = [];
  let at = 0;
  let first: Span | null = null;
  let lines = 0;
  for (let m = prefix.exec(text); m; m = prefix.exec(text)) {
    const start = m.index + m[0].length - m[1].length;
    // Only markers nest; a line of spaces (markup another guard blanked) is blank.
    if (m[1].length <= MAX_PREFIX || ![...m[1]].some((c) => '>*+-'.includes(c) || isDigits(c))) continue;
    const cut = start + MAX_PREFIX;
    const end = start + m[1].length;
    parts.push(text.slice(at, cut), ' '.repeat(end - cut));
    at = end;
    first ??= { start, end: cut };
    lines++;
  }
  if (!first) return { text, problems };
  problems.push({
    ...first, rule: 'paragraph-markup-skipped',
    message: `${lines === 1 ? 'This line opens' : `This line and ${lines - 1} more open`} with over ${MAX_PREFIX} characters of block quotes, list markers or indentation; Newsdesk reads the first ${MAX_PREFIX} as Markdown and the rest as text, to keep the check fast.`,
  });
  return { text: parts.join('') + text.slice(at), problems };
}

/** Adds `by` to every node's start and end offset (iteratively: nesting depth is unbounded). */
/**
 * Size (UTF-16 code units) above which the parser is given the document in pieces. micromark's cost grows faster
 * than the number of blocks (4,000 short paragraphs, 85 KB: 400 ms, against 120 ms for half as many); pieces of
 * this size keep it linear.
 */
const PARSE_PIECE = 8 * 1024;
/** Blocks after which a piece is cut however short it is: the parser slows with the blocks one parse holds. */
const PIECE_BLOCKS = 200;

/** Fenced code blocks and HTML comments, followed line by line: a cut must not land inside one. */
class OpenBlocks {
  private fence: string | null = null;
  private comment = false;

  /** A fenced code block or an HTML comment is open before the next line is read. */
  get open(): boolean {
    return this.fence !== null || this.comment;
  }

  /** Reads one line (without its line break), in text order. */
  read(line: string): void {
    const opener = CODE_FENCE.exec(line);
    const fence = this.fence;
    if (opener && (!fence || (opener[1][0] === fence[0] && opener[1].length >= fence.length))) this.fence = fence ? null : opener[1];
    if (this.fence) return;
    const open = line.lastIndexOf('<!--');
    if (open >= 0 && line.indexOf('-->', open + 4) < 0) this.comment = true;
    else if (this.comment && line.includes('-->')) this.comment = false;
  }
}

/** Constructs that let one block run across a blank line, or refer across the document: no pieces then. */
const SPANS_BLANK_LINES = /^ {0,3}(?:\[[^\]\r\n]+\]:|:::|<(?:script|pre|style|textarea)\b|<\?|<![A-Z[])/im;

/**
 * Where `text` may be cut into pieces the parser reads alone with the same paragraphs, tags and prose: before a
 * line that is not indented code (at most three spaces before its first character) nor a "---" line (a piece that
 * opened with one would read it as front matter), after a blank line, outside a
 * fenced code block and an HTML comment, at least PARSE_PIECE or PIECE_BLOCKS blocks after the last cut (documents
 * under a quarter of PARSE_PIECE are never cut). After a blank line such a line starts a new block at the top level
 * (a blank line ends a paragraph, a quotation block and a table), or a paragraph or a further item of the list
 * above it, which the piece reads as the same paragraph outside the list or as the first item of a new one.
 * Documents with link or footnote definitions (which resolve across the whole document), container directives or
 * raw HTML blocks are not cut. Returns the cut offsets, ascending.
 */
function pieceStarts(text: string): number[] {
  if (text.length <= PARSE_PIECE / 4 || SPANS_BLANK_LINES.test(text)) return [];
  const cuts: number[] = [];
  const body = afterFrontMatter(text);
  const inside = new OpenBlocks();
  let blankBefore = false;
  let last = 0;
  let blocks = 0;
  for (const { start: at, line } of sourceLines(text)) {
    if (blankBefore && line.trim() !== '') blocks++;
    if (at >= body && !inside.open && blankBefore && (at - last >= PARSE_PIECE || blocks >= PIECE_BLOCKS) && /^ {0,3}\S/.test(line) && !line.startsWith('---')) {
      cuts.push(at);
      last = at;
      blocks = 0;
    }
    inside.read(line);
    blankBefore = line.trim() === '';
  }
  return cuts;
}

/** Date words (month and weekday names, numeric dates) whose dates any document gets read. */
export const MAX_DATE_WORDS = 1000;
/** Past MAX_DATE_WORDS, a document may still hold one date word to every DATE_WORD_CHARS characters. */
const DATE_WORD_CHARS = 100;
/** A month or weekday name, or a date in numbers: what the date recognisers start from. */
const DATE_WORD = /\b(?:(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b/g;
/** DATE_WORD's matches, read paragraph by paragraph. */
const DATE_WORDS = new ParagraphMatches(DATE_WORD);

/**
 * Where date reading stops: the start of the paragraph holding the date word past the budget (MAX_DATE_WORDS, or one
 * to every DATE_WORD_CHARS characters when that is more), or null when the prose never spends it. Real copy holds
 * about one date word to every 400 characters; a run of thousands of dates (the fuzz's dense dates: 3,800 in 93 KB)
 * costs chrono-node and the date rules about 0.1 ms each. Linear.
 */
function overDateBudget(prose: string, paragraphs: readonly Span[]): number | null {
  const budget = Math.max(MAX_DATE_WORDS, Math.floor(prose.length / DATE_WORD_CHARS));
  let count = 0;
  for (const m of DATE_WORDS.in(prose)) {
    if (++count <= budget) continue;
    // The paragraph it stands in (paragraphs are in text order), so no date is cut in half.
    const p = paragraphs[firstAtLeast(paragraphs, (q) => q.end, m.index + 1)];
    return p ? Math.min(m.index, p.start) : m.index;
  }
  return null;
}

/** A budget's `paragraph-markup-skipped` problem on the rest of the line at `at` (at least one character). */
function budgetProblem(text: string, at: number, message: string): MarkupProblem {
  let end = at;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return { rule: 'paragraph-markup-skipped', start: at, end: Math.max(end, at + 1), message };
}

/** The info problem at the first paragraph whose dates are not read. */
function dateBudgetProblem(text: string, at: number): MarkupProblem {
  return budgetProblem(text, at, `The article has more dates than the ${MAX_DATE_WORDS.toLocaleString('en-GB')} (or one to every ${DATE_WORD_CHARS} characters) Newsdesk reads; from this paragraph on its dates are not checked (words and figures still are), to keep the check fast.`);
}

/** Blocks (paragraphs, headings, list items' lines after a blank line…) Markdown reads in any document. */
export const MAX_BLOCKS = 2500;
/** Past MAX_BLOCKS, a document may still hold one block to every BLOCK_CHARS characters (a long document's paragraphs). */
const BLOCK_CHARS = 40;

/**
 * The document's tree, parsed in pieces at pieceStarts (positions moved back into the whole text's offsets), and
 * where Markdown reading stopped: the parser spends about 60 µs on each block, so a document of tens of thousands of
 * one-word paragraphs ("x\n\n" × 33,000: 2.8 s) is read as Markdown up to its block budget (MAX_BLOCKS, or one
 * block to every BLOCK_CHARS characters when that is more) and as plain paragraphs from the next safe cut on.
 * `plainFrom` is that offset, or null when the whole document was read as Markdown.
 */
function parseInPieces(parsers: { tables: Parser; plain: Parser }, text: string): { tree: Root; plainFrom: number | null } {
  const plainFrom = overBlockBudget(text);
  const markdown = plainFrom === null ? text : text.slice(0, plainFrom);
  const cuts = pieceStarts(markdown);
  const root = parsedPiece(parsers, markdown.slice(0, withoutTrailingBlankLines(markdown, 0, cuts[0] ?? markdown.length)));
  cuts.forEach((cut, i) => {
    const piece = parsedPiece(parsers, markdown.slice(cut, withoutTrailingBlankLines(markdown, cut, cuts[i + 1] ?? markdown.length)), cut);
    root.children.push(...piece.children);
  });
  if (plainFrom !== null) root.children.push(...plainParagraphs(text, plainFrom));
  if (root.position) root.position.end = { line: 0, column: 0, offset: text.length };
  return { tree: root, plainFrom };
}

/** How many parsed pieces parsedPiece keeps by default: the pieces of the documents an editor has open. */
let pieceCacheLimit = 256;

/**
 * Sets how many parsed pieces each parser keeps (default 256). A batch over an archive, which reads each piece once,
 * keeps none: a piece's tree is tens of kilobytes.
 */
export function limitPieceCache(limit: number): void {
  pieceCacheLimit = Math.max(0, Math.floor(limit));
  for (const cache of pieceCaches.values()) while (cache.size > pieceCacheLimit) cache.delete(cache.keys().next().value!);
}
/** One cache per parser (Markdown or text, with or without tables), each keyed on the piece's text. */
const pieceCaches = new Map<Parser, Map<string, { own: string; tree: Root }>>();

/**
 * The Markdown tree of `piece` (offsets relative to it), from a cache keyed on the piece's text and parser, so that a
 * keystroke re-parses the piece it changed and the others are copied (copyShifted, far cheaper than parsing), their
 * offsets moved by `by`. The caller may change the nodes, children arrays and positions it gets. Most recently used
 * last; the oldest evicted past the limit (limitPieceCache).
 */
function parsedPiece(parsers: { tables: Parser; plain: Parser }, piece: string, by = 0): Root {
  const parser = piece.includes('|') ? parsers.tables : parsers.plain;
  if (pieceCacheLimit === 0) {
    const tree = parsePiece(parsers, piece);
    if (by) shiftPositions(tree, by);
    return tree;
  }
  let cache = pieceCaches.get(parser);
  if (!cache) pieceCaches.set(parser, (cache = new Map()));
  // Kept under a copy of its own (detached), not the slice of the document: that would keep the document alive.
  let entry = cache.get(piece);
  if (entry) cache.delete(piece);
  else {
    const own = detached(piece);
    entry = { own, tree: parsePiece(parsers, own) };
    while (cache.size >= pieceCacheLimit) cache.delete(cache.keys().next().value!);
  }
  cache.set(entry.own, entry);
  return copyShifted(entry.tree, by);
}

/**
 * A copy of `tree` whose nodes, children arrays and positions are new, every offset moved by `by` (UTF-16 code
 * units); the other fields (values, attributes, data) are shared, since nothing changes them after parsing. Iterative,
 * so no depth of nesting overflows the stack.
 */
function copyShifted(tree: Root, by: number): Root {
  const copy = (node: Nodes): Nodes => {
    const out = { ...node };
    const p = node.position;
    if (p) out.position = { start: { ...p.start, offset: (p.start.offset ?? 0) + by }, end: { ...p.end, offset: (p.end.offset ?? 0) + by } };
    return out;
  };
  const root = copy(tree) as Root;
  const stack: Nodes[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('children' in node)) continue;
    const children = (node.children as Nodes[]).map(copy);
    (node as { children: Nodes[] }).children = children;
    for (const child of children) stack.push(child);
  }
  return root;
}

/**
 * The Markdown tree (mdast) of `text` as parseArticle reads a piece of it: offsets into `text`. With `fast` false,
 * the parser reads every block (for tests that compare the two).
 */
export function markdownTree(text: string, format: ArticleFormat = 'markdown', fast = true): Root {
  return parsePiece(PROCESSORS[format], text, fast);
}

/** What can make a run of lines more than one plain paragraph of text: inline markup (emphasis, code, links, tags, HTML,
 * tables, character references, directives), a hard break (trailing whitespace, a backslash), a lone "\r" or NUL. */
const NOT_PLAIN_INLINE = /[\\`*_[\]<>|~\0]|&[#A-Za-z]|:[A-Za-z]|[ \t](?:\r?\n|$)|\r(?!\n)/;
/** A line start that can open a block other than a paragraph (heading, quotation, list item, setext underline,
 * directive, indented or continued content). */
const NOT_PLAIN_LINE = /^(?:[ \t#>=+:-]|\d{1,9}[.)](?:[ \t]|$))/;

/**
 * The Markdown tree of one piece (offsets relative to it). Blocks that can only be a plain paragraph (lines with none
 * of NOT_PLAIN_LINE's openers and none of NOT_PLAIN_INLINE's markup, outside front matter, a fence or a comment) are
 * built here as the paragraph and text node the parser makes of them; the runs of other blocks between them go to the
 * parser, which reads a run alone as it reads it in the piece, since a blank line ends every block that could reach
 * past it (pieceStarts: fences and comments are followed, and documents whose constructs span blank lines or refer
 * across the document are parsed whole). Wire copy is mostly plain paragraphs, which the parser reads at about
 * 60 µs each. The two readings give the same tree but for the line and column of nodes after a plain paragraph
 * (Newsdesk reads offsets only); test/core/markdown-fast-path.test.ts compares them.
 */
function parsePiece(parsers: { tables: Parser; plain: Parser }, piece: string, fast = true): Root {
  const parse = (text: string): Root => (text.includes('|') ? parsers.tables : parsers.plain).parse(text) as Root;
  if (!fast || SPANS_BLANK_LINES.test(piece)) return parse(piece);
  const body = afterFrontMatter(piece);
  const lines = scanLines(piece);
  const last = lines[lines.length - 1];
  // Points as the parser gives them: 1-based line (a line of scanLines) and column.
  const point = (line: number, offset: number) => ({ line: line + 1, column: offset - lines[line].start + 1, offset });
  const root: Root = { type: 'root', children: [], position: { start: point(0, 0), end: point(lines.length - 1, last.start + last.line.length) } };
  const inside = new OpenBlocks();
  let run = -1;
  const flush = (end: number) => {
    if (run < 0) return;
    // Front matter opens only a document: a run that starts with its fence elsewhere is read after a blank line.
    const lead = run > 0 && afterFrontMatter(piece.slice(run, end)) > 0 ? 1 : 0;
    const tree = parse('\n'.repeat(lead) + piece.slice(run, end));
    shiftPositions(tree, run - lead);
    root.children.push(...tree.children);
    run = -1;
  };
  for (let i = 0; i < lines.length;) {
    if (lines[i].line.trim() === '') { inside.read(lines[i].line); i++; continue; }
    const first = i;
    let plain = !inside.open && lines[i].start >= body;
    for (; i < lines.length && lines[i].line.trim() !== ''; i++) {
      plain &&= !NOT_PLAIN_LINE.test(lines[i].line);
      inside.read(lines[i].line);
    }
    const start = lines[first].start;
    const end = lines[i - 1].start + lines[i - 1].line.length;
    if (plain && !NOT_PLAIN_INLINE.test(piece.slice(start, end))) {
      flush(start);
      const position = () => ({ start: point(first, start), end: point(i - 1, end) });
      root.children.push({ type: 'paragraph', children: [{ type: 'text', value: piece.slice(start, end), position: position() }], position: position() });
    } else if (run < 0) run = start;
  }
  flush(piece.length);
  return root;
}

/**
 * The first safe cut (see pieceStarts) after the document's block budget is spent, or null when it never is. A
 * block starts at every non-blank line after a blank one (or the first line). Linear in the text.
 */
function overBlockBudget(text: string): number | null {
  const budget = Math.max(MAX_BLOCKS, Math.floor(text.length / BLOCK_CHARS));
  let blocks = 0;
  let blankBefore = true;
  const inside = new OpenBlocks();
  const body = afterFrontMatter(text);
  for (const { start: at, line } of sourceLines(text)) {
    const blank = line.trim() === '';
    // Any block will do, indented code included: what follows is read as plain text, not as the parser would.
    if (at >= body && !blank && blankBefore && ++blocks > budget && !inside.open) return at;
    inside.read(line);
    blankBefore = blank;
  }
  return null;
}

/** Blocks past the budget that one plain paragraph holds (see plainParagraphs). */
const PLAIN_GROUP = 64;

/**
 * text[from…] as plain paragraphs, each a single text node (offsets only): PLAIN_GROUP blocks (runs of non-blank
 * lines) at a time, blank lines included, since each paragraph costs the layer and the recognisers a fixed amount
 * and these blocks average under BLOCK_CHARS characters. Sentences still end at their punctuation.
 */
function plainParagraphs(text: string, from: number): Paragraph[] {
  const out: Paragraph[] = [];
  let start = -1;
  let end = -1;
  let blocks = 0;
  let blankBefore = true;
  const close = () => {
    if (start < 0) return;
    const position = { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: end } };
    out.push({ type: 'paragraph', position, children: [{ type: 'text', value: text.slice(start, end), position }] });
    start = -1;
    blocks = 0;
  };
  for (const { start: at, line } of sourceLines(text)) {
    if (at < from) continue;
    const blank = line.trim() === '';
    if (!blank && blankBefore && ++blocks > PLAIN_GROUP) { close(); blocks = 1; }
    blankBefore = blank;
    if (blank) continue;
    if (start < 0) start = at;
    end = at + line.length;
  }
  close();
  return out;
}

/** The info problem at the first block read as a plain paragraph. */
function blockBudgetProblem(text: string, at: number): MarkupProblem {
  return budgetProblem(text, at, `The article has more paragraphs and blocks than the ${MAX_BLOCKS.toLocaleString('en-GB')} (or one to every ${BLOCK_CHARS} characters) Newsdesk reads as Markdown; from here on its blocks are read as plain text, ${PLAIN_GROUP} to a paragraph (tags in them are not seen; words, figures and dates are still checked), to keep the check fast.`);
}

/**
 * The end of the last line in text[from, to) that is not blank (`from` when all are). Blank lines after a piece's
 * last line hold no node (an unclosed fence's code ends at its last line of text all the same), and the parser
 * spends about 10 µs on each: 80,000 line breaks took 800 ms.
 */
function withoutTrailingBlankLines(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && ' \t\r\n'.includes(text[end - 1])) end--;
  if (end === from) return from;
  // Keep the rest of the last non-blank line and its own line break: a trailing "  " can end a hard break.
  while (end < to && text[end] !== '\n' && text[end] !== '\r') end++;
  if (text[end] === '\r' && text[end + 1] === '\n' && end + 2 <= to) return end + 2;
  return end < to ? end + 1 : end;
}

function shiftPositions(tree: Root, by: number): void {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.position) {
      node.position.start.offset = (node.position.start.offset ?? 0) + by;
      node.position.end.offset = (node.position.end.offset ?? 0) + by;
    }
    if ('children' in node) for (const child of node.children) stack.push(child as Nodes);
  }
}

export function isIgnored(article: Article, rule: string, span: Span): boolean {
  return article.ignores.some((r) => span.start >= r.start && span.start < r.end && (r.rules.length === 0 || r.rules.includes(rule)));
}
