// The whole analysis: rules working together, severities, ignore comments, and the README's rule table kept true.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, ruleCatalogue } from '../../server/src/core/analyze';
import { defaultConfig, mergeConfig } from '../../server/src/core/config';
import { limitMemos } from '../../server/src/core/memos';
import { GenerationMemo } from '../../server/src/core/text/memo';
import { blankLineSegments, ParagraphMatches, WindowMemo } from '../../server/src/core/text/segments';

const brief = (text: string, o: Record<string, unknown> = {}) => analyze(text, { config: mergeConfig(defaultConfig(), o) }).findings.map((f) => `${f.rule} ${f.severity} “${f.text}”`);

describe('analysis', () => {
  it('a number inside a date range is part of the date, not a figure', () => {
    const out = brief('---\npublished: 2005-06-20\n---\nThe festival ran from 11 to 18 June and drew 40,000 fans.\n');
    assert.deepEqual(out.filter((f) => f.startsWith('unsourced-figure')), ['unsourced-figure warning “40,000”']);
  });

  it('severities from config apply, and off removes a rule', () => {
    const text = 'Trade reached $5 billion, officials in Baghdad estimate.';
    assert.ok(brief(text, { severities: { 'untagged-entity': 'error' } }).includes('untagged-entity error “Baghdad”'));
    assert.ok(!brief(text, { severities: { 'untagged-entity': 'off' } }).some((f) => f.startsWith('untagged-entity')));
  });

  it('ignore comments silence the named rule on the next line only', () => {
    const text = '<!-- newsdesk-disable-next-line unsourced-figure -->\nTrade reached $5 billion.\n\nAid reached $2 billion.\n';
    assert.deepEqual(brief(text).filter((f) => f.startsWith('unsourced')), ['unsourced-figure warning “$2 billion”']);
  });

  it('disable … enable silences a passage', () => {
    const text = '<!-- newsdesk-disable -->\n\nTrade reached $5 billion in Baghdad.\n\n<!-- newsdesk-enable -->\n\nAid reached $2 billion.\n';
    assert.deepEqual(brief(text), ['unsourced-figure warning “$2 billion”']);
  });

  it('a relative date with no publication date says so instead of guessing', () => {
    const out = brief('The talks began on Wednesday.');
    assert.deepEqual(out, ['relative-date-unresolved info “Wednesday”']);
  });

  it('every rule the analysis can report is documented in the README’s table', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
    for (const r of ruleCatalogue()) assert.ok(readme.includes(`\`${r.id}\``), `${r.id} missing from README`);
    for (const r of ruleCatalogue()) {
      const row = readme.split('\n').find((l) => l.startsWith(`| \`${r.id}\``));
      if (row && !row.includes(' / ')) assert.ok(row.trim().endsWith(`| ${r.severity} |`), `README default severity of ${r.id}: ${row}`);
    }
  });
});

