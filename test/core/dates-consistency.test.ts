// Runs analyze() over real corpus passages with hand-planted date inconsistencies (and clean ones) from test/fixtures/dates-consistency.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import { analyze } from '../../server/src/core/analyze';
import type { Finding } from '../../server/src/core/types';
import { ruleFindings, ruleTexts } from '../helpers/findings';
import { buildCase, checkCase, corporaDir, DATE_RULES, loadCases, readSource, type Case } from '../../scripts/dates-consistency';

const { cases } = loadCases();
const dateRules = new Set<string>(DATE_RULES);

function show(f: Finding): string {
  return `${f.rule} ${f.start}-${f.end} "${f.text}"`;
}

function dateFindings(c: Case): { findings: Finding[]; built: ReturnType<typeof buildCase> } {
  const built = buildCase(c, readSource(c.source));
  return { findings: analyze(built.article).findings.filter((f) => dateRules.has(f.rule)), built };
}

describe('dates consistency suite (corpus passages)', function () {
  before(function () {
    if (!fs.existsSync(corporaDir)) {
      console.warn(`\n  !!! SKIPPING dates consistency suite: corpora not found at ${corporaDir} (expected ../shared/corpora next to the repository)\n`);
      this.skip();
    }
  });

  it('has at least 40 planted and 40 clean cases', () => {
    assert.ok(cases.filter((c) => c.expect).length >= 40);
    assert.ok(cases.filter((c) => !c.expect).length >= 40);
  });

  it('every case still matches its corpus file and its edits apply exactly once', () => {
    const problems = cases.flatMap((c) => checkCase(c, readSource(c.source)).map((p) => `${c.id}: ${p}`));
    assert.deepEqual(problems, []);
  });

  describe('planted: the expected finding, and no date finding away from the edit', () => {
    for (const c of cases.filter((k) => k.expect)) {
      const expect = c.expect!;
      it(`${c.id}: ${expect.rule} on "${expect.text}"`, () => {
        const { findings, built } = dateFindings(c);
        const hit = findings.find((f) => f.rule === expect.rule && built.expected.some((x) => x.start === f.start && x.end === f.end));
        assert.ok(hit, `no ${expect.rule} on ${built.expected.map((x) => `"${x.text}" ${x.start}-${x.end}`).join(' or ')} (${expect.note}); date findings: ${findings.map(show).join('; ') || 'none'}`);
        // The rest of the passage is unedited published copy, so a date finding that touches neither the edit nor the expected words is a false positive.
        const zones = [...built.edited, ...built.expected];
        const stray = findings.filter((f) => !zones.some((z) => z.start < Math.max(f.end, f.start + 1) && f.start < z.end));
        assert.deepEqual(stray.map(show), []);
      });
    }
  });

  describe('clean: no date finding at all', () => {
    for (const c of cases.filter((k) => !k.expect)) {
      it(`${c.id} (published ${c.publication})`, () => {
        assert.deepEqual(dateFindings(c).findings.map(show), []);
      });
    }
  });
});

describe('results of a quarter that has not begun (slips91: a quarter\'s results told before it is over; examples written after the fix)', () => {
  const tense = (published: string, body: string) => ruleFindings(published, body, 'tense-date-mismatch');
  it('flags a past report of results for a quarter with its year that begins after publication, at the quarter', () => {
    const found = tense('2023-05-10', 'Brightwater Energy posted a 12% rise in profit for the third quarter of 2023.');
    assert.deepEqual(found.map((f) => f.text), ['third quarter of 2023']);
    assert.match(found[0].message, /Past tense \(“posted”\) about results for third quarter of 2023, which does not begin until Sat 1 Jul 2023/);
  });
  it('reads a quarter that opens the article without failing (found in the session\'s last read: nothing stands before it)', () => {
    assert.deepEqual(tense('2023-05-10', 'Third quarter of 2024 looks strong.').map((f) => f.rule), []);
    assert.deepEqual(tense('2023-05-10', 'Third quarter of 2024 was strong.').map((f) => f.text), ['Third quarter of 2024']);
  });
  it('leaves a forecast, a fiscal quarter and a quarter named without its year alone', () => {
    assert.deepEqual(tense('2023-05-10', 'Brightwater Energy expects profit for the third quarter of 2023 to rise.'), []);
    assert.deepEqual(tense('2023-05-10', 'Brightwater Energy posted a rise in fiscal third-quarter 2023 profit.').filter((f) => /about results/.test(f.message)), []);
    // (Apple's fiscal fourth quarter ends in September and is reported in October.)
    assert.deepEqual(tense('2023-10-26', 'Brightwater Energy reported a 12% rise in fourth-quarter profit.'), []);
  });
});

