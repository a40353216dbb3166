// NER tokeniser offsets, the recogniser's output on the sample article and on awkward input, and its caches.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseArticle } from '../../server/src/core/article';
import { dataPath } from '../../server/src/core/dataFiles';
import { recognizeEntities, type RecognizedMention } from '../../server/src/core/entities/ner';
import { NerModel, parseModel, type TaggedSentence } from '../../server/src/core/entities/ner/model';
import { tokenize } from '../../server/src/core/entities/ner/tokenize';

const toks = (text: string, split?: (l: string, r: string) => boolean) =>
  tokenize(text, 0, text.length, split).map((t) => `${t.start}-${t.end}:${t.norm}`);

describe('NER tokeniser', () => {
  it('splits possessives, curly quotes and em dashes with exact offsets', () => {
    assert.deepEqual(toks('“Pezeshkian’s visit”—Iraq’s'), [
      '0-1:"', '1-11:Pezeshkian', "11-13:'s", '14-19:visit', '19-20:"', '20-21:--', '21-25:Iraq', "25-27:'s",
    ]);
  });

  it('keeps hyphenated words, initials, titles and numbers whole as CoNLL does', () => {
    assert.deepEqual(toks('Iran-backed U.S. Mr. Smith paid $2,500.50 in 2024.'), [
      '0-11:Iran-backed', '12-16:U.S.', '17-20:Mr.', '21-26:Smith', '27-31:paid', '32-33:$', '33-41:2,500.50',
      '42-44:in', '45-49:2024', '49-50:.',
    ]);
  });

  it('splits a capitalised compound only when asked to', () => {
    assert.deepEqual(toks('Israel-Hamas al-Sudani', (l) => l === 'Israel'), ['0-6:Israel', '6-7:-', '7-12:Hamas', '13-22:al-Sudani']);
    assert.deepEqual(toks("don't"), ['0-2:do', "2-5:n't"]);
  });

  it('keeps emoji, Arabic script and CRLF offsets exact', () => {
    const text = 'Hi 👋🏽 محمد\r\nBaghdad';
    assert.deepEqual(toks(text), ['0-2:Hi', '3-5:👋', '5-7:🏽', '8-12:محمد', '14-21:Baghdad']);
    assert.equal(text.slice(14, 21), 'Baghdad');
  });

  it('tokenises only inside the given range', () => {
    assert.deepEqual(tokenize('ab cd ef', 3, 7).map((t) => [t.start, t.end]), [[3, 5], [6, 7]]);
  });
});

const SAMPLE = path.resolve(__dirname, '../../../shared/articles/iran-iraq-visit.txt');

describe('NER recogniser', () => {
  let mentions: RecognizedMention[] = [];
  let text = '';

  before(function () {
    if (!fs.existsSync(SAMPLE)) {
      console.warn(`SKIPPING sample-article NER tests: ${SAMPLE} is absent`);
      this.skip();
    }
    text = fs.readFileSync(SAMPLE, 'utf8');
    const article = parseArticle(text, 'text');
    mentions = recognizeEntities(article.prose, article.sentences);
  });

  const typesOf = (name: string) => new Set(mentions.filter((m) => m.text === name).map((m) => m.type));

  it('finds the people, places and organisations of the sample with the right type', () => {
    const expected: [string, string][] = [
      ['Masoud Pezeshkian', 'person'], ['Pezeshkian', 'person'], ['Mohammed Shia al-Sudani', 'person'], ['Sudani', 'person'],
      ['Najaf', 'place'], ['Karbala', 'place'], ['Hamas', 'org'], ['Baghdad', 'place'], ['Washington', 'place'],
      ['Syria', 'place'], ['Russia', 'place'], ['Iraq', 'place'], ['Iran', 'place'], ['Gaza', 'place'],
    ];
    for (const [name, type] of expected) assert.deepEqual([...typesOf(name)], [type], `${name}: ${[...typesOf(name)]}`);
    assert.ok(mentions.some((m) => m.text === 'Islamic State'), 'Islamic State is one mention');
  });

  it('reports exact offsets that cover the words only', () => {
    for (const m of mentions) {
      assert.equal(text.slice(m.start, m.end), m.text);
      assert.match(m.text, /^[\p{L}\p{N}].*[\p{L}\p{N}.]$|^[\p{L}\p{N}]$/u, m.text);
      assert.ok(m.confidence >= 0 && m.confidence <= 1);
    }
    const first = mentions.find((m) => m.text === 'Pezeshkian' && text.slice(m.end, m.end + 2) === '’s');
    assert.ok(first, 'possessive Pezeshkian’s gives the mention "Pezeshkian"');
    const sudani = mentions.find((m) => m.text === 'Mohammed Shia al-Sudani')!;
    assert.deepEqual([sudani.start, sudani.end, sudani.label], [428, 451, 'PER']);
  });

  it('tags no sentence-initial common words and keeps Shiite and Zionist as other at most', () => {
    for (const word of ['During', 'Both', 'The', 'Millions']) {
      assert.ok(!mentions.some((m) => m.text.split(' ')[0] === word), word);
    }
    for (const word of ['Shiite', 'Zionist']) {
      for (const type of typesOf(word)) assert.equal(type, 'other', word);
    }
  });
});

