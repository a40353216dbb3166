// Issue 11: sides named after places in sports reports (copy-desk review 12: "England", "Ireland", "France" and the
// club "Gloucester" typed place in a rugby report). LABELLING.md types teams `org`. Examples marked "ours" were written
// after the change; the reports are our own, long enough for the genre model to read them as sport.
import { strict as assert } from 'assert';
import { analyze } from '../../server/src/core/analyze';
import { parseArticle } from '../../server/src/core/article';
import { isSportReport } from '../../server/src/core/figures/sport';

const REPORT = [
  'England prop Tom Hale has been ruled out of the rest of the Six Nations after breaking his arm.',
  'Hale was hurt as his club side, Kingsbridge, beat Rowley 17-16 in the derby on Saturday, and the coach said he would miss the trip to Dublin.',
  'The squad will face Ireland next week, and the forwards coach wants a big performance against France in the final round.',
  'Kingsbridge centre Sam Ode scored two tries in the match, and the fly-half kicked three penalties and a conversion.',
].join('\n\n');

/** "name type" of each untagged-entity finding on `body`. */
function typed(body: string): string[] {
  return analyze(`---\npublished: 2005-01-15\n---\n\n${body}\n`).findings.filter((f) => f.rule === 'untagged-entity')
    .map((f) => `${f.text} ${/Untagged (\w+)/.exec(f.message)![1]}`);
}

describe('entities: sides named after places in sports reports', () => {
  it('the report is read as sport', () => {
    assert.equal(isSportReport(parseArticle(`---\npublished: 2005-01-15\n---\n\n${REPORT}\n`, 'markdown')), true);
  });

  it('types a country or a club that plays as an organisation, and leaves a place it is played in a place', () => {
    const found = typed(REPORT);
    // The reviewer's kinds, in our words: a player's side before his position, a club in apposition, an opponent.
    for (const side of ['England organisation', 'Kingsbridge organisation', 'Ireland organisation', 'France organisation']) assert.ok(found.includes(side), `${side} in ${found.join(', ')}`);
    // Ours: a destination stays a place.
    assert.ok(found.includes('Dublin place'), found.join(', '));
  });

  it('leaves places alone outside sports reports', () => {
    assert.deepEqual(typed('The minister flew to France on Monday. Talks with Ireland on trade beat expectations, officials said.').filter((f) => /France|Ireland/.test(f)), ['France place', 'Ireland place']);
  });
});

describe('entities: sides after a phrasal match verb or a result noun (review30)', () => {
  it('types "take on Ireland" and "their defeat to France" as sides', () => {
    // Review 30: "England will have to take on Ireland in the Six Nations …", "… in their 18-17 defeat to France."
    // Written after the fix, in a report of our own:
    const report = `${REPORT}\n\nThe champions must take on Portugal in Lisbon, a week after their 21-20 defeat to Argentina and a win over Samoa.`;
    const found = typed(report);
    for (const side of ['Portugal organisation', 'Argentina organisation', 'Samoa organisation']) assert.ok(found.includes(side), `${side} in ${found.join(', ')}`);
    assert.ok(found.includes('Lisbon place'), found.join(', '));
  });
});

describe('entities: a side\'s list holds only sides, and a side as a plural subject (review45: "Switzerland, Ireland, France and Israel are all now tied")', () => {
  it('types every member of a list with one side in it, and a side before a verb the tagger read as a noun', () => {
    // Written after the fix, in a report of our own:
    const report = `${REPORT}\n\nWales, Scotland, Italy and England are level on four points after three rounds. Romania face hosts Portugal next weekend.`;
    const found = typed(report);
    for (const side of ['Wales organisation', 'Scotland organisation', 'England organisation', 'Romania organisation']) assert.ok(found.includes(side), `${side} in ${found.join(', ')}`);
  });

  it('leaves a list after "in" or "at" places, and a list with no "and" no list', () => {
    const report = `${REPORT}\n\nThe squad trained in Romania, Portugal and Spain. After a week in Lisbon, Fiji beat Samoa.`;
    const found = typed(report);
    for (const place of ['Romania place', 'Portugal place', 'Spain place', 'Lisbon place']) assert.ok(found.includes(place), `${place} in ${found.join(', ')}`);
  });
});