describe('a date moved the wrong way, and the two dates of one change (slips91: an offer "extended to Oct. 16" that was due to expire on 27 October; examples written after the fix)', () => {
  const conflicts = (published: string, body: string) => ruleFindings(published, body, 'date-conflict');
  it('flags a postponement to an earlier day and a date brought forward to a later one, at the new date', () => {
    const postponed = conflicts('2024-03-01', 'The council postponed the vote from 14 March to 7 March.');
    assert.deepEqual(postponed.map((f) => f.text), ['7 March']);
    assert.match(postponed[0].message, /“postponed” moves the date later, but 7 March is not after 14 March \(“from 14 March”\)/);
    const forward = conflicts('2024-03-01', 'The referendum was brought forward from 20 June to 27 June.');
    assert.deepEqual(forward.map((f) => f.text), ['27 June']);
    assert.match(forward[0].message, /“was brought forward” moves the date earlier/);
  });
  it('flags an extension to a day before the one the deadline had, told in a sentence near it, and reads the days as written', () => {
    const found = conflicts('2024-11-04', 'The bid was extended to 30 October. It had been due to expire on Friday.');
    assert.deepEqual(found.map((f) => f.text), ['30 October']);
    assert.match(found[0].message, /“was extended” moves the date later, but Wed 30 Oct 2024 is not after Fri 1 Nov 2024 \(“Friday”, the date it was to expire\)/);
    assert.deepEqual(conflicts('2024-11-04', 'The bid was extended to 30 November. It had been due to expire on Friday.'), []);
    assert.deepEqual(conflicts('2024-11-04', 'The bid was extended to 30 November. It will now expire on 30 November.'), []);
    // (The old date told by another verb of ending, as a plan; a shop that closed is no deadline.)
    assert.deepEqual(conflicts('2025-04-01', 'The consultation was extended to 2 September. It had been due to close on 9 September.').map((f) => f.message), ['“was extended” moves the date later, but 2 September is not after 9 September (“9 September”, the date it was to close).']);
    assert.deepEqual(conflicts('2025-04-01', 'The shop closed on 9 September. The consultation was extended to 2 September.'), []);
    assert.match(conflicts('2024-10-04', 'The board postponed the vote from 14 March to 7 March.')[0]?.message ?? '', /7 March is not after 14 March/);
  });
  it('reads an extension to a later day as one deadline moved, in either order, not as two dates of it', () => {
    assert.deepEqual(conflicts('2024-11-01', 'The firm extended the deadline of its offer to 30 November from 16 November.'), []);
    assert.deepEqual(conflicts('2024-11-01', 'The firm extended the deadline of its offer from 16 November to 30 November.'), []);
  });
});

describe('a participle after an object a verb of wanting governs (slips92 probe: "wants 2.4% of GDP spent on R&D by 2025" read as a past tense; examples written after the fix)', () => {
  const tense = (body: string) => ruleTexts('2018-08-02', body, 'tense-date-mismatch');
  it('reads the participle after a proper noun as the object\'s, not the clause\'s past', () => {
    assert.deepEqual(tense('Ministers want 3% of GDP invested in Wales by 2026.'), []);
  });
  it('still flags a past verb whose subject is a name', () => {
    assert.deepEqual(tense('Wales invested 3% of its budget in roads by 2026.'), ['2026']);
  });
});

describe('a change measured against its own month (slips92: "declined to 3.8 percent last month from 4.1 percent in January" in February; examples written after the fix)', () => {
  it('flags a baseline month that is the month the change is told of, and leaves an earlier one', () => {
    const found = ruleFindings('2024-03-12', 'Inflation eased to 2.9 percent last month from 3.1 percent in February.', 'date-conflict');
    assert.deepEqual(found.map((f) => f.text), ['February']);
    assert.match(found[0].message, /“February” is February 2024, the period “last month” already names: a period compared with itself/);
    assert.deepEqual(ruleTexts('2024-03-12', 'Inflation eased to 2.9 percent last month from 3.1 percent in January.', 'date-conflict'), []);
  });
});

