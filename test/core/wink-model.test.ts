// The tagger's model as Newsdesk loads it (language/winkModel.ts) is the package's own, without the package's deep copy.
import { strict as assert } from 'assert';
import { readCoreModel, winkModel } from '../../server/src/core/language/winkModel';

/* eslint-disable @typescript-eslint/no-require-imports -- the model package is CommonJS */
describe('wink model loader', () => {
  it('reads the core model the package reads, field for field, and leaves the package JSON unchanged', () => {
    const json = require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as Parameters<typeof readCoreModel>[0];
    const before = JSON.stringify(json);
    const theirs = (require('wink-eng-lite-web-model') as { core: () => unknown }).core();
    const ours = readCoreModel(json);
    assert.deepStrictEqual(ours, theirs);
    assert.equal(JSON.stringify(json), before);
    // A second model read from the same JSON shares no list the tagger grows as it reads text.
    const again = readCoreModel(json);
    (ours.features.lexeme.list as string[]).push('zzz-new-lexeme');
    assert.equal(again.features.lexeme.list.length, ours.features.lexeme.list.length - 1);
  });

  it('offers wink-nlp every part of the package model', () => {
    assert.deepEqual(Object.keys(winkModel()).sort(), Object.keys(require('wink-eng-lite-web-model') as object).sort());
  });
});
