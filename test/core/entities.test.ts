// Entity rules on fixture articles: tag policy, linking, tags outranking the model, registry, type conflicts, ids, spelling variants, hovers.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/core/analyze';
import { defaultConfig, mergeConfig } from '../../server/src/core/config';
import { describeEntity } from '../../server/src/core/entities/describe';
import { joinKnownPlaces } from '../../server/src/core/entities/coordination';
import type { Finding, TextEdit } from '../../server/src/core/types';
import { refineMention } from '../../server/src/core/entities/refine';
import { parseArticle } from '../../server/src/core/article';

const SAMPLE = fs.readFileSync(path.resolve(__dirname, '..', '..', 'examples', 'iran-iraq-visit.md'), 'utf8');
const config = (o: Record<string, unknown>) => mergeConfig(defaultConfig(), o);
const rule = (findings: Finding[], id: string) => findings.filter((f) => f.rule === id);
const texts = (findings: Finding[], id: string) => rule(findings, id).map((f) => f.text);

function apply(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

describe('untagged-entity', () => {
  it('policy first: one finding per entity, on its first mention', () => {
    const a = analyze(SAMPLE);
    const flagged = texts(a.findings, 'untagged-entity');
    assert.equal(flagged.filter((t) => /Pezeshkian/.test(t)).length, 1);
    assert.equal(flagged.find((t) => /Pezeshkian/.test(t)), 'Masoud Pezeshkian');
    assert.equal(flagged.filter((t) => /Sudani/.test(t)).length, 1);
    for (const word of ['During', 'Both', 'The', 'Millions', 'Shiite', 'Zionist']) assert.ok(!flagged.includes(word), word);
  });

  it('recognises the sample article’s names with the right types (issue acceptance)', () => {
    const a = analyze(SAMPLE);
    const typeOf = (name: string) => [...new Set(a.entities.filter((e) => e.text === name).map((e) => e.type))];
    const expected: Record<string, string> = {
      'Masoud Pezeshkian': 'person', Pezeshkian: 'person', 'Mohammed Shia al-Sudani': 'person', Sudani: 'person', Najaf: 'place', Karbala: 'place',
      Hamas: 'org', 'Islamic State': 'org', Baghdad: 'place', Washington: 'place', Syria: 'place', Russia: 'place', Iraq: 'place', Iran: 'place', Gaza: 'place',
    };
    for (const [name, type] of Object.entries(expected)) assert.deepEqual(typeOf(name), [type], name);
    for (const name of ['Shiite', 'Zionist']) assert.ok(typeOf(name).every((t) => t === 'other'), `${name}: ${typeOf(name)}`);
  });

  it('a name before "jihadist group" is an organisation; a place before "company" stays a place', () => {
    const group = analyze('Troops in Syria fought the Islamic State group for years.');
    assert.equal(group.entities.find((e) => e.text === 'Islamic State')?.type, 'org');
    // (The model retrained in the seventh session reads "South Yorkshire" here as other, so the rule is not reached.)
    const company = analyze('Officials of the West Yorkshire company spoke on Monday.');
    assert.equal(company.entities.find((e) => e.text === 'West Yorkshire')?.type, 'place');
  });

  it('keeps a middle initial inside the name (issue 11 copy-desk review: "Paul M." + "Abbate")', () => {
    const flagged = (body: string) => texts(analyze(`---\npublished: 2024-01-01\n---\n\n${body}\n`).findings, 'untagged-entity');
    assert.deepEqual(flagged('FBI Deputy Director Paul M. Abbate said the case was closed.'), ['FBI', 'Paul M. Abbate']);
    assert.deepEqual(flagged('The award went to Maria T. Okonkwo and Dale R. Fisher of Leeds.'), ['Maria T. Okonkwo', 'Dale R. Fisher', 'Leeds']);
  });

  it('leaves a military rank out of the name and flags no rank alone', () => {
    const flagged = (body: string) => texts(analyze(`---\npublished: 2024-01-01\n---\n\n${body}\n`).findings, 'untagged-entity');
    assert.deepEqual(flagged('Pfc. Jane Smith and Spc. Omar Reyes joined the unit in Texas.'), ['Jane Smith', 'Omar Reyes', 'Texas']);
    assert.deepEqual(flagged('Cpl Dan Okoye led the patrol.'), ['Dan Okoye']);
    // British Army ranks below officer, written in full (review 127: "Guardsman Allan Hendry"; examples written after the fix).
    assert.deepEqual(flagged('The family of Fusilier Gordon Gentle spoke to reporters.'), ['Gordon Gentle']);
    assert.deepEqual(flagged('Rifleman Ade Bello and Kingsman Tom Rigby were hurt.'), ['Ade Bello', 'Tom Rigby']);
  });

  it('reads a name inside a longer name as part of it (copy-desk review: "Jean Lesage" of an airport flagged as a person)', () => {
    const flagged = (body: string) => rule(analyze(`---\npublished: 2024-01-01\n---\n\n${body}\n`).findings, 'untagged-entity').map((f) => `${f.text}: ${f.message.split(':')[0]}`);
    assert.deepEqual(flagged('Flights left Québec City Jean Lesage International Airport at noon.'), ['Québec City Jean Lesage International Airport: Untagged place']);
    assert.deepEqual(flagged('She was treated at the Nelson Mandela Children’s Hospital in Soweto.').filter((f) => /Mandela/.test(f)), ['Nelson Mandela Children’s Hospital: Untagged organisation']);
    assert.deepEqual(flagged('He studied at the Margaret Thatcher Institute of Economics.'), ['Margaret Thatcher Institute of Economics: Untagged organisation']);
    // A programme or prize named after someone is "other", which is not flagged by default.
    assert.deepEqual(flagged('She won a Benjamin A. Gilman International Scholarship last year.'), []);
    // A name followed by ordinary words stays the name.
    assert.deepEqual(flagged('Jean Lesage opened the airport in 1960.'), ['Jean Lesage: Untagged person']);
  });

  it('reads "<head> of <name>" as one name typed by its head (review: "Order of the Bath" flagged as the place "Bath")', () => {
    const flagged = (body: string) => rule(analyze(`---\npublished: 2024-01-01\n---\n\n${body}\n`).findings, 'untagged-entity').map((f) => `${f.text}: ${f.message.split(':')[0]}`);
    // An honour, a battle and a treaty are "other": no place inside them is a mention of its own.
    assert.deepEqual(flagged('The composer was appointed to the Order of Merit in 2019, the palace said.'), []);
    assert.deepEqual(flagged('Veterans marked the Battle of the Somme, and ministers signed the Treaty of Lisbon in 2007.'), []);
    // A sea, a bay or an island is one place, not the place after "of" (nor an organisation).
    assert.deepEqual(flagged('Fishing boats in the Bay of Bengal returned, and ferries to the Isle of Skye were halted.'), ['Bay of Bengal: Untagged place', 'Isle of Skye: Untagged place']);
    assert.deepEqual(flagged('Troops landed near the Gulf of Aqaba.'), ['Gulf of Aqaba: Untagged place']);
    assert.deepEqual(flagged('Tankers were diverted through the Strait of Hormuz.'), ['Strait of Hormuz: Untagged place']);
    // "and the" opens a second name: two bodies, not one.
    assert.deepEqual(flagged('Students from the University of Glasgow and the Royal College of Art took part.'), ['University of Glasgow: Untagged organisation', 'Royal College of Art: Untagged organisation']);
    // The office alone names no one.
    assert.deepEqual(flagged('She was made a Dame Commander of the Order of the British Empire.'), []);
    // Fix safety: a tag beside the tail does not free it ("… Order of the Phoenix was :place[Amazon]'s …").
    assert.deepEqual(flagged("The novel Order of the Phoenix was :place[Amazon]'s biggest seller."), []);
  });

  it('reads a team sheet: initials and surnames are the players named in full before, clubs in brackets are clubs (review 32)', () => {
    const body = 'Coach Eddie Jones named Owen Farrell and Maro Itoje in the side, with Billy Vunipola at number eight.\n\nTeam: O Farrell (Saracens, capt); M Itoje (Saracens), B Vunipola (Saracens), E Daly (Wasps), J Nowell (Exeter).';
    const found = rule(analyze(`---\npublished: 2024-01-01\n---\n\n${body}\n`).findings, 'untagged-entity').map((f) => `${f.text}: ${f.message.split(':')[0]}`);
    // "O Farrell" is Owen Farrell, already flagged: no second finding; a player named only on the sheet is a person.
    assert.ok(!found.some((f) => /^(O Farrell|M Itoje|B Vunipola):/.test(f)), found.join('; '));
    assert.ok(found.includes('E Daly: Untagged person') && found.includes('J Nowell: Untagged person'), found.join('; '));
    assert.ok(found.includes('Wasps: Untagged organisation') && found.includes('Exeter: Untagged organisation'), found.join('; '));
    // Not every initial and word is a person: "Q Magazine" outside a team sheet keeps the recogniser's type.
    const titles = rule(analyze('---\npublished: 2024-01-01\n---\n\nReaders of Q Magazine voted.\n').findings, 'untagged-entity').map((f) => f.message.split(':')[0]);
    assert.ok(!titles.includes('Untagged person'), titles.join('; '));
  });

  it('policy all: every untagged mention, surnames included', () => {
    const a = analyze(SAMPLE, { config: config({ tagPolicy: 'all' }) });
    const pez = rule(a.findings, 'untagged-entity').filter((f) => /Pezeshkian/.test(f.text));
    assert.equal(pez.length, a.entities.filter((e) => /Pezeshkian/.test(e.text)).length);
    assert.ok(pez.length >= 5);
    const sudani = rule(a.findings, 'untagged-entity').filter((f) => /Sudani/.test(f.text)).map((f) => f.text);
    assert.deepEqual(sudani, ['Mohammed Shia al-Sudani', 'Sudani']);
  });

  it('the tag quick fix wraps the mention without touching the words, and covers the whole entity', () => {
    const a = analyze(SAMPLE);
    const f = rule(a.findings, 'untagged-entity').find((x) => x.text === 'Masoud Pezeshkian')!;
    const fix = f.fixes!.find((x) => x.preferred)!;
    assert.equal(fix.title, 'Tag “Masoud Pezeshkian” as person');
    const edited = apply(SAMPLE, fix.edits);
    assert.ok(edited.includes('President :person[Masoud Pezeshkian] embarked'));
    assert.equal(edited.replace(':person[Masoud Pezeshkian]', 'Masoud Pezeshkian'), SAMPLE);
    const after = analyze(edited);
    assert.ok(!texts(after.findings, 'untagged-entity').some((t) => /Pezeshkian/.test(t)), 'surname mentions are covered by the one tag');
  });

  it('offers the other types and "tag all mentions"', () => {
    const a = analyze(SAMPLE);
    const f = rule(a.findings, 'untagged-entity').find((x) => x.text === 'Mohammed Shia al-Sudani')!;
    assert.deepEqual(f.fixes!.map((x) => x.title), [
      'Tag “Mohammed Shia al-Sudani” as person', 'Tag “Mohammed Shia al-Sudani” as organisation', 'Tag “Mohammed Shia al-Sudani” as place', 'Tag all 2 mentions of “Mohammed Shia al-Sudani” as person',
    ]);
    const all = apply(SAMPLE, f.fixes![3].edits);
    assert.ok(all.includes(':person[Mohammed Shia al-Sudani]') && all.includes('” :person[Sudani] remarked'));
  });

  it('the journalist’s tag outranks the model: a name tagged once is known everywhere', () => {
    const text = 'Talks with :place[Hamas] went on.\n\nLater Hamas said nothing, and Hamas left.\n';
    const a = analyze(text);
    const hamas = a.entities.filter((e) => e.text === 'Hamas');
    assert.equal(hamas.length, 3);
    assert.ok(hamas.every((e) => e.type === 'place'), 'the tag’s type wins over the model’s');
    assert.deepEqual(texts(a.findings, 'untagged-entity'), []);
    const all = analyze(text, { config: config({ tagPolicy: 'all' }) });
    assert.deepEqual(texts(all.findings, 'untagged-entity'), ['Hamas', 'Hamas']);
  });

  it('knows names tagged in other articles of the workspace', () => {
    const a = analyze('The Zorblat Consortium met today.', { workspaceNames: new Map([['zorblat consortium', 'org']]) });
    const e = a.entities.find((x) => x.text === 'Zorblat Consortium');
    assert.equal(e?.type, 'org');
    assert.equal(e?.source, 'workspace-tag');
  });

  it('links registry names and aliases to their id, and ignores configured names', () => {
    const text = '---\nentities:\n  - id: pezeshkian\n    type: person\n    name: Masoud Pezeshkian\n    aliases: [Pezeshkian]\n---\nPezeshkian met Masoud Pezeshkian in Baghdad.\n';
    const a = analyze(text);
    assert.deepEqual(a.entities.filter((e) => /Pezeshkian/.test(e.text)).map((e) => e.id), ['pezeshkian', 'pezeshkian']);
    const f = rule(a.findings, 'untagged-entity').find((x) => /Pezeshkian/.test(x.text))!;
    assert.equal(apply(text, f.fixes![0].edits).includes(':person[Pezeshkian]{id=pezeshkian} met'), true);
    const ignored = analyze(text, { config: config({ ignoreNames: ['Baghdad'] }) });
    assert.ok(!ignored.entities.some((e) => e.text === 'Baghdad'));
  });

  it('never flags other (MISC) entities unless configured', () => {
    const a = analyze(SAMPLE);
    assert.ok(a.entities.some((e) => e.type === 'other'));
    assert.ok(!rule(a.findings, 'untagged-entity').some((f) => a.entities.find((e) => e.start === f.start)?.type === 'other'));
    const on = analyze(SAMPLE, { config: config({ flagOtherEntities: true }) });
    assert.ok(rule(on.findings, 'untagged-entity').some((f) => on.entities.find((e) => e.start === f.start)?.type === 'other'));
  });
});

describe('spans and matching after a tag (slow-tier fix safety, seventh session; examples written after)', () => {
  it('a name at the end of a sentence leaves the full stop out; an abbreviation keeps its own', () => {
    assert.deepEqual(texts(analyze('Her dog, curiously, was called Rover. A neighbour in Leeds agreed.').findings, 'untagged-entity'), ['Rover', 'Leeds']);
  });

  it('a tagged acronym is matched as written, so another casing is no new mention', () => {
    // The tag's name is looked for elsewhere in the article (source "tag"); "MMORPGS" is not it.
    const found = analyze('Fans of :entity[MMORPGs]{type=product} say MMORPGS are costly, and MMORPGs cheap.').entities.filter((m) => m.source === 'tag');
    assert.deepEqual(found.map((m) => m.text), ['MMORPGs', 'MMORPGs']);
  });

  it('a name read beside a tag is the rest of the tagged name', () => {
    assert.deepEqual(texts(analyze('Officials met Ainum Mohd :person[Saaid] on Monday in Leeds.').findings, 'untagged-entity'), ['Leeds']);
  });
});

describe('linking a body’s head word to the body', () => {
  // From the seventh copy-desk review ("Commission" flagged after "European Commission"); examples written after.
  it('one finding for "the Commission" after "European Commission", and for "United" after "Manchester United"', () => {
    assert.deepEqual(texts(analyze('The European Commission met on Monday. The Commission said talks would resume.').findings, 'untagged-entity'), ['European Commission']);
    assert.deepEqual(texts(analyze('Manchester United won again. United now lead the table by four points.').findings, 'untagged-entity'), ['Manchester United']);
  });

  it('no link when two bodies end in the word, or when the word is a place', () => {
    assert.deepEqual(texts(analyze('The European Council and the European Commission met. The Commission said talks would resume.').findings, 'untagged-entity'), ['European Council', 'European Commission']);
    assert.deepEqual(texts(analyze('The Government of Georgia met envoys. Georgia wants closer ties.').findings, 'untagged-entity'), ['Government of Georgia', 'Georgia']);
  });
});

describe('a company\'s first word after its full name (copy-desk review 12)', () => {
  const messages = (text: string) => rule(analyze(text).findings, 'untagged-entity').map((f) => f.message);
  it('is the company, typed organisation, in one finding', () => {
    // The reviewer's kind ("Compaq" typed a place after "Compaq Computer Corp."), in our words.
    assert.deepEqual(messages('Compaq Computer Corp. said the bugs would delay products. Yesterday, Compaq plunged further, closing at $100 a share.'), [
      'Untagged organisation: “Compaq Computer Corp” (1 more mention in this article)',
    ]);
    // Our own, written after the fix.
    assert.deepEqual(messages('Shares in Tesco plc rose. Analysts said Tesco had a strong Christmas.'), ['Untagged organisation: “Tesco plc” (1 more mention in this article)']);
  });

  it('is no link for a place, a person or a body that is no company', () => {
    assert.deepEqual(texts(analyze('Birmingham City Council met. Birmingham will host the Games.').findings, 'untagged-entity'), ['Birmingham City Council', 'Birmingham']);
    assert.deepEqual(texts(analyze('Zimbabwe Holdings Ltd listed its shares. Zimbabwe votes on Friday.').findings, 'untagged-entity'), ['Zimbabwe Holdings Ltd', 'Zimbabwe']);
  });
});

describe('a given name makes a person (copy-desk review 14)', () => {
  const typed = (text: string) => rule(analyze(text).findings, 'untagged-entity').map((f) => `${f.text} ${/Untagged (\w+)/.exec(f.message)![1]}`);
  it('types a name that opens with a word that opens people\'s names in the labelled data as a person', () => {
    // The reviewer's kind ("Robert De Niro" typed organisation), and names of our own written after the change.
    // (Without the given-name prior the recogniser types it an organisation in this sentence.)
    assert.ok(typed('Comedy sequel Meet The Fockers, with Robert De Niro and Ben Stiller, took $10m.').includes('Robert De Niro person'));
  });

  it('keeps a body named after a person, and a name with a joiner', () => {
    assert.deepEqual(typed('The George Soros Foundation gave $5m.').filter((f) => f.includes('Foundation')), ['George Soros Foundation organisation']);
    assert.ok(!typed('Parliament passed the Bill of Rights.').includes('Bill of Rights person'));
  });
});

describe('entity-type-conflict', () => {
  it('flags the second type and fixes only the tag name', () => {
    const text = 'Officials from :person[Hamas] and :org[Hamas] came.';
    const a = analyze(text);
    const f = rule(a.findings, 'entity-type-conflict');
    assert.deepEqual(f.map((x) => [x.text, x.severity]), [[':org[Hamas]', 'error']]);
    assert.equal(apply(text, f[0].fixes![0].edits), 'Officials from :person[Hamas] and :person[Hamas] came.');
  });

  it('flags a tag that contradicts the registry', () => {
    const text = '---\nentities:\n  - id: hamas\n    type: org\n    name: Hamas\n---\nThey met :place[Hamas]{id=hamas}.';
    const f = rule(analyze(text).findings, 'entity-type-conflict');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /registry lists “Hamas” \(hamas\) as org/);
    assert.ok(apply(text, f[0].fixes![0].edits).endsWith('They met :org[Hamas]{id=hamas}.'));
  });
});

