// The article model: front matter, tags, citations, ignores, sentences and prose offsets, including malformed input.
import { strict as assert } from 'assert';
import { parseArticle } from '../../server/src/core/article';
import { LineIndex } from '../../server/src/core/lines';

const slice = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('article model', () => {
  const text = [
    '---',
    'published: 2024-09-11',
    'sources:',
    '  - id: customs',
    '    name: Iraqi customs',
    '---',
    'Hello :person[Masoud Pezeshkian]{id=pezeshkian} met :org[Hamas]. Trade hit $5bn :cite{src=customs}, it said [^1] and [more](https://x.org).',
    '',
    '<!-- newsdesk-disable-next-line unsourced-figure -->',
    'Mr. Smith paid $3.5 million at 3:30pm. Time:now is kept.',
    '',
    '[^1]: A note.',
    '',
  ].join('\n');
  const a = parseArticle(text);

  it('reads the publication date and sources from the front matter', () => {
    assert.equal(a.frontMatter?.published, '2024-09-11');
    assert.deepEqual(a.frontMatter?.sources.map((s) => s.id), ['customs']);
    assert.equal(a.problems.length, 0);
  });

  it('finds tags with the exact span of their label and attributes', () => {
    assert.deepEqual(a.tags.map((t) => [t.kind, slice(text, t.label), t.attributes.id ?? t.attributes.src ?? null]), [
      ['person', 'Masoud Pezeshkian', 'pezeshkian'], ['org', 'Hamas', null], ['cite', '', 'customs'],
    ]);
  });

  it('counts cite tags, footnotes with definitions and links as citations', () => {
    assert.deepEqual(a.citations.map((c) => [c.kind, slice(text, c)]), [['cite', ':cite{src=customs}'], ['footnote', '[^1]'], ['link', '[more](https://x.org)']]);
  });

  it('keeps prose the same length with markup blanked and words at their offsets', () => {
    assert.equal(a.prose.length, text.length);
    const at = text.indexOf('Masoud');
    assert.equal(a.prose.slice(at, at + 17), 'Masoud Pezeshkian');
    assert.ok(!a.prose.includes(':person['));
    assert.ok(!a.prose.includes('published'));
    assert.ok(!a.prose.includes('A note'), 'footnote definitions are sources, not prose');
    assert.ok(a.prose.includes('Time:now is kept'), 'unknown directive-like text stays prose');
  });

  it('splits sentences without breaking at Mr. or decimals', () => {
    const sentences = a.sentences.map((s) => slice(text, s));
    assert.ok(sentences.includes('Mr. Smith paid $3.5 million at 3:30pm.'), sentences.join(' | '));
    assert.ok(sentences.includes('Time:now is kept.'));
  });

  it('applies disable-next-line to the next line only', () => {
    assert.equal(a.ignores.length, 1);
    assert.equal(slice(text, a.ignores[0]), 'Mr. Smith paid $3.5 million at 3:30pm. Time:now is kept.');
    assert.deepEqual(a.ignores[0].rules, ['unsourced-figure']);
  });

  it('reports broken YAML with a clear message and still reads the article', () => {
    const broken = '---\npublished: [2024\n---\nPezeshkian arrived.\n';
    const b = parseArticle(broken);
    assert.equal(b.problems.length, 1);
    assert.equal(b.problems[0].rule, 'invalid-front-matter');
    assert.match(b.problems[0].message, /not valid YAML/);
    assert.deepEqual(b.sentences.map((s) => slice(broken, s)), ['Pezeshkian arrived.']);
  });

  it('reports an invalid publication date on its value', () => {
    const t = '---\npublished: 2024-02-30\n---\nText.';
    const b = parseArticle(t);
    assert.equal(b.frontMatter?.published, null);
    assert.equal(slice(t, b.problems[0]), '2024-02-30');
  });

  it('reports an unclosed tag and keeps its words as prose', () => {
    const t = 'The leaders met :person[Masoud Pezeshkian and talked.\n\nNext paragraph about Najaf.';
    const b = parseArticle(t);
    assert.equal(b.problems.length, 1);
    assert.equal(b.problems[0].rule, 'malformed-tag');
    assert.equal(slice(t, b.problems[0]), ':person[');
    assert.ok(b.prose.includes('Masoud Pezeshkian and talked.'));
    assert.equal(b.sentences.length, 2);
  });

  it('reports an unclosed front matter block', () => {
    const b = parseArticle('---\ntitle: x\n\nText.');
    assert.equal(b.problems[0].rule, 'invalid-front-matter');
    assert.match(b.problems[0].message, /not closed/);
  });

  it('keeps UTF-16 offsets exact with CRLF, emoji and Arabic script', () => {
    const t = 'Visit 🇮🇶 by :person[مسعود پزشکیان]\r\nthen Pezeshkian 😀 met Sudani.\r\n';
    const b = parseArticle(t);
    assert.equal(slice(t, b.tags[0].label), 'مسعود پزشکیان');
    const lines = new LineIndex(t);
    const at = t.indexOf('Pezeshkian');
    assert.deepEqual(lines.positionAt(at), { line: 1, character: 5 });
    assert.equal(lines.offsetAt({ line: 1, character: 5 }), at);
    assert.equal(lines.offsetAt({ line: 0, character: 999 }), t.indexOf('\r'));
  });

  it('treats each line of a plain-text article as a paragraph', () => {
    const t = 'First paragraph here.\nSecond paragraph here.\n';
    assert.equal(parseArticle(t, 'text').paragraphs.length, 2);
    assert.equal(parseArticle(t, 'markdown').paragraphs.length, 1);
  });

  it('survives empty input and binary garbage', () => {
    assert.equal(parseArticle('').sentences.length, 0);
    const garbage = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    const g = parseArticle(garbage);
    assert.equal(g.prose.length, garbage.length);
  });
});

