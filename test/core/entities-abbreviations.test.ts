// Issue 11: an abbreviation the article defines in brackets is what its long form is (entities/abbreviations.ts).
// The open-news dev errors showed the kind ("field training exercise (FTX)", "Memorandum of Understanding (MOU)");
// the examples here were written after the change.
import { strict as assert } from 'assert';
import { analyze } from '../../server/src/core/analyze';
import { abbreviationDefinitions } from '../../server/src/core/entities/abbreviations';

/** The texts of the untagged-entity findings on `body`. */
function untagged(body: string): string[] {
  return analyze(`---\npublished: 2024-09-11\n---\n\n${body}\n`).findings.filter((f) => f.rule === 'untagged-entity').map((f) => f.text);
}

/** Each definition in `text` as [short form, long form]. */
const definitions = (text: string) => abbreviationDefinitions(text).map((d) => [d.short, text.slice(d.long.start, d.long.end)]);

describe('entities: defined abbreviations', () => {
  it('finds the long form of a bracketed abbreviation (Schwartz & Hearst)', () => {
    assert.deepEqual(definitions('Prices rose, the consumer prices index (CPI) showed.'), [['CPI', 'consumer prices index']]);
    assert.deepEqual(definitions('The Annual Review of Regional Growth (ARRG) was published.'), [['ARRG', 'Annual Review of Regional Growth']]);
    assert.deepEqual(definitions('Staff at Accident and Emergency (A&E) units'), [['A&E', 'Accident and Emergency']]);
    assert.deepEqual(definitions('Members of the Scottish Youth Parliament (MSYPs) met.'), [['MSYPs', 'Members of the Scottish Youth Parliament']]);
    // No definition: letters that do not fit, and a bracket that a name continues.
    assert.deepEqual(definitions('The talks (BBC) ended.'), []);
    assert.deepEqual(definitions('It was lawful under the existing (UN) Security Council resolutions.'), []);
  });

  it('an abbreviation of a common noun is no name, wherever it stands', () => {
    assert.deepEqual(untagged('Sales of electric vehicles (EVs) doubled. Most EVs sold in Leeds were small.'), ['Leeds']);
    assert.deepEqual(untagged('The retail price index (RPI) rose by 0.4%. The RPI is watched by unions.'), []);
  });

  it('an abbreviation of an organisation stays one; one of an office read as no name is not flagged', () => {
    // The organisation is one entity: one finding, at its first mention, and its short form is an organisation.
    const body = 'Relief came from the Norwegian Refugee Council (NRC), which runs camps. The NRC said food was short.';
    assert.deepEqual(untagged(body), ['Norwegian Refugee Council']);
    const nrc = analyze(`---\npublished: 2024-09-11\n---\n\n${body}\n`).entities.filter((m) => m.text === 'NRC');
    assert.deepEqual(nrc.map((m) => m.type), ['org', 'org']);
    assert.deepEqual(untagged('Questions went to the Deputy Chief Medical Officer (DCMO) on Monday. The DCMO said cases were falling.'), []);
  });
});