describe('unknown-entity-id', () => {
  it('flags an id no registry defines and suggests a close one', () => {
    const text = '---\nentities:\n  - id: pezeshkian\n    type: person\n    name: Masoud Pezeshkian\n---\nMet :person[Masoud Pezeshkian]{id=pezeshkain}.';
    const f = rule(analyze(text).findings, 'unknown-entity-id');
    assert.equal(f.length, 1);
    assert.equal(f[0].text, ':person[Masoud Pezeshkian]{id=pezeshkain}');
    assert.ok(apply(text, f[0].fixes![0].edits).endsWith('Met :person[Masoud Pezeshkian]{id=pezeshkian}.'));
  });
});

describe('entity-spelling', () => {
  it('flags a name written once a letter away from another name of the story (review30: "Berhrmann", "Atalanta")', () => {
    // Written after the fix: a slip in a surname, and one in a place written three times the other way.
    const text = 'Finance chief Greta Lindqvist resigned. "We grew," Lindqvsit said.';
    const f = rule(analyze(text).findings, 'entity-spelling');
    assert.deepEqual(f.map((x) => [x.text, x.message]), [['Lindqvsit', '“Lindqvsit” may be a slip for “Lindqvist” (“Greta Lindqvist”), written elsewhere in this article.']]);
    assert.equal(apply(text, f[0].fixes![0].edits), 'Finance chief Greta Lindqvist resigned. "We grew," Lindqvist said.');
    assert.deepEqual(rule(analyze('Flights from Manchester were cut. Manchester airport closed. Crews in Mancester waited.').findings, 'entity-spelling').map((x) => x.text), ['Mancester']);
    // Not an ending ("Russian" and "Russia", "McDonalds"), a first letter ("Hutton", "Sutton"), nor a short name.
    assert.deepEqual(rule(analyze('Chris Sutton scored. Sutton ran. Hutton watched.').findings, 'entity-spelling'), []);
    assert.deepEqual(rule(analyze('Russia said no. Russia left. A Russian spoke.').findings, 'entity-spelling'), []);
    assert.deepEqual(rule(analyze('Iraq and Iraq again; Iran too.').findings, 'entity-spelling'), []);
    // "Brian Hassell … said Hassel … Hassall made it clear" (BBC sport 195, review 115): every other spelling is offered
    // the same one, so the fixes together leave one spelling (a letter undoubled is a slip too: doubledApart).
    const three = 'Agent Brian Haskell spoke. "No," said Haskel. Haskall left.';
    const h = rule(analyze(three).findings, 'entity-spelling');
    assert.deepEqual(h.map((x) => x.text), ['Haskel', 'Haskall']);
    assert.equal(apply(three, h.flatMap((x) => x.fixes![0].edits)), 'Agent Brian Haskell spoke. "No," said Haskell. Haskell left.');
  });

  it('flags a surname with a letter doubled or undoubled, and sends every other spelling to the one written most (review 115: "Brian Hassell", "Hassel" twice, "Hassall"; examples written after the fix)', () => {
    const text = 'Coach Anna Pettit spoke. Pettitt said the side was tired. Later Pettitt left. Coach Pettut said nothing.';
    const f = rule(analyze(text).findings, 'entity-spelling');
    assert.deepEqual(f.map((x) => [x.text, x.message]), [
      ['Pettit', '“Pettit” in “Anna Pettit” may be a slip for “Pettitt”, written 2 times elsewhere in this article.'],
      ['Pettut', '“Pettut” may be a slip for “Pettitt”, written 2 times elsewhere in this article.'],
    ]);
    assert.equal(apply(text, f.flatMap((x) => x.fixes![0].edits)), 'Coach Anna Pettitt spoke. Pettitt said the side was tired. Later Pettitt left. Coach Pettitt said nothing.');
  });

  it('flags a surname with two neighbouring letters swapped, however often it is written (review 88: "David Monteith" … "Mr Montieth"; examples ours, written after the fix)', () => {
    const text = 'Chief executive Sarah Nieland spoke first. Mrs Neiland said sales rose. "We are pleased," said Mrs Neiland. Nieland left.';
    const f = rule(analyze(text).findings, 'entity-spelling');
    assert.deepEqual(f.map((x) => [x.text, x.message]), [['Neiland', '“Neiland” may be a slip for “Nieland” (“Sarah Nieland”), written elsewhere in this article.']]);
    assert.equal(apply(text, f[0].fixes![0].edits), 'Chief executive Sarah Nieland spoke first. Mrs Nieland said sales rose. "We are pleased," said Mrs Neiland. Nieland left.');
    // The spelling written more often is kept: then the full name's surname is the slip (BBC sport 293: "Mark
    // Mayerholfer" once, "Mayerhofler" three times).
    const many = 'Full-back Tom Brenand starts. Mr Brennad kicked well, and Mr Brennad scored. The coach said Mr Brennad was superb.';
    const g = rule(analyze(many).findings, 'entity-spelling');
    assert.deepEqual(g.map((x) => [x.text, x.message]), [['Brenand', '“Brenand” in “Tom Brenand” may be a slip for “Brennad”, written 3 times elsewhere in this article.']]);
    assert.equal(apply(many, g[0].fixes![0].edits), 'Full-back Tom Brennad starts. Mr Brennad kicked well, and Mr Brennad scored. The coach said Mr Brennad was superb.');
    // One letter more or less is no swap: another name, left alone when written twice.
    assert.deepEqual(rule(analyze('Coach Omar Hassan spoke. Mr Hasan agreed. Mr Hasan left early.').findings, 'entity-spelling'), []);
  });

  it('flags a transliteration variant and offers the majority spelling', () => {
    const text = 'Masoud Pezeshkian arrived. Pezeshkian spoke. Later Pezeshkiyan left.';
    const f = rule(analyze(text).findings, 'entity-spelling');
    assert.deepEqual(f.map((x) => x.text), ['Pezeshkiyan']);
    assert.equal(apply(text, f[0].fixes![0].edits), 'Masoud Pezeshkian arrived. Pezeshkian spoke. Later Pezeshkian left.');
  });

  it('flags hyphen and case variants but not a capital at the start of a sentence', () => {
    const text = 'Prime Minister al-Sudani spoke. Al-Sudani then left. Officials praised al-Sudani and Al Sudani.';
    const f = rule(analyze(text).findings, 'entity-spelling');
    assert.deepEqual(f.map((x) => x.text), ['Al Sudani']);
  });

  it('reads an initialism with and without full stops as one name (U.S. / US), and flags the minority form', () => {
    // From the seventh copy-desk review; the example was written after the change.
    const text = 'U.S. officials met the envoys. U.S. troops stayed, and US aid followed.';
    assert.deepEqual(rule(analyze(text).findings, 'entity-spelling').map((x) => x.text), ['US']);
    assert.deepEqual(texts(analyze(text).findings, 'untagged-entity'), ['U.S.']);
  });

  it('reads a wire dateline set in capitals as no spelling (copy-desk review 11), but flags NATO / Nato', () => {
    const wire = 'NAIROBI, Kenya (AP) _ Victims gathered.\n\nOfficials in Nairobi said the fund was open.';
    assert.deepEqual(rule(analyze(wire).findings, 'entity-spelling'), []);
    // Ours, written after the fix: another dateline; capitals inside a sentence are still a second spelling.
    assert.deepEqual(rule(analyze('BELFAST (Reuters) - Talks resumed.\n\nIn Belfast, parties met.').findings, 'entity-spelling'), []);
    // Copy-desk review 15: a dateline before a double hyphen; ours: before an em dash.
    assert.deepEqual(rule(analyze('MIAMI -- Officials in and around Miami warned the agency.').findings, 'entity-spelling'), []);
    assert.deepEqual(rule(analyze('LAGOS — Lagos state officials met.').findings, 'entity-spelling'), []);
    assert.deepEqual(rule(analyze('The NATO summit opened.\n\nNato leaders met.').findings, 'entity-spelling').map((x) => x.text), ['Nato']);
  });

  it('does not flag two registered entities that look alike', () => {
    const text = '---\nentities:\n  - id: hassan\n    type: person\n    name: Hassan\n  - id: hasan\n    type: person\n    name: Hasan\n---\nHassan met Hasan.';
    assert.deepEqual(rule(analyze(text).findings, 'entity-spelling'), []);
  });
});

describe('entity hover', () => {
  it('says a later surname is the same person, with mention counts', () => {
    const a = analyze(SAMPLE);
    const later = a.entities.find((e) => e.text === 'Pezeshkian')!;
    const text = describeEntity(later, a);
    assert.match(text, /^\*\*Masoud Pezeshkian\*\* — Person/);
    assert.match(text, /mentions in this article \(0 tagged\): Masoud Pezeshkian, Pezeshkian ×\d/);
    assert.match(text, /recognised by the model as person \(confidence \d+%\)/);
  });

  it('shows registry details and gazetteer facts for places', () => {
    const text = '---\nentities:\n  - id: pezeshkian\n    type: person\n    name: Masoud Pezeshkian\n    description: President of Iran since July 2024\n    wikidata: Q5953460\n---\n:person[Masoud Pezeshkian]{id=pezeshkian} visited :place[Iraq].';
    const a = analyze(text);
    const pez = describeEntity(a.entities.find((e) => e.id === 'pezeshkian')!, a);
    assert.match(pez, /President of Iran since July 2024/);
    assert.match(pez, /\[Q5953460\]\(https:\/\/www\.wikidata\.org\/wiki\/Q5953460\)/);
    assert.match(pez, /Tagged here/);
    const iraq = describeEntity(a.entities.find((e) => e.text === 'Iraq')!, a);
    assert.match(iraq, /capital Baghdad/);
    assert.match(iraq, /ISO IQ/);
  });

  it("knows a country's states, provinces and nations, and says whose they are (data/ner-subdivisions.json)", () => {
    const a = analyze('---\npublished: 2024-09-11\n---\n\nThe premier of Quebec met farmers from Punjab and ministers from Wales.\n');
    const of = (name: string) => a.entities.find((e) => e.text === name);
    for (const name of ['Quebec', 'Punjab', 'Wales']) assert.equal(of(name)?.type, 'place', name);
    assert.match(describeEntity(of('Wales')!, a), /a state, province or nation of United Kingdom · region Northern Europe, Europe · ISO GB/);
    assert.match(describeEntity(of('Quebec')!, a), /a state, province or nation of Canada/);
    // Two states sharing their last word stay one mention; a common word that names some country's province is no place.
    const b = analyze('---\npublished: 2024-09-11\n---\n\nGuard units from North and South Carolina were sent, and Central and Western European sales rose.\n');
    assert.deepEqual(b.entities.filter((e) => e.type === 'place').map((e) => e.text), ['North and South Carolina']);
  });
});

describe('weekdays before a name (copy-desk review 8)', () => {
  const names = (body: string) => texts(analyze(`---\npublished: 2024-09-11\n---\n\n${body}\n`).findings, 'untagged-entity');
  it('reads plural or joined weekdays at the start of a mention as a time phrase, and keeps a name a single weekday opens', () => {
    assert.ok(!names('The show moves from Fridays to Sundays on BBC Two.').some((n) => /Sundays|Fridays/.test(n)));
    // Our own: joined weekdays; a newspaper that a weekday opens stays whole.
    assert.ok(!names('The market opens on Tuesdays, Wednesdays and Thursdays at the Corn Exchange.').some((n) => /days/.test(n)));
    assert.ok(names('A Sunday Times reporter met the minister.').includes('Sunday Times'));
  });
});

describe('a surname after full names that are forms of one name (copy-desk review 15)', () => {
  it('joins the person, whichever form the article gives first', () => {
    // The reviewer's kind ("Mr. Ackerman" flagged again after "Martin Ackerman" and "Marty Ackerman"), in our words.
    const found = texts(analyze('Martin Ackerman wants the board out. Mr. Ackerman said so on Monday. "This has nothing to do with Marty Ackerman," a director said.').findings, 'untagged-entity');
    assert.deepEqual(found, ['Martin Ackerman']);
  });

  it('keeps two people of one surname apart', () => {
    const found = texts(analyze('Michael Jackson arrived with his mother, Katherine Jackson. Jackson waved to fans.').findings, 'untagged-entity');
    assert.ok(found.includes('Michael Jackson') && found.includes('Katherine Jackson'), found.join(', '));
  });
});

