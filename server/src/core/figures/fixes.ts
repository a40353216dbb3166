// Quick fixes for unsourced figures: insert a citation tag, cite a front-matter source, add a source, or mark the paragraph as needing none.
import type { Article, FigureMention, Fix, FrontMatter, TextEdit } from '../types';
import { readWordList } from '../dataFiles';
import { readFrontMatter } from '../frontMatter';
import { attributeValue } from '../rules/untagged-entity';
import { closesAbbreviation } from '../sentences';
import { hasSpace } from '../text/shape';
import { firstLineBreak, indentationOf, lineBreakAt, openingFenceLength, startsWithLineBreak } from '../text/lines';

/** Characters that close a sentence after its last word: final punctuation, closing quotes and brackets. */
const TRAILING = new Set([...'.!?…"\'”’)]»']);

/** Where the run of closing characters (and spaces) at the end of text[start, end) begins; read backwards, linear. */
function trailingStart(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && (TRAILING.has(text[at - 1]) || hasSpace(text[at - 1]))) at--;
  return at;
}

/** Inline markup sorted by start, with the largest end of any span up to each index (built once per article). */
const markupIndex = new WeakMap<Article, { spans: Article['inlineMarkup']; maxEnd: number[] }>();

/** The end of the outermost inline markup span that strictly contains `at`, or `at` itself. */
function outsideMarkup(article: Article, at: number): number {
  let index = markupIndex.get(article);
  if (!index) {
    const spans = [...article.inlineMarkup].sort((a, b) => a.start - b.start);
    const maxEnd: number[] = [];
    spans.forEach((m, i) => maxEnd.push(Math.max(m.end, i > 0 ? maxEnd[i - 1] : -1)));
    index = { spans, maxEnd };
    markupIndex.set(article, index);
  }
  const { spans, maxEnd } = index;
  for (let moved = true; moved;) {
    moved = false;
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (spans[mid].start < at) lo = mid + 1; else hi = mid; }
    for (let j = lo - 1; j >= 0 && maxEnd[j] > at; j--) {
      if (spans[j].end > at) { at = spans[j].end; moved = true; break; }
    }
  }
  return at;
}


/** Where a citation tag goes so it belongs to the figure's sentence: before the sentence's final punctuation and closing quotes. */
function citationPoint(article: Article, figure: FigureMention): number {
  const s = article.sentences[figure.sentence];
  if (!s) return figure.end;
  let at = Math.max(trailingStart(article.text, s.start, s.end), figure.end);
  // The full stop of "U.S." or "Inc." is part of the word: the citation goes after it, not inside the word.
  if (closesAbbreviation(article.prose, at)) at++;
  // Never inside the writer's markup (":place[Iraq]", "![chart](…)", "**…**"): after it instead.
  return outsideMarkup(article, at);
}

/** A source id not used yet in the front matter: "source", "source-2", … */
function freshSourceId(article: Article): string {
  const ids = new Set((article.frontMatter?.sources ?? []).map((s) => s.id));
  if (!ids.has('source')) return 'source';
  let n = 2;
  while (ids.has(`source-${n}`)) n++;
  return `source-${n}`;
}

/**
 * The edit that adds `- id: <id>` to the front matter's `sources`, creating the list or the whole front matter if needed;
 * null when `sources` is written inline (`sources: []`) or as a mapping, which we do not rewrite, and when the front
 * matter cannot be read (see addsSource): the edit is re-read before it is offered.
 */
export function addSourceEdit(article: Article, id: string, snippet: boolean): TextEdit | null {
  const edit = sourceInsertion(article, id, snippet);
  return edit && (!article.frontMatter || addsSource(article, edit, id)) ? edit : null;
}

/**
 * The edit adds one source with `id` and changes nothing else the front matter says: the block still reads without
 * a problem, with the same keys and one more source. Front matter Newsdesk cannot read (broken YAML, an alias bomb,
 * over 64 KB) or `sources` written some other way (a mapping, a flow list) gets no edit rather than a wrong one.
 */
