// Entity mentions on three hand-labelled BBC articles: each gold mention is reported with its exact span and type, or fails exactly as the fixture records.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/core/analyze';
import type { EntityMention, EntityType } from '../../server/src/core/types';

const repoRoot = path.resolve(__dirname, '../..');
const corpora = path.resolve(repoRoot, '../shared/corpora');
const labelsFile = path.join(repoRoot, 'test/fixtures/entities-bbc/labels.json');

interface Labelled {
  start: number;
  end: number;
  text: string;
  type: EntityType;
}

interface GoldMention extends Labelled {
  /** The product's current error on this mention: `missed`, `wrong-type:<type>` or `wrong-span:<reported text>`. */
  known?: string;
}

interface LabelledArticle {
  file: string;
  chars: number;
  mentions: GoldMention[];
  spurious: Labelled[];
}

const articles = (JSON.parse(fs.readFileSync(labelsFile, 'utf8')) as { articles: LabelledArticle[] }).articles;

/** How the product reports a gold mention, in the fixture's notation; 'ok' is the exact span with the gold type. */
function outcome(gold: Labelled, found: EntityMention[]): string {
  const same = found.find((m) => m.start === gold.start && m.end === gold.end);
  if (same) return same.type === gold.type ? 'ok' : `wrong-type:${same.type}`;
  // Every overlapping mention is named, so a split or merged name shows up here rather than nowhere.
  const overlapping = found.filter((m) => m.start < gold.end && gold.start < m.end);
  if (overlapping.length === 0) return 'missed';
  // A wrong span with a wrong type too has no notation yet: show both so the fixture can grow one on purpose.
  return `wrong-span:${overlapping.map((m) => (m.type === gold.type ? m.text : `${m.text} as ${m.type}`)).join(' + ')}`;
}

describe('entities on hand-labelled BBC articles (test/fixtures/entities-bbc)', function () {
  before(function () {
    if (!fs.existsSync(corpora)) {
      console.warn(`\n  !!! SKIPPING BBC entity labels: corpora not found at ${corpora}\n`);
      this.skip();
    }
  });

  for (const article of articles) {
    describe(article.file, () => {
      let text = '';
      let found: EntityMention[] = [];
      before(() => {
        text = fs.readFileSync(path.join(corpora, 'bbc-news', article.file), 'utf8');
        found = analyze(text, { format: 'markdown' }).entities;
      });

      it('labels point at the corpus text', () => {
        assert.equal(text.length, article.chars);
        for (const m of [...article.mentions, ...article.spurious]) assert.equal(text.slice(m.start, m.end), m.text, `at ${m.start}`);
      });

      it('reports each gold mention with its span and type, except the listed known errors', () => {
        const actual = article.mentions.map((g) => `${g.start} ${g.text} (${g.type}): ${outcome(g, found)}`);
        const expected = article.mentions.map((g) => `${g.start} ${g.text} (${g.type}): ${g.known ?? 'ok'}`);
        assert.deepEqual(actual, expected);
      });

      it('reports no mentions beyond the gold ones and the listed spurious ones', () => {
        const touchesGold = (m: EntityMention) => article.mentions.some((g) => m.start < g.end && g.start < m.end);
        const extra = found.filter((m) => !touchesGold(m)).map(({ start, end, text, type }) => ({ start, end, text, type }));
        assert.deepEqual(extra, article.spurious);
      });
    });
  }
});