describe('a country code and the country (copy-desk review 15)', () => {
  it('links "U.S." or "USA" to "United States", and not "Great Britain" to the UK', () => {
    // The reviewer's kind ("U.S." flagged after "United States"), in our words, and our own after the change.
    assert.deepEqual(texts(analyze('United States officials met. U.S. troops stayed.').findings, 'untagged-entity'), ['United States']);
    assert.deepEqual(texts(analyze('Trade with the United Kingdom grew, UK officials said.').findings, 'untagged-entity'), ['United Kingdom']);
    assert.deepEqual(texts(analyze('The UK and Great Britain differ.').findings, 'untagged-entity'), ['UK', 'Great Britain']);
  });
});

describe('short forms of one entity (copy-desk review 16)', () => {
  const messages = (text: string) => rule(analyze(text).findings, 'untagged-entity').map((f) => `${f.text}: ${f.message}`);
  it('links an acronym to a name that ends in a corporate form or opens with a country code', () => {
    // The reviewer's kinds ("GM" after "General Motors Corp.", "U.S. Federal Bureau of Investigation" after "FBI").
    assert.deepEqual(messages('General Motors Corp. wants a stake in Jaguar. GM said the talks were friendly.').filter((m) => /GM|General/.test(m)), ['General Motors Corp: Untagged organisation: “General Motors Corp” (1 more mention in this article)']);
    assert.deepEqual(messages('The FBI said on Friday that the U.S. Federal Bureau of Investigation would help.'), ['FBI: Untagged organisation: “FBI” (1 more mention in this article)']);
    // Written after the fix.
    assert.deepEqual(messages('Shares in British Telecommunications plc fell. BT said it would cut jobs.'), ['British Telecommunications plc: Untagged organisation: “British Telecommunications plc” (1 more mention in this article)']);
    assert.deepEqual(messages('The US Food and Drug Administration approved the drug. The FDA said trials were sound.'), ['US Food and Drug Administration: Untagged organisation: “US Food and Drug Administration” (1 more mention in this article)']);
  });

  it('never links a country\'s code as the acronym of a body whose initials it happens to be (review 102: "US" read as "UBS Securities"; examples written after the fix)', () => {
    assert.deepEqual(messages('Uganda Steel cut prices. Exports to the US fell, officials said.').map((m) => m.split(' (')[0]), ['Uganda Steel: Untagged organisation: “Uganda Steel”', 'US: Untagged place: “US”']);
    assert.deepEqual(messages('The UK Senate of Surgeons met. The UK has 60 million people.').map((m) => m.split(' (')[0]), ['UK Senate of Surgeons: Untagged organisation: “UK Senate of Surgeons”', 'UK: Untagged place: “UK”']);
    // But the code still joins its own country once the journalist tags it (the editor suite's "Tag all" caught this).
    assert.deepEqual(messages('---\npublished: 2024-09-11\n---\n\n:place[United Kingdom]{id=uk} ministers met. The UK said it would act.\n'), []);
  });

  it('links a given name alone to the one person who has it, and a clipped first word to the one body', () => {
    assert.deepEqual(messages('Sir John Bourn, the auditor, spoke. Sir John said the report was fair.').filter((m) => m.includes('John')), ['John Bourn: Untagged person: “John Bourn” (1 more mention in this article)']);
    assert.deepEqual(messages('The Federal Reserve kept rates on hold, and the Fed said it would watch prices.'), ['Federal Reserve: Untagged organisation: “Federal Reserve” (1 more mention in this article)']);
    // Written after the fix: two people share the given name, or two bodies the first word, so it stays unlinked.
    assert.deepEqual(messages('Steven Gerrard scored. Steven Taylor defended. Later Steven said he was tired.').map((m) => m.split(':')[0]), ['Steven Gerrard', 'Steven Taylor', 'Steven']);
    assert.deepEqual(messages('The Federal Reserve and the Federal Trade Commission met. The Fed said little.').map((m) => m.split(':')[0]), ['Federal Reserve', 'Federal Trade Commission', 'Fed']);
  });
});

describe('more short forms of one entity, and titles that hold a place (copy-desk review 17)', () => {
  const names = (text: string) => rule(analyze(text).findings, 'untagged-entity').map((f) => `${f.text}${/\((\d+) more/.exec(f.message) ? ` +${/\((\d+) more/.exec(f.message)![1]}` : ''}`);
  it('links a surname of two words, a clipped or plural party name, a body after its country code, a company\'s opening words', () => {
    // The reviewer's kinds, in their words.
    assert.deepEqual(names('Camilla Parker Bowles will marry. Mrs Parker Bowles said she was happy.'), ['Camilla Parker Bowles +1']);
    assert.deepEqual(names('The Liberal Democrat leader spoke. A Lib Dem vote could help, and the Liberal Democrats agree.').filter((n) => n.startsWith('Lib')), ['Liberal Democrat +2']);
    assert.deepEqual(names('The U.S. Supreme Court ruled on Monday. The Supreme Court said no.'), ['U.S. Supreme Court +1']);
    // Written after the fix.
    assert.deepEqual(names('Robin van Persie scored twice. Van Persie was substituted late.'), ['Robin van Persie +1']);
    assert.deepEqual(names('Shares in Aetna Life & Casualty Co fell. Analysts expect Aetna Life to recover.'), ['Aetna Life & Casualty Co +1']);
  });

  it('keeps a body and a part of it apart', () => {
    // From the open-news labels: "NHS" and "NHS England", "EPA" and "EPA Region 8" are two bodies each.
    assert.deepEqual(names('The NHS is under strain. The government and NHS England will publish a plan.'), ['NHS', 'NHS England']);
  });

  it('flags neither the place in a title of nobility or the church, nor the title', () => {
    assert.deepEqual(names('The Archbishop of Canterbury, Dr Rowan Williams, will bless the couple.'), ['Rowan Williams']);
    assert.deepEqual(names('Diana, princess of Wales, died in 1997.'), ['Diana']);
    // Written after the fix: the place itself elsewhere is flagged.
    assert.deepEqual(names('The Bishop of Durham spoke. Durham Cathedral was full.').filter((n) => n.startsWith('Durham')), ['Durham Cathedral']);
  });
});

describe('Title-Case headlines (copy-desk reviews 15 and 17)', () => {
  const names = (text: string) => rule(analyze(text).findings, 'untagged-entity').map((f) => f.text);
  it('reads a headline\'s words that the body writes in lower case as common words, not names', () => {
    // The reviewers' headlines: the whole line, and "Boy", were flagged as names.
    assert.deepEqual(names('# U.S. Issuing Arrest Warrant for Abortion Foe Linked to Killing\n\nThe FBI said it was issuing an arrest warrant for James Kopp, an abortion foe linked to the killing.'), ['FBI', 'James Kopp']);
    assert.deepEqual(names("# Cuba Presses for Boy's Repatriation\n\nCuba pressed on Sunday for the return of the boy, Elian Gonzalez.").filter((n) => n !== 'Cuba'), ['Elian Gonzalez']);
    // Written after the fix: a name in such a headline that the body also writes capitalised stays a name, and a
    // sentence-case headline is read as before.
    // (Review 26: the example was "Hotel Rwanda, a film about the hotel", a film's title, which LABELLING.md types
    // other; the point holds for a person's name.)
    assert.ok(names('# Berlin Applauds Maria Santos at Festival\n\nThe festival applauded Maria Santos, a director from Lisbon.').includes('Maria Santos'));
    assert.ok(names('# Storm batters Royal Mail depots\n\nThe storm hit Royal Mail depots, the royal post said.').includes('Royal Mail'));
  });
});

describe('a wire service\'s credit in a dateline (copy-desk review 17)', () => {
  const names = (text: string) => rule(analyze(text).findings, 'untagged-entity').map((f) => f.text);
  it('is no mention; the service named in the story is', () => {
    assert.ok(!names('BUDAPEST, January 21 (Xinhua) -- Hungary will join NATO in March, officials said.').includes('Xinhua'));
    // Written after the fix.
    assert.deepEqual(names('HAVANA (AP) _ Cuba pressed for the boy\'s return. The AP reported it first.').filter((n) => n === 'AP'), ['AP']);
  });
});

describe('lists, team sheets and common acronyms (copy-desk review 19)', () => {
  const flagged = (body: string) => texts(analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).findings, 'untagged-entity');

  it('never reads one name across a semicolon', () => {
    const found = flagged('Leicester: Murphy; Casey; Gustard, Smith, Dowd; Shaw, Hart.');
    for (const merged of found) assert.ok(!merged.includes(';'), merged);
    for (const player of ['Gustard', 'Dowd', 'Shaw']) assert.ok(found.includes(player), `${player} in ${found.join(' | ')}`);
    // Written after the fix.
    const wales = flagged('Wales: Morgan; Jones, Williams; Peel, Henson; Thomas, Owen.');
    for (const merged of wales) assert.ok(!merged.includes(';'), merged);
  });

  it('reads "A for B (77)" in a team sheet as two players, and "Department for Transport" as one body', () => {
    const found = flagged('Replacements: Everitt for Mapletoft (53), Hodgson for Edwards (77), Danaher for Gustard (66).');
    assert.ok(found.every((n) => !n.includes(' for ')), found.join(' | '));
    for (const player of ['Hodgson', 'Edwards', 'Danaher', 'Gustard']) assert.ok(found.includes(player), `${player} in ${found.join(' | ')}`);
    // Written after the fix.
    const subs = flagged('Subs: Kirkland for Hughes (62), Brennan for Adebayor (81).');
    assert.ok(subs.every((n) => !n.includes(' for ')), subs.join(' | '));
    assert.ok(flagged('A spokesman for the Department for Transport (DfT) said the line would reopen.').includes('Department for Transport'));
  });

  it('flags no acronym that copy counts as a common noun, nor its plural', () => {
    const found = flagged('Fans can record directly from TV, VCR, and digital cable onto the PC and play it on their TVs. Sony sold more DVDs.');
    for (const common of ['TV', 'VCR', 'PC', 'TVs', 'DVDs']) assert.ok(!found.includes(common), `${common} in ${found.join(' | ')}`);
    assert.ok(found.includes('Sony'));
    // Written after the fix: the learned list, not these sentences, decides.
    const more = flagged('Every LCD screen and most PVRs sold in London now carry the logo; an SUV costs more to insure.');
    for (const common of ['LCD', 'PVRs', 'SUV']) assert.ok(!more.includes(common), `${common} in ${more.join(' | ')}`);
    assert.ok(more.includes('London'), more.join(' | '));
  });
});

describe('a sports report\'s team sheet names players (copy-desk review 19)', () => {
  const typed = (text: string) => rule(analyze(text).findings, 'untagged-entity').map((f) => `${f.text}:${/Untagged (\w+)/.exec(f.message)?.[1]}`);
  const report = (sheet: string) => `---\npublished: 2005-01-15\n---\n\nLeicester beat Wasps 33-19 at Welford Road on Saturday, with two tries from the wing and a late penalty sealing the win for the Tigers in the Premiership.\n\n${sheet}\n`;

  it('types every name of a team sheet as a person, however the recogniser read each alone', () => {
    const found = typed(report('Leicester: Horak, Staniforth, Penney, Nordt, Bishop; Mapletoft, Edwards; Hatley, van der Walt, Hardwick; Kennedy, Casey; Gustard, Dawson, Murphy.\n\nReplacements: Priscott for Roberts (71), Green for Dowd (71), Skivington for Shaw (71), Birkett for Hart (57).'));
    for (const player of ['Horak', 'Penney', 'Nordt', 'Hardwick', 'Murphy', 'Priscott', 'Roberts', 'Green', 'Dowd']) assert.ok(found.includes(`${player}:person`), `${player} in ${found.join(' | ')}`);
    assert.ok(found.includes('Wasps:organisation'), found.join(' | '));
    // Written after the fix: a football side's sheet.
    const football = typed(report('Everton: Martyn, Hibbert, Yobo, Stubbs, Naysmith, Osman, Carsley, Arteta, Kilbane, McFadden, Bent.'));
    assert.ok(football.filter((n) => n.endsWith(':person')).length >= 9, football.join(' | '));
  });

  it('leaves a list of clubs, and a list of artists outside sport, as they are', () => {
    const clubs = typed(report('Chelsea, Arsenal, Manchester United, Liverpool, Everton and Newcastle are all through.'));
    // ("Chelsea" alone the recogniser reads as a given name; the list does not spread it.)
    for (const club of ['Arsenal', 'Liverpool', 'Everton', 'Newcastle']) assert.ok(!clubs.includes(`${club}:person`), clubs.join(' | '));
    const gala = typed('---\npublished: 2005-01-15\n---\n\nMichael Jackson, Aerosmith, Diana Ross, Gloria Estefan and Phil Collins are to perform at the gala dinner.\n');
    assert.ok(!gala.includes('Aerosmith:person'), gala.join(' | '));
  });
});

describe('a person and the body they speak for are two names (copy-desk review 19)', () => {
  const found = (body: string) => texts(analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).findings, 'untagged-entity');

  it('does not run a person\'s name on through "of the" into a body\'s', () => {
    const names = found("James Zogby of the Arab American Institute says it's a familiar story.");
    assert.ok(names.includes('James Zogby') && names.includes('Arab American Institute'), names.join(' | '));
    // Written after the fix.
    const trust = found('Mark Smith of the National Trust said the house would reopen in the spring.');
    assert.ok(trust.includes('Mark Smith') && trust.includes('National Trust'), trust.join(' | '));
    const two = found('It was written by Home Office Minister Lord Falconer and Downing Street adviser Baroness Morgan.');
    assert.ok(!two.some((n) => n.includes(' and ')), two.join(' | '));
  });
});

describe('an acronym written with full stops (copy-desk review 20)', () => {
  it('links "U.N." to "United Nations" as it links "UN"', () => {
    const found = rule(analyze('---\npublished: 1989-11-02\n---\n\nA former Indian ambassador to the U.N. spoke. He later joined the United Nations staff.\n').findings, 'untagged-entity').map((f) => f.text);
    assert.ok(found.includes('U.N.') && !found.includes('United Nations'), found.join(' | '));
    // Written after the fix.
    const fbi = rule(analyze('---\npublished: 1989-11-02\n---\n\nThe Federal Bureau of Investigation opened a file. The F.B.I. declined to comment.\n').findings, 'untagged-entity').map((f) => f.text);
    assert.ok(fbi.includes('Federal Bureau of Investigation') && !fbi.includes('F.B.I.'), fbi.join(' | '));
  });
});

describe('a company\'s first word after its name with a dotted designator (copy-desk review 20)', () => {
  it('links "Nestle" to "Nestle S.A.", and keeps a given name apart', () => {
    const found = rule(analyze('---\npublished: 1989-11-02\n---\n\nNestle S.A. agreed to buy the brands. Nestle declined to comment.\n').findings, 'untagged-entity').map((f) => f.text);
    assert.deepEqual(found, ['Nestle S.A.']);
    // Written after the fix: "Reed" is also a given name, so it is not taken for the company.
    const reed = rule(analyze('---\npublished: 1989-11-02\n---\n\nReed International PLC reported a loss. Reed said sales fell.\n').findings, 'untagged-entity').map((f) => f.text);
    assert.ok(reed.includes('Reed International PLC'), reed.join(' | '));
  });
});

