// The parser's fast path for plain paragraphs (article.ts parsePiece) gives the tree the Markdown parser gives: node
// types, values and offsets, on hand-made neighbours of every construct that could reach a plain block, and on
// seeded random documents built from them.
import { strict as assert } from 'assert';
import type { Nodes, Root } from 'mdast';
import { markdownTree, parseArticle } from '../../server/src/core/article';

/** Types, values and offsets only: line and column after a fast-path paragraph are not kept in step (offsets are). */
function shape(node: Nodes | Root): unknown {
  const { position, ...rest } = node as Nodes & { children?: Nodes[] };
  const out: Record<string, unknown> = { ...rest, at: [position?.start.offset, position?.end.offset] };
  if ('children' in node) out.children = (node.children as Nodes[]).map(shape);
  return out;
}

function agree(text: string, formats: ('markdown' | 'text')[] = ['markdown', 'text']): void {
  for (const format of formats) {
    assert.deepEqual(shape(markdownTree(text, format, true)), shape(markdownTree(text, format, false)), `${format}: ${JSON.stringify(text)}`);
  }
}

/** Blocks a plain paragraph can stand next to, each a few lines at most. */
const BLOCKS = [
  'The minister said revenue rose 4% to $2bn on Tuesday.',
  'A second line\nof the same paragraph, with a tab\there.',
  'Windows line\r\nbreaks kept.',
  '---\npublished: 2024-09-11\n---',
  '# A heading',
  'Setext heading\n===',
  'Setext two\n---',
  '- a list item\n- another',
  '1. ordered\n2. list',
  '2024. A year that opens a line is not a list.',
  '> quoted\nlazy line',
  '    indented code',
  '  two spaces before',
  '```\nfenced\n\nstill fenced\n```',
  '~~~\nunclosed fence',
  '<!-- a comment\n\nstill comment -->',
  '<div>html</div>',
  'Hello :person[Masoud Pezeshkian]{id=pezeshkian} met :org[Hamas].',
  'Trade hit $5bn :cite{src=customs}, it said.',
  'A *star* and _under_ and `code` and [link](https://x.org).',
  'AT&T and M&S; &amp; and &#169;.',
  'Hard break at the end  \nnext.',
  'Backslash break\\\nnext.',
  'Time: 10:30am, ratio 3:1, note:Important.',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  'A pipe | in prose.',
  '+ plus list',
  '* star list',
  '::leaf[x]',
  'Ends with a space ',
  'Tabs\tinside\tare text.',
  'Lone\rreturn.',
  'Non-breaking\u00a0space and “curly” quotes.',
];

describe('Markdown fast path for plain paragraphs', () => {
  it('gives the parser\'s tree next to every construct', () => {
    for (const a of BLOCKS) {
      agree(a);
      for (const b of BLOCKS) {
        agree(`${a}\n\n${b}\n`, ['markdown']);
        agree(`${a}\n${b}`, ['markdown']);
        agree(`\n\n${a}\r\n\r\n${b}\n\n\n`, ['text']);
      }
    }
  });

  it('gives the parser\'s tree on seeded random documents', () => {
    let seed = 20261130;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const breaks = ['\n', '\n\n', '\n\n\n', '\r\n\r\n', '\n \n'];
    for (let doc = 0; doc < 200; doc++) {
      const parts: string[] = [];
      const blocks = 2 + Math.floor(random() * 8);
      for (let i = 0; i < blocks; i++) parts.push(BLOCKS[Math.floor(random() * BLOCKS.length)], breaks[Math.floor(random() * breaks.length)]);
      agree(parts.join(''));
    }
  });

  it('reads a "---" block anywhere after the start of a long article as text, not front matter', () => {
    const para = 'The council said the road would reopen after repairs to the bridge were finished. '.repeat(4);
    // Wherever the block falls, one of these lands where an article of this length is cut into pieces.
    for (let before = 20; before <= 30; before++) {
      const text = `---\npublished: 2024-09-11\n---\n\n${Array(before).fill(para).join('\n\n')}\n\n---\nfoo: bar\n---\n\n${Array(30).fill(para).join('\n\n')}\n`;
      const article = parseArticle(text);
      assert.equal(article.frontMatter?.published, '2024-09-11');
      assert.ok(article.prose.includes('foo: bar'), `the block after ${before} paragraphs is prose`);
    }
  });

  it('builds plain paragraphs itself, offsets and text as typed', () => {
    const text = 'First paragraph.\r\nSame one.\r\n\r\nSecond.\n';
    const tree = markdownTree(text);
    assert.deepEqual(tree.children.map((p) => [p.type, p.position?.start.offset, p.position?.end.offset]), [['paragraph', 0, 27], ['paragraph', 31, 38]]);
    assert.deepEqual(tree.children.map((p) => ('children' in p ? p.children.map((t) => ('value' in t ? t.value : '')) : [])), [['First paragraph.\r\nSame one.'], ['Second.']]);
  });
});
