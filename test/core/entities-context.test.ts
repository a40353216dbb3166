// Issue 11: companies the recogniser has never seen typed place or person ("Sony", "Google", "Nintendo" over the BBC
// corpus; review 56: "Lenovo", "Samsung", "Sony"), retyped from the words around all their mentions by the context
// model (server/src/core/entities/contextTypes.ts, data/entity-context-model.json). Every example is ours, written
// after the change; invented names, so that no list of companies can pass them.
import { strict as assert } from 'assert';
import { analyze } from '../../server/src/core/analyze';
import { contextTypeProbabilities, CONTEXT_TYPES, mentionContextFeatures } from '../../server/src/core/entities/contextTypes';

/** The suggested type of each untagged-entity finding on `body`, as "name: type" (the message's wording). */
function suggested(body: string): string[] {
  return analyze(`---\npublished: 2005-03-01\n---\n\n${body}\n`).findings
    .filter((f) => f.rule === 'untagged-entity')
    .map((f) => `${f.text}: ${/Untagged (\w+)/.exec(f.message)?.[1]}`);
}

describe('entities: a company read from its context across the article', () => {
  it('types a company the recogniser read as a place an organisation, at every mention', () => {
    const body = "Shares in Ostrova have fallen 6.7% after employees sold stock. Ostrova's main service, its internet search, earned most of its revenue. Ostrova launched a television search service on Tuesday.";
    assert.deepEqual(suggested(body), ['Ostrova: organisation']);
    const mentions = analyze(`---\npublished: 2005-03-01\n---\n\n${body}\n`).entities.filter((e) => e.text === 'Ostrova');
    assert.deepEqual(mentions.map((m) => m.type), ['org', 'org', 'org']);
  });

  it('reads a company beside another in a list and owning its rivals', () => {
    const body = "Handheld consoles made by Velmora and Nintendo will go on sale in March. Velmora has said its machine will cost less than $200, and Velmora's rivals are expected to cut prices.";
    assert.deepEqual(suggested(body), ['Velmora: organisation', 'Nintendo: organisation']);
  });

  it('leaves a country acting as a body, and a place the article sets things in, a place', () => {
    assert.deepEqual(suggested('Turkey has set itself a target of joining the bloc. Turkey said talks would resume.'), ['Turkey: place']);
    assert.deepEqual(suggested("Trade unions held rallies throughout Castria. Castria's ministers said the plan would raise taxes."), ['Castria: place']);
  });

  it('reads the context a model needs: the preposition and its noun, a possessive, a verb, a list', () => {
    const words = ['Shares', 'in', 'Ostrova', "'s", 'rival', ',', 'Velmora', 'and', 'Kelt', ',', 'launched', 'phones'];
    const pos = ['NOUN', 'ADP', 'PROPN', 'PART', 'NOUN', 'PUNCT', 'PROPN', 'CCONJ', 'PROPN', 'PUNCT', 'VERB', 'NOUN'];
    const types: Record<number, 'org'> = { 6: 'org' };
    const sentence = { length: words.length, word: (k: number) => words[k], pos: (k: number) => pos[k], nameType: (k: number) => types[k] };
    const ostrova = mentionContextFeatures(sentence, 2, 2);
    assert.ok(ostrova.includes('prep:in_shares') && ostrova.includes('poss:rival') && ostrova.includes('p1:in'), ostrova.join(' '));
    const kelt = mentionContextFeatures(sentence, 8, 8);
    assert.ok(kelt.includes('coord:org') && kelt.includes('n1:,'), kelt.join(' '));
    const probabilities = contextTypeProbabilities(['prep:in_shares', 'poss:shares']);
    assert.equal(probabilities.length, CONTEXT_TYPES.length);
    assert.ok(Math.abs(probabilities.reduce((a, b) => a + b, 0) - 1) < 1e-9);
  });
});