describe('a weekly day and the date it starts on (slips92: "each Thursday from August 5", a Wednesday; examples written after the fix)', () => {
  it('flags a start date that does not fall on the weekly day, with the weekday fix, and leaves one that does', () => {
    const found = ruleFindings('2024-06-03', 'The ferry will sail every Friday starting on June 13.', 'weekday-mismatch');
    assert.deepEqual(found.map((f) => f.text), ['Friday starting on June 13']);
    assert.match(found[0].message, /“June 13”, where the Fridays start, is Thu 13 Jun 2024, a Thursday, not a Friday/);
    assert.equal(found[0].fixes?.[0]?.title, 'Change the weekday to Thursday');
    assert.deepEqual(ruleTexts('2024-06-03', 'The ferry will sail every Friday starting on June 14.', 'weekday-mismatch'), []);
  });
});

describe('an event a possessive date names through the adjectives and names before its noun (the generated slips: "last year\'s deadly U.S. Embassy bombings" … "the bombings on Aug. 7, 1997"; examples written after the fix)', () => {
  it('reads the noun phrase\'s head after "\'s", past adjectives and names, and compares its later date', () => {
    const found = ruleFindings('2011-06-20', 'Police questioned two men over last month\'s deadly Mombasa port attacks. The attacks on 2 April 2011 killed nine.', 'date-conflict');
    assert.deepEqual(found.map((f) => f.text), ['2 April 2011']);
    assert.match(found[0].message, /The attacks are dated Sat 2 Apr 2011 here but May 2011 earlier \(“last month”\)/);
    assert.deepEqual(ruleTexts('2011-06-20', 'Police questioned two men over last month\'s deadly Mombasa port attacks. The attacks on 2 May 2011 killed nine.', 'date-conflict'), []);
  });
});

describe('a date beside a hedged count back (slips93: "blocked on Feb. 13, nearly two months ago" in early March; examples written after the fix)', () => {
  it('flags a day the hedge cannot reach, after "on" or "since", and leaves one it can', () => {
    const found = ruleFindings('2023-10-20', 'The mill has been shut since 2 October, almost three months ago.', 'date-conflict');
    assert.deepEqual(found.map((f) => f.text), ['2 October']);
    assert.match(found[0].message, /“2 October” does not fit “almost three months ago” beside it, which from the publication date \(Fri 20 Oct 2023\) means a little after Fri 21 Jul 2023/);
    assert.deepEqual(ruleTexts('2023-10-20', 'The mill has been shut since 29 July, almost three months ago.', 'date-conflict'), []);
    assert.deepEqual(ruleTexts('2023-10-20', 'The mill shut on 2 August, more than two months ago.', 'date-conflict'), []);
    assert.deepEqual(ruleTexts('2023-10-20', 'The mill shut on 2 October, more than two months ago.', 'date-conflict'), ['2 October']);
  });
});

describe('a count "later" after the day it leads to (slips93: "It resumed work on Friday, nearly two months later" three weeks after the day told before; examples written after the fix)', () => {
  it('holds the count to the day told before it, with its hedge, and leaves one that fits', () => {
    const found = ruleFindings('2022-09-16', 'The port was closed on 9 September. It reopened on Thursday, almost a month later.', 'date-conflict');
    assert.deepEqual(found.map((f) => f.text), ['a month later']);
    assert.match(found[0].message, /“Thursday” \(Thu 15 Sep 2022\) is 6 days after “9 September” \(Fri 9 Sep 2022\), told before it, not almost a month later/);
    assert.deepEqual(ruleTexts('2022-09-16', 'The port was closed on 18 August. It reopened on Thursday, almost a month later.', 'date-conflict'), []);
  });
});