describe('tagging one name of a team sheet retypes no other (fix safety, CI on 122ce7f)', () => {
  it('gives the other names the same findings after a tag fix', () => {
    const text = '---\npublished: 2005-01-15\n---\n\nLeicester beat Wasps 33-19 at Welford Road on Saturday, with two tries from the wing and a late penalty sealing the win for the Tigers in the Premiership.\n\nLeicester: Penney, Nordt, Kennedy, Casey.\n';
    const shown = (t: string) => rule(analyze(t).findings, 'untagged-entity').map((f) => `${f.text}: ${f.message.split(':')[0]}`);
    const before = shown(text);
    for (const name of ['Penney', 'Nordt', 'Kennedy']) {
      const target = rule(analyze(text).findings, 'untagged-entity').find((f) => f.text === name);
      assert.ok(target, before.join(' | '));
      for (const fix of target!.fixes ?? []) {
        const after = shown(apply(text, fix.edits));
        assert.deepEqual(after.filter((f) => !f.startsWith(name)), before.filter((f) => !f.startsWith(name)), fix.title);
      }
    }
  });
});

describe('function words that open a sentence or quotation are no part of a name (copy-desk review 22)', () => {
  const flagged = (body: string) => texts(analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).findings, 'untagged-entity');

  it('cuts a determiner, conjunction or adverb that opens the sentence from the name after it', () => {
    assert.deepEqual(flagged('Neither Ask Jeeves nor Doubleclick thrilled investors with their profit news.').slice(0, 1), ['Ask Jeeves']);
    // Written after the fix.
    assert.ok(flagged('Both Tesco and Sainsbury reported higher sales over Christmas.').includes('Tesco'));
    assert.ok(flagged('But Amnesty International says the law is unfair.').includes('Amnesty International'));
    assert.ok(flagged('"Even Beyonce gets nervous before a show," she said.').every((t) => !t.startsWith('Even')));
  });

  it('keeps a function word the article also writes inside a sentence with the name ("All Blacks")', () => {
    const found = flagged('All Blacks captain Tama Umaga was injured. The All Blacks play France next.');
    assert.ok(found.includes('All Blacks'), found.join(', '));
  });

  it('reads "I\'m" as a pronoun and its verb, never a name, alone or after one', () => {
    assert.deepEqual(flagged('"If I\'m honest, I was nervous," she said.'), []);
    assert.deepEqual(flagged('I’m delighted with the result.'), []);
    assert.deepEqual(flagged('For Radio Clyde I’m Anna Smith in Glasgow.').filter((t) => /I['’]m/.test(t)), []);
  });
});

describe('a Title-Case headline of common words in a short article (copy-desk review 22)', () => {
  const flagged = (text: string) => texts(analyze(text).findings, 'untagged-entity');

  it('reads words copy writes in lower case as no name, even when the body never uses them', () => {
    const found = flagged('---\npublished: 1998-08-11\n---\n\n# Albright Praises African Cooperation in Bombing Probe\n\nMadeleine Albright thanked Kenya on Tuesday.\n');
    assert.ok(!found.some((t) => /Praises|Probe/.test(t)), found.join(', '));
    // Written after the fix.
    const other = flagged('---\npublished: 2024-03-01\n---\n\n# Mayor Welcomes Investigation Into Harbour Contracts\n\nMayor Ruth Okonjo met the auditors in Portsmouth.\n');
    assert.ok(!other.some((t) => /Welcomes|Investigation/.test(t)), other.join(', '));
    // A name the body writes too is still a name in the headline.
    const named = flagged('---\npublished: 2024-03-01\n---\n\n# Harbour Trust Praises New Contracts\n\nThe Harbour Trust said the deal was fair.\n');
    assert.ok(named.includes('Harbour Trust'), named.join(', '));
  });
});

describe('a courtesy or rank title names a person (copy-desk review 22)', () => {
  const entity = (body: string, name: string) => analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).entities.find((e) => e.text === name);

  it('types the name after the title as a person, and links it to the full name', () => {
    const body = 'Sir Menzies Campbell spoke first. Later Sir Menzies was among those worried about the plans.';
    const a = analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`);
    const mentions = a.entities.filter((e) => /Menzies/.test(e.text));
    assert.ok(mentions.length >= 2 && mentions.every((e) => e.type === 'person' && e.group === mentions[0].group), JSON.stringify(mentions.map((e) => [e.text, e.type, e.group])));
    // Written after the fix.
    assert.equal(entity('The report was written by Lord Strathclyde last year.', 'Strathclyde')?.type, 'person');
    assert.equal(entity('Critics said Mr Reddy had misled the board.', 'Reddy')?.type, 'person');
  });
});

describe('entity-first-reference', () => {
  const firstRefs = (body: string) => rule(analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).findings, 'entity-first-reference');

  it('flags a surname alone before the full name, and the fix swaps them', () => {
    const body = '# Okafor defends school plans\n\nOkafor said the plans would raise standards.\n\nEducation minister Grace Okafor spoke in Lagos on Tuesday.';
    const text = `---\npublished: 2005-01-15\n---\n\n${body}\n`;
    const [f] = rule(analyze(text).findings, 'entity-first-reference');
    assert.equal(f.text, 'Okafor');
    assert.ok(f.message.startsWith('First reference to Grace Okafor by surname alone'), f.message);
    assert.equal(f.severity, 'info');
    const fixed = apply(text, f.fixes![0].edits);
    assert.ok(fixed.includes('# Okafor defends school plans\n\nGrace Okafor said the plans') && fixed.includes('Education minister Okafor spoke'), fixed);
    assert.deepEqual(rule(analyze(fixed).findings, 'entity-first-reference'), []);
    // A courtesy title is no full first reference; it moves with the surname.
    const courtesy = '---\npublished: 2005-01-15\n---\n\nMr Brennan said the deal was fair. David Brennan signed it on Monday.\n';
    const [g] = rule(analyze(courtesy).findings, 'entity-first-reference');
    assert.equal(g.text, 'Brennan');
    assert.ok(apply(courtesy, g.fixes![0].edits).includes('David Brennan said the deal was fair. Mr Brennan signed it'), apply(courtesy, g.fixes![0].edits));
  });

  it('knows a full name by the recogniser\'s reading when the given name is not in its gazetteer', () => {
    assert.deepEqual(firstRefs('Okafor said the plans would raise standards. Education minister Amina Okafor spoke in Lagos.').map((x) => x.text), ['Okafor']);
  });

  it('leaves headlines, ranks and offices, families, lists, quotations and namesakes alone', () => {
    assert.deepEqual(firstRefs('# Okafor wins vote\n\nAmina Okafor won the vote. Okafor thanked her staff.'), []);
    assert.deepEqual(firstRefs('President Mbeki arrived on Monday. Thabo Mbeki then met the press.'), []);
    assert.deepEqual(firstRefs('Lord Falconer spoke first. Charles Falconer is the Lord Chancellor.'), []);
    assert.deepEqual(firstRefs('The party was hosted by the Osbourne family. Sharon Osbourne greeted the guests.'), []);
    assert.deepEqual(firstRefs('"Okafor has failed us," said the union leader. Amina Okafor denied it.'), []);
    assert.deepEqual(firstRefs('Jones was injured on Saturday. Ryan Jones and Stephen Jones both trained on Monday.'), []);
    assert.deepEqual(firstRefs('Result: Nadal 6-7 6-2 7-6 6-2 Roddick. Rafael Nadal beat Andy Roddick.'), []);
    // The surname alone beside the full name in one sentence is another person of that name.
    assert.deepEqual(firstRefs('Mr Okonkwo spoke first. Later, Mr Okonkwo and Chidi Okonkwo met the mayor.'), []);
  });
});

describe('boundaries from review 23', () => {
  const flagged = (body: string) => texts(analyze(`---\npublished: 1989-11-02\n---\n\n${body}\n`).findings, 'untagged-entity');

  it('cuts a preposition that opens the sentence, and a date the name runs into', () => {
    assert.ok(flagged('In New York Stock Exchange composite trading, Esselte closed at $43.50.').includes('New York Stock Exchange'));
    assert.ok(flagged('U.S. Trust said he will succeed Daniel P. Davison Feb. 1 as chairman.').includes('Daniel P. Davison'));
    // Written after the fix.
    assert.ok(flagged('At Heathrow Airport, passengers waited for hours.').includes('Heathrow Airport'));
    assert.ok(flagged('The board named Maria Lopez Oct. 3 as its chief.').includes('Maria Lopez'));
  });
});

describe('copy-desk review 24: repeats under another form, and peers\' titles (examples written after the fix)', () => {
  const names = (text: string) => rule(analyze(text).findings, 'untagged-entity').map((f) => `${f.text}${/\((\d+) more/.exec(f.message) ? ` +${/\((\d+) more/.exec(f.message)![1]}` : ''}`);

  it('links a club\'s name alone to its name with the club\'s form ("Sunderland" after "Sunderland FC")', () => {
    assert.deepEqual(names('Bob Murray wants to buy Sunderland FC. Mr Murray is already Sunderland\'s biggest shareholder.').filter((n) => n.startsWith('Sunderland')), ['Sunderland FC +1']);
    assert.deepEqual(names('Bath RFC beat Leeds. Bath scored four tries.').filter((n) => n.startsWith('Bath')), ['Bath RFC +1']);
  });

  it('links a country\'s short name in news copy to the country ("America", "Britain")', () => {
    assert.deepEqual(names('The United States is watching. Everything in Cuba gets America\'s attention.').filter((n) => !n.startsWith('Cuba')), ['United States +1']);
    assert.deepEqual(names('Trade with the United Kingdom grew. Britain exported more cars.'), ['United Kingdom +1']);
  });

  it('reads the place after a peer\'s or a monarch\'s name and "of" as part of the title', () => {
    assert.deepEqual(names('Lord Faulkner of Worcester, who chaired the inquiry, said the rules were weak.'), ['Faulkner']);
    assert.deepEqual(names('Baroness Smith of Basildon spoke, and later Lord Smith of Basildon was thanked.'), ['Smith +1']);
    assert.deepEqual(names('The ministers said King Abdullah of Jordan paid for the flight.').filter((n) => n.includes('Jordan')), []);
    // The place on its own is a mention.
    assert.deepEqual(names('Lord Callaghan of Cardiff died. He was elected for a Cardiff seat in 1945.').filter((n) => n.startsWith('Cardiff')), ['Cardiff']);
  });
});

describe('copy-desk review 25: an acronym defined in brackets, and one country under codes and short names (examples written after the fix)', () => {
  const names = (text: string) => rule(analyze(text).findings, 'untagged-entity').map((f) => `${f.text}${/\((\d+) more/.exec(f.message) ? ` +${/\((\d+) more/.exec(f.message)![1]}` : ''}`);

  it('links an acronym in brackets after a body\'s name to the body', () => {
    assert.deepEqual(names('The US Anti-Doping Agency (USADA) pressed charges. Later USADA said the ban was fair.'), ['US Anti-Doping Agency +2']);
    assert.deepEqual(names('She appeared before the Court of Arbitration for Sport (CAS) on Monday.'), ['Court of Arbitration for Sport +1']);
    // Letters that are not the name's initials define nothing.
    assert.deepEqual(names('The Football Association (UEFA) met.').length, 2);
  });

  it('links a country\'s code to its short name when the article never writes its full name', () => {
    assert.deepEqual(names('Growth in the U.K. slowed, and Britain\'s exports fell.'), ['U.K. +1']);
    assert.deepEqual(names('Exports to the US rose. America\'s deficit widened.'), ['US +1']);
  });
});

describe('copy-desk review 25: spans (examples written after the fix)', () => {
  const names = (text: string) => rule(analyze(text).findings, 'untagged-entity').map((f) => f.text);

  it('ends a person\'s name with its generational suffix', () => {
    assert.deepEqual(names('The firm is run by John R. Mellon IV and his cousin.'), ['John R. Mellon IV']);
  });

  it('leaves an indefinite article that opens a noun phrase out of the name, but keeps an initial', () => {
    assert.deepEqual(names('LONDON — A Camden man was arrested on Friday.').filter((n) => n.includes('Camden')), ['Camden']);
    assert.deepEqual(names('Replacements: J Worsley (Wasps), A Titterrell (Sale Sharks).').filter((n) => n.includes('Titterrell')), ['A Titterrell']);
  });
});

describe('copy-desk review 33: titles cued by "a remake of", "episodes of", "the sequel to", and a one-word title read as a person (examples written after the fix)', () => {
  const flagged = (body: string) => rule(analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).findings, 'untagged-entity').map((f) => f.text);
  it('reads the name after such a cue, or before ", a docu-drama", as a work, not a name to tag', () => {
    assert.deepEqual(flagged('Blackwater, a docu-drama about the war, airs tonight.'), []);
    assert.deepEqual(flagged('He starred in a remake of The Italian Job last year.'), []);
    assert.deepEqual(flagged('Viewers will see two new episodes of Coronation Street.'), []);
    assert.deepEqual(flagged('The film is the sequel to Paddington and opens on Friday.'), []);
    // A name that modifies a noun after it is no title ("Hollywood classic"); a full name before "a drama …" is a person.
    assert.ok(flagged('She is working on a remake of Hollywood classic Casablanca.').includes('Hollywood'));
    assert.deepEqual(flagged('Jim Smith, a drama teacher from Leeds, won.'), ['Jim Smith', 'Leeds']);
  });
});

describe('copy-desk review 26: titles of works, names of a place\'s people, events and indices, double-barrelled names (examples written after the fix)', () => {
  const names = (text: string) => rule(analyze(text).findings, 'untagged-entity').map((f) => f.text);

  it('reads a cue before the whole title, and every piece the recogniser took from that title, as a work', () => {
    // Pieces of one title after "role in": none is a name.
    assert.deepEqual(names('Helen Mirren won praise for her role in Memoirs of the Forgotten Garden last year.').filter((n) => !n.startsWith('Helen')), []);
    assert.deepEqual(names('The quartet was nominated for Songs of the Northern Sea and Harbour Lights in 2003.'), []);
    // An appositive whose head is a work noun: "X, a comedy starring …".
    assert.deepEqual(names('Other new entries included Paper Lanterns, a comedy starring Rosa Delgado, at number three.'), ['Rosa Delgado']);
  });

  it('keeps the name when the phrase after it is the next clause\'s subject or a possessive, and a country listed before a title', () => {
    assert.ok(names('Filmed by Marta Kovac, the documentary was shown in Berlin.').includes('Marta Kovac'));
    assert.ok(names('Ana Brandt leads Stormfront, the game\'s developer, from Oslo.').includes('Stormfront'));
    assert.ok(names('He built it for a party in Peru, Vamos, an online quiz game.').includes('Peru'));
  });

  it('does not take a courtesy title into a title: "programme Mr Hale" names a person', () => {
    assert.ok(names('He told the Today programme Mr Hale had resigned.').includes('Hale'));
  });

  it('types the people of a place as no name of a person, body or place', () => {
    assert.deepEqual(names('Dubliners queued for hours, and Parisians did the same.'), []);
    assert.deepEqual(names('Berliners marched through Berlin.'), ['Berlin']);
  });

  // Review 28c, kind C, ours, written after the change.
  it('reads a storm word and the name after it as one storm, type other, and the name alone after it as that storm', () => {
    assert.deepEqual(names('Insurers expect heavy losses from Typhoon Songda, which struck Japan on Tuesday.'), ['Japan']);
    assert.deepEqual(names('Shipping was halted as Cyclone Tracy neared Darwin.'), ['Darwin']);
    const andrew = analyze('Hurricane Andrew flattened Homestead in 1992. Andrew caused damage of about $26bn.');
    assert.deepEqual(andrew.entities.filter((e) => e.text.includes('Andrew')).map((e) => `${e.text}: ${e.type}`), ['Hurricane Andrew: other', 'Andrew: other']);
    assert.ok(!andrew.findings.some((f) => f.text.includes('Andrew')));
    // The slow tier's fuzzing found a crash: three storms of one name. The name alone then belongs to none of them.
    const three = analyze('Hurricane Mitch hit Honduras. Typhoon Mitch hit Manila. Cyclone Mitch hit Fiji. Mitch was deadly.');
    assert.deepEqual(three.entities.filter((e) => e.text.endsWith('Mitch')).map((e) => e.type), ['other', 'other', 'other', 'person']);
  });

  // Review 28c, kind B, ours, written after the change.
  it('types a religion or its adherents as a group name like a nationality: other, not flagged; a body named after one keeps its type', () => {
    assert.deepEqual(names('Hundreds of Muslims gathered outside the mosque in Leeds on Friday.'), ['Leeds']);
    assert.deepEqual(names('She grew up a devout Bangladeshi Muslim in Bradford.'), ['Bradford']);
    assert.deepEqual(names('The bishop said Catholicism and Islam share much.'), []);
    const turkey = analyze('Turkey would be the first Muslim member of the club.');
    assert.deepEqual(turkey.entities.filter((e) => e.text === 'Muslim').map((e) => e.type), ['other']);
    const council = analyze('The Muslim Council of Britain welcomed the ruling.').findings.filter((f) => f.rule === 'untagged-entity');
    assert.deepEqual(council.map((f) => f.message), ['Untagged organisation: “Muslim Council of Britain”']);
  });

  // Review 64 ("speaks fluent Hebrew" typed a place, "Gypsy sites" a person); ours, written after the change.
  it('types a language or a people like a nationality: other, not flagged; a body named after one keeps its type', () => {
    assert.deepEqual(names('The film is in Swahili and French, its director Wanjiru Kamau said.'), ['Wanjiru Kamau']);
    assert.deepEqual(names('Kurds in the north voted on Sunday, officials in Erbil said.'), ['Erbil']);
    assert.deepEqual(names('She learned Yiddish from her grandmother in Brooklyn.'), ['Brooklyn']);
    assert.deepEqual(names('# Councils told to find Gypsy sites\n\nCouncils must find sites for Gypsies, Ms Cooper said.'), ['Cooper']);
    assert.deepEqual(names('The Hebrew University of Jerusalem hired him. The Tamil Tigers said the talks had failed.'), ['Hebrew University of Jerusalem', 'Tamil Tigers']);
  });

  it('reads a name ending in Bowl, Average or Index as an event or an index, not a body', () => {
    assert.deepEqual(names('Ratings fell during the Rose Bowl and the Nikkei Stock Average slid.'), []);
  });

  it('keeps a double-barrelled name whole when its first half is read alone elsewhere only inside it', () => {
    const found = analyze('Kemi Adeyemi-Roth scored first. Adeyemi-Roth then set up a second. Late on (Adeyemi-Roth 81) she was replaced.').entities
      .filter((e) => e.text.includes('Adeyemi') || e.text.includes('Roth')).map((e) => e.text);
    assert.deepEqual(found, ['Kemi Adeyemi-Roth', 'Adeyemi-Roth', 'Adeyemi-Roth']);
  });
});

describe('copy-desk review 26: a team sheet\'s substitutes in brackets and a labelled bench (examples written after the fix)', () => {
  const types = (text: string) => analyze(`---\npublished: 2005-01-15\n---\n\n${text}\n`).entities.map((e) => `${e.text}:${e.type}`);
  const report = 'Rovers won 2-1 at home on Saturday. Smith scored twice after the break and the visitors replied once in the last minute of the match.';

  it('keeps a team sheet whole across substitutes in brackets, and reads a labelled bench of four', () => {
    const sheet = types(`${report}\n\nWalsh, Okafor, Brennan, Hulme (Tarrant 71), Dervla, Ashworth (Quennell 80), Marsden, Pryce.\n\nSubs Not Used: Gareth, Moyo, Jones, Ferreira.`);
    const notPeople = sheet.filter((e) => !e.endsWith(':person') && /Walsh|Okafor|Brennan|Hulme|Tarrant|Dervla|Ashworth|Quennell|Marsden|Pryce|Gareth|Moyo|Jones|Ferreira/.test(e));
    assert.deepEqual(notPeople, []);
  });
});

describe('copy-desk review 26: an award written alone (examples written after the fix)', () => {
  const names = (text: string) => rule(analyze(text).findings, 'untagged-entity').map((f) => f.text);

  it('reads an award and its plural as no name of a person, body or place, but keeps a person whose name opens with one', () => {
    assert.deepEqual(names('The singer won two Grammys and a Bafta, and her film is an Oscar contender.'), []);
    assert.deepEqual(names('Oscar Wilde wrote the play in 1895.'), ['Oscar Wilde']);
  });
});

describe('copy-desk review 27: a company\'s whole name without its corporate form, read as a person or a place (examples written after the fix)', () => {
  const names = (text: string) => rule(analyze(text).findings, 'untagged-entity').map((f) => f.text);

  it('links it to the company, so one tag covers both', () => {
    assert.deepEqual(names('Halvorsen Marine Corp. bought the yard. Later Halvorsen Marine said it would hire 40 welders.'), ['Halvorsen Marine Corp']);
    // A place of the same words that is no company's stays apart.
    assert.deepEqual(names('Oslo welcomed the deal. Oslo Marine Corp. said so.').filter((n) => n === 'Oslo'), ['Oslo']);
  });
});

// Copy-desk review 28, ours, written after the fix.
describe('untagged-entity: a word that opens its sentence', () => {
  const flagged = (body: string) => texts(analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).findings, 'untagged-entity');
  it('is no name when the tagger reads it as an inflected verb', () => {
    assert.deepEqual(flagged('Born in Cardiff, the singer moved to Paris.'), ['Cardiff', 'Paris']);
  });
  it('stays a name the recogniser finds mostly capitalised', () => {
    assert.deepEqual(flagged('Spurs said the referee was wrong.'), ['Spurs']);
  });
});

// Copy-desk review 28, ours, written after the fix.
describe('untagged-entity: a corporate form alone', () => {
  const flagged = (body: string) => texts(analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).findings, 'untagged-entity');
  it('is no name', () => {
    assert.deepEqual(flagged('An adviser to Hill & Knowlton (Asia) Inc., in Hong Kong, agreed.'), ['Hill & Knowlton', 'Asia', 'Hong Kong']);
  });
});

/** The names `untagged-entity` flags in `body` (published 2005-01-15), each with the type its message gives ("Orlando: place"). */
const typedFlags = (body: string) => rule(analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).findings, 'untagged-entity').map((f) => `${f.text}: ${/Untagged (\w+)/.exec(f.message)?.[1]}`);

// Copy-desk review 28b, kind A, ours, written after the fix.
describe('untagged-entity: a company or body the article says it is', () => {
  it('after a noun that names bodies', () => {
    assert.deepEqual(typedFlags('The deal was handled by advisory firm Hartley Benson.'), ['Hartley Benson: organisation']);
  });
  it('with an appositive or a copula', () => {
    assert.deepEqual(typedFlags('Kestrel Moor, a fast-growing Welsh company, said sales rose.'), ['Kestrel Moor: organisation']);
    assert.deepEqual(typedFlags('Lynn Abbot is a charity that helps children.'), ['Lynn Abbot: organisation']);
  });
  it("in a company's possessive before its unit", () => {
    assert.deepEqual(typedFlags("Harcourt Group's Tilly Marsh foods unit was sold."), ['Harcourt Group: organisation', 'Tilly Marsh: organisation']);
  });
  it('not for a person described by a job', () => {
    assert.deepEqual(typedFlags('Michael Carter, a company director, said.'), ['Michael Carter: person']);
  });
});

// Copy-desk review 28b, kind D, ours, written after the fix.
describe('untagged-entity: a known place the recogniser read as a given name', () => {
  it('is a place where the article uses it as one', () => {
    assert.deepEqual(typedFlags('The Orlando theme park operator said it would cut jobs.'), ['Orlando: place']);
  });
  it('stays a person with a courtesy title', () => {
    assert.deepEqual(typedFlags('Mr Orlando, the theme park operator, said he would retire.'), ['Orlando: person']);
    assert.deepEqual(typedFlags('Protesters gathered outside the home of Mr Orlando in Leeds.'), ['Orlando: person', 'Leeds: place']);
  });
});

describe('untagged-entity: an adjective made of a prefix, a hyphen and a name (copy-desk review 29)', () => {
  const flagged = (body: string) => texts(analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).findings, 'untagged-entity');
  it('is no name; a name with a hyphen in it still is', () => {
    assert.deepEqual(flagged('Pro-Moscow rebels and ex-Labour MPs met Anti-Mugabe activists in Leeds.'), ['Leeds']);
    assert.deepEqual(flagged('Jean-Claude Juncker met Ex-Im Bank officials.'), ['Jean-Claude Juncker', 'Ex-Im Bank']);
  });
});

describe('review38: one entity under a second form (examples written after the fix)', () => {
  const names = (text: string) => rule(analyze(text).findings, 'untagged-entity').map((f) => `${f.text}${/\((\d+) more/.exec(f.message) ? ` +${/\((\d+) more/.exec(f.message)![1]}` : ''}`);

  it('links a party named without "Party", but not its adjective before a noun', () => {
    assert.deepEqual(names('The Liberal Party met in Leeds. The Liberals said they would stand.').filter((n) => n.startsWith('Liberal')), ['Liberal Party +1']);
    assert.deepEqual(names('The Republicans won the seat. The Republican Party said it was pleased.').filter((n) => n.startsWith('Republican')), ['Republicans +1']);
    // "a Tory government" is the party's adjective: other, as before.
    assert.deepEqual(names('The Tory Party met in Bournemouth. A Tory government would cut taxes.').filter((n) => n.startsWith('Tory')), ['Tory Party']);
  });

  it('links an acronym that keeps a country code whole ("UKA" for "UK Athletics")', () => {
    assert.deepEqual(names('UK Anti-Doping banned him for two years. UKAD said the ban was fair.').filter((n) => n.startsWith('UK')), ['UK Anti-Doping +1']);
    // A country code before a lower-case word gives no acronym: "UK government" and "UK" stay apart.
    assert.deepEqual(names('The UK government said no on Monday. The UK is divided, Mr Smith said.'), ['UK government', 'UK', 'Smith']);
  });

  it('links a headline\'s compass initial to the place written out ("S Korea", "South Korea")', () => {
    const flagged = rule(analyze('# N Korea talks stall\n\nNorth Korea walked out of the talks on Monday.').findings, 'untagged-entity');
    assert.deepEqual(flagged.map((f) => f.message), ['Untagged place: “N Korea” (1 more mention in this article)']);
  });

  it('links a company named for a person to the surname alone ("Disney" after "Walt Disney Company")', () => {
    assert.deepEqual(names('The Charles Schwab Corp cut its fees on Monday. Schwab said sales were strong.'), ['Charles Schwab Corp +1']);
  });
});

describe('review41: a judge\'s title and a pronoun "I" are no part of a name (examples written after the fix)', () => {
  const flagged = (body: string) => texts(analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).findings, 'untagged-entity');

  it('tags the judge, not "Justice", after a courtesy title; "Justice Department" stays whole', () => {
    assert.deepEqual(flagged('Mr Justice Eady said he was obliged to compensate Mr Galloway.'), ['Eady', 'Galloway']);
    assert.deepEqual(flagged('Lord Justice Rix and Mrs Justice Forbes heard the appeal.'), ['Rix', 'Forbes']);
    assert.deepEqual(flagged('Mrs Justice Hale ruled on Monday.'), ['Hale']);
    assert.deepEqual(flagged('The Justice Department said it would appeal.'), ['Justice Department']);
  });

  it('leaves the pronoun "I" out of the name before it, but keeps a king\'s numeral', () => {
    assert.deepEqual(flagged('Whilst not being a great fan of Kilroy I do agree with him.'), ['Kilroy']);
    assert.deepEqual(flagged('As a fan of Liverpool I think the manager must go.'), ['Liverpool']);
    assert.deepEqual(flagged('King Henry I was crowned in Westminster.'), ['Henry I', 'Westminster']);
  });
});

describe('review41: a noun before a name that says what it is, learned from labels and from the recogniser\'s reading', () => {
  const typed = (body: string) => rule(analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).findings, 'untagged-entity').map((f) => f.message);

  it('types a name after a noun that describes people as a person', () => {
    assert.deepEqual(typed('The music is by Bollywood composer AR Rahman.'), ['Untagged person: “AR Rahman”']);
    assert.deepEqual(typed('The song was written by hip-hop star Kanye West.'), ['Untagged person: “Kanye West”']);
  });

  it('leaves a body a plural describes, and types a name after a noun that names bodies as an organisation', () => {
    assert.deepEqual(typed('Viewing is falling, say analysts Jupiter Research.'), ['Untagged organisation: “Jupiter Research”']);
    assert.deepEqual(typed('Shares in carmaker General Motors fell.'), ['Untagged organisation: “General Motors”']);
  });
});

describe('review41: an electoral area is one place, however the recogniser split it (examples written after the fix)', () => {
  const typed = (body: string) => rule(analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).findings, 'untagged-entity').map((f) => f.message);

  it('joins the pieces an "and" joins before "ward" or after "constituency of", and types an area before "MP" a place', () => {
    assert.deepEqual(typed('He added: "Here in this constituency of Bethnal Green and Bow there is a stooge."'), ['Untagged place: “Bethnal Green and Bow”']);
    assert.deepEqual(typed("It won a council seat in St Dunstan's and Stepney Green ward."), ["Untagged place: “St Dunstan's and Stepney Green”"]);
    assert.deepEqual(typed('The Glasgow Kelvin MP was expelled from the party.'), ['Untagged place: “Glasgow Kelvin”']);
    assert.deepEqual(typed('The Leeds North East MP spoke.'), ['Untagged place: “Leeds North East”']);
  });

  it('leaves parties, adjectives and people before "MPs" as they were', () => {
    assert.deepEqual(typed('Tony Blair and Gordon Brown MPs met.'), ['Untagged person: “Tony Blair”', 'Untagged person: “Gordon Brown”']);
    assert.deepEqual(typed('A UK Independence Party MEP spoke.'), ['Untagged organisation: “UK Independence Party”']);
  });
});

describe('review43: an acronym no gazetteer holds as a place names a body; only the codes prose writes for a country are countries (examples written after the fix)', () => {
  const typed = (body: string) => rule(analyze(`---\npublished: 2005-03-01\n---\n\n${body}\n`).findings, 'untagged-entity').map((f) => f.message);

  it('types a company known by its initials an organisation, though its letters are a country code ("BT" is Bhutan\'s)', () => {
    assert.deepEqual(typed('Staff at NTL were told on Monday. NTL said the cuts were needed.'), ['Untagged organisation: “NTL” (1 more mention in this article)']);
    assert.deepEqual(typed('Profits at BT rose as customers switched.'), ['Untagged organisation: “BT”']);
  });

  it('keeps country and city abbreviations places, and joins a code glued to a name ("ZANU-PF")', () => {
    assert.deepEqual(typed('Officials in the UAE and the US agreed.'), ['Untagged place: “UAE”', 'Untagged place: “US”']);
    assert.deepEqual(typed('He moved to LA last year.'), ['Untagged place: “LA”']);
    assert.deepEqual(typed('Officials in SA met.'), ['Untagged place: “SA”']);
    assert.deepEqual(typed('Critics of Zimbabwe\'s ruling ZANU-PF were arrested.'), ['Untagged place: “Zimbabwe”', 'Untagged organisation: “ZANU-PF”']);
  });
});

describe('a name before a role noun and a person\'s name is their party, band, club or company, not a person (examples written after the fix)', () => {
  const typed = (body: string) => rule(analyze(`---\npublished: 2005-03-01\n---\n\n${body}\n`).findings, 'untagged-entity').map((f) => f.message);

  it('types the employer an organisation', () => {
    assert.deepEqual(typed('Fianna Fail leader Bertie Ahern spoke.'), ['Untagged organisation: “Fianna Fail”', 'Untagged person: “Bertie Ahern”']);
    assert.deepEqual(typed('Grupo Televisa chairman Emilio Azcarraga resigned.'), ['Untagged organisation: “Grupo Televisa”', 'Untagged person: “Emilio Azcarraga”']);
  });

  it('keeps a person before an aide\'s noun, a person named elsewhere, and a headline\'s verb read as a noun', () => {
    assert.deepEqual(typed('Kerry aide Tad Devine said the senator would win.'), ['Untagged person: “Kerry”', 'Untagged person: “Tad Devine”']);
    assert.deepEqual(typed('Ms Okonjo said so. Okonjo spokesman Paul Adeyemi declined to comment.'), ['Untagged person: “Okonjo” (1 more mention in this article)', 'Untagged person: “Paul Adeyemi”']);
    assert.deepEqual(typed('# Hain blasts Howard over tax\n\nPeter Hain said the plans were wrong.'), ['Untagged person: “Hain” (1 more mention in this article)', 'Untagged person: “Howard”']);
  });
});

describe('session 24: a person written with initials and no full stops (examples written after the fix)', () => {
  const typed = (body: string) => rule(analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).findings, 'untagged-entity').map((f) => f.message);

  it('types the name a person after a noun that describes people, also when that noun opens the sentence', () => {
    assert.deepEqual(typed('The festival booked producer DJ Shadow.'), ['Untagged person: “DJ Shadow”']);
    assert.deepEqual(typed('Singer KD Lang opened the show.'), ['Untagged person: “KD Lang”']);
  });

  it('types the name a person when its surname alone takes a courtesy title or an age, and links the two', () => {
    const analysis = analyze('---\npublished: 2005-01-15\n---\n\nThe prize went to KD Lang on Monday. Lang, 43, thanked the judges.\n');
    const mentions = analysis.entities.filter((m) => m.text.includes('Lang'));
    assert.deepEqual(mentions.map((m) => [m.text, m.type]), [['KD Lang', 'person'], ['Lang', 'person']]);
    assert.equal(new Set(mentions.map((m) => m.group)).size, 1);
  });

  it('leaves a company whose name opens with capitals a body when nothing gives its last word as a surname', () => {
    assert.deepEqual(typed('Shares in BT Cellnet rose on Monday.'), ['Untagged organisation: “BT Cellnet”']);
  });
});

describe('session 24 (review 47): one sure employer cue types a body the recogniser reads as a person (examples written after the fix)', () => {
  const typed = (body: string) => rule(analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).findings, 'untagged-entity').map((f) => f.message);

  it('types every mention a body after "chief" (read as an adjective by the tagger) before a person', () => {
    assert.deepEqual(typed('Talks with Corrigan resumed on Monday. Corrigan chief Maeve Dunne said a deal was near. Corrigan has offered cash, and Corrigan may raise its offer.'),
      ['Untagged organisation: “Corrigan” (3 more mentions in this article)', 'Untagged person: “Maeve Dunne”']);
  });

  it('leaves a person with a full name elsewhere a person', () => {
    assert.deepEqual(typed('Tomas Corrigan spoke on Monday. Corrigan aide Maeve Dunne said a deal was near. Corrigan has offered cash.'),
      ['Untagged person: “Tomas Corrigan” (2 more mentions in this article)', 'Untagged person: “Maeve Dunne”']);
  });
});

describe('session 24 (review 47): a genre noun before a title cues it as a work (examples written after the fix)', () => {
  const typed = (body: string) => rule(analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).findings, 'untagged-entity').map((f) => f.message);

  it('reads the name after "cartoon", "fable" or "fantasy" as a title, not flagged', () => {
    assert.deepEqual(typed('Children voted for the cartoon Bramble Hollow.'), []);
    assert.deepEqual(typed('Critics praised the fable Ashford Manor.'), []);
    assert.deepEqual(typed('Viewers loved the fantasy Wolfsbane Keep.'), []);
  });
});

describe('session 24 (review 48): a name before a malware noun names the program (examples written after the fix)', () => {
  const typed = (body: string) => rule(analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).findings, 'untagged-entity').map((f) => f.message);

  it('reads "the Krovak worm" and a list before "mass mailers" as programs, not flagged', () => {
    assert.deepEqual(typed('Experts said the Krovak worm had infected 20,000 machines.'), []);
    assert.deepEqual(typed('Security firms tracked the Pellix, Durran and Vosk mass mailers last year.'), []);
    // Second read: a verb after the noun that the tagger read as a noun, in a sentence it found no verb in.
    assert.deepEqual(typed('Later the Quilla and Marsh trojans spread.'), []);
  });

  it('leaves a body whose virus staff the noun phrase goes on to name, and a person called Trojan', () => {
    // (Still flagged; its type is the recogniser's, here a place, which review 48 counts as a wrong type.)
    const flagged = rule(analyze('---\npublished: 2005-01-15\n---\n\nKaspersky virus analyst Lena Hart said so.\n').findings, 'untagged-entity').map((f) => f.text);
    assert.deepEqual(flagged, ['Kaspersky', 'Lena Hart']);
    assert.deepEqual(typed('Sven Trojan, the envoy, spoke.'), ['Untagged person: “Sven Trojan”']);
  });
});

describe('session 24 (review 48): "the Bank" after "Bank of Ghana" is that body (examples written after the fix)', () => {
  const typed = (body: string) => rule(analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).findings, 'untagged-entity').map((f) => f.message);

  it('links the word before "of" alone to the one body it heads', () => {
    assert.deepEqual(typed('The Bank of Ghana cut rates on Monday. The Bank said inflation had slowed.'), ['Untagged organisation: “Bank of Ghana” (1 more mention in this article)']);
  });

  it('leaves it alone when two bodies have that head, and prefers a body that ends in the word', () => {
    assert.equal(typed('The Bank of Ghana and the Bank of Kenya met. The Bank said rates would rise.').length, 3);
    assert.deepEqual(typed('The Central Bank of Ghana met the Reserve Bank. The Bank said rates would rise.'),
      ['Untagged organisation: “Central Bank of Ghana”', 'Untagged organisation: “Reserve Bank” (1 more mention in this article)']);
  });
});

describe('session 26 (review 50): a town the recogniser read as a club, set in a place outside sport, is a place (examples written after the fix)', () => {
  const typed = (body: string) => rule(analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).findings, 'untagged-entity').map((f) => f.message);

  it('types every mention of the town a place when the article sets one of them in a place', () => {
    assert.deepEqual(typed('Its staff will come back to Preston in May. Hotels in Preston are already full.'), ['Untagged place: “Preston” (1 more mention in this article)']);
  });

  it('leaves a firm named after a town an organisation when a mention of it speaks', () => {
    assert.deepEqual(typed('Halifax said house prices rose by 2% in March. The lender, which is based in Halifax, expects a slowdown.'), ['Untagged organisation: “Halifax” (1 more mention in this article)']);
  });
});

describe('session 26 (review 50): a place or nationality before a common-noun acronym modifies it (examples written after the fix)', () => {
  const typed = (body: string) => rule(analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).findings, 'untagged-entity').map((f) => f.message);

  it('ends the name before the acronym: a place stays a place, a nationality is no name to tag', () => {
    assert.deepEqual(typed('Most Canadian TV channels and all France TV channels carried it.'), ['Untagged place: “France”']);
    assert.deepEqual(typed('Viewers of Kenyan TV shows rose, and sales of Irish DVD boxes did too.'), []);
  });

  it('keeps a name that ends in such an acronym after other words', () => {
    assert.deepEqual(typed('The Nigeria PC market grew, said Court TV.'), ['Untagged place: “Nigeria”', 'Untagged organisation: “Court TV”']);
  });
});

describe('session 26 (review 50): a name whose verb\'s object opens with "its" is a body\'s (examples written after the fix)', () => {
  const typed = (body: string) => rule(analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).findings, 'untagged-entity').map((f) => f.message);

  it('types the group an organisation when one mention does something to "its" own', () => {
    assert.deepEqual(typed('Kellwood has cut its forecast for the year. Kellwood said demand was weak.'), ['Untagged organisation: “Kellwood” (1 more mention in this article)']);
    assert.deepEqual(typed('Marston will close its plant in May, and Marston said 200 jobs would go.'), ['Untagged organisation: “Marston” (1 more mention in this article)']);
    // Review 68 ("But Wal-Mart only saw its sales rise"): an adverb between the name and its verb. Ours, written after.
    assert.deepEqual(typed('Kessler only saw its sales rise after it cut prices. Analysts said Kessler faced a stand-off.'), ['Untagged organisation: “Kessler” (1 more mention in this article)']);
    assert.deepEqual(typed('With Vantora now pushing its own service, rivals worry. Vantora will let you use it.'), ['Untagged organisation: “Vantora” (1 more mention in this article)']);
  });

  it('keeps a person who reports a clause about something else, or who is named in full', () => {
    assert.deepEqual(typed('Drayton said its profits rose. Drayton was pleased.'), ['Untagged person: “Drayton” (1 more mention in this article)']);
    assert.deepEqual(typed('Tom Avery sold his shares. Avery has cut its stake, said Avery.'), ['Untagged person: “Tom Avery” (2 more mentions in this article)']);
  });
});

describe('an adjective that opens the sentence is no part of the name after it (review 55: "Previous Star Wars")', () => {
  const texts = (body: string) => analyze(`---\npublished: 2005-03-01\n---\n\n${body}\n`).entities.map((e) => e.text);
  it('cuts an adjective copy writes in lower case when the article writes the name without it', () => {
    const found = texts('The Labour party met. Many Labour MPs were angry. Labour denied it.');
    assert.equal(found.includes('Many Labour'), false, found.join(', '));
    assert.equal(found.filter((t) => t === 'Labour').length, 3, found.join(', '));
  });
  it('keeps a name that opens with such a word when the article never writes it without (ours)', () => {
    const found = texts('Next Generation Secure Computing Base will ship late, Microsoft said.');
    assert.equal(found.some((t) => t.startsWith('Generation')), false, found.join(', '));
  });
});

describe('a body met at its seat is a body (review 62: "at the High Court in London"; examples written after the fix)', () => {
  const types = (body: string) => analyze(`---\npublished: 2005-03-01\n---\n\n${body}\n`).entities.map((e) => `${e.text}: ${e.type}`);
  it('types "the High Court" a body, not a place, and leaves places with such a head alone', () => {
    assert.ok(types('The case will be heard at the High Court in Belfast next week.').includes('High Court: org'));
    assert.ok(types('Growth in Western Europe slowed, the bank said.').includes('Western Europe: place'));
  });
});

describe('entities: a person named by a role in an appositive after the name (review 64: "Fathi Bin Shatwan, Libya\'s oil minister,"; ours, written after the fix)', () => {
  it('types a name the recogniser read as a body as a person when a role noun heads its appositive', () => {
    assert.deepEqual(typedFlags("Abdullah Bin Rashid, the country's oil minister, said output would rise."), ['Abdullah Bin Rashid: person']);
    assert.deepEqual(typedFlags("Output will rise, Khalid Bin Saeed, Oman's energy minister, told reporters."), ['Khalid Bin Saeed: person', 'Oman: place']);
  });

  it('keeps a body whose appositive names a body', () => {
    assert.deepEqual(typedFlags('Al Nour Group, its main supplier, said it would appeal.'), ['Al Nour Group: organisation']);
  });
});

describe('entities: an outlet after a reporting verb and "in the" (review 64: "claimed in the Observer that"; ours, written after the fix)', () => {
  it('types a name read as a place after "said in the" as an organisation', () => {
    assert.deepEqual(typedFlags('Mr Okoro claimed in the Courier that the plan would fail.'), ['Okoro: person', 'Courier: organisation']);
    assert.deepEqual(typedFlags('Ms Adebayo said in the Examiner that she would appeal.'), ['Adebayo: person', 'Examiner: organisation']);
  });

  it('keeps a place with a capital "The", a nationality, and a name before a noun it modifies', () => {
    assert.deepEqual(typedFlags('He said in The Hague that talks would resume.'), ['Hague: place']);
    assert.deepEqual(typedFlags('The plan was unveiled in the Gershon report on Monday.'), ['Gershon: place']);
  });
});

describe("names that hold a possessive (a saint's institution, a firm named for its founder; review 65 and the corpus; examples written after the fix)", () => {
  const mentions = (body: string) => analyze(`---\npublished: 2024-03-08\n---\n\n${body}\n`).entities.map((e) => `${e.text}: ${e.type}`);

  it("keeps a saint's \"'s\" and the institution's words after it, as one name", () => {
    assert.deepEqual(mentions("She teaches at St Bede's Catholic College in Bristol.").filter((m) => m.startsWith('St')), ["St Bede's Catholic College: org"]);
    assert.ok(mentions("The derby at St Andrew's ended in a draw.").some((m) => m.startsWith("St Andrew's:")));
  });

  it("reads a name every use of which carries \"'s\", once standing alone, as a firm's", () => {
    assert.ok(mentions("Shoppers left Dunelm for Wilko and Hobson's, where prices fell. Hobson's staff were busy.").includes("Hobson's: org"));
    assert.ok(mentions("The pub sells Tetley's and Boddington's.").includes("Boddington's: org"));
  });

  it("leaves a person's or a place's possessive alone", () => {
    const person = mentions("Keith Hale said the bid was fair. Hale's lawyer agreed, and the money was Hale's.");
    assert.ok(!person.some((m) => m.includes("'s")), person.join(' | '));
    const places = mentions("Ministers from Norway and Sweden met; Norway's plan won.");
    assert.ok(!places.some((m) => m.includes("'s")), places.join(' | '));
  });

  it('drops a condition named for a doctor, and keeps the doctor or namesake elsewhere', () => {
    assert.ok(!mentions("Funding for research into Huntington's disease rose.").some((m) => m.startsWith('Huntington')));
    assert.ok(mentions("Samuel Huntington's book sold well.").some((m) => m.startsWith('Samuel Huntington')));
  });
});

describe('personal names with a particle inside ("Osama bin Laden" read as "Osama" and "Laden"; review 66; examples written after the fix)', () => {
  const mentions = (body: string) => analyze(`---\npublished: 2024-03-08\n---\n\n${body}\n`).entities.map((e) => `${e.text}: ${e.type}`);

  it('joins the pieces a particle parts into one person, and keeps the particle of a later short form', () => {
    assert.deepEqual(mentions('Talks between Tamim bin Hamad and the envoy ended, and bin Hamad flew home.'), ['Tamim bin Hamad: person', 'bin Hamad: person']);
  });

  it('reads a name with a patronymic inside as a person\'s, and its short form opening with one', () => {
    const a = analyze('---\npublished: 2024-03-08\n---\n\nThe fugitives included Yemeni militant Hamza bin Awad. Bin Awad is accused of planning the attack.\n');
    assert.deepEqual(a.entities.filter((e) => /Awad/.test(e.text)).map((e) => `${e.text}: ${e.type}`), ['Hamza bin Awad: person', 'Bin Awad: person']);
  });

  it('types a joined body as a body', () => {
    assert.ok(mentions('Shares in Banca Nazionale del Lavoro and Monte del Paschi di Siena rose.').every((m) => !m.endsWith(': person')));
  });
});

describe("a company's short name agrees with its legal name (review 67: \"General Mills' share\" read as the person \"Mills\"; examples written after the fix)", () => {
  const mentions = (body: string) => analyze(`---\npublished: 1989-10-30\n---\n\n${body}\n`).entities.map((e) => `${e.text}: ${e.type}`);

  it('types the short name as the company and takes back a title word cut from it', () => {
    const m = mentions("Rival General Foods Inc. has been gaining ground. Analysts expect General Foods' share of the cereal market to reach 30%.");
    assert.ok(!m.some((x) => x.startsWith('Foods')), m.join(' | '));
    assert.ok(m.filter((x) => x === 'General Foods: org').length >= 1, m.join(' | '));
  });
});

describe('two companies joined by "and" before a corporate form (review 67: "units of Innopac and Mobil Corp."; examples written after the fix)', () => {
  it('splits them when the article names the first alone', () => {
    const a = analyze('---\npublished: 1989-10-30\n---\n\nPackwell Inc. makes foam trays. Packwell said sales rose. A venture of Packwell and Exxon Corp. runs the plant.\n');
    const texts = a.entities.map((e) => e.text);
    assert.ok(texts.includes('Exxon Corp') && !texts.some((t) => t.includes(' and ')), texts.join(' | '));
  });
});

describe('an interjection in capitals is no name (review 67: "it will, in fact, be OK"; examples written after the fix)', () => {
  it('drops "OK" read as an interjection and keeps an acronym the tagger reads as a function word', () => {
    const a = analyze('---\npublished: 2024-03-08\n---\n\n"The match went OK, and the crowd was great," the coach said. The OFT said it would act.\n');
    const texts = a.entities.map((e) => e.text);
    assert.ok(!texts.includes('OK') && texts.includes('OFT'), texts.join(' | '));
  });
});

describe('a name ending in a corporate form is a company\'s (review 67: "Jim Pattison Industries Ltd." typed a person; examples written after the fix)', () => {
  it('types it org whatever the recogniser read', () => {
    const a = analyze('---\npublished: 1989-10-30\n---\n\nHarold Bream Industries Ltd. said sales rose, and Tollway Events Limited agreed.\n');
    assert.deepEqual(a.entities.map((e) => `${e.text}: ${e.type}`), ['Harold Bream Industries Ltd: org', 'Tollway Events Limited: org']);
  });
});

describe('given names and a regnal numeral name a person (review 67: "Elizabeth II" typed an organisation; examples written after the fix)', () => {
  it('types "Elizabeth II" as a person, and leaves a work with a numeral alone', () => {
    const types = (body: string) => analyze(`---\npublished: 1998-02-13\n---\n\n${body}\n`).entities.map((e) => `${e.text}: ${e.type}`);
    assert.ok(types('Delegates voted to cut ties with Elizabeth II and her heirs.').includes('Elizabeth II: person'));
    assert.ok(!types('The film Rocky II opened in 1979.').some((t) => t.startsWith('Rocky II: person')));
  });
});

describe('a short title word that ends a name with no name after it is the name\'s own (review 67: "Hun Sen" never flagged; examples written after the fix)', () => {
  it('keeps "Hun Sen" and still drops a title before a name', () => {
    const names = (body: string) => analyze(`---\npublished: 1998-02-19\n---\n\n${body}\n`).entities.map((e) => e.text);
    assert.ok(names('In July, Hun Sen ousted his rival in a coup.').includes('Hun Sen'));
    assert.ok(!names('Missouri Gov Matt Blunt signed the bill.').some((n) => n.endsWith('Gov')));
  });
});

describe('a unit named after a company is no person (review 67: "Fluor Daniel" after "Fluor Corp."; examples written after the fix)', () => {
  it('types a person-shaped name that opens with the company\'s one-word name as a body', () => {
    const a = analyze('---\npublished: 1989-10-30\n---\n\nBechtel Corp. won the contract. Its unit, Bechtel Simon, will build the plant.\n');
    const types = a.entities.map((e) => `${e.text}: ${e.type}`);
    assert.ok(!types.includes('Bechtel Simon: person'), types.join(' | '));
  });
});

describe('a body named for its topic after "on" (review 69: "International Working Group on Afghan Women")', () => {
  const orgs = (body: string) => analyze(`---\npublished: 2024-09-11\n---\n\n${body}\n`).entities.filter((e) => e.type === 'org').map((e) => e.text);
  it('runs a body’s name over "on" and the capitalised words of its topic', () => {
    // Written after the fix.
    assert.deepEqual(orgs('She advises the Working Group on Enforced Disappearances.'), ['Working Group on Enforced Disappearances']);
    assert.deepEqual(orgs('He sits on the Joint Committee on Human Rights and Equality.'), ['Joint Committee on Human Rights and Equality']);
  });

  it('stops at a weekday, a month, a place alone and lower-case words', () => {
    assert.deepEqual(orgs('The European Commission on Monday fined the firm.'), ['European Commission']);
    assert.deepEqual(orgs('The Security Council on Iraq met in private.'), ['Security Council']);
    assert.deepEqual(orgs('The Finance Committee on balance backed the plan.'), ['Finance Committee']);
  });
});

describe('a place and one party member describe a person (review 70: "one grandstanding Indiana Republican")', () => {
  const read = (body: string) => analyze(`---\npublished: 2024-09-11\n---\n\n${body}\n`).entities.filter((e) => e.type !== 'other').map((e) => `${e.type}:${e.text}`);
  it('reads the place alone', () => {
    // Written after the fix.
    assert.deepEqual(read('A veteran Ohio Democrat blocked the bill.'), ['place:Ohio']);
    assert.deepEqual(read('The Quebec Liberal said little.'), ['place:Quebec']);
    // A party's plural name stays the party.
    assert.deepEqual(read('The Welsh Conservatives won two seats.'), ['org:Welsh Conservatives']);
  });
});

describe('a name in apposition to a prize is the prize (review 70: "the festival\'s top prize, the Golden Bear")', () => {
  it('types it other, so it is not flagged', () => {
    // Written after the fix.
    const flagged = (body: string) => analyze(`---\npublished: 2024-09-11\n---\n\n${body}\n`).findings.filter((f) => f.rule === 'untagged-entity').map((f) => f.text);
    assert.deepEqual(flagged("She is the first woman to win snooker's top trophy, the Triple Crown Cup."), []);
    assert.deepEqual(flagged('The jury gave its highest honour, the Silver Lion, to a debut.'), []);
    // A person in apposition to an office is still a person.
    assert.deepEqual(flagged('They met the festival director, Dieter Kosslick.'), ['Dieter Kosslick']);
  });
});

describe('a party named by its plural is the party whatever the recogniser read (review 70: "the Ulster Unionists")', () => {
  it('types a name of two or more words ending in a party family organisation', () => {
    // Written after the fix.
    const flagged = (body: string) => analyze(`---\npublished: 2024-09-11\n---\n\n${body}\n`).findings.filter((f) => f.rule === 'untagged-entity').map((f) => f.message.replace(/ \(.*$/, ''));
    assert.deepEqual(flagged('The Scottish Greens and the Welsh Liberals backed the bill.'), ['Untagged organisation: “Scottish Greens”', 'Untagged organisation: “Welsh Liberals”']);
    assert.deepEqual(flagged('The Conservatives and Lib Dems said the pledges were worthless.').filter((f) => f.includes('Lib Dems')), ['Untagged organisation: “Lib Dems”']);
  });
});

describe('a hyphenated company name and its short form, and a name the recogniser opened with lower-case words (review 73: "Anheuser-Busch Cos." … "Anheuser"; "the board of Navigation Mixte"; examples written after the fix)', () => {
  const flagged = (body: string) => analyze(`---\npublished: 1989-10-26\n---\n\n${body}\n`).findings.filter((f) => f.rule === 'untagged-entity').map((f) => f.text);

  it('keeps "X-Y Cos." whole with "X" alone in the story, and links both', () => {
    const body = 'Hewlett-Rand Inc. said it will cut prices. Hewlett-Rand announced the plan on Monday. Analysts said Hewlett will gain share. Hewlett shares rose.';
    const found = analyze(`---\npublished: 1989-10-26\n---\n\n${body}\n`).findings.filter((f) => f.rule === 'untagged-entity');
    assert.deepEqual(found.map((f) => f.text), ['Hewlett-Rand Inc']);
    assert.match(found[0].message, /3 more mentions/);
  });

  it('cuts lower-case words off a name\'s opening, but not a particle', () => {
    // (The recogniser's own reading: it opened the first with "board of", the second with "the".)
    assert.deepEqual(flagged('The board of Navigation Mixte met on Friday.'), ['Navigation Mixte']);
    assert.deepEqual(flagged('His agent told the Times newspaper that he was happy.'), ['Times']);
    assert.deepEqual(flagged('A painting by Vincent van Gogh sold for a record.'), ['Vincent van Gogh']);
  });
});

describe('a patronymic particle makes a person\'s name (review 74: "Osama Bin Laden" read as an organisation; examples written after the fix)', () => {
  const read = (body: string) => analyze(`---\npublished: 2024-09-11\n---\n\n${body}\n`).entities.map((e) => `${e.type}:${e.text}`);

  it('types the name person whatever the recogniser read', () => {
    assert.ok(read('Investigators traced the money to Khalid Bin Mahfouz last year.').includes('person:Khalid Bin Mahfouz'));
    assert.ok(read('The letter was signed by Abdullah ibn Hamad and two aides.').includes('person:Abdullah ibn Hamad'));
  });
});

describe('a country\'s code before its body, plural courtesy titles, and a rank\'s prefix after "and" (review 75: "U.S. Senate" read as a place and a body; "Messrs."; "Mr. Drabinsky and Vice Chairman Myron Gottlieb"; examples written after the fix)', () => {
  const read = (body: string) => analyze(`---\npublished: 2024-09-11\n---\n\n${body}\n`).entities.map((e) => `${e.type}:${e.text}`);

  it('reads "U.S. Senate" as one body, but not a code before an acronym', () => {
    assert.deepEqual(read('She ran for the U.S. Senate in Ohio.').filter((e) => !e.endsWith('Ohio')), ['org:U.S. Senate']);
    assert.deepEqual(read('The UK Treasury declined to comment.'), ['org:UK Treasury']);
  });

  it('reads "Messrs." as a title, and ends a name before "and" a rank\'s prefix', () => {
    assert.ok(!read('The board said Messrs. Alder and Brandt had resigned.').some((e) => e.includes('Messrs')));
    assert.deepEqual(read('The firm said Mr. Kowalczyk and Vice Chairman Ann Hill left.'), ['person:Kowalczyk', 'person:Ann Hill']);
    // The same where the surname is known from before: the prefix alone is no name either.
    assert.deepEqual(read('Garth Kowalczyk runs the firm. The board said Mr. Kowalczyk and Vice Chairman Ann Hill are negotiating.'), ['person:Garth Kowalczyk', 'person:Kowalczyk', 'person:Ann Hill']);
    // A portfolio joined by "and" stays one name.
    assert.ok(read('Trade and Industry Secretary Patricia Hewitt spoke.').includes('org:Trade and Industry'));
  });
});

describe('entities: a name running into a compound in "-based", and US bank holding companies (review 77: "Salt Lake City-based", "Deseret Bancorp"; ours, written after the fix)', () => {
  it('reads no name in the compound\'s first words, as in "Oslo-based"', () => {
    assert.deepEqual(typedFlags('The Kansas City-based chain Acme Foods cut prices.'), ['Acme Foods: organisation']);
  });

  it('reads a name ending in Bancorp or Bancshares as a company', () => {
    assert.deepEqual(typedFlags('Shares of Whitney Bancorp and Cullen Bankshares rose.'), ['Whitney Bancorp: organisation', 'Cullen Bankshares: organisation']);
  });
});

describe('entities: a name with a model number or a sequel\'s numeral names a product or a work (review 78: "XDA II, Nokia 6600, SonyEricsson P900"; ours, written after the fix)', () => {
  it('flags no maker\'s name before or with a model number, nor a sequel', () => {
    assert.deepEqual(typedFlags('Visitors tried the Samsung D500 before boarding a Boeing 777 to play Grand Theft Auto III.'), []);
  });

  it('keeps a king, a stage name, an age grade and a scorer in a team sheet', () => {
    assert.deepEqual(typedFlags('Historians praised Henry VIII while Andre 3000 sang.'), ['Henry VIII: person', 'Andre: person']);
    assert.deepEqual(typedFlags('Spurs signed the Iceland U21 captain.'), ['Spurs: organisation', 'Iceland: place']);
  });
});

describe('entities: a law\'s title word before "of" or "on" titles a law or a treaty (review 78: "the European Convention on Human Rights"; ours, written after the fix)', () => {
  it('flags no treaty, charter or act so titled', () => {
    assert.deepEqual(typedFlags('Ministers said the plan broke the Charter of Fundamental Rights and the Convention on Biological Diversity.'), []);
  });

  it('keeps a body called a convention "of" its members', () => {
    assert.deepEqual(typedFlags('The Convention of Scottish Local Authorities met in Perth.'), ['Convention of Scottish Local Authorities: organisation', 'Perth: place']);
  });
});

describe('entities: a name ending in a street\'s type is a place (review 78: "Williams Ave" read as a person; ours, written after the fix)', () => {
  it('types the street a place', () => {
    assert.deepEqual(typedFlags('Police closed Gorman Rd and Carver Blvd overnight.'), ['Gorman Rd: place', 'Carver Blvd: place']);
  });

  it('keeps a person whose surname is a street word', () => {
    assert.deepEqual(typedFlags('The actor Diane Lane spoke.'), ['Diane Lane: person']);
  });
});

describe('entity-spelling: a name in capitals labelling its line is layout, not a spelling (review 79: "KENYA:" over a casualty table; ours, written after the fix)', () => {
  it('leaves a label line alone and still flags capitals inside a sentence', () => {
    const text = 'Floods hit Malawi and Zambia.\n\nMALAWI:\n\nDead: 40\n\nZAMBIA\n\nDead: 12\n\nThe MALAWI army helped.\n';
    assert.deepEqual(rule(analyze(text).findings, 'entity-spelling').map((f) => f.text), ['MALAWI']);
    assert.ok(rule(analyze(text).findings, 'entity-spelling')[0].start > text.indexOf('army') - 10);
  });
});

describe('entities: a model code of letters and digits in any order after a maker\'s name (the last read: "Motorola RAZR V3", "Canon EOS 350D"; ours, written after the fix)', () => {
  it('flags no maker before such a code, and keeps a place before one and a war\'s code', () => {
    assert.deepEqual(typedFlags('Shoppers bought the Nikon D70 and the Sony Vaio W1.'), []);
    assert.deepEqual(typedFlags('The firm runs its Isle of Man 3G network.'), ['Isle of Man: place']);
    assert.deepEqual(typedFlags('Pupils marked the Quintinshill WW1 rail disaster.'), ['Quintinshill: place']);
  });
});

describe('names joined by an ampersand (review 90: "David Rubin & Partners" read as a person and "Partners"; examples written after the fix)', () => {
  it('reads a firm named after a person and "&" as one organisation', () => {
    const flags = typedFlags('The firm, Bernard Miles & Associates, said it would appeal.');
    assert.ok(flags.includes('Bernard Miles & Associates: organisation'), flags.join(' | '));
    assert.ok(!flags.some((f) => /^(?:Associates|Partners):/.test(f)), flags.join(' | '));
  });
  it('joins a recogniser reading that opens with "& " to the name before it, and stops at the end of the list', () => {
    const prose = 'administrators Nina Holt & Partners said';
    const at = (text: string, type: 'person' | 'org') => ({ start: prose.indexOf(text), end: prose.indexOf(text) + text.length, text, label: type === 'person' ? 'PER' as const : 'ORG' as const, type, confidence: 0.4 });
    const joined = joinKnownPlaces([at('Nina Holt', 'person'), at('& Partners', 'org')], prose);
    assert.deepEqual(joined.map((m) => `${m.text}/${m.type}`), ['Nina Holt & Partners/org']);
    assert.deepEqual(joinKnownPlaces([at('Nina Holt', 'person')], prose).map((m) => m.text), ['Nina Holt']);
  });
  it('keeps two people joined by "&" apart', () => {
    const flags = typedFlags('The sketch show stars Jenny Marsh & Peter Ollerton, who wrote it.');
    assert.ok(flags.includes('Jenny Marsh: person') && flags.includes('Peter Ollerton: person'), flags.join(' | '));
  });
  it('splits two firms each named with "&" at the "and" between them', () => {
    const texts = analyze('---\npublished: 2005-01-15\n---\n\nRothwell & Sons and Gable & Hart merged last year.\n').entities.map((e) => e.text);
    assert.ok(texts.includes('Rothwell & Sons') && texts.includes('Gable & Hart'), texts.join(' | '));
  });
});

describe('a nationality adjective before a common noun (review 91: "The Welsh scrum" flagged as a person; examples written after the fix)', () => {
  it('reads "Welsh" and "European" before a noun as adjectives, not names, and keeps the names they open', () => {
    const flags = typedFlags('But Welsh legend Gareth Edwards insists they can win. "Welsh rugby is back," he said. European ministers met. The European Commission agreed.');
    assert.deepEqual(flags.filter((f) => /^(?:Welsh|European)/.test(f)), ['European Commission: organisation']);
  });
});

describe('a number between a name and the noun that says what it is (review 92: "the PlayStation 2 console" and "the Spider-Man 2 film" cut before the number; examples written after the fix)', () => {
  it('keeps the number in the name after "the" before a singular noun, and not before a plural one', () => {
    const texts = analyze('---\npublished: 2005-01-15\n---\n\nFans queued for the Gran Turismo 4 game. The Halo 2 soldiers fought on.\n').entities.map((e) => e.text);
    assert.ok(texts.includes('Gran Turismo 4') && texts.includes('Halo') && !texts.includes('Halo 2'), texts.join(' | '));
  });
});

describe('a company\'s legal name that opens with a possessive (review 93: "Hudson\'s Bay Co." flagged as "Hudson" and "Bay Co"; examples written after the fix)', () => {
  it('reads one word, its "\'s" and a name ending in a corporate form as one company, and its short name later as the same', () => {
    const flags = typedFlags('Murray\'s Landing Co. said profit rose. Analysts said Murray\'s Landing had little choice.');
    assert.deepEqual(flags, ['Murray\'s Landing Co: organisation']);
  });
  it('keeps the legal name whole when the recogniser read it so and the firm\'s "\'s" also stands alone (review 94: "Sotheby\'s Holdings Inc., the parent of the auction house Sotheby\'s")', () => {
    const flags = typedFlags('Garrard\'s Group Plc, which owns the jeweller Garrard\'s, said sales rose.').map((f) => f.split(':')[0]);
    assert.ok(flags.includes('Garrard\'s Group Plc'), flags.join(' | '));
  });
  it('keeps a country\'s possessive and a person\'s possessive apart from the company', () => {
    assert.deepEqual(typedFlags('Japan\'s Honda Motor Co. said sales rose.'), ['Japan: place', 'Honda Motor Co: organisation']);
  });
});

describe('a one-word name grown over the first word of the next name (review 93: "Brazilian Institute" cut from "Brazilian Institute for Geography and Statistics"; examples written after the fix)', () => {
  it('runs on to the end of the name it grew into', () => {
    const texts = analyze('---\npublished: 2005-01-15\n---\n\nThe Brazilian Institute for Space Research said it would pay.\n').entities.map((e) => e.text);
    assert.deepEqual(texts, ['Brazilian Institute for Space Research']);
  });
});

describe('a firm named for its partners, "A, B & C" (left from review 91: "Donaldson, Lufkin & Jenrette" read as a person and a firm; examples written after the fix)', () => {
  it('reads one partner before "B & C", or several before a legal name, as one organisation', () => {
    assert.deepEqual(typedFlags('Lawyers at Cravath, Swaine & Moore LLP advised the board.'), ['Cravath, Swaine & Moore LLP: organisation']);
    assert.deepEqual(typedFlags('Bankers at Hambro, Keswick & Lyle said the bid was low.'), ['Hambro, Keswick & Lyle: organisation']);
  });
  it('leaves a list of shops, a list that goes on after "&", and places', () => {
    assert.deepEqual(typedFlags('Buyers went to Boots, Dixons, Marks & Spencer.').map((f) => f.split(':')[0]), ['Boots', 'Dixons', 'Marks & Spencer']);
    assert.ok(!typedFlags('Fans flew from Paris, Berlin & Rome.').some((f) => f.includes(',')));
  });
});

describe('review 96: a party member\'s label before a name, an initial the recogniser left out, a lower-case noun read on after a name (examples written after the fix)', () => {
  it('cuts a party member\'s label before a given name, as a title is cut, and types the name a person', () => {
    assert.deepEqual(typedFlags('The seat was won by Tory Margaret Ellwood in 1931.').map((f) => f.split(':')[0]), ['Margaret Ellwood']);
    assert.ok(typedFlags('Liberal Democrat Susan Kramer spoke first.').includes('Susan Kramer: person'), typedFlags('Liberal Democrat Susan Kramer spoke first.').join(' | '));
    // A party's own name is left.
    assert.deepEqual(typedFlags('The Republican Party met in Ohio.').map((f) => f.split(':')[0]), ['Republican Party', 'Ohio']);
  });

  it('cuts a disc jockey\'s "DJ" before a given name, and keeps a stage name (review 97)', () => {
    assert.deepEqual(typedFlags('DJ Pete Tong played the set.'), ['Pete Tong: person']);
    assert.ok(typedFlags('DJ Shadow released an album.').some((f) => f.startsWith('DJ Shadow')));
  });

  it('opens a name with the initial right before it', () => {
    assert.deepEqual(typedFlags('Funds at Baring Asset Management Inc. and T. Rowe Price Associates Inc. fell.').map((f) => f.split(':')[0]), ['Baring Asset Management Inc', 'T. Rowe Price Associates Inc']);
    // A letter after a noun is a label, not an initial: no name opens with it.
    assert.ok(!typedFlags('The firm chose Plan B. Davies Holdings Ltd rejected it.').some((f) => f.startsWith('B. ')));
  });

  it('ends a name at its last capitalised word, but for a corporate form or an organisation\'s head noun', () => {
    assert.deepEqual(typedFlags('She spoke to BBC radio on Monday.'), ['BBC: organisation']);
    // As the open-news labels read it: "the UK government" names the body.
    assert.deepEqual(typedFlags('The UK government granted the licence.'), ['UK government: organisation']);
    assert.deepEqual(typedFlags('Analysts at Barclays Capital subsidiaries said so.').map((f) => f.split(':')[0]), ['Barclays Capital']);
    // One common word left alone keeps the noun: "A levels", "World tour".
    assert.ok(!typedFlags('She sat her A levels in June.').includes('A: other'));
    // A lower-case corporate form is the name's.
    assert.deepEqual(typedFlags('Shares in Tesco plc rose.').map((f) => f.split(':')[0]), ['Tesco plc']);
  });
});

describe('review 99: a weekday a newspaper\'s name owns (examples written after the fix)', () => {
  it('opens the name with the weekday where no "the" comes before it', () => {
    assert.deepEqual(typedFlags('The claim was made by Sunday Telegraph columnist Carole Hart.').map((f) => f.split(':')[0]), ['Sunday Telegraph', 'Carole Hart']);
    assert.ok(typedFlags('Speaking to Sunday Express readers, she denied it.').includes('Sunday Express: organisation'));
    assert.ok(typedFlags('Writing in Sunday Telegraph, she denied it.').includes('Sunday Telegraph: organisation'));
    // A weekday that dates the sentence stays out of the name after it.
    assert.deepEqual(typedFlags('On Sunday Labour unveiled its pledges.'), ['Labour: organisation']);
  });

  it('keeps "the Daily and Sunday Telegraph" one mention where the article names the Daily Telegraph too', () => {
    assert.deepEqual(typedFlags('Staff at the Daily and Sunday Telegraph voted to strike. The Daily Telegraph said talks would go on. The Sunday Telegraph agreed.').map((f) => f.split(':')[0]), ['Daily and Sunday Telegraph', 'Daily Telegraph', 'Sunday Telegraph']);
  });

  it('reads "The Sun" as its own paper, not a clipping of "The Sunday Express"', () => {
    const flags = typedFlags('The Sunday Express ran the story first. The Sun followed a day later.');
    assert.deepEqual(flags.map((f) => f.split(':')[0]), ['Sunday Express', 'Sun']);
  });
});

describe('copy cut short right after a name that follows a reporting verb and "in the" (a crash found by the fiftieth session\'s prefix sweep; examples written after the fix)', () => {
  it('reads the name without a word after it', () => {
    for (const body of ['Leeds beat Hull in the Super Lea', 'She wrote in the Guardi', 'He claimed in the Observer']) {
      assert.doesNotThrow(() => analyze(body, { format: 'text' }), body);
      assert.doesNotThrow(() => analyze(`---\npublished: 2005-01-15\n---\n\n${body}`), body);
    }
  });
});

describe('review 104: a list of bodies, a surname fused to its particle, a title inside a name (examples written after the fix)', () => {
  it('types a name read unsurely as a place in a list whose sure names are all bodies as a body ("Microsoft, Sony and Nintendo")', () => {
    assert.ok(typedFlags('Microsoft, Sony and Nintendo are expected to release new consoles.').includes('Sony: organisation'));
    assert.deepEqual(typedFlags('Bidders included BAE Systems, Qinetiq and Thales.'), ['BAE Systems: organisation', 'Qinetiq: organisation', 'Thales: organisation']);
    // A known place in such a list stays a place.
    assert.ok(typedFlags('Shell, Nigeria and Chevron signed the deal.').includes('Nigeria: place'));
  });

  it('grows a person\'s name over a surname written with its particle fused ("Leonardo diCaprio")', () => {
    assert.deepEqual(typedFlags('Stars Paolo diMarco and Kate Winslet arrived.'), ['Paolo diMarco: person', 'Kate Winslet: person']);
    assert.deepEqual(typedFlags('Actors Leonardo diMaggio and Kate Winslet arrived.'), ['Leonardo diMaggio: person', 'Kate Winslet: person']);
    // A lower-case word that opens with no particle is no part of the name.
    assert.deepEqual(typedFlags('Stars Paolo iPlayer and Kate Winslet arrived.').slice(0, 1), ['Paolo: person']);
  });

  it('starts a name at "Professor" inside it, as at "Prof" ("Medical Research Council Professor Nancy Rothwell")', () => {
    // The recogniser ran the body, the title and the name together, as it did in the review's article.
    const article = parseArticle('Imperial College Professor Ada Lindqvist said the plan mattered.', 'text');
    const text = 'Imperial College Professor Ada Lindqvist';
    const refined = refineMention({ start: 0, end: text.length, text, label: 'ORG', type: 'org', confidence: 0.6 }, article);
    assert.deepEqual(refined && [refined.text, refined.type], ['Ada Lindqvist', 'person']);
  });
});

describe('review 106: a place that names a treaty (examples written after the fix)', () => {
  it('reads a place after "the" and before a law\'s title word as the law\'s name, not a place to tag ("the Kyoto treaty")', () => {
    assert.deepEqual(typedFlags('Negotiators revived the Dayton accords.'), []);
    assert.deepEqual(typedFlags('Delegates signed the Cotonou convention in 2000.'), []);
    // A country's laws are its own, and a noun after the title word makes a place again.
    assert.deepEqual(typedFlags('Banks fear new US laws.'), ['US: place']);
    assert.deepEqual(typedFlags('Delegates met at the Paris convention centre.'), ['Paris: place']);
  });
});

describe('review 107: a common noun at a sentence\'s head, initialled team sheets, titles and marks (examples written after the fix)', () => {
  it('reads a word copy writes in lower case, opening its sentence as a verb\'s subject and capitalised elsewhere only inside a longer name, as no name ("Magistrates imposed …")', () => {
    assert.deepEqual(typedFlags('The figures came from the Scottish Mortgage Lenders Forum on Monday.\n\nLenders expect rates to rise this year.').filter((f) => f.startsWith('Lenders')), []);
    // A surname alone after the full name stays a name, and so does a name whose only other capital is a sentence opener's.
    assert.equal(analyze('---\npublished: 2005-01-15\n---\n\nThe title went to Mardy Fish in March.\n\nFish won in three sets.\n').entities.filter((e) => e.text === 'Fish').length, 1);
    assert.equal(analyze('---\npublished: 2005-01-15\n---\n\nOnly Seat and Porsche sold fewer cars.\n\nSeat posted 3,420 registrations.\n').entities.filter((e) => e.text === 'Seat').length, 2);
  });

  it('keeps the initial of a listed name that carries its club in brackets, and types the list\'s names as people ("H Ellis (Leicester), O Barkley (Bath)")', () => {
    const flags = typedFlags('Bench: A Pryce (Bristol), K Dwyer (Exeter), H Marsh (Bath), B Ogle (Leeds).').filter((f) => f.endsWith('person'));
    assert.deepEqual(flags, ['A Pryce: person', 'K Dwyer: person', 'H Marsh: person', 'B Ogle: person']);
  });

  it('leaves "Reverend" out of a name, as "Rev" is', () => {
    assert.deepEqual(typedFlags('The chaplain, Reverend Owain Pritchard, led the service.'), ['Owain Pritchard: person']);
  });

  it('never ends a name with a question mark ("Who\'s David?" read as "David?")', () => {
    const flagged = rule(analyze('---\npublished: 2005-01-15\n---\n\nThe single Where\'s Dave? went to number one.\n').findings, 'untagged-entity').map((f) => f.text);
    assert.ok(flagged.length > 0 && flagged.every((t) => !t.endsWith('?')), flagged.join());
  });

  it('does not take a team sheet\'s initialled name for the full name a surname should follow (entity-first-reference)', () => {
    const body = 'Pryce is fit again, the coach said.\n\nScotland: A Pryce (Bristol), K Dwyer (Exeter), H Marsh (Bath).';
    assert.deepEqual(rule(analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).findings, 'entity-first-reference'), []);
  });
});

describe('review 108: a title that opens with an -ing form (examples written after the fix)', () => {
  it('reads a name after a capitalised -ing verb inside a sentence as a work\'s title, not a person ("Finding Nemo", "Finding Neverland")', () => {
    assert.deepEqual(typedFlags('Audiences loved Meeting Harriet at the festival.'), []);
    // Not one that opens a quotation, nor a rank's prefix.
    assert.ok(typedFlags('"Making Tom Jones leader was a mistake," she said.').includes('Tom Jones: person'));
  });
});

describe('review 107: an authority "of" a place is one body (examples written after the fix)', () => {
  it('reads "<words> Authority of <place>" as one organisation, whatever the recogniser split', () => {
    assert.deepEqual(typedFlags('The plan was approved, said the Financial Services Authority of Jamaica.'), ['Financial Services Authority of Jamaica: organisation']);
  });
});
