// Figure detection, normalisation, attribution, the figure rules and their fixes, on short fixtures and the sample article.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { isIgnored, parseArticle } from '../../server/src/core/article';
import { defaultConfig, type Config } from '../../server/src/core/config';
import { describeFigure, extractFigures } from '../../server/src/core/figures';
import { analyze } from '../../server/src/core/analyze';
import { ruleTexts } from '../helpers/findings';
import { figureConflict } from '../../server/src/core/rules/figure-conflict';
import type { Rule, RuleContext } from '../../server/src/core/rules/rule';
import { unknownSource } from '../../server/src/core/rules/unknown-source';
import { unsourcedFigure } from '../../server/src/core/rules/unsourced-figure';
import { unusedSource } from '../../server/src/core/rules/unused-source';
import { vagueFigure } from '../../server/src/core/rules/vague-figure';
import type { FigureMention, TextEdit } from '../../server/src/core/types';

const figs = (text: string, config: Partial<Config> = {}) => extractFigures(parseArticle(text), { ...defaultConfig(), ...config });
const texts = (text: string) => figs(text).map((f) => f.text);
const one = (text: string): FigureMention => {
  const all = figs(text);
  assert.equal(all.length, 1, `expected one figure in “${text}”, got ${JSON.stringify(all.map((f) => f.text))}`);
  return all[0];
};

function run(rule: Rule, text: string, config: Partial<Config> = {}) {
  const article = parseArticle(text);
  const cfg = { ...defaultConfig(), ...config };
  const ctx: RuleContext = { article, config: cfg, figures: extractFigures(article, cfg), entities: [], dates: [], registry: { entries: [], byId: new Map(), byName: new Map() } };
  return rule.check(ctx).filter((f) => !isIgnored(article, rule.id, f)).map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
}