describe('review 86: a fixture\'s choice of sides ("Burnley or Blackburn v Leicester"; examples written after the fix)', () => {
  it('types a place listed with "or" or "and" beside a side the recogniser read as a body', () => {
    const report = `${REPORT}\n\nCoventry will visit the winners of the Sheffield and Blackburn replay.\n\nSheffield or Blackburn v Coventry`;
    const found = typed(report);
    for (const side of ['Sheffield organisation', 'Blackburn organisation', 'Coventry organisation']) assert.ok(found.includes(side), `${side} in ${found.join(', ')}`);
  });

  it('leaves places listed with "or" after "in" or "at"', () => {
    const report = `${REPORT}\n\nThe final will be played in Cardiff or Dublin, the union said.`;
    const found = typed(report);
    for (const place of ['Cardiff place', 'Dublin place']) assert.ok(found.includes(place), `${place} in ${found.join(', ')}`);
  });
});

describe('review49: a side a score was lost to (examples written after the fix)', () => {
  const typed = (body: string) => analyze(`---\npublished: 2005-03-01\n---\n\n${body}\n`).entities.filter((e) => !e.tagged).map((e) => `${e.text} ${e.type}`);

  it('types the name after a score and "to" in a sports report as a side', () => {
    // The reviewer's sentence.
    assert.ok(typed('England beat Fiji 26-19 in the cup final, while Ireland lost 17-5 to Tunisia in the shield final.').includes('Tunisia org'));
    // Ours.
    assert.ok(typed('The holders went down 3-1 to Uruguay in Montevideo. The striker scored twice in the first half, but the defence collapsed after the break.').includes('Uruguay org'));
  });

  it('leaves a player\'s country after the score as a place', () => {
    assert.ok(typed('The Olympic champion beat Serena Williams 6-3 but then went down 6-2 7-5 to Belgium\'s Kim Clijsters in the semi-final.').includes('Belgium place'));
  });

  it('leaves a player\'s country after "of" or "from" and before his score a place (review 127; example written after the fix)', () => {
    const found = typed('The second seed needed three sets to beat Pavel Novak of the Slovak Republic 6-4 3-6 7-5 in the first round. The top seed beat a qualifier in straight sets, and the defending champion also won.');
    assert.ok(found.includes('Slovak Republic place'), found.join(', '));
  });
});

describe('entities: a club the recogniser took for a given name ("Chelsea" typed person)', () => {
  const CLUB_REPORT = [
    'Chelsea won the League Cup final on Sunday, beating Liverpool 3-2 after extra time at the Millennium Stadium.',
    'Chelsea manager Jose Mourinho was sent off before Didier Drogba and Mateja Kezman scored in extra time.',
    'Antonio Nunez pulled one back for Liverpool, and the keeper made two saves in the last minute of the match.',
    'Chelsea v Barcelona is the next tie, and the squad travels on Monday for the first leg of the match.',
  ].join('\n\n');

  it('types a one-word name with a side\'s noun after it or a fixture\'s "v" beside it as an organisation, every mention', () => {
    const found = typed(CLUB_REPORT);
    assert.ok(found.includes('Chelsea organisation'), found.join(', '));
    assert.ok(!found.some((f) => /^Chelsea person/.test(f)), found.join(', '));
    // Players keep their type.
    for (const p of ['Jose Mourinho person', 'Didier Drogba person', 'Antonio Nunez person']) assert.ok(found.includes(p), `${p} in ${found.join(', ')}`);
  });

  it('leaves a player named by surname, a substitute in brackets and a person\'s aside as people', () => {
    const body = [
      'Chelsea won the League Cup final on Sunday, beating Liverpool 3-2 after extra time at the Millennium Stadium.',
      'Kezman scored the winner in extra time, and Souness\'s side lost again on Saturday in the league match.',
      'Chelsea: Petr Cech, William Gallas (Kezman 74), John Terry, Frank Lampard. Subs not used: Tiago. Booked: Drogba.',
      'I said to Gareth (Thomas, the Wales captain) that the team had to keep the ball in the last ten minutes.',
    ].join('\n\n');
    const found = typed(body);
    for (const p of ['Kezman', 'Thomas']) assert.ok(!found.some((f) => f.startsWith(`${p} organisation`)), `${p}: ${found.join(', ')}`);
  });
});

