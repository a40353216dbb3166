// Grouping mentions of one entity (entities/linking.ts), on mentions made by hand: the recogniser's readings are given,
// so each case shows what linking does with them.
import { strict as assert } from 'assert';
import { linkMentions } from '../../server/src/core/entities/linking';
import type { EntityMention, EntityType } from '../../server/src/core/types';

const NO_REGISTRY = { entries: [], byId: new Map(), byName: new Map() };

/** Mentions of `texts` in order, each [text, type, confidence], one word apart. */
function mentionsOf(...readings: [string, EntityType, number][]): EntityMention[] {
  let at = 0;
  return readings.map(([text, type, confidence]) => {
    const m: EntityMention = { start: at, end: at + text.length, text, type, tagged: false, id: null, group: '', confidence, source: type === 'person' ? 'PER' : type === 'place' ? 'LOC' : 'ORG' };
    at += text.length + 1;
    return m;
  });
}

describe('linking a full name read as a place with its surname read as a person (copy-desk review 59)', () => {
  it('joins them when the recogniser was unsure of the place and sure of the person, and the group takes the people\'s type', () => {
    const ms = mentionsOf(['Iselin Vasquez', 'place', 0.45], ['Vasquez', 'person', 0.96], ['Vasquez', 'person', 0.95], ['Vasquez', 'person', 0.97]);
    linkMentions(ms, NO_REGISTRY);
    assert.equal(new Set(ms.map((m) => m.group)).size, 1);
    assert.deepEqual(ms.map((m) => m.type), ['person', 'person', 'person', 'person']);
  });

  it('makes the full name a person\'s when a given name opens it, even against one mention', () => {
    const ms = mentionsOf(['Gareth Ostrowski', 'place', 0.7], ['Ostrowski', 'person', 0.95]);
    linkMentions(ms, NO_REGISTRY);
    assert.equal(ms[0].group, ms[1].group);
    assert.deepEqual(ms.map((m) => m.type), ['person', 'person']);
  });

  it('leaves a sure place that opens with no given name, an unsure person, and a given name of someone named in full', () => {
    const sure = mentionsOf(['Kestrel Falls', 'place', 0.8], ['Falls', 'person', 0.95]);
    linkMentions(sure, NO_REGISTRY);
    assert.notEqual(sure[0].group, sure[1].group);
    const unsure = mentionsOf(['Iselin Vasquez', 'place', 0.45], ['Vasquez', 'person', 0.6]);
    linkMentions(unsure, NO_REGISTRY);
    assert.notEqual(unsure[0].group, unsure[1].group);
    // "Ossie" is Ossie Davis, not the role "Uncle Ossie".
    const role = mentionsOf(['Ossie Davis', 'person', 0.99], ['Uncle Ossie', 'place', 0.5], ['Ossie', 'person', 0.95]);
    linkMentions(role, NO_REGISTRY);
    assert.equal(role[2].group, role[0].group);
    assert.notEqual(role[2].group, role[1].group);
  });
});

describe('a full name read unsurely as a body, with its surname read as a person (review 85: "Federer\'s performance against Lleyton Hewitt"; examples written after the fix)', () => {
  it('joins them and makes the name a person\'s, whatever its other mentions were read as', () => {
    const ms = mentionsOf(['Tomasz Wrobel', 'org', 0.4], ['Tomasz Wrobel', 'place', 0.65], ['Wrobel', 'person', 0.88]);
    linkMentions(ms, NO_REGISTRY);
    assert.equal(new Set(ms.map((m) => m.group)).size, 1);
    assert.deepEqual(ms.map((m) => m.type), ['person', 'person', 'person']);
  });

  it('leaves a body read surely elsewhere, a company\'s name, a unit of a body the article names alone, and an unsure surname', () => {
    const sure = mentionsOf(['Ada Lindqvist', 'org', 0.87], ['Ada Lindqvist', 'org', 0.5], ['Lindqvist', 'person', 0.9]);
    linkMentions(sure, NO_REGISTRY);
    assert.deepEqual(sure.slice(0, 2).map((m) => m.type), ['org', 'org']);
    const company = mentionsOf(['Brandt Holdings', 'org', 0.4], ['Brandt', 'person', 0.9]);
    linkMentions(company, NO_REGISTRY);
    assert.equal(company[0].type, 'org');
    const unit = mentionsOf(['Volta', 'org', 0.6], ['Volta Drivetrain', 'org', 0.5], ['Drivetrain', 'person', 0.9]);
    linkMentions(unit, NO_REGISTRY);
    assert.equal(unit[1].type, 'org');
    const unsure = mentionsOf(['Tomasz Wrobel', 'org', 0.4], ['Wrobel', 'person', 0.7]);
    linkMentions(unsure, NO_REGISTRY);
    assert.notEqual(unsure[0].group, unsure[1].group);
  });
});

