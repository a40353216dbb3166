// Keeps figure detection and the unsourced decision at or above the scores reached on the dev labels (BBC texts read at run time).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { bbcRoot, evaluate, repoRoot } from '../../scripts/eval-figures';

describe('figures: dev-set scores (test/fixtures/figures/dev.json)', function () {
  before(function () {
    if (!fs.existsSync(bbcRoot)) {
      console.warn(`\n  !!! SKIPPING figure evaluation: BBC corpus not found at ${bbcRoot}\n`);
      this.skip();
    }
  });

  it('detection F1 ≥ 0.99, unsourced precision and recall ≥ 0.98 (sentence scope), values and kinds right', () => {
    const s = evaluate(path.join(repoRoot, 'test/fixtures/figures/dev.json'));
    assert.equal(s.gold, 123);
    assert.ok(s.f1 >= 0.99, `detection F1 ${s.f1}`);
    assert.ok(s.exactF1 >= 0.99, `exact-span F1 ${s.exactF1}`);
    assert.ok(s.kindAccuracy >= 0.99 && s.valueAccuracy >= 0.99, `kind ${s.kindAccuracy}, value ${s.valueAccuracy}`);
    assert.ok(s.unsourced.precision >= 0.98, `unsourced precision ${s.unsourced.precision}`);
    assert.ok(s.unsourced.recall >= 0.98, `unsourced recall ${s.unsourced.recall}`);
  });

  it('paragraph scope: unsourced precision ≥ 0.93, recall 1', () => {
    const s = evaluate(path.join(repoRoot, 'test/fixtures/figures/dev.json'), 'paragraph');
    assert.ok(s.unsourced.precision >= 0.93, `precision ${s.unsourced.precision}`);
    assert.equal(s.unsourced.recall, 1);
  });
});

describe('figures: sport, entertainment and tech scores (test/fixtures/figures/other-sections.json)', function () {
  before(function () {
    if (!fs.existsSync(bbcRoot)) {
      console.warn(`\n  !!! SKIPPING figure evaluation: BBC corpus not found at ${bbcRoot}\n`);
      this.skip();
    }
  });

  // Was F1 0.781 and unsourced precision 0.621 before results, specs, ages and public sets were excluded.
  // Recall floor 0.94 -> 0.92 (2026-11-29): sport/003's "about five or six" stands in a quotation whose speaker the
  // sentence before names ('…," Greene said. "Now you've got about five or six …"'). These labels, written before
  // LABELLING.md, count only the figure's own sentence; LABELLING.md counts the quotation's speaker, and so does
  // Newsdesk now. Recall floor 0.92 -> 0.89 (2026-12-04): entertainment/004's "301" is the same kind, in a quotation
  // after a tag that runs on past its speaker ('…," said Richard and Judy executive producer Amanda Ross. "We were
  // spoiled for choice and it was tough getting down to only 10 from the 301 submitted."'), now carried to it.
  it('detection F1 ≥ 0.95, unsourced precision ≥ 0.89 and recall ≥ 0.89 (sentence scope)', () => {
    const s = evaluate(path.join(repoRoot, 'test/fixtures/figures/other-sections.json'));
    assert.equal(s.gold, 42);
    assert.ok(s.f1 >= 0.95, `detection F1 ${s.f1}`);
    assert.ok(s.unsourced.precision >= 0.89, `unsourced precision ${s.unsourced.precision}`);
    assert.ok(s.unsourced.recall >= 0.89, `unsourced recall ${s.unsourced.recall}`);
  });
});