function addsSource(article: Article, edit: TextEdit, id: string): boolean {
  const fm = article.frontMatter!;
  if (article.problems.some((p) => p.rule === 'invalid-front-matter')) return false;
  const { start, end } = fm.span;
  const block = article.text.slice(start, edit.start) + edit.newText + article.text.slice(edit.end, end);
  const bodyStart = firstLineBreak(block);
  const lineBreak = lineBreakAt(block, bodyStart);
  const closing = block.lastIndexOf('---');
  const after = readFrontMatter(block, { start: 0, end: block.length }, bodyStart + lineBreak.length, Math.max(bodyStart + lineBreak.length, closing));
  if (after.problems.length > 0) return false;
  const keys = (fm: FrontMatter) => Object.keys(fm.data).filter((k) => k !== 'sources').sort().join('\n');
  return after.frontMatter.published === fm.published && keys(after.frontMatter) === keys(fm)
    && after.frontMatter.sources.length === fm.sources.length + 1 && after.frontMatter.sources.some((s) => s.id === id);
}

const isAsciiLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

/** An ASCII letter or "_", then ASCII letters, digits, "_", "." and "-": a word YAML may write without quotes. */
function isPlainYamlWord(id: string): boolean {
  if (!id || !(isAsciiLetter(id[0]) || id[0] === '_')) return false;
  return [...id.slice(1)].every((c) => isAsciiLetter(c) || (c >= '0' && c <= '9') || c === '_' || c === '.' || c === '-');
}

/** Where and how a new source item is written; null when `sources:` holds an inline value. */
function sourceInsertion(article: Article, id: string, snippet: boolean): TextEdit | null {
  const { text, lines } = article;
  const eol = lines.eol;
  const name = snippet ? '${1:Source name}' : 'Source name';
  const url = snippet ? '${2:https://}' : 'https://';
  // A YAML plain scalar only for a plain word that YAML would not read as a number or boolean; else quoted.
  const yamlId = isPlainYamlWord(id) && !readWordList('yaml-keywords.txt').has(id.toLowerCase()) ? id : JSON.stringify(id);
  const item = (indent: string) => `${indent}- id: ${yamlId}${eol}${indent}  name: "${name}"${eol}${indent}  url: "${url}"${eol}`;
  const fm = article.frontMatter;
  if (!fm) {
    // A fence Newsdesk could not read as front matter (no closing "---"): a new block above it would turn the
    // writer's own front matter into body text.
    if (openingFenceLength(text, true) >= 0) return null;
    return { start: 0, end: 0, newText: `---${eol}sources:${eol}${item('  ')}---${eol}${startsWithLineBreak(text) ? '' : eol}` };
  }
  const block = text.slice(fm.span.start, fm.span.end);
  const closing = fm.span.start + block.lastIndexOf('---');
  const m = /^sources:[ \t]*(.*)$/m.exec(block);
  if (!m) return { start: lines.lineStartAt(closing), end: lines.lineStartAt(closing), newText: `sources:${eol}${item('  ')}` };
  if (m[1].trim()) return null;
  // The list runs over the following lines that are indented, list items or blank.
  const first = lines.positionAt(fm.span.start + m.index).line + 1;
  const last = lines.positionAt(closing).line;
  let insertAt = lines.lineRange(first).start;
  let indent: string | null = null;
  for (let line = first; line < last; line++) {
    const range = lines.lineRange(line);
    const content = text.slice(range.start, range.end);
    if (content.trim() && content[0] !== ' ' && content[0] !== '\t' && content[0] !== '-') break;
    if (content.trim()) {
      insertAt = range.next;
      if (indent === null && content[indentationOf(content).length] === '-') indent = indentationOf(content);
    }
  }
  return { start: insertAt, end: insertAt, newText: item(indent ?? '  ') };
}

/** The new-source edits of an article (plain and snippet), computed once: every figure offers the same ones. */
const newSourceEdits = new WeakMap<Article, { id: string; add: TextEdit | null; addSnippet: TextEdit | null }>();

