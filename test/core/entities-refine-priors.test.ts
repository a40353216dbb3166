// Issue 11: learned head priors (data/entity-heads.json, scripts/train-entity-heads.ts). The examples are the kinds
// the open-news dev errors and the copy-desk review showed; the ones marked "ours" were written after the change.
import { strict as assert } from 'assert';
import { analyze } from '../../server/src/core/analyze';

/** The texts of the untagged-entity findings on `body`. */
function untagged(body: string): string[] {
  return analyze(`---\npublished: 2024-09-11\n---\n\n${body}\n`).findings.filter((f) => f.rule === 'untagged-entity').map((f) => f.text);
}

describe('entities: learned head priors', () => {
  it('reads a programme, a law or an agreement as no person, organisation or place', () => {
    assert.deepEqual(untagged('Benefits such as Universal Credit will rise, and the Triple Lock stays.'), []);
    assert.deepEqual(untagged('Ministers backed the Juncker Plan and the Glasgow Climate Pact.'), []);
    // Ours: a bill and an act, and the organisation beside them still flagged.
    assert.deepEqual(untagged('The Home Office said the Prevention of Terrorism Bill would replace the Human Rights Act.'), ['Home Office']);
  });

  it('reads an office as no name, and keeps the person who holds it', () => {
    assert.deepEqual(untagged('The Education Secretary visited a school in Leeds.'), ['Leeds']);
    // Ours: the office before a name, and names that end in a weekday or a month.
    assert.deepEqual(untagged('Foreign Minister Wang Yi met Theresa May.'), ['Wang Yi', 'Theresa May']);
    assert.deepEqual(untagged('Fans of Sheffield Wednesday marched.'), ['Sheffield Wednesday']);
  });

  it('reads a portfolio after an office and "for" as no name, and keeps places and bodies there', () => {
    // The kind came from EU and Welsh Government copy in the open-news dev set; these examples were written after.
    assert.deepEqual(untagged('Aisha Patel, Minister for Housing and Local Communities, said the budget was tight.'), ['Aisha Patel']);
    assert.deepEqual(untagged('Maros Sefcovic, Vice-President responsible for Trade and Economic Security, said talks would resume.'), ['Maros Sefcovic']);
    assert.deepEqual(untagged('Commissioner for Energy and Housing Dan Jorgensen said prices would fall.'), ['Dan Jorgensen']);
    assert.deepEqual(untagged('The Secretary of State for Northern Ireland, Chris Heaton-Harris, visited Belfast.'), ['Northern Ireland', 'Chris Heaton-Harris', 'Belfast']);
    assert.deepEqual(untagged('The Minister for the Cabinet Office met unions in Cardiff.'), ['Cabinet Office', 'Cardiff']);
  });
});

describe('entities: parties named by their members (review36; examples written after the fix)', () => {
  const typed = (body: string) => analyze(`---\npublished: 2024-09-11\n---\n\n${body}\n`).findings.filter((f) => f.rule === 'untagged-entity').map((f) => `${f.text} ${f.message.split(':')[0]}`);

  it('flags "the Tories", "the Conservatives", "Senate Republicans" as organisations (LABELLING: parties are org)', () => {
    assert.deepEqual(typed('The Greens say the Tories would cut the budget.'), ['Greens Untagged organisation', 'Tories Untagged organisation']);
    assert.deepEqual(typed('Voters in Kent turned to the Conservatives.'), ['Kent Untagged place', 'Conservatives Untagged organisation']);
    assert.deepEqual(typed('The Social Democrats and the Republicans met.').map((t) => t.split(' Untagged')[1]), [' organisation', ' organisation']);
  });

  it('leaves the adjective and a single member as they were, and nationalities and faiths other', () => {
    assert.deepEqual(typed('A Tory MP and three Muslims met the Iranians.'), []);
  });
});

describe('entities: bands and orchestras (review35, review36; examples written after the fix)', () => {
  const typed = (body: string) => analyze(`---\npublished: 2024-09-11\n---\n\n${body}\n`).findings.filter((f) => f.rule === 'untagged-entity').map((f) => `${f.text}: ${f.message.split(':')[0]}`);

  it('reads a name after "band" or heading ", the … band," as an organisation', () => {
    assert.deepEqual(typed('Indie band Elbow headlined the festival.'), ['Elbow: Untagged organisation']);
    assert.deepEqual(typed('Blur, the London band, split in 2003.'), ['Blur: Untagged organisation', 'London: Untagged place']);
  });

  it('leaves the people of a duo or a trio people', () => {
    assert.deepEqual(typed('Comedy duo Ant McPartlin and Declan Donnelly hosted it.'), ['Ant McPartlin: Untagged person', 'Declan Donnelly: Untagged person']);
  });
});

describe('entities: one body under its clipped and plural names (review36; examples written after the fix)', () => {
  it('links "Lib Dem", "Lib Dems" and "Liberal Democrats" as one organisation, flagged once', () => {
    const a = analyze('---\npublished: 2024-09-11\n---\n\nThe Liberal Democrats met. A Lib Dem spokesman spoke. The Lib Dems left. Another Lib Dem stayed.\n');
    const flagged = a.findings.filter((f) => f.rule === 'untagged-entity');
    assert.deepEqual(flagged.map((f) => f.text), ['Liberal Democrats']);
    assert.match(flagged[0].message, /3 more mentions/);
  });

  it('keeps bodies whose words only begin alike apart', () => {
    const a = analyze('---\npublished: 2024-09-11\n---\n\nThe Green Party met the Green Alliance.\n');
    assert.deepEqual(a.findings.filter((f) => f.rule === 'untagged-entity').map((f) => f.text), ['Green Party', 'Green Alliance']);
  });
});