describe('NER recogniser input handling', () => {
  it('returns nothing for empty or blank prose', () => {
    assert.deepEqual(recognizeEntities('', []), []);
    assert.deepEqual(recognizeEntities('   \r\n  ', [{ start: 0, end: 7 }]), []);
  });

  it('maps offsets back through blanked markup and CRLF', () => {
    const prose = 'Talks in      Baghdad\r\nwith 🙂 Masoud Pezeshkian.';
    const found = recognizeEntities(prose, [{ start: 0, end: prose.length }]).map((m) => [m.start, m.end, m.text, m.type]);
    assert.deepEqual(found, [[14, 21, 'Baghdad', 'place'], [31, 48, 'Masoud Pezeshkian', 'person']]);
  });

  it('tags a 1 MB single sentence in linear time', function () {
    this.timeout(60000);
    const unit = 'The minister met Masoud Pezeshkian in Baghdad on Wednesday , officials said ';
    const prose = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const started = Date.now();
    const found = recognizeEntities(prose, []);
    const seconds = (Date.now() - started) / 1000;
    assert.ok(found.length >= Math.floor(prose.length / unit.length) * 2, `${found.length} mentions`);
    assert.ok(seconds < 30, `${seconds} s`);
  });
});

describe('NER caches across documents', () => {
  const fresh = () => new NerModel(parseModel(fs.readFileSync(dataPath('ner-model.bin.gz'))));
  const words = (text: string) => {
    const article = parseArticle(text, 'text');
    return article.sentences.map((s) => tokenize(article.prose, s.start, s.end).map((t) => t.norm)).filter((s) => s.length);
  };
  const plain = (tagged: TaggedSentence[]) => tagged.map((t) => [[...t.labels], [...t.confidence]]);

  it('tags every document exactly as a fresh model does, after other documents, edits and cache turnover', function () {
    if (!fs.existsSync(SAMPLE)) {
      console.warn(`SKIPPING NER cache test: ${SAMPLE} is absent`);
      this.skip();
    }
    this.timeout(60000);
    const text = fs.readFileSync(SAMPLE, 'utf8');
    const sample = words(text);
    const edited = words(text.replace('Baghdad', 'Basra').replace('Islamic State', 'Islamic state'));
    const shouting = words(text.toUpperCase());
    // Enough distinct sentences to push the sentence memo through its generations.
    const filler = (seed: number) =>
      Array.from({ length: 5000 }, (_, i) => `Officials from Company${seed + i} met Minister Name${i} in Town${i % 97} on Monday .`.split(' '));
    // The same sentence in documents that say different things about the casing of one of its words.
    const fined = 'Officials said Apple Inc. was fined .'.split(' ');
    const lowerApple = [fined, 'He ate an apple .'.split(' ')];
    const upperApple = [fined, 'Shares of Apple fell .'.split(' ')];
    const sequence = [sample, edited, shouting, lowerApple, upperApple, filler(0), sample, filler(5000), lowerApple, edited, sample];
    const shared = fresh();
    let sentences = 0;
    for (const doc of sequence) {
      const got = plain(shared.tagDocument(doc));
      assert.deepEqual(got, plain(fresh().tagDocument(doc)));
      sentences += got.length;
    }
    assert.ok(sequence[0].length > 20 && sentences > 10000, `${sentences} sentences`);
  });
});
