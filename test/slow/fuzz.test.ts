// The slow tier's fuzz run: 3,000 mutations of the shipped examples and the open-news articles, 2% of them grown to
// 20–98 KB of one dense construct, through the core (`npm test` runs 200 of the examples; `npm run fuzz` 100,000).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fuzzCore } from '../helpers/fuzz';

const ROOT = path.resolve(__dirname, '..', '..');
const OPEN_NEWS = path.resolve(ROOT, '../shared/corpora/open-news');

describe('fuzzing the core (slow tier)', function () {
  this.timeout(1800000);

  it('3,000 mutated articles: no exception, no bad range or position, none four times over the time bound', () => {
    const articles = ['iran-iraq-visit.md', 'planted-problems.md'].map((f) => fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8'));
    if (fs.existsSync(OPEN_NEWS)) for (const f of fs.readdirSync(OPEN_NEWS).sort()) if (/^\d{3}-.*\.md$/.test(f)) articles.push(fs.readFileSync(path.join(OPEN_NEWS, f), 'utf8'));
    const r = fuzzCore(articles, 31000, 3000, 2000, 0.02);
    assert.equal(r.inputs, 3000);
    assert.deepEqual(r.exceptions, []);
    assert.deepEqual(r.violations, []);
    assert.deepEqual(r.slow, []);
  });
});