/** Fixes that source `figure`; each makes `ruleId` stop reporting it. */
export function sourceFixes(article: Article, figure: FigureMention, ruleId: string): Fix[] {
  const at = citationPoint(article, figure);
  const insert = (newText: string): TextEdit => ({ start: at, end: at, newText });
  const fixes: Fix[] = [{
    title: 'Insert a citation tag',
    preferred: true,
    edits: [insert(' :cite[Source name]{url="https://"}')],
    snippetEdits: [insert(' :cite[${1:Source name}]{url="${2:https://}"}')],
  }];
  for (const source of article.frontMatter?.sources ?? []) {
    const src = attributeValue(source.id);
    if (src) fixes.push({ title: `Cite ${source.name ? `“${source.name}” ` : ''}(${source.id})`, edits: [insert(` :cite{src=${src}}`)] });
  }
  let fresh = newSourceEdits.get(article);
  if (!fresh) {
    const freshId = freshSourceId(article);
    fresh = { id: freshId, add: addSourceEdit(article, freshId, false), addSnippet: addSourceEdit(article, freshId, true) };
    newSourceEdits.set(article, fresh);
  }
  const { id, add, addSnippet } = fresh;
  if (add && addSnippet) {
    fixes.push({
      title: 'Add a new source to the front matter and cite it',
      edits: [add, insert(` :cite{src=${id}}`)],
      snippetEdits: [addSnippet, insert(` :cite{src=${id}}`)],
    });
  }
  fixes.push(ignoreFix(article, figure, ruleId));
  return fixes;
}

/**
 * "No source needed": an ignore comment on its own line before the figure's line, or around its paragraph when the
 * line is inside one. Where the paragraph does not start its line (a table row "| … |", a list item "- …" or its
 * indented continuation, a quotation "> …"), a comment line would end that table, list or quotation: the comments
 * go around the figure itself, inline. A region's end names its rule, so it never ends a region the writer opened
 * for other rules; a "disable-next-line" comment already above the line gets the rule added instead of a second one.
 */
function ignoreFix(article: Article, figure: FigureMention, ruleId: string): Fix {
  const { text, lines } = article;
  const eol = lines.eol;
  const lineStart = lines.lineStartAt(figure.start);
  const para = article.paragraphs[article.sentences[figure.sentence]?.paragraph ?? -1];
  const paraLineStart = para ? lines.lineStartAt(para.start) : lineStart;
  if (para && text.slice(paraLineStart, para.start) !== '') {
    return {
      title: 'No source needed: ignore this figure',
      edits: [
        { start: figure.start, end: figure.start, newText: `<!-- newsdesk-disable ${ruleId} -->` },
        { start: figure.end, end: figure.end, newText: `<!-- newsdesk-enable ${ruleId} -->` },
      ],
    };
  }
  if (!para || paraLineStart === lineStart) {
    const above = lines.positionAt(lineStart).line - 1;
    const range = above >= 0 ? lines.lineRange(above) : null;
    const comment = range ? /^(\s*<!--\s*newsdesk-disable-next-line\b[^>]*?)\s*-->\s*$/.exec(text.slice(range.start, range.end)) : null;
    if (range && comment) {
      return { title: 'No source needed: ignore this line', edits: [{ start: range.start + comment[1].length, end: range.start + comment[1].length, newText: ` ${ruleId}` }] };
    }
    return { title: 'No source needed: ignore this line', edits: [{ start: lineStart, end: lineStart, newText: `<!-- newsdesk-disable-next-line ${ruleId} -->${eol}` }] };
  }
  return {
    title: 'No source needed: ignore this paragraph',
    edits: [
      { start: paraLineStart, end: paraLineStart, newText: `<!-- newsdesk-disable ${ruleId} -->${eol}` },
      { start: para.end, end: para.end, newText: `${eol}<!-- newsdesk-enable ${ruleId} -->` },
    ],
  };
}