describe('entities: an acronym is spelt by its letters (review37; examples written after the fix)', () => {
  const rules = (body: string) => analyze(`---\npublished: 2024-09-11\n---\n\n${body}\n`).findings.filter((f) => f.rule === 'entity-spelling' || f.rule === 'untagged-entity').map((f) => `${f.rule} ${f.text}`);

  it('keeps an acronym apart from a word the variant folding makes look like it', () => {
    // th/t and y/i folded "Myth" into "MIT"; a doubled letter folded "AAC" into "AC".
    assert.deepEqual(rules('Students at MIT built it. The Smyth group and the SMIT lab met.').filter((r) => r.startsWith('entity-spelling')), []);
    assert.deepEqual(rules('The AAC met the AC in Paris.').filter((r) => r.startsWith('entity-spelling')), []);
  });

  it('still links and reports the same letters written two ways', () => {
    assert.deepEqual(rules('Ministers in the Uk met. The UK said no. The UK left.').filter((r) => r.startsWith('entity-spelling')), ['entity-spelling Uk']);
  });
});

describe('entities: shows, expos and summits are events (review37; examples written after the fix)', () => {
  it('reads a name ending in "Show", "Expo" or "Summit" as other, not flagged, with no name inside it flagged either', () => {
    const flagged = (body: string) => analyze(`---\npublished: 2024-09-11\n---\n\n${body}\n`).findings.filter((f) => f.rule === 'untagged-entity').map((f) => f.text);
    assert.deepEqual(flagged('Phones starred at the Mobile World Show in Madrid.'), ['Madrid']);
    assert.deepEqual(flagged('Leaders met at the Nordic Summit and the Tokyo Game Expo.'), []);
    assert.deepEqual(flagged('She appeared on The Graham Norton Show.'), []);
  });
});

describe('a region\'s adjective or people\'s noun is no place (review 72: "Middle Eastern strangers"; examples written after the fix)', () => {
  const read = (body: string) => analyze(`---\npublished: 2005-03-01\n---\n\n${body}\n`).entities.map((e) => `${e.type}:${e.text}`);

  it('types "Middle Eastern", "Far Eastern", "Northern Irishman" other', () => {
    assert.deepEqual(read('Leaflets warned of Middle Eastern strangers.'), ['other:Middle Eastern']);
    assert.deepEqual(read('The Northern Irishman won the race in Leipzig.').filter((e) => !e.includes('Leipzig')), ['other:Northern Irishman']);
  });

  it('keeps places whose names end like adjectives', () => {
    assert.deepEqual(read('Turkey acted in the Eastern Mediterranean.'), ['place:Turkey', 'place:Eastern Mediterranean']);
    assert.deepEqual(read('Storms hit the North Sea on Monday.'), ['place:North Sea']);
  });
});

describe('a subject pronoun and its clitic open no name (review 115: "No, I\'m Jewish," read as a person "I\'m Jewish", which made "a Jewish reporter" a person; examples written after the fix)', () => {
  it('cuts "I\'m", "We\'re" before a name, and leaves a group word alone as `other`', () => {
    assert.deepEqual(untagged('"Yes, I\'m Jewish," the reporter said.\n\nShe had interviewed a Jewish charity.'), []);
    assert.deepEqual(untagged('"Well, I\'m Maria Okafor," she said.'), ['Maria Okafor']);
  });
  it('cuts no question\'s clitic from a title ("What\'d I Say" stays no "Say")', () => {
    assert.equal(untagged('After his 1959 song What\'d I Say, Charles turned to pop.').includes('Say'), false);
  });
});

describe('a newspaper named for a weekday (review 114: "Mail on Sunday" cut to "Mail", typed a place, and its "Sunday" read as a date; examples written after the fix)', () => {
  it('reads "the Mail on Sunday" and "the Independent on Sunday" as one organisation, whose weekday is no date', () => {
    const a = analyze('---\npublished: 2024-09-11\n---\n\nThe Independent on Sunday and the Mail on Sunday both ran the story.\n');
    assert.deepEqual(a.findings.filter((f) => f.rule === 'untagged-entity').map((f) => [f.text, f.message]), [
      ['Independent on Sunday', 'Untagged organisation: “Independent on Sunday”'],
      ['Mail on Sunday', 'Untagged organisation: “Mail on Sunday”'],
    ]);
    assert.deepEqual(a.dates.map((d) => d.text), []);
  });
  it('reads no date in a tagged title either (the fix-safety property: tagging it had left "Sunday" a date)', () => {
    const a = analyze('---\npublished: 2024-09-11\n---\n\nA poll for the :org[Mail on Sunday] found support.\n');
    assert.deepEqual(a.dates.map((d) => d.text), []);
    assert.deepEqual(a.findings.map((f) => f.rule), []);
  });
  it('keeps a place and a weekday without "the" or with another head', () => {
    const a = analyze('---\npublished: 2024-09-11\n---\n\nFloods hit Scotland on Sunday.\n');
    assert.deepEqual(a.dates.map((d) => d.text), ['Sunday']);
  });
});