describe('parsed pieces are reused across versions', () => {
  // A long article is parsed in pieces; unchanged pieces come from a cache as copies, placed at their new offsets.
  const paragraph = (i: number) => `Paragraph ${i} names :person[Ada Lovelace]{id=ada} and costs £${i}m, the council said.`;
  const long = ['---\npublished: 2024-09-11\n---', ...Array.from({ length: 300 }, (_, i) => paragraph(i))].join('\n\n');

  it('gives an edited version the same reading as its text, with every other piece read from the cache', () => {
    const first = parseArticle(long);
    const at = long.indexOf('Paragraph 150 names') + 'Paragraph 150 names :person[Ada'.length;
    // One letter replaced (same length), then one inserted (every later offset moves by one).
    const replaced = `${long.slice(0, at)}x${long.slice(at + 1)}`;
    const inserted = `${long.slice(0, at)}x${long.slice(at)}`;
    const a = parseArticle(replaced);
    assert.deepEqual(a.paragraphs, first.paragraphs);
    assert.deepEqual(a.tags.map((t) => [t.start, t.end]), first.tags.map((t) => [t.start, t.end]));
    assert.deepEqual(a.tags.filter((t) => t.text !== 'Ada Lovelace').map((t) => t.text), ['AdaxLovelace']);
    const b = parseArticle(inserted);
    assert.equal(b.tags.length, 300);
    const last = b.tags[299];
    assert.equal(inserted.slice(last.start, last.end), first.text.slice(first.tags[299].start, first.tags[299].end));
    assert.equal(last.start, first.tags[299].start + 1);
  });

  it('hands each parse its own copy: reading a version twice gives the same model', () => {
    const one = parseArticle(long);
    one.paragraphs.length = 0;
    one.tags.length = 0;
    const two = parseArticle(long);
    assert.equal(two.tags.length, 300);
    assert.ok(two.paragraphs.length >= 300);
  });
});