describe('an anniversary counted as "marks N years since" against its ordinal (slips93: "This year marks 22 years since the Srebrenica genocide" under "23rd Anniversary of Srebrenica Genocide"; examples written after the fix)', () => {
  it('flags the count of years that the heading\'s ordinal contradicts, and leaves one that agrees', () => {
    const found = ruleFindings('2028-12-21', '# 40th anniversary of the Lockerbie bombing\n\nToday marks 41 years since the Lockerbie bombing, the town\'s council said.', 'elapsed-time');
    assert.deepEqual(found.map((f) => f.text), ['41 years since the Lockerbie bombing']);
    assert.match(found[0].message, /counts 41 years, but line 5 calls the same anniversary “40th anniversary of the Lockerbie bombing” \(40 years\)/);
    assert.deepEqual(ruleTexts('2028-12-21', '# 40th anniversary of the Lockerbie bombing\n\nToday marks 40 years since the Lockerbie bombing, the town\'s council said.', 'elapsed-time'), []);
  });
});

describe('the first mention of an event as the odd one out (slips93: "yesterday\'s Autumn Statement" before two "today"s; the finding was on a right "Today"; examples written after the fix)', () => {
  it('flags the first date when two later ones agree against it, and the later one when only one does', () => {
    const found = ruleFindings('2023-03-15', 'Unions attacked yesterday\'s Budget as a missed chance.\n\nThe Chancellor said today\'s Budget would help families.\n\nEconomists said the Budget today was cautious.', 'date-conflict');
    assert.deepEqual(found.map((f) => f.text), ['yesterday']);
    assert.match(found[0].message, /The budget is dated Tue 14 Mar 2023 here but Wed 15 Mar 2023 twice later \(“today”, “today”\)/);
    assert.deepEqual(ruleTexts('2023-03-15', 'Unions attacked yesterday\'s Budget as a missed chance.\n\nThe Chancellor said today\'s Budget would help families.', 'date-conflict'), ['today']);
  });
});

describe('a part of the publication\'s own month on the wrong side of the day (slips94: "trained at the center in late September" on 2 September; examples written after the fix)', () => {
  it('flags a past about a part still ahead and a future about a part gone, and leaves a part that reaches the day', () => {
    const past = ruleFindings('2021-05-06', 'Farmers harvested the crop in late May, the co-operative said.', 'tense-date-mismatch');
    assert.deepEqual(past.map((f) => f.text), ['May']);
    assert.match(past[0].message, /Past tense \(“harvested”\) about late May \(Sat 22 May 2021 to Mon 31 May 2021\), which is after the publication date \(Thu 6 May 2021\)/);
    assert.deepEqual(ruleTexts('2021-05-26', 'The co-operative will sell the crop in early May.', 'tense-date-mismatch'), ['May']);
    assert.deepEqual(ruleTexts('2021-05-06', 'Farmers harvested the crop in early May, the co-operative said.', 'tense-date-mismatch'), []);
    assert.deepEqual(ruleTexts('2021-05-06', 'Farmers will harvest the crop in late May.', 'tense-date-mismatch'), []);
  });
});

describe('"early", "mid-" or "late" before "May" or "March" at a sentence\'s end (found with slips94: chrono-node dropped "in early May."; examples written after the fix)', () => {
  it('reads the month with its part, as it reads "early June."', () => {
    const dates = analyze('---\npublished: 2021-03-26\n---\n\nPrices peaked in mid-March.\n\nThe vote is due in late May.\n').dates.map((d) => `${d.text} ${d.value} ${d.mod}`);
    assert.deepEqual(dates, ['March 2021-03 MID', 'May 2021-05 END']);
  });
});

