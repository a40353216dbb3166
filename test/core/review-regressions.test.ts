// Regressions from the first product review: fixes never land inside markup, markup and noise never become findings, odd input never crashes.
import { strict as assert } from 'assert';
import { analyze } from '../../server/src/core/analyze';
import type { TextEdit } from '../../server/src/core/types';
import { monthNumber } from '../../server/src/core/dates/expr';
import { parseSmallNumber } from '../../server/src/core/dates/words';
import { anniversaryNounCount } from '../../server/src/core/dates/calendar';

const apply = (text: string, edits: TextEdit[]) => [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
const citeFix = (text: string) => {
  const f = analyze(text).findings.find((x) => x.rule === 'unsourced-figure')!;
  return apply(text, f.fixes!.find((x) => x.title === 'Insert a citation tag')!.edits);
};


describe('review regressions', () => {
  it('the citation fix goes after a tag, an image or emphasis that ends the sentence, never inside it', () => {
    assert.equal(citeFix('Washington keeps 2,500 troops in :place[Iraq].'), 'Washington keeps 2,500 troops in :place[Iraq] :cite[Source name]{url="https://"}.');
    assert.equal(citeFix('The firm lost $4 billion ![chart](chart.png).'), 'The firm lost $4 billion ![chart](chart.png) :cite[Source name]{url="https://"}.');
    assert.equal(citeFix('The firm lost **$4 billion**.'), 'The firm lost **$4 billion** :cite[Source name]{url="https://"}.');
  });

  it('a name split by markup is not wrapped across it', () => {
    const text = '**Joe** Biden met officials in Paris.';
    for (const f of analyze(text).findings.filter((x) => x.rule === 'untagged-entity')) {
      assert.ok(!f.text.includes('*'), f.text);
      for (const fix of f.fixes ?? []) assert.ok(!/\[[^\]]*\*\*/.test(apply(text, fix.edits)), fix.title);
    }
  });

  it('bare URLs are citations, not prose', () => {
    const a = analyze('Trade reached $4 billion, see https://example.com/Angela-Merkel/2024-02-30 for the data.');
    assert.deepEqual(a.findings.map((f) => f.rule), []);
    assert.equal(a.article.citations[0].kind, 'link');
  });

  it('HTML entities from a CMS paste are not part of names or figures', () => {
    const a = analyze('Joe Biden&nbsp;paid $4&nbsp;billion to Angela Merkel&amp;Co. It cost &#128512; in all.');
    assert.deepEqual(a.findings.filter((f) => f.rule === 'untagged-entity').map((f) => f.text), ['Joe Biden', 'Angela Merkel']);
    assert.deepEqual(a.findings.filter((f) => f.rule === 'unsourced-figure').map((f) => f.text), ['$4&nbsp;billion']);
  });

  it('a footnote reference with no definition is reported, not read as a figure', () => {
    const a = analyze('Joe Biden sent 5,000 troops.[^2]');
    assert.deepEqual(a.findings.filter((f) => f.rule !== 'untagged-entity').map((f) => `${f.rule} ${f.text}`), ['unsourced-figure 5,000', 'malformed-tag [^2]']);
  });

  it('a tab-indented paragraph of a .txt article is checked, not read as code', () => {
    const a = analyze('Joe Biden visited Paris.\n\n\tAngela Merkel paid $4 billion to Emmanuel Macron.\n', { format: 'text' });
    assert.ok(a.findings.some((f) => f.text === '$4 billion'));
    assert.ok(a.findings.some((f) => f.text === 'Angela Merkel'));
  });

  it('absurdly deep nesting is skipped, not crashed on', () => {
    assert.doesNotThrow(() => analyze('>'.repeat(5000) + ' x\n\nTrade reached $4 billion.\n'));
  });

  it('disable with no rule names silences markup problems too', () => {
    const a = analyze('<!-- newsdesk-disable -->\n\nJoe :person[ sent 5,000 troops.\n');
    assert.deepEqual(a.findings.map((f) => f.rule), []);
  });

  it('a word that names a property of every JavaScript object is looked up as any other word (found reading the anniversary check: "constructor of the bridge" was counted "function Object() { [native code] } years")', () => {
    const a = analyze('---\npublished: 2005-03-01\n---\n\nThe constructor of the bridge spoke. The centenary of the bridge falls this year.\n');
    assert.deepEqual(a.findings.filter((f) => f.rule !== 'untagged-entity').map((f) => f.message), []);
    assert.equal(monthNumber('constructor'), null);
    assert.equal(monthNumber('Sept.'), 9);
    assert.equal(parseSmallNumber('constructor'), null);
    assert.equal(parseSmallNumber('twenty-one'), 21);
    assert.equal(anniversaryNounCount('toString'), null);
  });

  it('the unknown-id fix edits the id value, not a look-alike elsewhere in the tag', () => {
    const text = '---\nentities:\n  - id: e\n    type: person\n    name: Ali\n---\nMet :person[Ali]{id=d}.';
    const f = analyze(text).findings.find((x) => x.rule === 'unknown-entity-id')!;
    assert.ok(apply(text, f.fixes![0].edits).endsWith('Met :person[Ali]{id=e}.'));
    const cite = '---\nsources:\n  - id: imf\n---\nGDP grew 3% :cite{url="https://x.org/src/imff-data" src=imff}.';
    const u = analyze(cite).findings.find((x) => x.rule === 'unknown-source')!;
    const swap = u.fixes!.find((x) => x.title.startsWith('Cite “imf”'))!;
    assert.ok(apply(cite, swap.edits).endsWith(':cite{url="https://x.org/src/imff-data" src=imf}.'));
  });
});