describe('results kept between keystrokes', () => {
  it('a generation memo computes a key once while it is kept, and drops the oldest generation', () => {
    const memo = new GenerationMemo<string, number>(2);
    let computed = 0;
    const square = (k: string) => memo.get(k, () => { computed++; return Number(k) ** 2; });
    assert.deepEqual([square('2'), square('3'), square('2')], [4, 9, 4]);
    assert.equal(computed, 2);
    square('4'); // the newer generation was full: {2, 3} become the older, {4} the newer
    square('5'); // 2 and 3 are still found in the older generation
    square('6'); // {4, 5} become the older: 2 and 3 are gone
    square('2');
    assert.equal(computed, 6);
  });

  it('cuts prose into stretches between blank lines, line breaks of any kind, blank lines of spaces included', () => {
    const text = 'One.\r\nStill one.\r\n \t\r\nTwo.\n\n\nThree\rgoes on.\n';
    const spans = blankLineSegments(text).map((s) => text.slice(s.start, s.end));
    assert.deepEqual(spans, ['One.\r\nStill one.', 'Two.', 'Three\rgoes on.']);
    assert.deepEqual(blankLineSegments('   \n\n'), []);
    assert.deepEqual(blankLineSegments('x').map((s) => [s.start, s.end]), [[0, 1]]);
    // Line feeds only (the common case, read line by line): the same stretches as the same text with carriage returns.
    const lf = 'One.\nStill one.\n \t\n\nTwo.\n\n\n\t\nThree\n';
    assert.deepEqual(blankLineSegments(lf).map((s) => lf.slice(s.start, s.end)), ['One.\nStill one.', 'Two.', 'Three']);
    assert.deepEqual(blankLineSegments(lf), blankLineSegments(lf.replace(/\n/g, '\r')));
  });

  it('a window memo reuses a value while its paragraph and the paragraphs either side are unchanged, moved with them', () => {
    // (An archive run in an earlier test file limits every memo: an editor's limits here.)
    limitMemos('editor');
    const memo = new WindowMemo<{ start: number; end: number }>();
    let computed = 0;
    // The value: the span of the word "cut" after the span asked about, found in the text as compute sees it.
    const read = (text: string, prose: string, word: string) => {
      const at = text.indexOf(word);
      return memo.get(text, prose, { start: at, end: at + word.length }, 'k', () => {
        computed++;
        const cut = text.indexOf('cut', at);
        return { start: cut, end: cut + 3 };
      }, (v, by) => ({ start: v.start + by, end: v.end + by }));
    };
    const v1 = 'Intro here.\n\nOne.\n\nTwo.\n\nThe Acme cut jobs.\n\nFour.\n\nFive.';
    assert.deepEqual(read(v1, v1, 'Acme'), { start: v1.indexOf('cut'), end: v1.indexOf('cut') + 3 });
    assert.equal(computed, 1);
    // An edit two paragraphs before: the window (Two, Acme, Four) is unchanged, the value moves with it.
    const v2 = v1.replace('One.', 'One more.');
    assert.deepEqual(read(v2, v2, 'Acme'), { start: v2.indexOf('cut'), end: v2.indexOf('cut') + 3 });
    assert.equal(computed, 1);
    // An edit in the paragraph after: read again. So is the same text with other prose (markup blanked).
    const v3 = v2.replace('Four.', 'Four!');
    read(v3, v3, 'Acme');
    assert.equal(computed, 2);
    read(v3, v3.replace('Four!', '     '), 'Acme');
    assert.equal(computed, 3);
    // The key is part of the value's identity; with nothing kept, every call computes.
    memo.get(v3, v3, { start: v3.indexOf('Acme'), end: v3.indexOf('Acme') + 4 }, 'other', () => { computed++; return { start: 0, end: 0 }; });
    assert.equal(computed, 4);
    limitMemos('none');
    try {
      read(v3, v3, 'Acme');
      assert.equal(computed, 5);
    } finally {
      limitMemos('editor');
    }
  });

  it('every version of an edited article gets the findings it would get with nothing kept', () => {
    const sample = fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'iran-iraq-visit.md'), 'utf8');
    const bodyAt = sample.indexOf('\n\n', sample.indexOf('---', 3)) + 2;
    const versions = [sample];
    for (let k = 1; k <= 6; k++) {
      const prev = versions[versions.length - 1];
      const at = bodyAt + Math.floor((prev.length - bodyAt) * ((k * 0.37) % 1));
      versions.push(k % 2 ? `${prev.slice(0, at)} On Monday, Feb. 30, the Acme Corp said 12% of 4,000 staff left on 2024-13-01.${prev.slice(at)}` : prev.slice(0, at) + prev.slice(at + 1));
    }
    // (An archive run in an earlier test file limits every memo: an editor's limits here.)
    limitMemos('editor');
    const seen = (text: string) => analyze(text).findings.map((f) => `${f.rule} ${f.start}-${f.end} ${f.message}`);
    const kept = versions.map(seen);
    // The same text read as plain text: one paragraph to a line, so the paragraphs' readings may not be shared.
    const lines = (text: string) => analyze(text, { format: 'text' }).findings.map((f) => `${f.rule} ${f.start}-${f.end} ${f.message}`);
    const keptLines = versions.map(lines);
    limitMemos('none');
    try {
      versions.forEach((v, i) => assert.deepEqual(seen(v), kept[i], `version ${i}`));
      versions.forEach((v, i) => assert.deepEqual(lines(v), keptLines[i], `version ${i} as text`));
    } finally {
      limitMemos('editor');
    }
  });

  it('finds a pattern paragraph by paragraph as it finds it in the whole text, before and after an edit', () => {
    const pattern = /(?<![\d/])\d{1,2}\/\d{1,2}\b|\bMay\b/g;
    const matches = new ParagraphMatches(pattern);
    const whole = (text: string) => [...text.matchAll(pattern)].map((m) => ({ index: m.index, text: m[0] }));
    const text = '1/2 in May.\r\nMay 3/4\n\n \t\n5/6 and 12/7/8\rMay\n\nMayday 9/10';
    assert.deepEqual(matches.in(text), whole(text));
    const edited = text.replace('and', 'or May');
    assert.deepEqual(matches.in(edited), whole(edited));
    assert.deepEqual(matches.in(text), whole(text));
    assert.throws(() => new ParagraphMatches(/May/), /global/);
  });
});