describe('a count of years with a half against the year it counts from (slips94: "the first five and a half years after MUP was introduced in May 2018" in March 2023; examples written after the fix)', () => {
  const elapsed = (published: string, body: string) => ruleFindings(published, body, 'elapsed-time').map((f) => `${f.text} | ${f.message}`);
  it('flags a half that runs past publication, held to the part of the year gone, and offers no fix', () => {
    assert.deepEqual(elapsed('2024-02-10', 'Rents rose in the first four and a half years after the cap was lifted in 2020.'), [
      'four and a half years after the cap was lifted in 2020 | 2020 is at most 4.1 years before the publication date (2024), not four and a half years.',
    ]);
    assert.deepEqual(elapsed('2024-02-10', 'It is 4.5 years since the 2019 vote.'), []);
    assert.deepEqual(elapsed('2024-02-10', 'It is 5.5 years since the 2019 vote.').map((x) => x.split(' | ')[1]), ['2019 is at most 5.1 years before the publication date (2024), not 5.5 years.']);
    assert.equal(ruleFindings('2024-02-10', 'It is 5.5 years since the 2019 vote.', 'elapsed-time')[0].fixes?.length ?? 0, 0);
  });
  it('leaves a span after a year that ends before publication: it tells another time', () => {
    assert.deepEqual(elapsed('2024-02-10', 'Rents rose in the first two years after the cap was lifted in 2019.'), []);
  });
});

describe('two sessions a market report compares with (slips94: "compared with 1.8353 marks Wednesday" … "compared with $1.6145 Tuesday"; examples written after the fix)', () => {
  it('flags a weekday of a baseline that differs from the first in the paragraph, and leaves one session', () => {
    const found = ruleFindings('2024-03-08', 'Gold ended at $2,160 an ounce, compared with $2,148 Wednesday. Silver was at $24.10 compared with $23.95 Tuesday.', 'date-conflict');
    assert.deepEqual(found.map((f) => f.text), ['Tuesday']);
    assert.match(found[0].message, /compared with “Tuesday” but earlier in the paragraph with “Wednesday”/);
    assert.deepEqual(ruleTexts('2024-03-08', 'Gold ended at $2,160 an ounce, compared with $2,148 Thursday. Silver was at $24.10 compared with $23.95 Thursday.', 'date-conflict'), []);
    assert.deepEqual(ruleTexts('2024-03-08', 'Gold ended at $2,160 an ounce, compared with $2,148 Wednesday.\n\nA week ago it was at $2,100 compared with $2,090 Friday.', 'date-conflict'), []);
  });
});

describe('a year inside what an anniversary marks (a slips95 probe: "NATO will mark the 50th anniversary of its founding in 1949 next month" read as "Future tense about 1949"; examples written after the fix)', () => {
  it('reads the year as the marked event\'s, not the marking verb\'s', () => {
    assert.deepEqual(ruleTexts('2025-06-02', 'The school will celebrate the centenary of its opening in 1925 next month.', 'tense-date-mismatch'), []);
    assert.deepEqual(ruleTexts('2025-06-02', 'Veterans will mark the 80th anniversary of the landings in 1944 on Friday.', 'tense-date-mismatch'), []);
  });
  it('still flags a future verb whose own time is the year', () => {
    assert.deepEqual(ruleTexts('2025-06-02', 'The school will open its doors in 1925.', 'tense-date-mismatch'), ['1925']);
  });
});

describe('one killing, crash or earthquake given two dates (slips107: "this month\'s shooting death of a doctor" … "the Oct. 23 slaying of Slepian"; examples written after the fix)', () => {
  it('flags a later date of the same killing, told by another noun of its class or a modifier after a possessive', () => {
    const found = ruleFindings('2024-11-20', 'Police are hunting the gunman in this month\'s shooting death of a shopkeeper. He was seen near the scene of the Oct. 30 murder of Ali Khan.', 'date-conflict');
    assert.deepEqual(found.map((f) => f.text), ['Oct. 30']);
    assert.match(found[0].message, /The murder \(“shooting” earlier\) is dated Wed 30 Oct 2024 here but November 2024 earlier \(“this month”\)/);
    assert.deepEqual(ruleTexts('2024-08-20', 'The crash on the A1 on Friday closed the road. Drivers were diverted after the crash on 15 August.', 'date-conflict'), ['15 August']);
  });
  it('leaves two dates listed on one noun, and the same killing dated alike', () => {
    assert.deepEqual(ruleTexts('2016-10-30', 'Already after the earthquake of 24 August and of 26 October 2016, the Commission sent experts.', 'date-conflict'), []);
    assert.deepEqual(ruleTexts('2024-11-20', 'Police are hunting the gunman in this month\'s shooting death of a shopkeeper. He was seen near the scene of the Nov. 3 murder of Ali Khan.', 'date-conflict'), []);
  });
});