describe('entities: initialled names in team sheets and lists (review 55)', () => {
  const SHEET_REPORT = [
    'Kingsbridge beat Rowley 24-10 at Ashworth Park on Saturday in the Six Nations warm-up.',
    'Fly-half Dan Marsh kicked three penalties and flanker Ola Quarrie scored the decisive try for the home side.',
    'Rowley coach Ivo Brandt said his forwards had been beaten at the breakdown.',
    'K Abernathy (capt); T Wrenshaw, P Oduya, D Marsh, L Fenwick; G Hallsworth, B Quilter; N Tamsin, O Quarrie, A Dunmore.',
    'R Pellow, A Strachan, H Voss, J-P Moreau, I Kettering.',
  ].join('\n\n');
  const entities = () => analyze(`---\npublished: 2005-01-15\n---\n\n${SHEET_REPORT}\n`).entities;

  it('reads every item of the sheet as a person, initial and all', () => {
    const listed = ['K Abernathy', 'T Wrenshaw', 'P Oduya', 'D Marsh', 'L Fenwick', 'G Hallsworth', 'B Quilter', 'N Tamsin', 'O Quarrie', 'A Dunmore', 'R Pellow', 'A Strachan', 'H Voss', 'J-P Moreau', 'I Kettering'];
    const found = new Map(entities().map((e) => [e.text, e.type]));
    const shown = [...found].map(([t, ty]) => `${t} ${ty}`).join(', ');
    // Every item read is a person; the recogniser leaves a few items of such lines unread (about 2 % over the BBC
    // sports reports: "L Fenwick" here), so most, not all, must be found.
    for (const name of listed) if (found.has(name)) assert.equal(found.get(name), 'person', `${name}: ${shown}`);
    assert.ok(listed.filter((name) => found.get(name) === 'person').length >= 12, shown);
    // No surname is left without its initial.
    for (const name of listed) assert.equal(found.has(name.split(' ')[1]), false, `${name.split(' ')[1]} alone: ${shown}`);
  });

  it('links an initialled name to the full name it abbreviates, the initial "A" included', () => {
    const es = entities();
    const group = (text: string) => es.find((e) => e.text === text)?.group;
    assert.equal(group('D Marsh'), group('Dan Marsh'));
    assert.equal(group('O Quarrie'), group('Ola Quarrie'));
    assert.notEqual(group('A Dunmore'), group('Dan Marsh'));
  });

  it('leaves an initial and a word outside a list as it was: no list, no person by shape', () => {
    const es = analyze('---\npublished: 2005-01-15\n---\n\nThe X Factor final drew 12 million viewers, the broadcaster said.\n').entities;
    assert.equal(es.some((e) => e.text === 'X Factor' && e.type === 'person'), false, es.map((e) => `${e.text} ${e.type}`).join(', '));
  });
});

describe('entities: the club a player left, in a sports report (review 64: "moved to Chelsea for £2.25m from Anderlecht"; ours, written after the fix)', () => {
  const transfer = (sentence: string) => typed(`${REPORT}\n\n${sentence}`);

  it('types the place after "from" in a move between clubs as an organisation', () => {
    const found = transfer('Ode moved to Kingsbridge for £300,000 from Stellmoor in 2003.');
    assert.ok(found.includes('Stellmoor organisation'), found.join(', '));
  });

  it('keeps a country, and a place with no club in the sentence', () => {
    assert.ok(transfer('Ode signed for Kingsbridge from Brazil in 2003.').includes('Brazil place'));
    assert.ok(transfer('Ode moved from Stellmoor as a boy.').includes('Stellmoor place'));
  });
});

describe('entities: a club by its possessive before a player, in a report of a game between sides (review 101: "who replaced Leicester\'s Harry Ellis"; ours, written after the fix)', () => {
  it('types a place in its possessive before a player\'s name as the player\'s club', () => {
    const found = typed(`${REPORT}\n\nHale was replaced at half-time by Worcester's Joe Pennant, who also kicked a late penalty.`);
    assert.ok(found.includes('Worcester organisation'), found.join(', '));
  });

  it('keeps a place where an athlete is from when no side plays in the report', () => {
    const race = [
      'Sprinter Ade Oyelaran won the 100m final in 9.98 seconds at the grand prix meeting on Saturday.',
      'Trinidad\'s Colin Tate was second and the defending champion finished fourth after a poor start in lane eight.',
      'Oyelaran said the track was fast, and he will race again at the indoor championships next month.',
    ].join('\n\n');
    assert.ok(isSportReport(parseArticle(`---\npublished: 2005-01-15\n---\n\n${race}\n`, 'markdown')));
    const found = typed(race);
    assert.ok(found.includes('Trinidad place'), found.join(', '));
  });
});

describe('entities: a player\'s country after a match verb (review 102: "beat Sweden\'s Thomas Enqvist"; ours, written after the fix)', () => {
  it('keeps a place in its possessive before the player a match verb takes as a place', () => {
    const match = [
      'Top seed Marat Kova won his first title of the year in Doha on Sunday.',
      'Kova beat Latvia\'s Ernests Gulbis 6-4 7-5 in the final, serving 14 aces and breaking serve four times.',
      'He said the win was the best of his career and that he would rest before the next tournament.',
    ].join('\n\n');
    const found = typed(match);
    assert.ok(found.includes('Latvia place'), found.join(', '));
  });
});
