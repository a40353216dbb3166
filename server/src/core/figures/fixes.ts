// Quick fixes for unsourced figures: insert a citation tag, cite a front-matter source, add a source, or mark the paragraph as needing none.
import type { Article, FigureMention, Fix, TextEdit } from '../types';

const TRAILING = /[\s.!?…"'”’)\]»]+$/;

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Where a citation tag goes so it belongs to the figure's sentence: before the sentence's final punctuation and closing quotes. */
export function citationPoint(article: Article, figure: FigureMention): number {
  const s = article.sentences[figure.sentence];
  if (!s) return figure.end;
  const body = article.text.slice(s.start, s.end);
  const trail = TRAILING.exec(body);
  let at = Math.max(trail ? s.start + trail.index : s.end, figure.end);
  // Never inside the writer's markup (":place[Iraq]", "![chart](…)", "**…**"): after it instead.
  for (let moved = true; moved;) {
    moved = false;
    for (const m of article.inlineMarkup) {
      if (m.start < at && at < m.end) { at = m.end; moved = true; }
    }
  }
  return at;
}

/** A source id not used yet in the front matter: "source", "source-2", … */
export function freshSourceId(article: Article): string {
  const ids = new Set((article.frontMatter?.sources ?? []).map((s) => s.id));
  if (!ids.has('source')) return 'source';
  let n = 2;
  while (ids.has(`source-${n}`)) n++;
  return `source-${n}`;
}

/**
 * The edit that adds `- id: <id>` to the front matter's `sources`, creating the list or the whole front matter if needed;
 * null when `sources` is written inline (`sources: []`), which we do not rewrite.
 */
export function addSourceEdit(article: Article, id: string, snippet: boolean): TextEdit | null {
  const text = article.text;
  const eol = eolOf(text);
  const name = snippet ? '${1:Source name}' : 'Source name';
  const url = snippet ? '${2:https://}' : 'https://';
  const item = (indent: string) => `${indent}- id: ${id}${eol}${indent}  name: "${name}"${eol}${indent}  url: "${url}"${eol}`;
  const fm = article.frontMatter;
  if (!fm) {
    return { start: 0, end: 0, newText: `---${eol}sources:${eol}${item('  ')}---${eol}${text.startsWith('\n') || text.startsWith('\r\n') ? '' : eol}` };
  }
  const block = text.slice(fm.span.start, fm.span.end);
  const closing = fm.span.start + block.lastIndexOf('---');
  const lineStart = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  const m = /^sources:[ \t]*(.*)$/m.exec(block);
  if (!m) return { start: lineStart(closing), end: lineStart(closing), newText: `sources:${eol}${item('  ')}` };
  if (m[1].replace(/\r$/, '').trim()) return null;
  // The list runs over the following lines that are indented, list items or blank.
  let pos = fm.span.start + m.index + m[0].length + 1;
  let insertAt = pos;
  let indent: string | null = null;
  while (pos < closing) {
    const end = text.indexOf('\n', pos);
    const line = text.slice(pos, end < 0 ? text.length : end).replace(/\r$/, '');
    if (line.trim() && !/^[ \t]|^-/.test(line)) break;
    if (line.trim()) {
      insertAt = end < 0 ? text.length : end + 1;
      if (indent === null && /^[ \t]*-/.test(line)) indent = /^[ \t]*/.exec(line)![0];
    }
    pos = end < 0 ? text.length : end + 1;
  }
  return { start: insertAt, end: insertAt, newText: item(indent ?? '  ') };
}

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
    fixes.push({ title: `Cite ${source.name ? `“${source.name}” ` : ''}(${source.id})`, edits: [insert(` :cite{src=${source.id}}`)] });
  }
  const id = freshSourceId(article);
  const add = addSourceEdit(article, id, false);
  const addSnippet = addSourceEdit(article, id, true);
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

/** "No source needed": an ignore comment on its own line before the figure's line, or around its paragraph when the line is inside one. */
function ignoreFix(article: Article, figure: FigureMention, ruleId: string): Fix {
  const text = article.text;
  const eol = eolOf(text);
  const lineStart = text.lastIndexOf('\n', figure.start - 1) + 1;
  const para = article.paragraphs[article.sentences[figure.sentence]?.paragraph ?? -1];
  const paraLineStart = para ? text.lastIndexOf('\n', para.start - 1) + 1 : lineStart;
  if (!para || paraLineStart === lineStart) {
    return { title: 'No source needed: ignore this line', edits: [{ start: lineStart, end: lineStart, newText: `<!-- newsdesk-disable-next-line ${ruleId} -->${eol}` }] };
  }
  return {
    title: 'No source needed: ignore this paragraph',
    edits: [
      { start: paraLineStart, end: paraLineStart, newText: `<!-- newsdesk-disable ${ruleId} -->${eol}` },
      { start: para.end, end: para.end, newText: `${eol}<!-- newsdesk-enable -->` },
    ],
  };
}