describe('a change measured "from" the period it is told in (slips108: "fell to dlrs 14 billion last year, down dlrs 2.5 billion from 1997" in 1998; examples written after the fix)', () => {
  it('flags the year after "from" and a word of change when the relative date names it', () => {
    assert.deepEqual(ruleTexts('2024-02-10', 'Exports rose to £8bn last year, up £1.2bn from 2023.', 'date-conflict'), ['2023']);
  });
  it('leaves the year before, and a start told with "from" and no change', () => {
    assert.deepEqual(ruleTexts('2024-02-10', 'Exports rose to £8bn last year, up £1.2bn from 2022.', 'date-conflict'), []);
    assert.deepEqual(ruleTexts('2024-02-10', 'The scheme that ran from 2023 was closed last year.', 'date-conflict'), []);
  });
});

describe('an event dated through a verb of happening, past a clock time or long adjuncts (slips108: "The blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Thursday"; examples written after the fix)', () => {
  it('reads the date after a clock time as the verb\'s, and one after adjuncts of "occur" or "happen"', () => {
    assert.deepEqual(ruleTexts('2024-03-09', 'The explosion occurred on Friday, police said. The explosion occurred at about 4:10 a.m. (0910 GMT) Thursday, toppling a wall.', 'date-conflict'), ['Thursday']);
    assert.deepEqual(ruleTexts('2024-03-09', 'The explosion occurred near the port but far from homes on Friday. The explosion occurred on Thursday.', 'date-conflict'), ['Thursday']);
  });
  it('leaves the same day, and a verb with an object', () => {
    assert.deepEqual(ruleTexts('2024-03-09', 'The explosion occurred on Friday, police said. The explosion occurred at about 4:10 a.m. Friday, toppling a wall.', 'date-conflict'), []);
    assert.deepEqual(ruleTexts('2024-03-09', 'The explosion occurred on Friday. The explosion shook homes near the port but far from the city on Thursday.', 'date-conflict'), []);
  });
});

describe('a date between its clause\'s subject and verb, after a long opening phrase (slips108: "Then, after extending its offer four times waiting for a congressional tax ruling, IMA early next month lowered its offer"; examples written after the fix)', () => {
  it('reads the verb right after the date, not a gerund of the opening phrase', () => {
    assert.deepEqual(ruleTexts('2024-05-20', 'After extending the deadline four times waiting for a court ruling, the council early next month scrapped the plan.', 'tense-date-mismatch'), ['early next month']);
    const found = ruleFindings('2024-05-20', 'Having extended the deadline four times, Acme next month scrapped the plan.', 'tense-date-mismatch');
    assert.match(found[0]?.message ?? '', /^Past tense \(“scrapped”\) about June 2024/);
    assert.deepEqual(ruleTexts('2024-05-20', 'After extending the deadline four times waiting for a court ruling, the council early this month scrapped the plan.', 'tense-date-mismatch'), []);
  });
  it('leaves a date of a relative clause before the main verb', () => {
    assert.deepEqual(ruleTexts('2024-05-20', 'The states which joined the union last year will see growth of 4%.', 'tense-date-mismatch'), []);
  });
});

describe('"this" before a season (slips109: "was killed … by a sniper\'s bullet this fall" in an April story; examples written after the fix)', () => {
  it('reads it as the season of the publication\'s year, and a past about one still to come as a slip', () => {
    const found = ruleFindings('2024-04-12', 'The mayor was re-elected by a wide margin this fall.', 'tense-date-mismatch');
    assert.deepEqual(found.map((f) => f.text), ['this fall']);
    assert.match(found[0].message, /^Past tense \(“was re-elected”\) about autumn 2024, which is after the publication date/);
    assert.deepEqual(ruleTexts('2024-10-20', 'Sales rose sharply this summer.', 'tense-date-mismatch'), []);
  });
  it('keeps a season that ended weeks before publication, and leaves winter, which spans two years', () => {
    assert.deepEqual(ruleTexts('2026-01-08', 'The seizures this autumn were part of an annual operation.', 'tense-date-mismatch'), []);
    assert.deepEqual(ruleTexts('2024-03-04', 'Heating bills rose this winter.', 'tense-date-mismatch'), []);
  });
});