describe('a given name read as a body, and a company named without "International" (review 69)', () => {
  it('joins a one-word body to the one person with that given name whose surname stands alone too', () => {
    // Written after the fix (review 69's "Elian" … "Elian Gonzalez").
    const m = mentionsOf(['Rafael Nadal', 'person', 0.99], ['Nadal', 'person', 0.95], ['Rafael', 'org', 0.6]);
    linkMentions(m, NO_REGISTRY);
    assert.equal(m[2].group, m[0].group);
    assert.equal(m[2].type, 'person');
    // A body read as a person ("Lockheed Martin") whose second word never stands alone keeps its short form apart.
    const n = mentionsOf(['Lockheed Martin', 'person', 0.7], ['Lockheed', 'org', 0.8]);
    linkMentions(n, NO_REGISTRY);
    assert.notEqual(n[1].group, n[0].group);
    assert.equal(n[1].type, 'org');
  });

  it('joins a two-word name to the company it opens with one more word before the corporate form', () => {
    const m = mentionsOf(['Grupo Bimbo Holdings Inc', 'org', 0.9], ['Grupo Bimbo', 'person', 0.6]);
    linkMentions(m, NO_REGISTRY);
    assert.equal(m[1].group, m[0].group);
    assert.equal(m[1].type, 'org');
  });
});

describe('a given name read as MISC, however often, is still the person it names (review 72: "Elian" … "Elian Gonzalez")', () => {
  it('joins a one-word `other` to the one person with that given name whose surname stands alone, and it has no vote', () => {
    // Written after the fix.
    const m = mentionsOf(['Tomasz Wrona', 'person', 0.98], ['Tomasz', 'other', 0.6], ['Tomasz', 'other', 0.7], ['Wrona', 'person', 0.9], ['Tomasz', 'other', 0.5], ['Tomasz', 'other', 0.6]);
    linkMentions(m, NO_REGISTRY);
    assert.equal(new Set(m.map((x) => x.group)).size, 1);
    assert.deepEqual([...new Set(m.map((x) => x.type))], ['person']);
    // The same through a body's reading: four "Anil" read as organisations do not outvote "Anil Ambani".
    const n = mentionsOf(['Anil Okoro', 'person', 0.95], ['Anil', 'org', 0.6], ['Anil', 'org', 0.6], ['Anil', 'org', 0.6], ['Anil', 'org', 0.6], ['Okoro', 'person', 0.9]);
    linkMentions(n, NO_REGISTRY);
    assert.deepEqual([...new Set(n.map((x) => x.type))], ['person']);
  });

  it('leaves a hyphenated word or a nationality read as MISC apart', () => {
    const m = mentionsOf(['Euro-Sceptic Kilroy', 'person', 0.7], ['Euro-Sceptic', 'other', 0.8], ['Kilroy', 'person', 0.9]);
    linkMentions(m, NO_REGISTRY);
    assert.notEqual(m[1].group, m[0].group);
    assert.equal(m[1].type, 'other');
  });
});

describe('a given name alone read as a place (review 93: "I would like to see Dwain come back" after "Dwain Chambers"; examples written after the fix)', () => {
  const prose = 'Sprinter Tavish Okoro was banned. Okoro trained in Texas. "I want Tavish back," Kerr said. Hull won.';
  const at = (text: string, type: EntityType, from = 0): EntityMention => {
    const start = prose.indexOf(text, from);
    return { start, end: start + text.length, text, type, tagged: false, id: null, group: '', confidence: 0.5, source: type === 'person' ? 'PER' : 'LOC' };
  };
  it('joins it to the one person named in full whose surname stands alone, even where no mention holds the surname', () => {
    const ms = [at('Tavish Okoro', 'person'), at('Tavish', 'place', 40)];
    linkMentions(ms, NO_REGISTRY, () => false, prose);
    assert.equal(ms[0].group, ms[1].group);
    assert.equal(ms[1].type, 'person');
  });
  it('leaves a place the gazetteer knows, and a name whose surname never stands alone', () => {
    const hull = 'Coach Hull Okoro spoke. Hull won.';
    const ms = [{ ...at('Tavish Okoro', 'person'), start: 6, end: 16, text: 'Hull Okoro' }, { ...at('Hull', 'place'), start: 24, end: 28, text: 'Hull' }];
    linkMentions(ms, NO_REGISTRY, () => false, hull);
    assert.notEqual(ms[0].group, ms[1].group);
    const alone = 'Sprinter Tavish Okoro was banned. "I want Tavish back," Kerr said.';
    const ns = [{ ...at('Tavish Okoro', 'person'), start: alone.indexOf('Tavish Okoro'), end: alone.indexOf('Tavish Okoro') + 12 }, { ...at('Tavish', 'place'), start: alone.lastIndexOf('Tavish'), end: alone.lastIndexOf('Tavish') + 6 }];
    linkMentions(ns, NO_REGISTRY, () => false, alone);
    assert.notEqual(ns[0].group, ns[1].group);
    assert.equal(ns[1].type, 'place');
  });
});