function apply(text: string, edits: TextEdit[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

describe('figures: what is not a figure', () => {
  const none: [string, string][] = [
    ['year', 'The deal was signed in 2003 and renewed in 2015.'],
    ['month and year', 'Troops will leave by September 2025.'],
    ['day and month', 'The vote is on 11 September and the count on Sept. 12.'],
    ['date expression', 'Trade grew in the first five months of 2024.'],
    ['time', 'The talks began at 1200 GMT and ended at 7:30.'],
    ['ordinal', 'It was his first foreign trip and the 3rd visit.'],
    ['duration adjective', 'This three-day visit ended.'],
    ['duration', 'He stayed for three days and two years later returned.'],
    ['age', 'The prince, 20, apologised. A 45-year-old man, aged 45, was held.'],
    ['score', 'Chelsea won 2-1 at home.'],
    ['name with a number', 'The Group of 20 met. Channel 4 and Radio 4 covered it, as did Formula One.'],
    ['model number', 'The airline bought Airbus A321 jets and a G7 summit followed.'],
    ['list numbering', '1. First point\n2. Second point\n'],
    ['known set', 'The two nations agreed. Both leaders spoke. It is one of the biggest.'],
    ['one as a pronoun', 'No one knows, and one must wait.'],
    ['decade', 'Prices rose in the 1990s.'],
  ];
  for (const [what, text] of none) it(`${what}: ${text}`, () => assert.deepEqual(texts(text), []));
});

describe('figures: results, specs, ages and public sets outside business and politics', () => {
  const none: [string, string][] = [
    ['a result after a sports verb', 'Idowu landed 17.30m in Birmingham and Kluft cleared 4.89 metres.'],
    ['a bare time after a sports verb', 'He was winning leisurely in 30.26 on Sunday. He took the title in 46.46 ahead of Smith.'],
    ['a height before "in the … jump"', 'The 28-year-old reached 1.80m in the high jump.'],
    ['a distance before an event noun', 'He won the 6.6km race and she ran the 10,500m course in 33.22.'],
    ['a race situation or margin', 'She went with 500m to go. That leap was 37cm short of the winner.'],
    ['standard distances as event names', 'Carroll is the record holder at 3km, 5km and 10km.'],
    ['a spec before a product noun', 'It uses a 400 mm lens. They made the 2.5 gigapixel photo public.'],
    ['an age after "at" with a life-stage word', 'Teenagers are legally adults at 18.'],
    ['an age after "be" with a personal subject', 'She will race in Melbourne, when she will be 34.'],
    // Review 32: "By the time he was 40" flagged as an unsourced count.
    ['an age after any "be" with he, she or I, before a comma', 'When he was 17, he left school for the docks.'],
    ['an age after "be" and an adverb, before a conjunction', 'She is now 92 and lives in Bath.'],
    ['an age before "when"', 'I was 19 when I joined the band.'],
    ['an age before the next clause\'s subject', 'By the time she was 30 she ran the firm.'],
    ['a small count of a public set', 'The film won two awards and tied on five points from three matches.'],
    ['a bare number borrowing a public-set noun', 'Ray has seven nominations while The Aviator has 11.'],
    ['"all N" of a public set', 'He tested all 10 gadgets.'],
    ['"the N" in digits, ten or less', 'The 10 authors were shortlisted. Of the 10 or so images, most blurred.'],
    ['a bare small number with nothing to count', 'It was tough getting down to only 10.'],
    ['a vague duration', 'The river was integral for hundreds of years.'],
  ];
  for (const [what, text] of none) it(`not a figure: ${what}: ${text}`, () => assert.deepEqual(texts(text), []));

  const still: [string, string, Partial<FigureMention>][] = [
    ['Schools must be at least 200 metres away.', 'at least 200', { kind: 'measure', value: 200, unit: 'm', approximate: true }],
    ['The pipeline runs 1,200km across the desert.', '1,200km', { kind: 'measure', value: 1200, unit: 'km' }],
    ['Shares closed at 30.26 after the results.', '30.26', { kind: 'count', value: 30.26 }],
    ['The storm dumped 400 mm of rain.', '400', { kind: 'measure', value: 400, unit: 'mm' }],
    ['It sold 2.5 million photos.', '2.5 million', { kind: 'count', value: 2.5e6, unit: 'photos' }],
    ['The death toll stood at 18.', '18', { kind: 'count', value: 18 }],
    ['The toll will be 34.', '34', { kind: 'count', value: 34 }],
    ['We were 40 when the march began.', '40', { kind: 'count', value: 40 }],
    ['He was 91kg last year.', '91kg', { kind: 'measure', value: 91 }],
    ['Three people were killed in the attack.', 'Three', { kind: 'count', value: 3, unit: 'people' }],
    ['The site holds 500 images.', '500', { kind: 'count', value: 500, unit: 'images' }],
    ['They freed all four men.', 'four', { kind: 'count', value: 4, unit: 'men' }],
    ['The 14 telecentres opened.', '14', { kind: 'count', value: 14, unit: 'telecentres' }],
  ];
  for (const [text, span, expected] of still) {
    it(`still a figure: ${text}`, () => {
      const f = one(text);
      assert.equal(f.text, span);
      for (const [k, v] of Object.entries(expected)) assert.deepEqual(f[k as keyof FigureMention], v, `${k} of “${span}”`);
    });
  }
});

describe('figures: forms and normalised values', () => {
  const cases: [string, string, Partial<FigureMention>][] = [
    ['Trade reached nearly $5 billion.', 'nearly $5 billion', { kind: 'money', value: 5e9, unit: 'USD', approximate: true }],
    ['Profits were £3.2m.', '£3.2m', { kind: 'money', value: 3.2e6, unit: 'GBP' }],
    ['It raised €40 million.', '€40 million', { kind: 'money', value: 4e7, unit: 'EUR' }],
    ['It cost 5bn euros.', '5bn euros', { kind: 'money', value: 5e9, unit: 'EUR' }],
    ['They spent five billion dollars.', 'five billion dollars', { kind: 'money', value: 5e9, unit: 'USD' }],
    ['Shares rose to 274.5 pence.', '274.5 pence', { kind: 'money', value: 2.745, unit: 'GBP' }],
    ['Heineken raised its dividend to 40 euro cents.', '40 euro cents', { kind: 'money', value: 0.4, unit: 'EUR' }],
    ['A ticket cost 75 rupee cents.', '75 rupee cents', { kind: 'money', value: 0.75, unit: 'INR' }],
    ['The fund holds A$300m.', 'A$300m', { kind: 'money', value: 3e8, unit: 'AUD' }],
    ['Sales rose 30%.', '30%', { kind: 'percent', value: 30, unit: '%' }],
    ['Sales rose 30 per cent.', '30 per cent', { kind: 'percent', value: 30, unit: '%' }],
    ['Rates rose 0.5 percentage points.', '0.5 percentage points', { kind: 'percent', value: 0.5, unit: 'percentage points' }],
    ['Washington keeps around 2,500 US troops there.', 'around 2,500', { kind: 'count', value: 2500, unit: 'troops', approximate: true }],
    ['Some three million people voted.', 'Some three million', { kind: 'count', value: 3e6, unit: 'people', approximate: true }],
    ['Seven people were hurt.', 'Seven', { kind: 'count', value: 7, unit: 'people' }],
    ['The pipeline runs 40km.', '40km', { kind: 'measure', value: 40, unit: 'km' }],
    ['It exports 14.27 million tonnes.', '14.27 million', { kind: 'measure', value: 14.27e6, unit: 'tonnes' }],
    ['One in five adults smoke.', 'One in five', { kind: 'ratio', value: 0.2 }],
    ['About six out of 20 women agreed.', 'About six out of 20', { kind: 'ratio', value: 0.3, unit: 'women', approximate: true }],
    ['It sold a third of the company.', 'a third', { kind: 'ratio', value: 1 / 3 }],
    ['Two-thirds of voters agreed.', 'Two-thirds', { kind: 'ratio', value: 2 / 3 }],
    ['It cut rates by a quarter of a point.', 'a quarter of a point', { kind: 'percent', value: 0.25, unit: 'percentage points' }],
    ['They sent between 2,000 and 3,000 troops.', 'between 2,000 and 3,000', { kind: 'count', value: 2000, valueMax: 3000, unit: 'troops' }],
    ['Growth of 3% to 3.5% is forecast.', '3% to 3.5%', { kind: 'percent', value: 3, valueMax: 3.5 }],
    ['It costs $5-6bn.', '$5-6bn', { kind: 'money', value: 5e9, valueMax: 6e9, unit: 'USD' }],
    ['Millions of pilgrims visit.', 'Millions of', { kind: 'count', value: null, unit: 'pilgrims', vague: true }],
    ['Tens of thousands of people marched.', 'Tens of thousands of', { kind: 'count', value: null, unit: 'people', vague: true }],
    ['The firm lost millions.', 'millions', { kind: 'money', value: null, vague: true }],
  ];
  for (const [text, span, expected] of cases) {
    it(`${span} in “${text}”`, () => {
      const f = one(text);
      assert.equal(f.text, span);
      assert.equal(text.slice(f.start, f.end), span);
      for (const [k, v] of Object.entries(expected)) assert.deepEqual(f[k as keyof FigureMention], v, `${k} of ${span}`);
    });
  }

  it('a change "from X to Y" is two figures, the first taking the second\'s unit', () => {
    const all = figs('The rate was cut from 2.5 to 2 per cent.');
    assert.deepEqual(all.map((f) => [f.text, f.kind, f.value]), [['2.5', 'percent', 2.5], ['2 per cent', 'percent', 2]]);
  });

  it('an elliptical count borrows the noun of the figure before it', () => {
    const all = figs('It keeps 2,500 troops in Iraq and 900 in Syria.');
    assert.deepEqual(all.map((f) => [f.text, f.unit]), [['2,500', 'troops'], ['900', 'troops']]);
  });
});

describe('figures: attribution', () => {
  const sourced: [string, string, string][] = [
    ['Sudani said trade reached $5bn.', '$5bn', 'Sudani said'],
    ['Trade reached $5bn, said the ministry.', '$5bn', 'said the ministry'],
    ['The ministry reported trade of $5bn.', '$5bn', 'The ministry reported'],
    ['Trade reached $5bn, according to the IMF.', '$5bn', 'according to the IMF'],
    ['Figures from the central bank show trade of $5bn.', '$5bn', 'Figures from the central bank show'],
    ['Data released by the agency put trade at $5bn.', '$5bn', 'Data released by the agency put'],
    ['Estimates by analysts put trade at $5bn.', '$5bn', 'Estimates by analysts put'],
    ['The minister told reporters trade reached $5bn.', '$5bn', 'The minister told'],
    ['TimeWarner is projecting growth of around 5%.', 'around 5%', 'TimeWarner is projecting'],
    ['Trade reached $5bn :cite[Iraqi customs]{url="https://example.org"}.', '$5bn', ':cite[Iraqi customs]{url="https://example.org"}'],
    ['Trade reached $5bn [customs](https://example.org).', '$5bn', '[customs](https://example.org)'],
    ['Trade reached $5bn.[^1]\n\n[^1]: Customs data.', '$5bn', '[^1]'],
    ['"Trade is up 5%. It will grow," he said.', '5%', 'he said'],
    // A quotation is its speaker's however many sentences it runs (LABELLING.md: the speaker named in the same or
    // the adjacent sentence; here "He said:" opens it).
    ['He said: "Trade is strong. Exports rose 5%. We are pleased. Next year we expect more."', '5%', 'He said'],
    // Session 24 (review 47): the quotation of the sentence after a quotation its speaker tags, written after the fix.
    ['"The harvest was poor," said the farmers\' union. "Yields fell by 12% in the east."', '12%', 'said the farmers\' union'],
    // Review 48: "assured" reports as "told" does (written after the fix).
    ['The minister assured MPs that 70% of the budget was spent.', '70%', 'The minister assured'],
  ];
  for (const [text, span, attribution] of sourced) {
    it(`“${span}” sourced by “${attribution}”`, () => {
      const f = figs(text).find((x) => x.text === span)!;
      assert.ok(f, `no figure ${span}`);
      assert.equal(f.sourced, true);
      assert.equal(f.attribution?.text, attribution);
    });
  }
  const unsourced: [string, string][] = [
    ['passive without agent', 'Trade is estimated to have reached $5bn.'],
    ['cognition verb', 'Analysts believe trade will reach $5bn.'],
    ['future act', 'The ministry will announce trade of $5bn.'],
    ['attribution in another sentence', 'Trade reached $5bn. The ministry said so.'],
    ['quotation with no speaker', 'It was, in the words of the brochure, "a year of growth. Exports rose 5%. We are pleased."'],
    // The speaker is carried to a quotation, not to words outside quotation marks.
    ['no quotation after the tag', '"The harvest was poor," said the union. Yields fell by 12% in the east.'],
    // "Bros." closes a name and, before a word that opens a sentence, the sentence: the speaker stays behind.
    ['after an abbreviation that ends the sentence', 'The film opened, said a spokesman for Mirren Bros. However, its budget of $95m was not recouped.'],
  ];
  for (const [what, text] of unsourced) {
    it(`unsourced: ${what}`, () => {
      const f = figs(text)[0];
      assert.equal(f.sourced, false, `attributed to ${f.attribution?.text}`);
      assert.equal(f.attribution, null);
    });
  }

  it('paragraph scope finds an attribution in a neighbouring sentence; a new paragraph does not', () => {
    const text = 'Trade reached $5bn. The ministry said so.\n\nExports rose 5%.';
    assert.deepEqual(figs(text, { attributionScope: 'paragraph' }).map((f) => [f.text, f.attribution?.text ?? null]), [['$5bn', 'The ministry said'], ['5%', null]]);
  });

  it('Config.attributionVerbs adds reporting verbs with their inflections', () => {
    const text = 'The minister briefed that trade reached $5bn. The envoy intimated that exports rose 5%.';
    assert.deepEqual(figs(text, { attributionVerbs: ['intimate'] }).map((f) => f.attribution?.text ?? null), ['The minister briefed', 'The envoy intimated']);
  });
});

describe('figures: the sample article (iran-iraq-visit.txt)', function () {
  const samplePath = path.resolve(__dirname, '../../../shared/articles/iran-iraq-visit.txt');
  let text = '';
  before(function () {
    if (!fs.existsSync(samplePath)) { console.warn(`\n  !!! SKIPPING sample-article tests: ${samplePath} not found\n`); this.skip(); }
    text = `---\npublished: 2024-09-11\n---\n${fs.readFileSync(samplePath, 'utf8')}`;
  });

  it('finds exactly the figures a desk would flag', () => {
    assert.deepEqual(run(unsourcedFigure, text).map((f) => f.text), ['nearly $5 billion', '30%', 'around 2,500', '900']);
    assert.deepEqual(run(vagueFigure, text).map((f) => f.text), ['Millions of', 'millions of']);
    const all = figs(text);
    assert.deepEqual(all.map((f) => [f.text, f.kind, f.value, f.unit]), [
      ['Millions of', 'count', null, 'pilgrims'],
      ['nearly $5 billion', 'money', 5e9, 'USD'],
      ['millions of', 'measure', null, 'cubic meters'],
      ['30%', 'percent', 30, '%'],
      ['around 2,500', 'count', 2500, 'troops'],
      ['900', 'count', 900, 'troops'],
    ]);
    assert.equal(run(unsourcedFigure, text)[0].message, 'Unsourced figure: “nearly $5 billion” has no attribution or citation in its sentence');
  });

  it('"according to Iraqi customs data" sources the trade figure', () => {
    const edited = text.replace('in the first five months of 2024.', 'in the first five months of 2024, according to Iraqi customs data.');
    const f = figs(edited).find((x) => x.text === 'nearly $5 billion')!;
    assert.equal(f.attribution?.text, 'according to Iraqi customs data');
    assert.ok(!run(unsourcedFigure, edited).some((x) => x.text === 'nearly $5 billion'));
  });

  it('citing a front-matter source makes the diagnostic disappear', () => {
    const withSource = text.replace('published: 2024-09-11\n', 'published: 2024-09-11\nsources:\n  - id: iraq-customs\n    name: Iraqi customs authority\n    url: https://example.org/customs-2024\n');
    const finding = run(unsourcedFigure, withSource).find((x) => x.text === 'nearly $5 billion')!;
    const fix = finding.fixes!.find((x) => x.title === 'Cite “Iraqi customs authority” (iraq-customs)')!;
    assert.deepEqual(fix.edits, [{ start: withSource.indexOf('2024.', withSource.indexOf('$5 billion')) + 4, end: withSource.indexOf('2024.', withSource.indexOf('$5 billion')) + 4, newText: ' :cite{src=iraq-customs}' }]);
    const fixed = apply(withSource, fix.edits);
    assert.ok(fixed.includes('first five months of 2024 :cite{src=iraq-customs}.'));
    assert.ok(!run(unsourcedFigure, fixed).some((x) => x.text === 'nearly $5 billion'));
    assert.deepEqual(run(unusedSource, fixed), []);
  });
});

describe('unsourced-figure fixes: each one makes the diagnostic disappear', () => {
  const articles: [string, string][] = [
    ['no front matter', 'Iran supplies gas. Trade reached nearly $5 billion in 2024.\n'],
    ['front matter without sources', '---\npublished: 2024-09-11\n---\nTrade reached nearly $5 billion in 2024.\n'],
    ['front matter with sources', '---\nsources:\n  - id: imf\n    name: IMF\n    url: https://imf.org\n---\nTrade reached nearly $5 billion in 2024.\n'],
    ['CRLF line endings', '---\r\nsources:\r\n- id: imf\r\n  url: https://imf.org\r\n---\r\nTrade reached nearly $5 billion.\r\n'],
    ['a quoted sentence', '"Trade reached nearly $5 billion."\n\nIt was a "record".\n'],
    ['a wrapped paragraph', 'Iran supplies gas to Iraq.\nTrade reached nearly $5 billion\nin 2024.\n'],
  ];
  for (const [what, text] of articles) {
    it(what, () => {
      const findings = run(unsourcedFigure, text);
      assert.equal(findings.length, 1);
      const fixes = findings[0].fixes!;
      assert.ok(fixes.length >= 3);
      for (const fix of fixes) {
        for (const edits of [fix.edits, fix.snippetEdits ?? fix.edits]) {
          const fixed = apply(text, edits === fix.snippetEdits ? edits.map((e) => ({ ...e, newText: e.newText.replace(/\$\{\d+:([^}]*)\}/g, '$1') })) : edits);
          assert.deepEqual(run(unsourcedFigure, fixed), [], `${fix.title} left the finding in:\n${fixed}`);
          // the journalist's words are all still there, in order
          const words = text.match(/[\p{L}\d$]+/gu)!;
          let at = 0;
          for (const w of words) { at = fixed.indexOf(w, at); assert.ok(at >= 0, `${fix.title} changed “${w}”`); }
          assert.deepEqual(parseArticle(fixed).problems, [], `${fix.title} made markup problems`);
        }
      }
    });
  }

  it('the citation tag goes before the final full stop and the new source is written into the front matter', () => {
    const text = 'Trade reached nearly $5 billion in 2024.\n';
    const fixes = run(unsourcedFigure, text)[0].fixes!;
    assert.equal(apply(text, fixes[0].edits), 'Trade reached nearly $5 billion in 2024 :cite[Source name]{url="https://"}.\n');
    assert.equal(fixes[0].snippetEdits![0].newText, ' :cite[${1:Source name}]{url="${2:https://}"}');
    const add = fixes.find((f) => f.title === 'Add a new source to the front matter and cite it')!;
    assert.equal(apply(text, add.edits), '---\nsources:\n  - id: source\n    name: "Source name"\n    url: "https://"\n---\n\nTrade reached nearly $5 billion in 2024 :cite{src=source}.\n');
    const ignore = fixes.find((f) => f.title.startsWith('No source needed'))!;
    assert.equal(apply(text, ignore.edits), '<!-- newsdesk-disable-next-line unsourced-figure -->\nTrade reached nearly $5 billion in 2024.\n');
  });
});

describe('figure rules', () => {
  it('vague-figure: a hint for an unsourced vague quantity, none once attributed', () => {
    assert.deepEqual(run(vagueFigure, 'Millions of pilgrims visit.').map((f) => [f.text, f.message]), [['Millions of', 'Vague figure: “Millions of pilgrims” has no attribution or citation in its sentence; give the number and who counted it']]);
    assert.deepEqual(run(vagueFigure, 'Millions of pilgrims visit, officials said.'), []);
    assert.deepEqual(run(unsourcedFigure, 'Millions of pilgrims visit.'), []);
  });

  it('figure-conflict: the same troops in the same place with two values', () => {
    const text = 'Washington maintains around 2,500 troops in Iraq.\n\nThe Pentagon has 2,000 troops in Iraq, officials said.\n';
    assert.deepEqual(run(figureConflict, text).map((f) => [f.text, f.message]), [['2,000', 'Figure conflict: “2,000” troops here, but “around 2,500” troops on line 1']]);
  });

  it('figure-conflict: different places, changes and roughly equal values are not conflicts', () => {
    assert.deepEqual(run(figureConflict, 'It keeps 2,500 troops in Iraq and 900 in Syria. It has 900 troops in Syria.'), []);
    assert.deepEqual(run(figureConflict, 'It keeps 2,500 troops in Iraq. It will send 500 more troops in Iraq. Around 2,450 troops in Iraq are on duty.'), []);
    assert.deepEqual(run(figureConflict, 'It cut 1,000 jobs. Later 500 jobs went.'), []);
  });

  it('figure-conflict: an exchange rate\'s value after "=" is no second amount (slips97; example ours)', () => {
    assert.deepEqual(run(figureConflict, 'Some 30 million Rwandan francs was spent on the census.\n\nThe census ends next week. ($1=300 Rwandan francs)\n'), []);
    assert.equal(run(figureConflict, 'Some 30 million Rwandan francs was spent on the census.\n\nOfficials said 20 million Rwandan francs was spent on the census.\n').length, 1);
  });

  it('unknown-source: a :cite{src} not in the front matter, with fixes that resolve it', () => {
    const text = '---\nsources:\n  - id: iraq-customs\n    url: https://example.org\n---\nTrade reached $5bn :cite{src=iraq-custom}.\n';
    const [finding] = run(unknownSource, text);
    assert.equal(finding.text, ':cite{src=iraq-custom}');
    assert.equal(finding.message, 'Unknown source “iraq-custom”: the front matter lists no source with this id');
    assert.deepEqual(finding.fixes!.map((f) => f.title), ['Add source “iraq-custom” to the front matter', 'Cite “iraq-customs” instead']);
    for (const fix of finding.fixes!) assert.deepEqual(run(unknownSource, apply(text, fix.edits)), [], fix.title);
  });

  it('unused-source: a listed source never cited', () => {
    const text = '---\nsources:\n  - id: imf\n    url: https://imf.org\n  - id: opec\n---\nOil rose 5% :cite{src=imf}.\n';
    assert.deepEqual(run(unusedSource, text).map((f) => [f.text, f.message]), [['id: opec', 'Source “opec” is listed in the front matter but never cited: cite it with :cite{src=opec} or remove it']]);
  });
});

describe('describeFigure', () => {
  it('gives the normalised value and the attribution or its absence', () => {
    assert.equal(describeFigure(one('Trade reached nearly $5 billion.')), '**USD 5,000,000,000** (approximate) · money\n\nNo attribution or citation found in this sentence');
    assert.equal(describeFigure(one('Sales rose 30%, the firm said.')), '**30%** · percentage\n\nSourced by: “the firm said” (reporting verb)');
    assert.equal(describeFigure(one('Millions of pilgrims visit.')), '**an unspecified number (pilgrims)** (vague) · count\n\nNo attribution or citation found in this sentence');
    assert.equal(describeFigure(one('They sent between 2,000 and 3,000 troops.')), '**2,000–3,000 troops** · count\n\nNo attribution or citation found in this sentence');
  });
});

describe('results carried from the report of them (reviews 90–91: earnings told after "X reported lower third-quarter earnings" flagged sentence by sentence; examples written after the fix)', () => {
  const read = (body: string) => analyze(`---\npublished: 1989-11-02\n---\n\n${body}\n`);
  const flagged = (body: string) => ruleTexts('1989-11-02', body, 'unsourced-figure');
  it('sources the results told after the report by the report, and says so', () => {
    const a = read('Harlow Foods Inc. reported a 30% drop in second-quarter profit. Net income fell to $12.5 million from $17.9 million. Revenue was $310 million.');
    assert.deepEqual(a.findings.filter((f) => f.rule === 'unsourced-figure').map((f) => f.text), []);
    const net = a.figures.find((f) => f.text === '$12.5 million');
    assert.equal(net?.attribution?.kind, 'results');
    assert.match(net?.attribution?.text ?? '', /^reported/);
  });
  it('leaves a forecast, another body\'s results and a sentence of no results flagged', () => {
    const lead = 'Harlow Foods Inc. reported a 30% drop in second-quarter profit.';
    assert.deepEqual(flagged(`${lead} Sales will rise to $900 million next year.`), ['$900 million']);
    assert.deepEqual(flagged(`${lead} Rival Brandt Corp.'s net income rose 5% to $3 million.`), ['5%', '$3 million']);
    assert.deepEqual(flagged(`${lead} The company plans to hire 400 people.`), ['400']);
  });
  it('reads a name that describes "the" reporter by its place as the reporter (review 92: "The Van Nuys, Calif., thrift had net income of $132,000")', () => {
    assert.deepEqual(flagged('Harlow Foods Inc. reported a 30% drop in second-quarter profit. The Dayton, Ohio, company had net income of $12.5 million a year earlier.'), []);
  });
  it('reads a results sentence cut off after "the" and a name, as while typing, without failing (found on the session\'s last read)', () => {
    assert.deepEqual(flagged('Harlow Foods Inc. reported a drop in profit. Net income fell to $12.5 million, the Van Nuys,'), ['$12.5 million']);
  });
  it('carries nothing when two bodies report results before the figure', () => {
    assert.deepEqual(flagged('Hale Corp. reported higher third-quarter earnings. Last week, rival Tovey Inc. reported a loss. Net income rose to $8 million.'), ['$8 million']);
  });
});

describe('a commitment stated by its maker (review 91: "Mr McCabe has promised them about £8.1bn next year" flagged; examples written after the fix)', () => {
  const flagged = (body: string) => ruleTexts('2005-03-01', body, 'unsourced-figure');
  it('reads "promised", "pledged" and "vowed" with their subject as the source of what is committed', () => {
    assert.deepEqual(flagged('The mayor has promised £3m for new parks. The charity pledged 400 extra beds. The minister vowed to hire 2,000 nurses.'), []);
  });
  it('leaves a promise told as a noun flagged', () => {
    assert.deepEqual(flagged('Her promise of £3m for new parks was broken.'), ['£3m']);
  });
});

describe('an age with an adverb before it (review 92: "he became an MP at the age of just 28" flagged; examples written after the fix)', () => {
  it('reads "at the age of only 45" and "aged just 19" as ages, and keeps a percentage after "just" a figure', () => {
    assert.deepEqual(ruleTexts('2005-03-01', 'She won the title at the age of only 45. He joined the club aged just 19. Prices rose by just 28% last year.', 'unsourced-figure'), ['28%']);
  });
});

describe('a fragment that only attributes the sentence before it (review 94: "Gas prices fell nearly two cents a gallon … That according to the Lundberg survey."; examples written after the fix)', () => {
  const unsourced = (body: string) => analyze(`---\npublished: 2024-05-02\n---\n\n${body}\n`).findings.filter((f) => f.rule === 'unsourced-figure').map((f) => f.text);
  it('sources the figures of the sentence before it in its paragraph', () => {
    assert.deepEqual(unsourced('Diesel rose 4% in April. That according to the AA\'s monthly fuel survey.'), []);
    assert.deepEqual(unsourced('Petrol fell 2p a litre in March. According to the RAC, at least.'), []);
  });
  it('does not reach back from a sentence with a verb, from another paragraph, or from an attribution at its end', () => {
    assert.deepEqual(unsourced('Diesel rose 4% in April. Drivers paid more, according to the AA.'), ['4%']);
    assert.deepEqual(unsourced('Diesel rose 4% in April.\n\nThat according to the AA\'s monthly fuel survey.'), ['4%']);
  });
});

describe('a market quote\'s change after a conversion in brackets (review 94: "closed at C$9.75 (US$8.32), up 75 Canadian cents" flagged; examples written after the fix)', () => {
  const unsourced = (body: string) => analyze(`---\npublished: 1989-10-26\n---\n\n${body}\n`).findings.filter((f) => f.rule === 'unsourced-figure').map((f) => f.text);
  it('reads the change as the quote\'s, past the conversion', () => {
    assert.deepEqual(unsourced('Alcan was the most active stock in Toronto, where it closed at C$41.50 (US$35.40), down 1.25 Canadian dollars.'), []);
  });
});

describe('cells of a sports report\'s results table (CoNLL-2003 train originals: 796 of 3,967 findings were results-table cells; examples written after the fix)', () => {
  const unsourced = (body: string) => analyze(`---\npublished: 1996-08-26\n---\n\n${body}\n`, { format: 'text' }).findings.filter((f) => f.rule === 'unsourced-figure').map((f) => f.text);
  const report = 'Leeds beat Hull 24-12 in the Super League on Sunday. The coach said his side played well in the second half and the match was won by the forwards. The captain scored two tries and the winger added a third before half-time.';
  it('leaves the cells of a standings table, a line of numbers with no verb', () => {
    assert.deepEqual(unsourced(`${report}\n\nStandings after Sunday's games:\n\nLeeds 12 7 3 2 21 24\n\nHull 12 6 4 2 18 22`), []);
  });

  it('leaves a results list\'s lines, each beside another', () => {
    assert.deepEqual(unsourced(`${report}\n\nLeading try scorers:\n\nAna Ruiz (Leeds) 11\n\nMia Holt (Hull) 10\n\nIda Berg (Wigan) 9`), []);
  });

  it('still flags a figure in a sentence, a line with one number, and a price table outside sport', () => {
    assert.deepEqual(unsourced(`${report}\n\nThe club lost 12 million, 4 million and 3 million in three years.`), ['12 million', '4 million', '3 million']);
    assert.deepEqual(unsourced(`${report}\n\nTransfer fees paid: 3,400,000`), ['3,400,000']);
    assert.deepEqual(unsourced('Shares in the bank rose, traders said.\n\nPARIS 2,011.4 +12.8 2,020.1 1,990.2'), ['12.8', '2,020.1', '1,990.2']);
  });

  it('says why in the figure\'s reason', () => {
    const a = analyze(`---\npublished: 1996-08-26\n---\n\n${report}\n\nLeeds 12 7 3 2 21 24\n`, { format: 'text' });
    const cells = a.figures.filter((f) => f.start > a.article.text.indexOf('Leeds 12'));
    assert.ok(cells.length > 0 && cells.every((f) => f.noSourceNeeded?.kind === 'table'));
  });
});
