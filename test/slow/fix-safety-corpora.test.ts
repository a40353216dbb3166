// Slow tier (`npm run test:slow`): the fix-safety property (test/helpers/fixSafety.ts) over every quick fix and
// "Tag all" on the 2,225 BBC News articles and the 120 open-news articles, on worker threads.
// Needs ../shared/corpora; without it the test says so and is skipped (CI machines that have the corpora run it).
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { corpusFiles, runFixSafety } from '../../scripts/fix-safety';

const corpora = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpora');

describe('fix safety over the corpora', function () {
  this.timeout(30 * 60 * 1000);

  it('no fix on any BBC or open-news article damages a word, leaves an unparsed tag or its own finding; new findings stay under the ceiling', async function () {
    if (!fs.existsSync(path.join(corpora, 'bbc-news')) || !fs.existsSync(path.join(corpora, 'open-news'))) {
      console.warn(`      corpora not found at ${corpora}: fix-safety property not run`);
      this.skip();
    }
    const totals = await runFixSafety(corpusFiles('all'), Math.max(1, os.availableParallelism()));
    console.log(`      ${totals.articles} articles, ${totals.fixes} fixes: ${JSON.stringify(totals.violations)}`);
    assert.ok(totals.fixes > 100000, `only ${totals.fixes} fixes checked`);
    assert.equal(totals.violations['damaged-word'], 0, JSON.stringify(totals.examples));
    assert.equal(totals.violations['unparsed-tag'], 0, JSON.stringify(totals.examples));
    assert.equal(totals.violations['own-finding-left'], 0, JSON.stringify(totals.examples));
    const detail = Object.entries(totals.examples).map(([k, v]) => `${k} (${totals.byGroup[k]}): ${v.slice(0, 5).join(' || ')}`).join('\n');
    assert.equal(totals.violations['new-finding'], 0, detail);
  });
});
