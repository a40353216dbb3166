// The hand labels of open-news articles stay valid, and the findings on them stay at or above today's scores
// (2026-11-29: the baseline for issues 10 and 11, not a target; figure floors raised for precision after the
// figure kinds of issue 10; since vague figures are scored against vague-figure, as SPEC assigns them, figure recall
// counts the others only). The corpus text is read at run time.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { scoreOpenNews } from '../../scripts/eval-open-news';
import { checkLabels } from '../../scripts/open-news-labels';

const repoRoot = path.resolve(__dirname, '..', '..');
const corpus = path.resolve(repoRoot, '..', 'shared', 'corpora', 'open-news');
const fixtures = path.join(repoRoot, 'test', 'fixtures', 'open-news');

describe('open-news labels and scores (test/fixtures/open-news)', function () {
  this.timeout(60000);
  before(function () {
    if (!fs.existsSync(corpus)) {
      console.warn(`\n  !!! SKIPPING open-news evaluation: corpus not found at ${corpus}\n`);
      this.skip();
    }
  });

  it('every label slices the text it names, in order, without overlaps, and the split names each file once', () => {
    const split = JSON.parse(fs.readFileSync(path.join(fixtures, 'split.json'), 'utf8')) as { dev: string[]; heldout: string[] };
    assert.equal(new Set([...split.dev, ...split.heldout]).size, split.dev.length + split.heldout.length);
    for (const name of [...split.dev, ...split.heldout]) {
      const labels = JSON.parse(fs.readFileSync(path.join(fixtures, 'labels', `${name}.json`), 'utf8'));
      assert.deepEqual(checkLabels(labels, fs.readFileSync(path.join(corpus, name), 'utf8')), [], name);
    }
  });

  for (const [folder, count] of [['figure-labels', 24], ['figure-labels-3', 20], ['figure-labels-4', 12], ['entity-labels', 44]] as const) it(`every label of ${folder}/ (one kind only) slices the text it names, in order, without overlaps`, () => {
    const dir = path.join(fixtures, folder);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.md.json'));
    assert.equal(files.length, count);
    for (const file of files) {
      const labels = { entities: [], figures: [], dates: [], date_problems: [], ...JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) };
      const name = file.slice(0, -'.json'.length);
      assert.equal(labels.file, name);
      assert.deepEqual(checkLabels(labels, fs.readFileSync(path.join(corpus, name), 'utf8')), [], name);
    }
  });

  it('the entity-only labels are split into dev and held out, each file once', () => {
    const split = JSON.parse(fs.readFileSync(path.join(fixtures, 'split.json'), 'utf8')) as { entities2: string[]; entities2_heldout: string[] };
    const files = fs.readdirSync(path.join(fixtures, 'entity-labels')).map((f) => f.slice(0, -'.json'.length)).sort();
    assert.deepEqual([...split.entities2, ...split.entities2_heldout].sort(), files);
  });

  // Entity floors since the seventh session's NER retraining with the open-news dev labels (dev is in its training data).
  for (const [split, floor] of [['dev', { figP: 0.9, figR: 0.99, entP: 0.95, entR: 0.97, type: 0.95 }], ['heldout', { figP: 0.86, figR: 0.95, entP: 0.85, entR: 0.92, type: 0.93 }]] as const) {
    it(`${split}: unsourced-figure and untagged-entity no lower than today`, () => {
      const { figures: f, entities: e } = scoreOpenNews(split);
      const figP = f.tp / (f.tp + f.fp);
      const figR = f.tp / (f.tp + f.fn);
      const entP = e.tp / (e.tp + e.fp);
      const entR = e.tp / (e.tp + e.fn);
      assert.ok(figP >= floor.figP && figR >= floor.figR, `unsourced-figure P ${figP.toFixed(3)} R ${figR.toFixed(3)}`);
      assert.ok(entP >= floor.entP && entR >= floor.entR && e.typeRight / e.tp >= floor.type, `untagged-entity P ${entP.toFixed(3)} R ${entR.toFixed(3)} type ${(e.typeRight / e.tp).toFixed(3)}`);
    });
  }

  for (const [split, floor] of [['entities2', { entP: 0.97, entR: 0.97 }], ['entities2-heldout', { entP: 0.83, entR: 0.89 }]] as const) {
    it(`${split}: untagged-entity no lower than today`, () => {
      const e = scoreOpenNews(split).entities;
      const entP = e.tp / (e.tp + e.fp);
      const entR = e.tp / (e.tp + e.fn);
      assert.ok(entP >= floor.entP && entR >= floor.entR, `untagged-entity P ${entP.toFixed(3)} R ${entR.toFixed(3)}`);
    });
  }

  // The BBC articles labelled for figures by LABELLING.md: in the eighth session (8 a section, split 25 / 15; floors are
  // the scores after that session's fixes, bbc-heldout never tuned on), and 30 more in the twenty-eighth (first pass and
  // review), scored once before any tuning on them (dev P 0.864 R 0.905, held out 0.975 / 0.780), then split 15 / 15,
  // with the last 12 open-news articles (figure-labels-4, held out); their floors are the scores at the end of that session.
  // 30 more in the twenty-ninth (two helpers, then a review), scored once unseen (P 0.791 R 0.944), then split 15 / 15.
  const bbcSets = [
    { file: 'bbc-needs-source.json', floors: [['bbc', { figP: 0.82, figR: 0.94 }], ['bbc-heldout', { figP: 0.52, figR: 0.94 }]] },
    { file: 'bbc-needs-source-2.json', floors: [['bbc2', { figP: 0.9, figR: 0.9 }], ['bbc2-heldout', { figP: 0.97, figR: 0.78 }], ['figures4', { figP: 1, figR: 0.66 }]] },
    { file: 'bbc-needs-source-3.json', floors: [['bbc3', { figP: 0.95, figR: 0.91 }], ['bbc3-heldout', { figP: 0.63, figR: 1 }]] },
  ] as const;
  for (const set of bbcSets) {
    describe(`BBC needs-source labels (test/fixtures/figures/${set.file})`, () => {
      const bbc = path.resolve(repoRoot, '..', 'shared', 'corpora', 'bbc-news');
      const labels = JSON.parse(fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'figures', set.file), 'utf8')) as { split: { dev: string[]; heldout: string[] }; articles: { file: string; figures: unknown[] }[] };
      before(function () {
        if (!fs.existsSync(bbc)) {
          console.warn(`\n  !!! SKIPPING BBC needs-source evaluation: corpus not found at ${bbc}\n`);
          this.skip();
        }
      });

      it('every label slices the text it names, in order, and the split names each article once', () => {
        assert.deepEqual([...labels.split.dev, ...labels.split.heldout].sort(), labels.articles.map((a) => a.file).sort());
        for (const a of labels.articles) {
          const text = fs.readFileSync(path.join(bbc, a.file), 'utf8');
          assert.deepEqual(checkLabels({ file: a.file, entities: [], figures: a.figures, dates: [], date_problems: [] } as Parameters<typeof checkLabels>[0], text), [], a.file);
        }
      });

      for (const [split, floor] of set.floors) {
        it(`${split}: unsourced-figure no lower than today`, () => {
          const f = scoreOpenNews(split).figures;
          const figP = f.tp / (f.tp + f.fp);
          const figR = f.tp / (f.tp + f.fn);
          assert.ok(figP >= floor.figP && figR >= floor.figR, `unsourced-figure P ${figP.toFixed(3)} R ${figR.toFixed(3)}`);
        });
      }
    });
  }
});
