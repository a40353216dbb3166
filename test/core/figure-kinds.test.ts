// Issue 10: figures a desk does not ask to source, read as kinds, and attribution read from the linguistic layer.
// Each kind has the issue's example and examples of our own written after the fix.
import { strict as assert } from 'assert';
import { analyze } from '../../server/src/core/analyze';
import { describeFigure } from '../../server/src/core/figures';
import { parseArticle } from '../../server/src/core/article';
import { isSportReport } from '../../server/src/core/figures/sport';
import { languageOf } from '../../server/src/core/language';

/** The texts of the unsourced-figure findings on `body` (published 2025-11-12). */
function unsourced(body: string): string[] {
  const text = `---\npublished: 2025-11-12\n---\n\n${body}\n`;
  return analyze(text).findings.filter((f) => f.rule === 'unsourced-figure').map((f) => f.text);
}

/** Each figure of `body` (published 2025-11-12) as "text: why it needs no source" ("unsourced" or "sourced" when it does). */
function reasons(body: string): string[] {
  return analyze(`---\npublished: 2025-11-12\n---\n\n${body}\n`).figures.map((f) => `${f.text}: ${f.noSourceNeeded?.kind ?? (f.sourced ? 'sourced' : 'unsourced')}`);
}

describe('figures a desk does not ask to source', () => {
  it('reads telephone numbers as no figure', () => {
    assert.deepEqual(unsourced('Witnesses can contact the charity Crimestoppers anonymously on 0800 555 111.'), []);
    assert.deepEqual(unsourced('Call the helpline on 020 7946 0000 or +44 161 496 0123 before noon.'), []);
    assert.deepEqual(unsourced('Residents can ring 555-123-4567 or (555) 987 6543 for advice.'), []);
    assert.deepEqual(unsourced('The hotline, 08081234567, opens on Monday.'), []);
    // A plain count next to a number is still a figure.
    assert.deepEqual(unsourced('The council cut 300 jobs and closed 12 libraries.'), ['300', '12']);
  });

  it('reads a telephone number with its area code in brackets as no figure (copy-desk review 10)', () => {
    assert.deepEqual(unsourced('The embassy can be reached on (254-2) 751-613.'), []);
    // Our own, written after the fix; years in brackets before a count are no area code.
    assert.deepEqual(unsourced('Call the office on (01632) 960 001 for details.'), []);
    assert.deepEqual(unsourced('In the season (2004-05) 300 staff left.'), ['300']);
  });

  it('reads pounds after "weigh" as weight, not money (copy-desk review 10)', () => {
    const figure = (body: string) => analyze(`---\npublished: 2025-11-12\n---\n\n${body}\n`).figures.map((f) => [f.text, f.kind, f.unit]);
    assert.deepEqual(figure('He weighs 150 to 175 pounds.'), [['150 to 175 pounds', 'measure', 'lb']]);
    // Our own, written after the fix.
    assert.deepEqual(figure('The baby, weighing about 8 pounds, was born at home.'), [['about 8 pounds', 'measure', 'lb']]);
    assert.deepEqual(figure('The ruling weighed on him: he paid 500 pounds.'), [['500 pounds', 'money', 'GBP']]);
  });

  it('reads reference numbers as no figure', () => {
    assert.deepEqual(unsourced('The bill, S. 2155, cleared the Senate. He was inmate No. 40871-048.'), []);
    assert.deepEqual(unsourced('Officers logged the theft as crime 24-00917 and closed it.'), []);
    assert.deepEqual(unsourced('Under Art. 50 the talks last two years.'), []);
    // A lone capital before a sentence that opens with a count is no label.
    assert.deepEqual(unsourced('They chose Plan B. 300 staff moved offices.'), ['300']);
  });

  it('reads a time of day as no figure', () => {
    assert.deepEqual(unsourced('A two-minute silence will be held at 12 noon on Thursday.'), []);
    assert.deepEqual(unsourced('The vigil ends at 12 midnight in the square.'), []);
  });

  it('leaves a conversion in brackets to the figure it converts', () => {
    assert.deepEqual(unsourced('The path runs 2,700 miles (4,345km) along the coast.'), ['2,700']);
    assert.deepEqual(unsourced('The fine was £5m ($6.3m), the largest yet.'), ['£5m']);
    assert.deepEqual(unsourced('The glacier retreated 3 miles (about 5 km) in a decade.'), ['3']);
    // A breakdown in brackets is not a conversion: both are figures.
    assert.deepEqual(unsourced('The trust hired 40 staff (12 nurses) this year.'), ['40', '12']);
    // Same currency in brackets is a second amount, not a conversion.
    assert.deepEqual(unsourced('The bill was £5m (£4m after tax).'), ['£5m', '£4m']);
  });

  it('leaves a headline figure that the body gives again with a source', () => {
    const body = '# Council to spend £4m on 17 new flood barriers\n\nThe council will spend £4m on 17 new flood barriers, its leader said.';
    assert.deepEqual(unsourced(body), []);
    const other = '## Clinic waits fall to 6 weeks as 900 staff join\n\nWaits fell to 6 weeks after 900 staff joined, the health board said.';
    assert.deepEqual(unsourced(other), []);
    // A headline figure the body does not repeat still needs a source.
    assert.deepEqual(unsourced('# Bus fares rise 8%\n\nFares will rise in March, the operator said.'), ['8%']);
  });

  it('reads the summary line before the bullets as part of the standfirst', () => {
    const body = ['Council to buy over 60 electric buses.', '- Buses to run from June.', '- Drivers to be trained.', 'The council will buy 62 electric buses, its transport chief said.'].join('\n\n');
    assert.deepEqual(unsourced(body), []);
    // A lede with no bullets after it is the body's first paragraph, not a standfirst.
    const lede = ['The council will buy over 60 electric buses.', 'Officials said 62 buses would arrive by June.'].join('\n\n');
    assert.deepEqual(unsourced(lede), ['over 60']);
  });

  it('leaves a standfirst figure that the body gives again after it, approximately or exactly', () => {
    const body = [
      'Thousands of families will get help with energy bills this winter.',
      '- Over two million households to get a one-off £150 payment.',
      '- Payments start in December.',
      'About 2.2 million households will receive £150 each, the department said.',
    ].join('\n\n');
    assert.deepEqual(unsourced(body), []);
    // A summary figure the body never gives again keeps its finding; so does one only given before it.
    const lone = ['Rail fares will rise by £90 a year for commuters.', '- Fares to rise by £90.', '- Season tickets to rise by 4%.', 'The change starts in March.'].join('\n\n');
    assert.deepEqual(unsourced(lone), ['£90', '£90', '4%']);
  });

  it('leaves a vague heading figure that the body gives as a number of the same things', () => {
    assert.deepEqual(unsourced('# Hundreds of rare birds rescued from smugglers\n\nOfficers rescued more than 300 birds, the agency said.'), []);
    // Another counted noun is another figure.
    assert.deepEqual(unsourced('# Thousands of homes cut off\n\nAbout 4,000 people lost power, the utility said.'), []);
    assert.deepEqual(analyze('---\npublished: 2025-11-12\n---\n\n# Thousands of homes cut off\n\nAbout 4,000 people lost power, the utility said.\n').findings.filter((f) => f.rule === 'vague-figure').map((f) => f.text), ['Thousands of']);
  });

  it('reads two small numbers before a noun of the result\'s side as a score (review 101: "England were rampant 42-6 victors"; examples written after the fix)', () => {
    assert.deepEqual(unsourced('Munster, 31-12 victors in Cork, top the table.'), []);
    assert.deepEqual(unsourced('Hibs were 4-0 losers at Tynecastle in August.'), []);
    // After "between" or an approximator the numbers are a range of a count.
    assert.deepEqual(unsourced('Organisers had hoped for between 40-50 winners this year.'), ['between 40-50']);
  });

  it('leaves the statistics of a game the article reports', () => {
    assert.deepEqual(unsourced('Dana Pike scored a season-best 27 points as Riverton beat Oakdale 78-64 on Friday night.'), []);
    assert.deepEqual(unsourced('Ahmed took four wickets and hit 38 runs before lunch.'), []);
    assert.deepEqual(unsourced('Okoro netted 2 goals and made 5 saves in the final.'), []);
    // "points" moved by a market or a poll is no result of a game: the FTSE's move is the trading day's market quote
    // (once the tagger's "fell/NOUN" after "100" is read as the verb it is), a poll's points a claim to source.
    const ftse = analyze('---\npublished: 2025-11-12\n---\n\nThe FTSE 100 fell 30 points on Monday.\n').figures;
    assert.deepEqual(ftse.map((f) => [f.text, f.noSourceNeeded?.kind]), [['30', 'market']]);
    assert.deepEqual(unsourced('Labour rose 30 points in the poll on Monday.'), ['30']);
  });

  it('leaves fixed facts of record after a possessive', () => {
    assert.deepEqual(unsourced("The borough's 17 wards each elect a councillor."), []);
    assert.deepEqual(unsourced('The union said its 27 member states agreed.'), []);
    assert.deepEqual(unsourced("The county's 12 libraries open late on Fridays."), []);
    // ("in six states" is no part of the brigade's make-up: a count of the story's own subjects since review 62.)
    assert.deepEqual(reasons('The brigade trained with its four battalions and 15 companies in six states.'), ['15: record', 'six: story-count']);
    // Large or approximate counts after a possessive are not facts of record.
    assert.deepEqual(unsourced("The firm's 4,500 staff will get a rise."), ['4,500']);
    assert.deepEqual(unsourced("The city's roughly 40 parks need repairs."), ['roughly 40']);
  });
});

describe('the hover of a figure that needs no source', () => {
  const hover = (body: string, figure: string) => {
    const f = analyze(`---\npublished: 2025-11-12\n---\n\n${body}\n`).figures.find((x) => x.text === figure);
    assert.ok(f, `no figure “${figure}”`);
    return describeFigure(f).split('\n\n')[1];
  };
  it('says why', () => {
    assert.equal(hover('The path runs 2,700 miles (4,345km) along the coast.', '4,345km'), 'No source needed: it converts “2,700” before it, which carries the source');
    assert.equal(hover('# Fares rise 8%\n\nFares rise 8% in March, the operator said.', '8%'), 'No source needed: the body gives this figure again (“8%”), which carries the source');
    assert.equal(hover('Pike scored 27 points in the win.', '27'), 'No source needed: a statistic of the game this article reports');
    assert.equal(hover("The borough's 17 wards vote in May.", '17'), 'No source needed: a fixed fact of record about a place or body');
    assert.equal(hover('Profit was $12.4 million, or 91 cents a share.', '91 cents'), 'No source needed: it restates “$12.4 million” before it per share, which carries the source');
    assert.equal(hover('Shares in Tesco closed 2p higher at 250p.', '250p'), 'No source needed: a market’s level or move (an index, a share or commodity price) on the trading day this article reports');
  });
});

describe('attribution read from the linguistic layer', () => {
  it('finds the speaker past a modifier of the subject', () => {
    assert.deepEqual(unsourced('About 250 staff are still owed back pay, the union representing them said.'), []);
    assert.deepEqual(unsourced('Nearly 90 homes were flooded, the residents living by the river told reporters.'), []);
  });

  it('finds the speaker past a parenthesis or a relative aside', () => {
    assert.deepEqual(unsourced('The ministry (which runs the scheme) said 4,000 families applied.'), []);
    assert.deepEqual(unsourced('The airline [a subsidiary of the group] said 1,200 flights were cancelled.'), []);
    assert.deepEqual(unsourced('The firm, which employs 500 people, said profits rose 12%.'), []);
  });

  it('reads a document as the source of an evidential verb', () => {
    assert.deepEqual(unsourced('The Trade Barriers Report identifies 45 new barriers.'), []);
    assert.deepEqual(unsourced('The audit listed 31 failings at the prison.'), []);
    assert.deepEqual(unsourced('The review sets out 12 changes to the scheme.'), []);
    // Data nouns are no source when their verb reports no evidence.
    assert.deepEqual(unsourced('Sales figures rose 8% in March.'), ['8%']);
  });

  it('carries a statement introduced by "X said:" to its speaker, with or without marks', () => {
    assert.deepEqual(unsourced('The health secretary said:\n\nWe have cut waiting lists by 40,000 since spring.'), []);
    assert.deepEqual(unsourced('Aled Jones, chair of the water board, said:\n\n“Bills will fall by £30 next year.”'), []);
    // Only the paragraph right after the colon is the statement.
    assert.deepEqual(unsourced('The health secretary said:\n\nWe have cut waiting lists.\n\nWaits fell 12% in the north.'), ['12%']);
  });

  it('carries a quotation that runs on into the next paragraph to its speaker', () => {
    const body = '“We have hired more nurses than ever,” the minister said. “There are 3,000 more on wards now.\n\n“And 900 more start in May.”';
    assert.deepEqual(unsourced(body), []);
  });

  it('gives a quotation left open at a paragraph\'s end the speaker of the paragraph that goes on with it (review 127; example written after the fix)', () => {
    const body = 'The head teacher warned that rolls were falling.\n\n“We lost 120 pupils in two years.\n\n“We cannot keep every class open,” she said.';
    assert.deepEqual(unsourced(body), []);
    // A quotation that is never taken up again keeps its figure unsourced.
    assert.deepEqual(unsourced('The head teacher warned that rolls were falling.\n\n“We lost 120 pupils in two years.\n\nThe school opened in 1970.'), ['120']);
  });

  it('reads a register as a document whose figures it shows (review 58)', () => {
    // Review 58: "The register shows former Tory leader William Hague earning up to £820,000"; ours below.
    assert.deepEqual(unsourced('The register of interests shows the MP earning up to £250,000 from speeches.'), []);
    assert.deepEqual(unsourced('The MP earned up to £250,000 from speeches.'), ['up to £250,000']);
  });

  it('reads who or what a survey was gathered for as its source (review 57)', () => {
    // Review 57: "Nearly 9,000 business leaders in 104 countries were surveyed for Business and HIV/AIDS: …"; ours below.
    assert.deepEqual(unsourced('More than 2,500 nurses were polled for the Royal College of Nursing.'), []);
    assert.deepEqual(unsourced('Some 1,200 landlords were surveyed for the study.'), []);
    // "for" a time or a cause names no source.
    assert.deepEqual(unsourced('About 800 families were surveyed for a month.'), ['About 800']);
  });

  it('reads a survey\'s own maker in a passive, a participle of polling, and "what X calls" (review 59)', () => {
    // Review 59's kinds, in words of ours written after the fix.
    // A data noun, a passive verb group, then its maker: the sentence's figures are the survey's.
    assert.deepEqual(unsourced('The poll was carried out by Ipsos and is based on interviews with 1,150 adults in 14 regions.'), []);
    assert.deepEqual(unsourced('The figures were compiled by the statistics office from 3,000 returns.'), []);
    assert.deepEqual(unsourced('The raid was carried out by 300 officers.'), ['300']);
    // A bare participle of gathering after the noun it tells of.
    assert.deepEqual(unsourced('Almost half of the 2,000 parents polled for the report said fees were too high.'), []);
    assert.deepEqual(unsourced('Some 40% of voters surveyed by YouGov backed the plan.'), []);
    assert.deepEqual(unsourced('About 60% of the 900 shops sampled for the study raised prices.'), []);
    assert.deepEqual(unsourced('About 60% of the 900 shops polled last week raised prices.'), ['About 60%', '900']);
    // "what" and a named or data-noun subject of a verb of naming.
    assert.deepEqual(unsourced('In what the Met Office describes as a record, rainfall reached 120mm in a day.'), []);
    assert.deepEqual(unsourced('In what the report calls a crisis, waiting lists grew by 30%.'), []);
    assert.deepEqual(unsourced('In what many call a crisis, waiting lists grew by 30%.'), ['30%']);
  });

  it('closes a straight opening mark with a curly closing one', () => {
    const body = 'The minister said: "We have removed 123 barriers since 2014.” Another 90 were never counted.';
    assert.deepEqual(unsourced(body), ['90']);
  });

  it('does not take a new statement after a quotation for its tag', () => {
    assert.deepEqual(unsourced('"We will pay the extra £1,400." She said ministers would consult on the rest.'), ['£1,400']);
    assert.deepEqual(unsourced('"We will pay the extra £1,400," she said.'), []);
  });

  it('reads the agent of a passive reporting verb when what was reported is a figure', () => {
    assert.deepEqual(unsourced('A plan to cut emissions by 40% by 2030 was announced on Monday (in Leeds) by the energy minister.'), []);
    assert.deepEqual(unsourced('The app was released by Microsoft last month and has been downloaded by 6 million people.'), ['6 million']);
  });

  it('reads a named body as the source of an evidential verb', () => {
    assert.deepEqual(unsourced('The Met Office recorded 120mm of rain in Cumbria on Sunday.'), []);
    assert.deepEqual(unsourced('The ACMD found one drug was responsible for 24 deaths in 2021.'), []);
  });

  it('leaves unsourced what no one has said yet', () => {
    assert.deepEqual(unsourced('The regulator will announce that 30 banks failed.'), ['30']);
    assert.deepEqual(unsourced('The council refused to say how the £2m was spent.'), ['£2m']);
    assert.deepEqual(unsourced('Pensioners will receive as much as £470 more a year added to their pension.'), ['as much as £470']);
  });
});

describe('a pronoun that stands for a report (seventh copy-desk review; examples written after)', () => {
  it('"It found" after a sentence about a report or survey attributes the figure; after anything else it does not', () => {
    assert.deepEqual(unsourced('The Ofcom survey was published on Monday. It found that 38% of adults stream news daily.'), []);
    assert.deepEqual(unsourced('The studies were run in Leeds last year. They found 12,000 households without broadband.'), []);
    assert.deepEqual(unsourced('Prices rose in Leeds on Monday. It found 40% more buyers.'), ['40%']);
    // Without "that", a person's "found" is no report; with it, it reports a clause, as "said that" does (review35).
    assert.deepEqual(unsourced('The report was published on Monday. She found 38% of adults stream news daily.'), ['38%']);
    assert.deepEqual(unsourced('The report was published on Monday. She found that 38% of adults stream news daily.'), []);
  });
});

describe('vague figures standing alone', () => {
  /** The texts of the vague-figure findings on `body`. */
  function vague(body: string): string[] {
    const text = `---\npublished: 2025-11-12\n---\n\n${body}\n`;
    return analyze(text).findings.filter((f) => f.rule === 'vague-figure').map((f) => f.text);
  }

  it('reads a bare vague quantifier as a vague count (open-news figures3: "injuring dozens more")', () => {
    assert.deepEqual(vague('The blast killed 6 people and injured dozens more.'), ['dozens']);
    // The message quotes it as written, not with the noun it borrows ("dozens people", second copy-desk review).
    const blast = analyze('---\npublished: 2025-11-12\n---\n\nThe blast killed 6 people and injured dozens more.\n').findings.find((f) => f.rule === 'vague-figure')!;
    assert.equal(blast.message, 'Vague figure: “dozens” has no attribution or citation in its sentence; give the number and who counted it');
    assert.deepEqual(vague('Hundreds were evacuated from the estate overnight.'), ['Hundreds']);
    assert.deepEqual(vague('Fans arrived in their thousands for the parade.'), ['thousands']);
    // Attributed, it is sourced; "scores" and "tens" alone are no quantity; "thousands of years" is a duration.
    assert.deepEqual(vague('Thousands marched in the capital, police said.'), []);
    assert.deepEqual(vague('The striker scores often. Tens gathered.'), []);
    assert.deepEqual(vague('The cave has been there for thousands of years.'), []);
  });

  it('leaves a bare vague headline figure ("Millions to miss out") alone when the body gives the number, a count or a sum (review 124; examples written after the fix)', () => {
    assert.deepEqual(vague(['# Thousands queue for tickets', 'About 4,000 fans queued outside the ground overnight, the club said.'].join('\n\n')), []);
    assert.deepEqual(vague(['# Millions lost in card scam', 'The fraud cost banks £3m last year, police said.'].join('\n\n')), []);
    // No number in the body: the headline is vague.
    assert.deepEqual(vague(['# Thousands queue for tickets', 'Fans queued outside the ground overnight, the club said.'].join('\n\n')), ['Thousands']);
  });
});

describe('a number that could be a year', () => {
  it('counts the plural noun after an approximator (second copy-desk review: "More than 2000 Army Reserve Soldiers")', () => {
    assert.deepEqual(unsourced('More than 2000 soldiers took part in the exercise.'), ['More than 2000']);
    assert.deepEqual(unsourced('About 1500 people attended the vigil.'), ['About 1500']);
    // Ours: "Nearly" is no "early 1999"; a year stays a year with no approximator or no noun.
    assert.deepEqual(unsourced('Nearly 1999 students applied.'), ['Nearly 1999']);
    assert.deepEqual(unsourced('In 2000 the plant closed. The plant opened around 2005 in Leeds.'), []);
    // Written after the review of this change: the count is no date as well ("around" is a year cue), while a year
    // after "around" with no plural noun stays one.
    const storm = analyze('---\npublished: 2025-11-12\n---\n\nAround 1800 households lost power. Prices peaked around 2008 as banks failed.\n');
    assert.deepEqual(storm.dates.map((d) => d.text), ['2008']);
    assert.deepEqual(storm.figures.map((f) => f.text), ['Around 1800']);
  });
});

// Eighth session, from the BBC needs-source labels' dev part (test/fixtures/figures/bbc-needs-source.json): three
// kinds, each tested on sentences written after the fix.
describe('numbers inside names, multiples, and speakers with an appositive', () => {
  it('reads a number inside a name as no figure', () => {
    // The labelled cases: a name that goes on after the number, and a name a determiner opens.
    assert.deepEqual(unsourced('John Ison, from the group Fathers 4 Justice, spoke to reporters.'), []);
    assert.deepEqual(unsourced('Downloads now count towards its new Hot 100 chart.'), []);
    // Our own: products, models and teams.
    assert.deepEqual(unsourced('The airline will retire its last Boeing 747 jets next year.'), []);
    assert.deepEqual(unsourced('Fans queued for the new Nintendo 64 classic in the rain.'), []);
    assert.deepEqual(unsourced('He played against a Super 12 side on tour.'), []);
    // A count a name owns, or one after a verb, is still a figure.
    assert.deepEqual(unsourced("The UK's 70,000 BSL users want better services."), ['70,000']);
    assert.deepEqual(unsourced('The closure cost Tesco 5,000 jobs.'), ['5,000']);
  });

  it('reads "N times more …" as a ratio that needs a source', () => {
    assert.deepEqual(unsourced('Games are four to five times more expensive than cinema tickets.'), ['four to five times']);
    assert.deepEqual(unsourced('Women were seven times more likely to lose their phones.'), ['seven times']);
    // Our own: "as … as" and an inflected comparative.
    assert.deepEqual(unsourced('The new discs hold six times as much data as a DVD.'), ['six times']);
    assert.deepEqual(unsourced('The chip is up to ten times larger than its rival.'), ['up to ten times']);
    // How often something happened is no ratio.
    assert.deepEqual(unsourced('Hughes won the Cup four times as a player.'), []);
    assert.deepEqual(unsourced('He was arrested three times earlier this year.'), []);
  });

  it('reads a count that names a ranked set as a fact of record', () => {
    assert.deepEqual(unsourced("Bosses of the world's 500 largest companies will attend."), []);
    // Our own: "most" and an irregular superlative form the tagger lemmatises.
    assert.deepEqual(unsourced('The 100 most popular contestants vote on Sunday.'), []);
    assert.deepEqual(unsourced('The list names the 20 richest families in the region.'), []);
    // A comparative is no ranking: "500 more staff" is a count that needs a source.
    assert.deepEqual(unsourced('The firm hired 500 more staff.'), ['500']);
  });

  it('leaves every conversion in a bracket to the figure they convert (copy-desk review 8)', () => {
    assert.deepEqual(unsourced('Revenue rose to 18.3bn euros ($23.4bn; £12.5bn) last year.'), ['18.3bn euros']);
    // Our own: "or" between the conversions; a second amount in the figure's own currency is no conversion.
    assert.deepEqual(unsourced('The fine was £5m ($6.3m or 5.8m euros), the largest yet.'), ['£5m']);
    assert.deepEqual(unsourced('The bill was £5m ($6m; £4m after tax).'), ['£5m', '£4m']);
  });

  it('reads "added" before a quantity as a gain, not as a speaker (copy-desk review 8)', () => {
    assert.deepEqual(unsourced('Orange added more than five million new customers in 2004, leading to a 10% increase.'), ['more than five million', '10%']);
    // Our own: a market report, and "added" that reports speech.
    assert.deepEqual(unsourced('The US economy added 337,000 jobs in October.'), ['337,000']);
    assert.deepEqual(unsourced('Sales rose 5%, he added.'), []);
    assert.deepEqual(unsourced('He added that 500 staff would go.'), []);
    // Written in the final review: an adjective, "add up", an inverted report, and "concede" both ways.
    assert.deepEqual(unsourced('The deal would see it receive added support worth $18.6bn.'), ['$18.6bn']);
    // (The figure's span takes "up to" of "add up to" as an approximator; the finding is what this asserts.)
    const total = unsourced("Japan's exports to China (and Hong Kong) added up to 22,201bn yen.");
    assert.equal(total.length, 1);
    assert.ok(total[0].endsWith('22,201bn yen'));
    assert.deepEqual(unsourced('Sales rose 5%, added the minister.'), []);
    assert.deepEqual(unsourced('The minister conceded 4,000 jobs would go.'), []);
  });

  it('reads a reporting verb by its lemma, in any tense (copy-desk review 8)', () => {
    assert.deepEqual(unsourced('"Who would pay 70p for a song?" he asks.'), []);
    assert.deepEqual(unsourced('The report was published on Monday. It also points out that rich nations spend 0.7% on aid.'), []);
    // Our own: present tenses of verbs the list held in the past only.
    assert.deepEqual(unsourced('The commission suggests raising state funding to £3m.'), []);
    assert.deepEqual(unsourced('The survey highlights that 40% of tenants pay more.'), []);
    // A request is no report, nor is a gerund after a preposition.
    assert.deepEqual(unsourced('Menatep has asked Rosneft to repay a $900m loan.'), ['$900m']);
    assert.deepEqual(unsourced('The regulator has asked for details of holders of 5% or more.'), ['5%']);
    assert.deepEqual(unsourced('Allowing for changes in calculating statistics, the rate was 10.8%.'), ['10.8%']);
  });

  it('reads a share index\'s or share price\'s level and move as the market result the story reports (copy-desk review 9)', () => {
    // The reviewers' kind, in our words: an index's points and close, a share price's move and level.
    assert.deepEqual(unsourced('The Iseq index of leading shares closed up 23 points to 6,661.89 on Thursday.'), []);
    assert.deepEqual(unsourced('In early trade its shares were down 10% at 119 pence.'), []);
    // Our own, written after the fix: another index and verb, a price in pence, a relative clause and an aside.
    assert.deepEqual(unsourced('The Hang Seng index slipped 0.3% to 14,200 points.'), []);
    assert.deepEqual(unsourced('Shares in Tesco closed 2p higher at 250p.'), []);
    assert.deepEqual(unsourced('Low inflation gave a boost to shares, which have advanced 4% this month.'), []);
    assert.deepEqual(unsourced('Shares in BT, which cut 300 jobs last year, rose 2% to 210p.'), ['300']);
    // Not a market: a market share, a price index (a survey), shares bought, a subject after "and".
    assert.deepEqual(unsourced("Tesco's market share rose to 31%."), ['31%']);
    assert.deepEqual(unsourced('The consumer price index rose 2.3% in March.'), ['2.3%']);
    assert.deepEqual(unsourced('Investors bought shares worth £300m.'), ['£300m']);
    assert.deepEqual(unsourced('The firm sold shares and its profits rose 5%.'), ['5%']);
  });

  it('reads a market named after the verb, a closing price, and the rest of one quote as market results (copy-desk review 10)', () => {
    // The reviewers' kinds, in our words: US wire style.
    assert.deepEqual(unsourced('The news pushed the Dow Jones industrial average up 72.24 points, to 8,189.49.'), []);
    assert.deepEqual(unsourced('Crossland closed at $5.25, down $1.875, a 26% decline.'), []);
    // Our own, written after the fix.
    assert.deepEqual(unsourced('The ruling sent shares in Altria up 5.1%, or $2.40, to $49.10.'), []);
    assert.deepEqual(unsourced('Brent crude ended at $40.15 a barrel on Thursday.'), []);
    // A push that names no market, and a figure after the quote that is not part of it.
    assert.deepEqual(unsourced('The storm pushed oil prices up 5%.'), ['5%']);
    assert.deepEqual(unsourced('Crossland closed at $5.25 after cutting 300 jobs.'), ['300']);
  });

  it('reads a company\'s move or share price in a named trading session, and its volume, as market results (copy-desk review 12)', () => {
    // The reviewer's sentences (US wire copy, 1989).
    assert.deepEqual(unsourced('GM closed down $1.875 at $44.875 in New York Stock Exchange trading yesterday.'), []);
    assert.deepEqual(unsourced('GM Class E, which represents a dividend interest in EDS profit, fell 75 cents to $52.25 on the Big Board.'), []);
    assert.deepEqual(unsourced('Yesterday, Compaq plunged further, closing at $100 a share, off $8.625 a share, on volume of 2,633,700 shares.'), []);
    assert.deepEqual(unsourced("Concern about the chip may explain a decline of 87.5 cents in Intel's stock to $32 a share yesterday in over-the-counter trading."), []);
    // Our own, written after the fix.
    assert.deepEqual(unsourced('Apple gained 3% to $182.10 in early dealings in New York.'), []);
    assert.deepEqual(unsourced('Boeing rose $2.25 to $61.50 in composite trading on the New York Stock Exchange.'), []);
    // Results beside a quote keep their finding: the session belongs to the clause after "and".
    assert.deepEqual(unsourced('Net income fell 12% to $1.2 billion, and the stock closed at $30 in Nasdaq trading.'), ['12%', '$1.2 billion']);
    assert.deepEqual(unsourced('Sales fell 9% to $2.1 billion during a session of heavy discounting.'), ['9%', '$2.1 billion']);
    // Copy-desk review 13: a commodity's close with its direction, and a session named after an earlier trading verb.
    assert.deepEqual(unsourced('A barrel of US crude oil closed up $2.80 at $51.15 in New York on Tuesday.'), []);
    assert.deepEqual(unsourced('Brent crude also rose in London trading, adding $1.89 to $48.62 at the close.'), []);
    // Our own, written after the fix; a session that opens the sentence makes no sales figure a quote.
    assert.deepEqual(unsourced('Gold opened higher at $1,950 an ounce.'), []);
    assert.deepEqual(unsourced('In London trading, sales at the retailer rose 5%.'), ['5%']);
    // Copy-desk review 14: a company's stock, and a participle that takes the main clause's subject; not a stock of goods.
    assert.deepEqual(unsourced("Nashua's stock has fluctuated sharply on takeover speculation, rising to a high for the year of $42.875 a share in June."), []);
    assert.deepEqual(unsourced('The stock of unsold homes rose 5% in March, and its stock fell 3% to $12.'), ['5%']);
    assert.deepEqual(unsourced('Sales have grown strongly this year, rising 12% to $4bn.'), ['12%', '$4bn']);
  });

  it('reads a traded commodity\'s move as a market result when the commodity is the verb\'s subject, its unit given elsewhere (review 49)', () => {
    // The reviewer's sentence: the article gave "$47 a barrel" a sentence before.
    assert.deepEqual(unsourced('US light crude rose $1.64 to $47.10, while Brent crude in London gained $1.32 to $44.45.'), []);
    // Ours, written after the fix.
    assert.deepEqual(unsourced('Spot gold slipped $4.20 to $1,312 on Friday.'), []);
    assert.deepEqual(unsourced('Palladium climbed 3% to $2,100 in New York.'), []);
    assert.deepEqual(unsourced('Arabica coffee futures rose 4 cents to $1.20.'), []);
    assert.deepEqual(unsourced('The price of copper in Shanghai jumped 6%.'), []);
    assert.deepEqual(unsourced('Gold also rose 2% to $430.'), []);
    // A commodity's stock, output or trade is no price; a forecast is no move on the day.
    assert.deepEqual(unsourced('Gold reserves fell 10% to 300 tonnes.'), ['10%', '300']);
    assert.deepEqual(unsourced('Oil output fell 5% last year.'), ['5%']);
    assert.deepEqual(unsourced("Britain's wheat exports rose 12%."), ['12%']);
    assert.deepEqual(unsourced('Oil prices will rise 10% next year.'), ['10%']);
  });

  it('reads model numbers as no figure: "an 80386 machine", "the 486 chip", "Boeing 737-800", "PS/2" (copy-desk review 12)', () => {
    // The reviewer's sentences.
    assert.deepEqual(unsourced('IBM began shipping a card that converts its PS/2 model 70-A21 from a 80386 machine to an 80486 machine.'), []);
    assert.deepEqual(unsourced('The 486 is the descendant of a long series of chips since IBM picked the 16-bit 8088 chip. Bill Rash is director for the 486 chip.'), []);
    assert.deepEqual(unsourced('Budget airline Ryanair has placed an order for 70 Boeing 737-800 planes.'), ['70']);
    // Our own, written after the fix.
    assert.deepEqual(unsourced('The airline will lease 12 Airbus A320-200 jets.'), ['12']);
    assert.deepEqual(unsourced('Its new 6230 handset is selling fast, and a 747 jet carried the team.'), []);
    // Counts stay counts: a plural noun, a noun after the single one, a collective noun, a separator.
    assert.deepEqual(unsourced('Nokia sold 15000 phones and hired 300 staff.'), ['15000', '300']);
    // ("25 member states" is a body's make-up, a fact of record: see review 24 below.)
    assert.deepEqual(unsourced('The 25 staff members agreed, and the 14 telecentres opened.'), ['25', '14']);
  });

  it('reads a share after ", or" as a restatement, an age after "the age of", and the inches of a height as no figure of their own (copy-desk review 12)', () => {
    // The reviewer's sentences.
    assert.deepEqual(unsourced('It compares to 27 million, or 50%, of the UK, who are not currently online.'), ['27 million']);
    assert.deepEqual(unsourced('Hendrix died in London in 1970 at the age of 27.'), []);
    assert.deepEqual(unsourced('Kopp is 5 feet, 10 inches tall.'), ['5']);
    // Our own, written after the fix.
    assert.deepEqual(unsourced('Exports rose by $5m, or 10%, last year.'), ['$5m']);
    assert.deepEqual(unsourced('She left school at the age of 16.'), []);
    assert.deepEqual(unsourced('The baby weighed 7 pounds 4 ounces.'), ['7 pounds']);
    // Two amounts joined by ", or" are alternatives, each a figure.
    assert.deepEqual(unsourced('It gives £200 to people over 60, or £300 to those over 80.'), ['£200', '£300']);
    // An age bracket after a noun of people is no count (our own, after the fix); a count of people still is.
    assert.deepEqual(unsourced('Travel is free for those under 18 and for adults over 65.'), []);
    assert.deepEqual(unsourced('The fair drew over 500 people over three days, and under 40 staff.'), ['over 500', 'under 40']);
  });

  it('reads a small count whose items the sentence names as needing no source, and "turns 18" as an age (copy-desk review 13)', () => {
    // The reviewer's sentences.
    assert.deepEqual(unsourced('Two Middle East terrorists with records of successful attacks against Western targets, Abu Nidal and Abu Abbas, have ties to Baghdad.'), []);
    assert.deepEqual(unsourced('The father must provide support until the child turns 18.'), []);
    // Written in review: a verb after the age, a gerund the tagger reads as a noun; a count of things still counts.
    assert.deepEqual(unsourced('Anyone who turns 65 qualifies, and so do those turning 18.'), []);
    assert.deepEqual(unsourced('The club turned 30 fans away.'), ['30']);
    // Our own, written after the fix: a list after a colon, a serial comma; and counts whose list is not theirs.
    assert.deepEqual(unsourced('The council has three options: raise taxes, cut services or borrow more.'), []);
    assert.deepEqual(unsourced('Two other new entries, a remake of the film Flight of the Phoenix, and the comedy Harold and Kumar, debuted outside the top 10.'), []);
    assert.deepEqual(unsourced('The firm hired 40 staff, mostly engineers and designers.'), ['40']);
    assert.deepEqual(reasons('The panel, including two judges, a senior barrister and sentencing experts, met.'), ['two: story-count']);
    assert.deepEqual(unsourced('Two men who ran a network, known as Drink Or Die, were convicted.'), ['Two']);
    const extract = analyze('---\npublished: 2025-11-12\n---\n\nThe firm bought two brands, Hard Candy and Urban Decay, last year.\n').figures[0];
    assert.deepEqual([extract.text, extract.noSourceNeeded?.kind], ['two', 'enumerated']);
  });

  it('reads a participle aside before a reporting verb, a total after its per-share price, and a colon\'s list with an "and" inside an item (copy-desk review 14)', () => {
    // The reviewer's sentences.
    assert.deepEqual(unsourced('Nashua Corp., rumored a potential takeover target for six months, said that a Dutch company has sought approval to buy up to 25% of its stock.'), []);
    assert.deepEqual(unsourced('The unit agreed to buy the chain for $50 a share, or about $55 million.'), ['$50']);
    assert.deepEqual(unsourced('Nashua has three other major businesses: labels and tapes, computer products and photofinishing.'), []);
    // Our own, written after the fix.
    assert.deepEqual(unsourced('The study, conducted by consultancy Building Zones, found that 16% of visitors came to sit down.'), []);
    assert.deepEqual(unsourced('The group kept three core divisions: gaming, Hard Rock and Deluxe Films, which serves studios.'), []);
    assert.deepEqual(reasons('The group kept three core divisions: gaming and Deluxe Films.'), ['three: story-count']);
  });

  it('reads "a reported $70m" and "an estimated £1.3bn" as naming no source (copy-desk review 15)', () => {
    // The reviewer's sentence, and our own written after the fix.
    assert.deepEqual(unsourced('The movie, which cost a reported $70m to make, opened well.'), ['$70m']);
    assert.deepEqual(unsourced('Criminals netted an estimated £1.3bn last year.'), ['£1.3bn']);
    // A reporting verb still sources its sentence.
    assert.deepEqual(unsourced('The studio reported takings of $70m.'), []);
  });

  it('reads a time\'s figures as no source: "December\'s figures showed" (copy-desk review 10)', () => {
    assert.deepEqual(unsourced("December's figures showed 358,000 new jobs a month."), ['358,000']);
    // Our own, written after the fix: a body's figures and a time's survey still source.
    assert.deepEqual(unsourced("Last month's data put the jobless rate at 5.2%."), ['5.2%']);
    assert.deepEqual(unsourced("The ONS's figures showed growth of 2%."), []);
    assert.deepEqual(unsourced("Last year's survey found that 15% of firms had no plan."), []);
  });

  it('reads a reporting verb before a bare plural that ends the sentence as an attribution (copy-desk review 10)', () => {
    assert.deepEqual(unsourced('Its share of the browser market has dropped to below 90%, say web analysts.'), []);
    // Our own, written after the fix; a pronoun is no speaker.
    assert.deepEqual(unsourced('About 300 people were evacuated, said police.'), []);
    assert.deepEqual(unsourced('Burglaries fell 12% last year, say officials in Leeds.'), []);
    assert.deepEqual(unsourced('Jobs fell by 300, said nothing more.'), ['300']);
  });

  it('reads an amount per share after its total as a restatement (copy-desk review 11)', () => {
    assert.deepEqual(unsourced('Net income fell to $12.4 million, or 91 cents a share, from $13 million.'), ['$12.4 million', '$13 million']);
    // Our own, written after the fix: "per diluted share"; an amount each is no restatement of a total.
    assert.deepEqual(unsourced('Profit rose to $8 million, or 40 cents per diluted share.'), ['$8 million']);
    assert.deepEqual(unsourced('It paid $5 million, or $2 each, to staff.'), ['$5 million', '$2']);
  });

  it('reads a place in a ranking and a bare number after a name and "at" as no statistic (copy-desk reviews 8 and 9)', () => {
    assert.deepEqual(unsourced('Federer is ranked 31 in the world.'), []);
    assert.deepEqual(unsourced('They debated the future of the European Union at 27.'), []);
    // Our own, written after the fix.
    assert.deepEqual(unsourced('The team climbed to 31 in the Fifa world rankings.'), []);
    assert.deepEqual(unsourced('Nato at 32 members is larger than ever.'), []);
    assert.deepEqual(unsourced('The party has 31 seats in the table.'), ['31']);
    assert.deepEqual(unsourced('The death toll stood at 27.'), ['27']);
  });

  it('reads a match report as sport and a budget story as not, with the learned genre model', () => {
    const article = (body: string) => parseArticle(`---\npublished: 2025-11-12\n---\n\n${body}\n`);
    assert.equal(isSportReport(article('Chelsea came from behind to beat Arsenal 2-1, with the striker scoring twice in the second half before the manager praised his defence.')), true);
    assert.equal(isSportReport(article('The chancellor will raise fuel duty in the budget, and economists expect inflation and borrowing to rise over the coming year.')), false);
  });

  it('leaves the statistics of a sports report, read by the learned genre model, unflagged', () => {
    const report = ['Ireland beat England 19-13 at Lansdowne Road in the Six Nations on Saturday.', "Ronan O'Gara kicked 14 points and Brian O'Driscoll scored from 18 yards before half-time, while England missed two penalties in the second half."].join('\n\n');
    assert.deepEqual(unsourced(report), []);
    // Our own: a race report; a fine in a sports report still needs a source.
    assert.deepEqual(unsourced('Kelly Holmes won the 800m final by 40 metres at the indoor championships, her third title of the season, in front of a home crowd.'), []);
    assert.deepEqual(unsourced('The coach was fined £2,000 after the league match against Leeds, in which his side conceded two penalties.'), ['£2,000']);
    // The same counts outside a sports report are figures.
    assert.deepEqual(unsourced('The index fell 14 points as bank shares slid on Monday.'), ['14']);
  });

  it('reads the subject of a reporting verb joined by "and" to an earlier verb', () => {
    assert.deepEqual(unsourced('The commission does urge parties to seek donations and suggests there should be relief for gifts under £200.'), []);
    // Our own: a visit then a statement; a passive after "and" and a clause with its own subject are not joined.
    assert.deepEqual(unsourced('The minister visited the plant and said 300 jobs were safe.'), []);
    assert.deepEqual(unsourced("Japan's economy grew 2.6% last year and is forecast to grow 2.1% in 2005."), ['2.6%', '2.1%']);
    assert.deepEqual(unsourced('Prices rose and 300 jobs were cut.'), ['300']);
  });

  it('reads "…, a report claims." as an attribution, and a figure\'s noun before a participle as no speaker (copy-desk review 9)', () => {
    assert.deepEqual(unsourced('The UK has 529 quangos financed with billions of pounds, a report claims.'), []);
    assert.deepEqual(unsourced("Ireland's economy is enjoying a second wind, with 5% growth forecast for 2005 and 2006."), ['5%']);
    // Our own: the same shapes with other words.
    assert.deepEqual(unsourced('IBM was granted 3,248 patents last year, the New York Times reports.'), []);
    assert.deepEqual(unsourced('Councils face a £2bn gap, with 40% cuts projected for next year.'), ['£2bn', '40%']);
    // A noun phrase after a comma that is no reporting verb attributes nothing; a finite verb keeps its speaker.
    assert.deepEqual(unsourced('Inflation hit 5% in the year to March, the highest in a decade.'), ['5%']);
    assert.deepEqual(unsourced('About 300 staff said they would strike.'), []);
  });

  it('reads the speaker of a reporting verb past an appositive', () => {
    assert.deepEqual(unsourced('Mike Caudwell, spokesman for Vodafone, said that when phones were launched they cost about £2,000.'), []);
    // Our own: a title, an age, a speaker after the figure.
    assert.deepEqual(unsourced('Jane Roe, chief executive of the trust, said 340 nurses had left.'), []);
    assert.deepEqual(unsourced('Mr Okafor, 52, said the plant would cut 120 jobs.'), []);
    assert.deepEqual(unsourced('Fares will rise 8%, Anna Berg, a spokeswoman for the operator, said.'), []);
    // A place and its country before the clause is no speaker.
    assert.deepEqual(unsourced('In Paris, France, rents rose 5% last year.'), ['5%']);
  });
});

describe('figures of copy-desk review 16: bond yields, a quote past its conversion, a figure named again, a knockout round', () => {
  it('reads a bond yield and its earlier level as a market quote', () => {
    assert.deepEqual(unsourced('In the bond market, prices edged up, pushing down the yield on the benchmark 30-year Treasury bond to 5.92 percent from 5.93 percent.'), []);
    // Written after the fix.
    assert.deepEqual(unsourced('The yield on 10-year gilts rose to 4.6% from 4.5%.'), []);
    assert.deepEqual(unsourced('The 10-year Bund yield fell to 2.1%.'), []);
    assert.deepEqual(unsourced('Inflation rose to 4.6%.'), ['4.6%']);
  });

  it('carries a market quote past a conversion in brackets to the level it reached', () => {
    assert.deepEqual(unsourced("Investors pushed up Jaguar's share price five pence (eight U.S. cents) to a near-record 720 pence ($11.60) in late trading on London's stock exchange yesterday."), []);
    // Written after the fix.
    assert.deepEqual(unsourced('Shares in Tesco rose 4p (5 cents) to a record 320p in London trading.'), []);
  });

  it('reads "the 15% restriction" after "as much as 15%" as the figure named again', () => {
    assert.deepEqual(unsourced('General Motors wants to buy as much as 15% of Jaguar. The 15% restriction covers any suitor.'), ['as much as 15%']);
    // Written after the fix: the same value as a new claim (no determiner) is flagged again.
    assert.deepEqual(unsourced('The council will spend £9m on roads. The £9m budget was agreed on Monday.'), ['£9m']);
    assert.deepEqual(unsourced('Sales rose 5% in March. Profits rose 5% too.'), ['5%', '5%']);
  });

  it('reads a per-share amount after its total with a bare "or" as a restatement (review 17)', () => {
    assert.deepEqual(unsourced('For the nine months, net was $525.8 million or $4.67 a share.'), ['$525.8 million']);
    // Written after the fix: without "a share", "or" offers an alternative, and both are flagged.
    assert.deepEqual(unsourced('The plan would cost $5 million or $7 million.'), ['$5 million', '$7 million']);
  });

  it('reads "20 Canadian cents a share" as money, the restated share of a total (review 18)', () => {
    assert.deepEqual(unsourced('Net income fell to C$2.7 million, or 20 Canadian cents a share, from C$9.7 million, or 70 Canadian cents a share.'), ['C$2.7 million', 'C$9.7 million']);
    // Written after the fix: a market move in another currency's cents.
    assert.deepEqual(unsourced('Shares in Bombardier lost 65 Canadian cents in Toronto trading.'), []);
  });

  it('reads "the last 16" as a knockout round, not a count', () => {
    assert.deepEqual(unsourced('He will miss the first leg against Bayer Leverkusen in the last 16 through suspension.'), []);
    assert.deepEqual(unsourced('Davenport reached the last eight in Melbourne.'), []);
    // Written after the fix: a count of things after "the last" is a count.
    assert.deepEqual(unsourced('The firm cut 16 jobs, the last 16 staff in the plant.'), ['16', '16']);
  });
});

describe('figures of copy-desk review 19: a date\'s day, an age after "who at"', () => {
  it('reads a bare number that runs into a date as the date\'s day, not a figure', () => {
    assert.deepEqual(unsourced('The mock votes will take place around 5 May, widely expected to be the date of the general election.'), []);
    assert.deepEqual(unsourced('The band have already chosen which records to play between 6 and 12 December.'), []);
    // Written after the fix: a figure with a unit keeps its number, a count beside a date is still a count.
    assert.deepEqual(unsourced('The firm sold Rover for £10 five years ago.'), ['£10']);
    assert.deepEqual(unsourced('About 4,000 people marched on 5 May.'), ['About 4,000']);
    assert.deepEqual(unsourced('Results are expected sometime between 13 and 15 March.'), []);
  });

  it('reads a small count whose named items run to the sentence\'s end as enumerated', () => {
    assert.deepEqual(unsourced('The flight carried three Soviet astronauts, Valery Kubasov, Leonid Popov and Valery Riumin.'), []);
    // Written after the fix.
    assert.deepEqual(unsourced('The bank hired two advisers, Goldman Sachs and Morgan Stanley.'), []);
    assert.deepEqual(reasons('The panel included two judges, a senior barrister and experts.'), ['two: story-count']);
    assert.deepEqual(reasons('The flight carried three astronauts, Valery Kubasov and Leonid Popov.'), ['three: story-count']);
    // Copy-desk review 29: a colon's list with a serial comma before its "or"; written after the fix.
    assert.deepEqual(unsourced('The union put forward three demands: higher pay, shorter shifts, and a pension.'), []);
    assert.deepEqual(reasons('The union put forward four demands: higher pay, shorter shifts, and a pension.'), ['four: story-count']);
  });

  it('reads "who at 77" as an age, like "the European Union at 27"', () => {
    assert.deepEqual(unsourced('John Glenn, who at 77 is about to go into space again, trained for months.'), []);
    // Written after the fix.
    assert.deepEqual(unsourced('Ms Rowe, who at 91 still swims daily, opened the pool.'), []);
    assert.deepEqual(unsourced('She at 30 was the youngest minister.'), []);
  });
});

describe('market comparisons and trading volume (copy-desk review 20)', () => {
  it('reads figures compared with a market move, each "for" its index, as market results too', () => {
    assert.deepEqual(unsourced('The Nasdaq Composite had fallen 4.3%, compared with 3.3% for the S&P 500, 3.5% for the New York Stock Exchange Composite Index and 3.6% for the industrial average.'), []);
    // Written after the fix.
    assert.deepEqual(unsourced('The FTSE 100 closed down 1.2%, against 0.8% for the Dax and 0.5% for the Cac 40.'), []);
    assert.deepEqual(unsourced('The FTSE 100 closed down 1.2%, while inflation rose 0.8% in the year.'), ['0.8%']);
  });

  it('reads the shares traded in a session as the market\'s record', () => {
    assert.deepEqual(unsourced("Friday's trading volume totaled 132.8 million shares."), []);
    // Written after the fix.
    assert.deepEqual(unsourced('Turnover on the exchange reached 1.2 billion shares.'), []);
    assert.deepEqual(unsourced('Its turnover rose to £5m.'), ['£5m']);
  });
});

describe('a markets table (copy-desk review 21)', () => {
  it('reads levels and changes in hundredths as quotes, and a company result beside "up" as a figure', () => {
    assert.deepEqual(unsourced('Dow Jones industrials 2596.72, off 17.01; transportation 1190.43, off 14.76; utilities 215.86, up 0.19.'), []);
    // Written after the fix.
    assert.deepEqual(unsourced('Dollar: 141.65 yen, off 0.45; 1.8345 marks, off 0.0115.'), []);
    assert.deepEqual(unsourced('Profit was 12.50 million, up 1.25 million.'), ['12.50 million', '1.25 million']);
  });
});

describe('share prices in eighths (copy-desk review 20)', () => {
  it('reads "31 7/8" as one price, a market quote, and no date', () => {
    assert.deepEqual(unsourced('Intel eased 1/8 to 31 7/8.'), []);
    const a = analyze('---\npublished: 1989-11-02\n---\n\nLIN rose 4 5/8 to 112 5/8 in heavy trading.\n');
    assert.deepEqual(a.dates.map((d) => d.text), []);
    // Written after the fix.
    assert.deepEqual(unsourced('McCaw shares dropped 2 1/2 to 37 3/4 on the news.'), []);
    const kept = analyze('---\npublished: 1989-11-02\n---\n\nThe sale took 2 1/2 years to close.\n').figures.map((f) => f.text);
    assert.ok(!kept.some((t) => t === '2'), kept.join(' | '));
  });
});

describe('a fraction as its clause\'s subject (copy-desk review 20\'s miss)', () => {
  it('reads "almost a third are interested" as a figure, and no rugby position or possessive "half"', () => {
    assert.deepEqual(unsourced('By contrast, almost a third are interested in watching video on phones.'), ['almost a third']);
    // Written after the fix.
    assert.deepEqual(unsourced('More than a quarter have bought software through spam e-mails.'), ['More than a quarter']);
    assert.deepEqual(unsourced('A fifth rely entirely on mobiles.'), ['A fifth']);
    assert.deepEqual(unsourced('The fly-half missed the conversion.'), []);
    assert.deepEqual(unsourced("Their first venture into Ireland's half produced a score."), []);
    assert.deepEqual(unsourced('TNK-BP, which is half owned by BP, objected.'), []);
  });
});

describe('a share price after a session that opens the sentence (copy-desk review 22)', () => {
  it('reads the move and the price as the market\'s record', () => {
    assert.deepEqual(unsourced('In national over-the-counter trading yesterday, POP plunged $4 to $14.75.'), []);
    // Written after the fix.
    assert.deepEqual(unsourced('In composite trading on the New York Stock Exchange, Kodak fell $1.25 to $43.50.'), []);
    assert.deepEqual(unsourced('In early trading in Tokyo, the dollar rose to 141.65 yen.'), []);
    // Millions are a company's, not a quote, and the session does not make them one.
    assert.deepEqual(unsourced('In London trading, sales rose $4m to $14m.'), ['$4m', '$14m']);
  });
});

describe('a company abbreviation ends no sentence ("Cie.", review 22)', () => {
  it('keeps a figure in the sentence of the verb that reports it', () => {
    assert.deepEqual(unsourced('Chairman Marc Fournier said the board rejected the bid by Cie. Financiere de Paribas to lift its stake to 66.7%.'), []);
    // Written after the fix.
    assert.deepEqual(unsourced('The minister said Cia. Minera del Sur would invest $300m in the mine.'), []);
  });
});

describe('copy-desk review 24 (examples written after the fix)', () => {
  it('reads wire abbreviations of dollars as a currency, so a conversion in brackets is no figure of its own', () => {
    assert.deepEqual(unsourced('Each family will receive 100,000 Kenyan shillings (dlrs 1,667).'), ['100,000 Kenyan shillings']);
    assert.deepEqual(unsourced('Exports rose to 300 million dlrs last year.'), ['300 million dlrs']);
    const text = '---\npublished: 2025-11-12\n---\n\nThe fee was 40 dlrs (about 30 euros), officials said.\n';
    assert.deepEqual(analyze(text).figures.map((f) => `${f.text}:${f.kind}`), ['40 dlrs:money', 'about 30 euros:money']);
  });

  it('reads a share price a company\'s stock reached or trades at as a market quote', () => {
    assert.deepEqual(unsourced('Its stock, which was as high as $18.75 a share, has been trading under $4 a share recently.'), []);
    assert.deepEqual(unsourced('Acme\'s stock has been trading near $12 a share since the recall.'), []);
    // A company's own money is no quote.
    assert.deepEqual(unsourced('Acme has been losing $12m a month since the recall.'), ['$12m']);
  });

  it('reads a body\'s recommendation as the source of its figures', () => {
    assert.deepEqual(unsourced('The all-party group recommended 15 ways to protect punters.'), []);
    assert.deepEqual(unsourced('The review body recommended a pay rise of 4% for nurses.'), []);
    // "proposed" before a noun is no attribution.
    assert.deepEqual(unsourced('The firm\'s proposed £1bn investment is awaiting approval.'), ['£1bn']);
  });
});

describe('a named body\'s make-up is a fact of record (review 24; examples written after the fix)', () => {
  it('reads a count of members or member states of a named body as needing no source', () => {
    assert.deepEqual(unsourced('There were 12 original members of NATO at the time of its founding.'), []);
    assert.deepEqual(unsourced('The 19 member countries of the Paris Club are owed billions.').filter((t) => t === '19'), []);
    assert.deepEqual(unsourced('Leaders met at an informal summit of 27 member states in Versailles.'), []);
    // Members of a body named in lower case are people counted: still a figure to source.
    assert.deepEqual(unsourced('About 300 members of the union walked out.'), ['About 300']);
  });

  it('reads "all N <name> members" and a body of states past 100 as its make-up (review 100: "all 148 WTO members"; examples written after the fix)', () => {
    assert.deepEqual(unsourced('Ministers from all 164 WTO members gather in Abu Dhabi next week.'), []);
    assert.deepEqual(unsourced('The treaty binds the 46 Council of Europe member states.'), []);
    assert.deepEqual(unsourced('The pledge was signed by all 193 UN member states in 2015.'), []);
    // Members at a place are a part, counted by the story; so are a union's members without "all".
    assert.deepEqual(unsourced('All 120 GMB members at the depot voted to strike.'), ['120']);
    assert.deepEqual(unsourced('The 80 Unison members voted to strike.'), ['80']);
    // "member-" joined to the noun (review 101: "The 25 member-states").
    assert.deepEqual(unsourced('Leaders of the 15 member-states met in Nice.'), []);
  });

  it('reads an -ed word after a hyphenated noun and before a noun as its modifier, no verb of data (review 101: "Germany\'s only stock-market listed football club"; examples written after the fix)', () => {
    assert.deepEqual(unsourced('Oakfield, Britain\'s only stock-market listed cider maker, cut 120 jobs last year.'), ['120']);
    assert.deepEqual(unsourced('Kessler, Austria\'s only stock-exchange quoted brewer, shut 14 pubs in 2004.'), ['14']);
  });

  it('reads a count of offences after a court\'s outcome as the court\'s record (review 101: "found guilty of two trademark offences"; examples written after the fix)', () => {
    assert.deepEqual(unsourced('The builder was convicted of six safety offences in 2003.'), []);
    assert.deepEqual(unsourced('She admitted three driving offences at Leeds Crown Court.'), []);
    assert.deepEqual(unsourced('He was charged with four firearms offences.'), []);
    // A hyphenated modifier the tagger reads as a verb (re-read after the session).
    assert.deepEqual(unsourced('The singer was convicted of three drink-driving offences.'), []);
    // Offences counted with no court before them are a statistic.
    assert.deepEqual(unsourced('There were 4,300 knife offences in Essex last year.'), ['4,300']);
  });

  it('reads the count of bodies that make up a coalition or alliance as needing no source (review 32: "a coalition of 12 charities")', () => {
    assert.deepEqual(unsourced('The appeal is run by a coalition of nine charities.'), []);
    assert.deepEqual(unsourced('An alliance of 27 nations backed the plan.'), []);
    assert.deepEqual(unsourced('A consortium of five banks will lend the money.'), []);
    // People in a group, and bodies counted outside one, are counts to source.
    assert.deepEqual(unsourced('A group of 40 protesters gathered outside.'), ['40']);
    assert.deepEqual(unsourced('Twelve charities have closed this year.'), ['Twelve']);
  });
});

describe('a list of versions after a product\'s name (BBC dev; examples written after the fix)', () => {
  it('reads the numbers of "Windows 2000, 95, 98" and "iOS 16, 17 and 18" as versions, no counts', () => {
    assert.deepEqual(unsourced('The bug can infect machines running Windows 2000, 95, 98, Me, NT, XP and Server 2003.'), []);
    assert.deepEqual(unsourced('The app runs on iOS 16, 17 and 18.'), []);
    assert.deepEqual(unsourced('Owners of a PlayStation 4 or 5 can download it.'), []);
    // Counts after a list of scores or at the start of a sentence stay counts.
    assert.deepEqual(unsourced('Leeds 3 and 40 fans were hurt.'), ['40']);
  });
});

describe('copy-desk review 25 (examples written after the fix)', () => {
  it('reads ", or N%" after a count and its noun as a restatement', () => {
    assert.deepEqual(unsourced('The fund holds 3,027,330 Acme shares, or 45.2% of the stock, filings show.').filter((t) => t.includes('%')), []);
    assert.deepEqual(unsourced('Unemployment rose to 4.46 million people, or 10.8% of the workforce.'), ['4.46 million']);
  });

  it('reads a price a stock was bid at in a trading session as a quote', () => {
    assert.deepEqual(unsourced('In over-the-counter trading, Acme was bid at $17.50 a share.'), []);
  });

  it('reads what a body unveiled as sourced by it, and a count of charges as the court\'s record', () => {
    assert.deepEqual(unsourced('The Greens unveiled plans to build 100,000 new homes.'), []);
    assert.deepEqual(unsourced('Plans to abolish 162 agencies have been unveiled by the party.'), []);
    assert.deepEqual(unsourced('He denies 10 charges of fraud, and was jailed on three counts of theft.'), []);
    // A count of people charged is still a count.
    assert.deepEqual(unsourced('Police charged 14 people after the match.'), ['14']);
  });
});

describe('a chart place joined to "number N" (review 25; examples written after the fix)', () => {
  it('reads "number one in the UK and 12 in the US" as two places, no count', () => {
    assert.deepEqual(unsourced('The single went to number one in the UK and 12 in the US.'), []);
    assert.deepEqual(unsourced('The games debuted at number 11 and 14 respectively.'), []);
    // A count of a noun after "and" stays a count.
    assert.deepEqual(unsourced('Call number one and 12 staff will answer.'), ['12']);
  });
});

describe('copy-desk review 26: a trading day\'s currency and breadth, conversions from unknown currencies, reporting verbs the tagger read as nouns (examples written after the fix)', () => {
  it('reads a currency\'s price in another currency, on the trading day reported, as the market\'s', () => {
    assert.deepEqual(unsourced('In late Tokyo trading the euro was at 1.0874 dollars and 161.30 yen, compared with 1.0851 dollars and 160.95 yen on Tuesday.'), []);
    assert.deepEqual(unsourced('The rand weakened against sterling, which was at 23.41 rand by noon.'), []);
    // Money with a scale in a sentence about a currency is no quote.
    assert.deepEqual(unsourced('The euro rose after the bank lent lenders $20bn.'), ['$20bn']);
  });

  it('reads how many issues rose or fell on a named exchange, a share\'s move to its level and a yield given with "be" as the market\'s', () => {
    assert.deepEqual(unsourced('Advancing issues on the Nasdaq beat decliners 2,210 to 1,034.'), []);
    assert.deepEqual(unsourced('Shell shares slumped 95 cents a share, to $61.20, after the results.'), []);
    assert.deepEqual(unsourced('Yields on the 10-year gilt were 4.12% by the close.'), []);
    // A count of issues with no exchange named is a figure.
    assert.deepEqual(unsourced('The firm sold 40 issues of its magazine to 2,000 readers.'), ['40', '2,000']);
  });

  it('reads money in brackets after an amount in a currency the lexicon does not know as its conversion', () => {
    assert.deepEqual(unsourced('The court fined him 250,000 zlotys (€58,000).'), ['250,000']);
  });

  it('reads "state" and "claim" after their subject as reporting verbs, but not a noun phrase\'s -s form', () => {
    assert.deepEqual(unsourced('Campaigners state that 3,000 trees will be felled.'), []);
    // Written at the review of the change: a number opening the reported clause.
    assert.deepEqual(unsourced('Residents claim 4,000 homes will lose power.'), []);
    assert.deepEqual(unsourced('Member states that miss the target pay 5 million euros.'), ['5 million euros']);
  });

  it('reads a count that is a whole line under a sports report\'s team sheets as the game\'s record', () => {
    const report = 'Rovers beat City 2-1 in the league on Saturday. Striker Smith scored twice after half-time, the second a header from a free-kick, and the visitors pulled a goal back from the penalty spot in the 88th minute. City goalkeeper Dunne saved well from Walsh before the break, and the home manager praised his defence after the match.\n\nWalsh, Okafor, Brennan, Hulme, Dervla, Marsden.';
    assert.deepEqual(unsourced(`${report}\n\n12,480`), []);
    assert.deepEqual(unsourced('The council says the count was:\n\n12,480'), ['12,480']);
  });
});

describe('review30: attribution and restatement kinds (examples written after the fix)', () => {
  it('reads described speakers after an inverted reporting verb, coordinated or not', () => {
    // Review 30: "…in at least two campaigns in New York, say political consultants and some campaign advisers."
    assert.deepEqual(unsourced('Rents rose 12% in the city last year, say local estate agents.'), []);
    assert.deepEqual(unsourced('About 400 homes were flooded, say regional officials and several residents.'), []);
    // Not a noun phrase running to the sentence's end: the inverted verb has no speaker here.
    assert.deepEqual(unsourced('Rents rose 12% in the city last year, say local estate agents in Leeds who track it.'), ['12%']);
  });

  it('reads "emphasise" as a reporting verb', () => {
    assert.deepEqual(unsourced('The charity emphasised that 3,000 families rely on the scheme.'), []);
  });

  it('carries a pronoun to a report that closes the sentence before ("…, a Toshiba study found. It found that …"; review31)', () => {
    assert.deepEqual(unsourced('Savings fell across the region, a bank survey found. It found that 40% of households had none.'), []);
    // A pronoun after a sentence about people is no report.
    assert.deepEqual(unsourced('Savings fell across the region, the minister said. It meant that 40% of households had none.'), ['40%']);
  });

  it('reads a measure in brackets after one unit of another as what that unit is (review31: "one gigabyte (1,000,000,000 bytes)")', () => {
    assert.deepEqual(unsourced('A mile (1.6 km) of the road was closed.'), []);
    assert.deepEqual(unsourced('Each card holds one terabyte (1,000 gigabytes) of video.'), []);
    // A figure in brackets after a count of units is a conversion of that figure, which still needs its source.
    assert.deepEqual(unsourced('The road is 30 miles (48 km) long.'), ['30']);
  });

  it('reads ", or a 7.6% stake" as a restatement of the count before it', () => {
    assert.deepEqual(unsourced('The fund owns 2,100,000 of the shares, or a 9.5% stake.'), ['2,100,000']);
  });
});

describe('review35: kinds found by a fresh copy-desk review (examples written after the fix)', () => {
  it('reads a number between two capitalised words as part of a name ("Fathers 4 Justice")', () => {
    assert.deepEqual(unsourced('Pensioners joined Families 4 Fairness at the rally.'), []);
    assert.deepEqual(unsourced('The group Parents 4 Play met the minister.'), []);
    // A capitalised word before a count of a common noun is no name.
    assert.deepEqual(unsourced('In Leeds 40 families lost their homes.'), ['40']);
  });

  it('reads a reporting verb before a gerund that opens its clause ("research claims cutting … would save 65 lives")', () => {
    assert.deepEqual(unsourced("A King's College study claims switching off street lights would save 40 lives a year."), []);
    assert.deepEqual(unsourced('Campaigners claim closing the ward would cost 200 jobs.'), []);
  });

  it('reads a data verb that reports a clause ("found that") as a source, whatever its subject, also after "after" or "before"', () => {
    assert.deepEqual(unsourced('The regulator intervened after it found that 3,000 bills were wrong.'), []);
    assert.deepEqual(unsourced('Inspectors found that 1,200 files were missing.'), []);
    assert.deepEqual(unsourced('The probe was halted before it showed that 400 files were missing.'), []);
    // Without the verb there is no source.
    assert.deepEqual(unsourced('The regulator intervened after 3,000 bills were wrong.'), ['3,000']);
  });
});

describe('review37: a conversion after a colon in its bracket (example written after the fix)', () => {
  it('reads "($106m:£54.6m)" as two conversions, as "($106m; £54.6m)" is', () => {
    assert.deepEqual(unsourced('The firm paid 9bn rupees ($200m:£110m) for the stake.'), ['9bn rupees']);
    assert.deepEqual(unsourced('The firm paid 9bn rupees ($200m; £110m) for the stake.'), ['9bn rupees']);
  });
});

describe('review38: a model number before a noun in capitals, and "PC" that is no percentage (examples written after the fix)', () => {
  it('reads "an old 386 PC" as a model, where "20 PCs" counts computers', () => {
    assert.deepEqual(unsourced('Under the desk sat a battered 486 PC and a printer.'), []);
    assert.deepEqual(unsourced('The school still runs an old 286 PC in its office.'), []);
    assert.deepEqual(unsourced('The school bought 20 PCs and 35 tablets.'), ['20', '35']);
  });

  it('reads "pc" in lower case as per cent, and "PC" as a computer', () => {
    assert.deepEqual(unsourced('Sales rose 7 pc in the quarter.'), ['7 pc']);
    const figures = analyze('---\npublished: 2025-11-12\n---\n\nShe bought a 386 PC in 1990.\n').figures;
    assert.ok(!figures.some((f) => f.kind === 'percent'), figures.map((f) => `${f.text}:${f.kind}`).join(', '));
  });
});

describe('review39: a company or a currency moved on the day a market report quotes (examples written after the fix)', () => {
  const market = 'The FTSE 100 index closed up 23 points at 4,850.';
  it('needs no source for a named company\'s or a currency\'s move told as done, in a story that quotes the trading day', () => {
    assert.deepEqual(unsourced(`${market} Vodafone slipped 2.1%, while Scottish Power gained almost 1.4%.`), []);
    assert.deepEqual(unsourced(`${market} The South African rand lost 0.8% against the dollar, trading at 6.05.`), []);
  });

  it('still asks for the source of results, forecasts, long runs, and moves in a story with no trading day', () => {
    assert.deepEqual(unsourced(`${market} Revenue rose 12% in the quarter.`), ['12%']);
    assert.deepEqual(unsourced(`${market} Sales in the year to March will fall 5%.`), ['5%']);
    assert.deepEqual(unsourced(`${market} The rand has fallen by 30% against the euro since 2002.`), ['30%']);
    assert.deepEqual(unsourced('Labour fell 4% in the latest poll.'), ['4%']);
  });

  it('reads a company\'s move "to" a price with no scale as the trading day\'s, with the moves told after it (review 128; examples written after the fix)', () => {
    assert.deepEqual(unsourced('In Frankfurt, Siemens slipped 1.9% to 62.40 euros, with Infineon falling 2.3% and rival STMicro down 0.8%.'), []);
    // A price per unit, a company's money, or a move no company makes keeps its source.
    assert.deepEqual(unsourced('Petrol rose 2% to 85.9p a litre.'), ['2%', '85.9p']);
    assert.deepEqual(unsourced('Siemens grew 9% to 75bn euros.'), ['9%', '75bn euros']);
    assert.deepEqual(unsourced('Sales fell 4% to $12.40, with margins down 2%.'), ['4%', '$12.40', '2%']);
  });
});

describe('review42: an inverted bare plural speaker inside its sentence (examples written after the fix)', () => {
  it('sources a figure told "…, say analysts, …" or "…, say analysts at Gartner."', () => {
    assert.deepEqual(unsourced('Then, say analysts, there is corporate profitability, which has gone up by 27% from last year.'), []);
    assert.deepEqual(unsourced('Sales of games will rise by 50% this year, say analysts at Gartner.'), []);
    assert.deepEqual(unsourced('Prices fell 12% in May, said officials, as demand slowed.'), []);
  });

  it('leaves "say" that introduces an example, which names no speaker', () => {
    assert.deepEqual(unsourced('Sales will rise by 50%, say, for most firms.'), ['50%']);
  });
});

describe('review43: data whose maker the sentence names, however the verb reads (examples written after the fix)', () => {
  it('sources a figure beside "the survey carried out by …", "a separate poll by …", "data compiled from <name>"', () => {
    assert.deepEqual(unsourced('In the poll conducted by YouGov, 31% of voters backed the plan.'), []);
    assert.deepEqual(unsourced('In a separate study by Leeds University, 2,400 pupils took part.'), []);
    assert.deepEqual(unsourced('On data compiled from Eurostat, unemployment is 9.1% across the bloc.'), []);
  });

  it('leaves a time after "by", and a process under review, which name no maker', () => {
    assert.deepEqual(unsourced('About 40 councils had sent their reports by Friday.'), ['About 40']);
    assert.deepEqual(unsourced('The firm paid $50m in a deal under review by the regulator.'), ['$50m']);
  });
});

describe('review43: a fraction of a scale word is one figure ("close to half a million" was "close to half" and "a million")', () => {
  const read = (body: string) => analyze(`---\npublished: 2025-11-12\n---\n\n${body}\n`).figures.map((f) => [f.text, f.value]);

  it('reads a fraction, "of" and "a" before million, billion, trillion or thousand as one number, its value the fraction of the scale', () => {
    assert.deepEqual(read('Roughly a quarter of a million tickets were sold.'), [['Roughly a quarter of a million', 250000]]);
    assert.deepEqual(read('The bridge cost two-thirds of a billion euros.'), [['two-thirds of a billion euros', 2 * (1 / 3) * 1e9]]);
    assert.deepEqual(read('Nearly half a trillion dollars left the market.'), [['Nearly half a trillion dollars', 5e11]]);
    assert.deepEqual(unsourced('Well over half a million homes lost power.'), ['Well over half a million']);
  });

  it('keeps a share a share', () => {
    assert.deepEqual(read('Half the managers and a quarter of the staff left.').map(([t]) => t), ['Half', 'a quarter']);
  });
});

describe('review43: ages a rule or a life sets are no figures (examples written after the fix)', () => {
  it('reads an age after "aged" and an approximator or "between" as an age', () => {
    assert.deepEqual(unsourced('A third of voters aged between 25 and 40 stayed at home.'), ['A third']);
    assert.deepEqual(unsourced('Drivers aged over 70 must renew their licences.'), []);
  });

  it('reads the age a death or a rule fixes as an age, and a count after "to" as a count', () => {
    assert.deepEqual(unsourced('The actor, who starred in the soap for years, died at 81.'), []);
    assert.deepEqual(unsourced('Ministers want the school leaving age raised to 18.'), []);
    assert.deepEqual(unsourced('Ministers cut the age limit and the budget to 220 schools.'), ['220']);
    assert.deepEqual(unsourced('The chain died at 40 stores.'), ['40']);
  });
});

describe('review43: a capacity or speed glued to its number before a noun names a class of product (examples written after the fix)', () => {
  it('reads "100Mbps broadband", "16GB and 32GB models", "8K screens" as no figure', () => {
    assert.deepEqual(unsourced('The council wants 300Mbps connections in every village.'), []);
    assert.deepEqual(unsourced('The phone comes in 16GB and 32GB models.'), []);
    assert.deepEqual(unsourced('Broadcasters are testing 8K cameras.'), []);
  });

  it('keeps an amount of data, a lower-case "k" and a large count before "K" figures', () => {
    assert.deepEqual(unsourced('Customers used 40GB of data a month.'), ['40GB']);
    assert.deepEqual(unsourced('Some 20k fans marched.'), ['Some 20k']);
    assert.deepEqual(unsourced('The plant made 40K units.'), ['40K']);
  });
});

describe('review44: a day\'s commodity quote and a subject past a dash aside (examples written after the fix)', () => {
  it('reads a close told with its day, and a price per barrel or ounce a trading verb moved, as the day\'s quote', () => {
    assert.deepEqual(unsourced('Brent crude ended Friday up 85 cents to $51.20.'), []);
    assert.deepEqual(unsourced('Copper prices climbed to $3,150 a tonne in London.'), []);
    assert.deepEqual(unsourced('Oil could rise to $60 a barrel next year.'), ['$60']);
    assert.deepEqual(unsourced('The refinery paid $48 a barrel for its crude.'), ['$48']);
  });

  it('reads the subject of a reporting or data verb past an aside between dashes', () => {
    assert.deepEqual(unsourced('The ministry - which was criticised last year - said 4,000 homes were empty.'), []);
    assert.deepEqual(unsourced('The data - collected over two years by volunteers - showed a 12% fall in numbers.'), []);
    assert.deepEqual(unsourced('A rise - some say - of 12% in a year is likely.'), ['12%']);
  });
});

describe('review45: a study\'s subject past its numbered phrases, and a share of those asked as the speaker (examples written after the fix)', () => {
  it('reads the head of the subject before its prepositional phrases, numbers in them passed over', () => {
    assert.deepEqual(unsourced('A study of 4,500 patients at 30 hospitals found that 12% had waited a year.'), []);
    assert.deepEqual(unsourced('The audit of 60 councils in 14 regions showed a 9% rise in arrears.'), []);
    assert.deepEqual(unsourced('Costs at 30 hospitals rose by 12%.'), ['12%']);
  });

  it('reads a share right before a reporting verb, or apposed to one, as those asked speaking', () => {
    assert.deepEqual(unsourced('Roughly a third, 34%, said they had changed banks.'), []);
    assert.deepEqual(unsourced('Only 41 per cent said they trusted the figures.'), []);
    assert.deepEqual(unsourced('The bank raised rates to 4.5%, citing inflation.'), ['4.5%']);
  });

  it('reads a capacity spelt out before a product noun as the product\'s class, and an amount of it as a figure', () => {
    assert.deepEqual(unsourced('The laptop ships with a 500 gigabyte solid-state drive.'), []);
    assert.deepEqual(unsourced('Subscribers downloaded 70 gigabyte on average.'), ['70']);
  });
});

describe('review49: a body\'s own estimate, and a source whose name holds a number (examples written after the fix)', () => {
  it('reads a named subject\'s own forecast or estimate after its verb as the figure\'s source', () => {
    // The reviewer's sentence.
    assert.deepEqual(unsourced('The IEA raised its estimate of 2005 oil demand growth by 80,000 barrels a day to 84 million barrels a day.'), []);
    // Ours.
    assert.deepEqual(unsourced('The World Bank cut its growth forecast for Africa to 3.1%.'), []);
    assert.deepEqual(unsourced('Shell lowered its reserves estimate by 20%.'), []);
    // Not a forecast still to come, a total that is no data, nor a subject that is itself a measure.
    assert.deepEqual(unsourced('The firm will publish its forecast of 4% growth.'), ['4%']);
    assert.deepEqual(unsourced('The charity raised its total to £2m.'), ['£2m']);
    assert.deepEqual(unsourced('Sales of 5,000 units beat its forecast.'), ['5,000']);
  });

  it('reads a source past a number inside a name ("BBC One", "Channel 4")', () => {
    // The reviewer's sentence.
    assert.deepEqual(unsourced("Less than half the UK wants a ban compared to almost two-thirds in 1999, the Mori survey of 2,000 adults for BBC One's Countryfile programme suggests."), []);
    // Ours.
    assert.deepEqual(unsourced("Two in five adults now rent, the YouGov survey of 1,500 people for Channel 4's Dispatches suggests."), []);
    assert.deepEqual(unsourced('About 60% of viewers backed the change, a poll for Channel 4 News found.'), []);
  });
});

describe('review52: reporting verbs, gathered data, listed pairs, chart bands and measures as modifiers', () => {
  it('reads "reiterate" and "reaffirm" as reporting verbs, progressive or not', () => {
    // The reviewer's sentence.
    assert.deepEqual(unsourced('The government is reiterating a 2.5% target for 2005.'), []);
    // Ours, written after the fix.
    assert.deepEqual(unsourced('The Bank of England reaffirmed its forecast of 3% growth.'), []);
    assert.deepEqual(unsourced('Ministers reiterated that 4,000 homes would be built.'), []);
    // Accounts restated are revised, not reported: still flagged.
    assert.deepEqual(unsourced('Freddie Mac restated earnings by $5bn.'), ['$5bn']);
  });

  it('reads the passive of a verb of gathering data with its "by" agent as the source of the count', () => {
    assert.deepEqual(unsourced('More than 45,000 people were surveyed by digital TV station Music Choice.'), []);
    // Ours.
    assert.deepEqual(unsourced('About 2,000 adults were polled by YouGov last week.'), []);
    assert.deepEqual(unsourced('Some 300 firms were canvassed by the British Chambers of Commerce.'), []);
    // Read of the whole change: questioning by police is no survey.
    assert.deepEqual(unsourced('Five men were questioned by police after the raid.'), ['Five']);
    // No agent, no source.
    assert.deepEqual(unsourced('Some 1,200 firms were questioned for the survey.'), ['Some 1,200']);
  });

  it('reads two items told as "one …, the other …" after a dash as enumerated', () => {
    assert.deepEqual(unsourced('The European Commission is facing two legal challenges - one from the airlines and the other from the unions.'), []);
    // Ours: a spaced hyphen opens a list like a dash.
    assert.deepEqual(unsourced('There are two options: one is to sell and another is to merge.'), []);
    assert.deepEqual(unsourced('Airbus has signed deals with two Indian airlines - Air Deccan and Kingfisher.'), []);
    assert.deepEqual(reasons('Airbus has signed deals with three Indian airlines - Air Deccan and Kingfisher.'), ['three: story-count']);
  });

  it('reads the number of a ranking band after "top" as no figure, and the verb "top" as a figure\'s verb', () => {
    assert.deepEqual(unsourced('He has since scored nine UK top 30 singles since 1998.'), []);
    // Ours.
    assert.deepEqual(unsourced('Saulnier will move into the world\'s top 50 for the first time.'), []);
    assert.deepEqual(unsourced('Most of the European top 50 companies publish them.'), []);
    assert.deepEqual(unsourced('Sales will top 20,000 this year.'), ['20,000']);
    assert.deepEqual(unsourced('Profits are expected to top £5m.'), ['£5m']);
    assert.deepEqual(unsourced('Only the top 5% of earners will pay.'), ['5%']);
  });

  it('reads a measure whose unit is singular before a noun as a modifier, like its hyphenated form', () => {
    assert.deepEqual(unsourced('Nor would the rush to produce two or three megapixel camera phones be a reason to buy.'), []);
    // Ours.
    assert.deepEqual(unsourced('Cameras on mobiles can take 1.3 megapixel images.'), []);
    assert.deepEqual(unsourced('The 40 tonne lorry crashed on the bypass.'), []);
    assert.deepEqual(unsourced('The lorry carried 40 tonnes of steel.'), ['40']);
    assert.deepEqual(unsourced('Volunteers walked 10 miles to the camp.'), ['10']);
  });

  it('reads a cap tally as a statistic of record in a sports report', () => {
    const report = 'Llanelli flanker Dafydd Jones has announced his retirement from rugby.\n\nThe 36-year-old, who has 54 caps, was the club\'s player of the season and scored two tries in the cup final win over Leicester.\n\nHe will join the coaching staff at the end of the season, the club said.';
    assert.deepEqual(unsourced(report), []);
  });
});

describe('bbc2 dev: a small set told whole after "all"', () => {
  it('reads "all three teams" as a set the reader knows, and a large "all" count as a figure', () => {
    assert.deepEqual(unsourced('In the Champions League all three teams can either go through or go out.'), []);
    // Ours, written after the fix.
    assert.deepEqual(unsourced('All five men deny the charges.'), []);
    assert.deepEqual(unsourced('The show was delayed because all the three West End theatres were booked.'), []);
    assert.deepEqual(unsourced('All 110,000 net cafes in the country must use the software.'), ['110,000']);
  });
});

describe('bbc2 dev: the base of an exchange rate', () => {
  it('reads "One dollar" before the amount it buys as the rate\'s base, and flags the rate', () => {
    assert.deepEqual(unsourced('One dollar bought 102.55 yen.'), ['102.55 yen']);
    // Ours, written after the fix.
    assert.deepEqual(unsourced('One euro was trading at $1.30 on Friday.'), ['$1.30']);
    assert.deepEqual(unsourced('He paid one dollar for 10 yen in change.'), ['one dollar', '10 yen']);
    const base = analyze('---\npublished: 2025-11-12\n---\n\nOne euro buys 1.30 dollars.\n').figures[0];
    assert.match(describeFigure(base), /the unit a rate is quoted against; the rate \(“1\.30 dollars”\) carries the source/);
  });
});

describe('review 53: an election\'s result', () => {
  it('reads seats, votes or a majority won or lost as the election\'s result, as LABELLING does vote counts', () => {
    // The reviewer's sentence.
    assert.deepEqual(unsourced('Labour won a huge majority of 167 over the Conservatives in 2001.'), []);
    // Ours, written after the fix.
    assert.deepEqual(unsourced('The Tories won 166 seats.'), []);
    assert.deepEqual(unsourced('The mayor lost by 20 votes.'), []);
    // Not a count no election verb governs, nor orders won.
    assert.deepEqual(unsourced('Some 3,000 votes were cast.'), ['Some 3,000']);
    assert.deepEqual(unsourced('The firm won 300 orders.'), ['300']);
    assert.deepEqual(unsourced('The Liberal Democrats will take three key seats from the Conservatives.'), ['three']);
  });
});

describe('review 54: a list whose lead-in attributes it ("Judge Rand Rubin said she must:")', () => {
  it('reads each item of a list after an attributed lead-in ending in a colon as part of that sentence', () => {
    assert.deepEqual(unsourced('Judge Rand Rubin said she must:\n\n- Spend three years on probation\n- Pay $1,000 (£535) fine\n- Attend three meetings a week'), []);
    // Ours, written after the fix: a numbered list, and a lead-in that names its speaker after the verb.
    assert.deepEqual(unsourced('The new rules will, the council said:\n\n1. Cut fees by 20%\n2. Add 300 parking spaces'), []);
    assert.deepEqual(unsourced('As part of his reforms the minister has announced:\n\n- Raised the income-tax threshold to 100,000 rupees\n- Reduced corporate tax rates to 30%'), []);
  });

  it('finds the list under old Mac line breaks (lone \\r) and after a nested item\'s indentation (written after the line-start index)', () => {
    assert.deepEqual(unsourced('Judge Rand Rubin said she must:\r\r- Spend three years on probation\r- Pay $1,000 fine'), []);
    assert.deepEqual(unsourced('The council said the plan will:\n\n- Cut fees\n    - by 20% for pensioners'), []);
    assert.deepEqual(unsourced('Under the new rules, drivers must:\r\r- Pay a $100 fee'), ['$100']);
  });

  it('leaves a list flagged when its lead-in names no source, or does not end in a colon', () => {
    assert.deepEqual(unsourced('Under the new rules, drivers must:\n\n- Pay a $100 fee\n- Take 20 hours of lessons'), ['$100']);
    assert.deepEqual(unsourced('The council said the rules were new.\n\n- Pay a $100 fee'), ['$100']);
  });
});

describe('review 54: a place in a world ranking ("has risen from 31 in the world")', () => {
  it('reads a bare number moved from, moved to or held at "in the world" as a place in a ranking, no figure', () => {
    assert.deepEqual(unsourced('Hantuchova has risen from 31 in the world at the turn of the year to number 22.'), []);
    // Ours, written after the fix.
    assert.deepEqual(unsourced('The 2003 champion has slipped to 64 in the world after a year of injuries.'), []);
    assert.deepEqual(unsourced('She stayed at 9 in the world all season.'), []);
  });

  it('leaves a count of things in the world a figure', () => {
    assert.deepEqual(unsourced('The firm sold 300 in the world last year.'), ['300']);
  });
});

describe('bbc3 dev: a comment between the subject and its reporting verb ("Labour, needless to say, claim …")', () => {
  it('reads the reporting verb past a short comment aside, and the bare form after a body that opens the sentence', () => {
    assert.deepEqual(unsourced('Labour, needless to say, claim his planned £35bn efficiency savings simply don\'t add up.'), []);
    // Ours, written after the fix.
    assert.deepEqual(unsourced('The Halifax, meanwhile, said last week that house prices increased by 1.1% in December.'), []);
    assert.deepEqual(unsourced('The Tories, however, say 400 jobs will go.'), []);
    assert.deepEqual(unsourced('Labour claim his planned £35bn savings do not add up.'), []);
  });

  it('leaves a figure flagged when the aside holds a verb of its own or no reporting verb follows', () => {
    assert.deepEqual(unsourced('Sales, however, rose 40% last year.'), ['40%']);
    assert.deepEqual(unsourced('The plan, which was drafted in May, costs £35bn.'), ['£35bn']);
    // A body's name before a noun that is no verb: "claim" stays a noun.
    const a = parseArticle('---\npublished: 2025-11-12\n---\n\nLabour claim forms were lost in the post.\n', 'markdown');
    const layer = languageOf(a);
    assert.equal(layer.tokens.find((t) => a.prose.slice(t.start, t.end) === 'claim')?.pos, 'NOUN');
  });
});

describe("the writer's own account (review 55: a columnist's inventory; examples written after the fix)", () => {
  it('needs no source for what the writer, as "I", counts or measures outside quotations', () => {
    assert.deepEqual(unsourced("I've just looked around my office and I find two monitors, an old PC, two old handhelds and three ancient laptops."), []);
    assert.deepEqual(unsourced('I counted 40 people at the meeting, and by noon I had walked 12 miles.'), []);
  });

  it('still asks for a source for money, percentages, other subjects and a quoted "I"', () => {
    assert.deepEqual(unsourced('I pay £300 a month for the flat.'), ['£300']);
    assert.deepEqual(unsourced('We walked 12 miles. The protest drew 400 people.'), ['12', '400']);
    assert.deepEqual(reasons('"I have three cars and 200 sheep."'), ['three: story-count', '200: unsourced']);
  });

  it('says why in the hover', () => {
    const f = analyze('---\npublished: 2025-11-12\n---\n\nI counted 40 people at the meeting.\n').figures.find((x) => x.text === '40');
    assert.equal(describeFigure(f!).split('\n\n')[1], 'No source needed: the writer’s own account of what they saw or did (“I …”): the writer is the source');
  });
});

describe('a reporting verb\'s form used as a noun sources nothing (review 55: "a previous estimate of 12%")', () => {
  it('asks for a source when the noun has no owner', () => {
    assert.deepEqual(unsourced('Inflation could climb to 14% compared to a previous estimate of 12%.'), ['14%', '12%']);
    // Ours, written after the fix.
    assert.deepEqual(unsourced('Sales beat the forecast of 8% by a wide margin.'), ['8%']);
  });

  it('still reads the verb and an owned estimate as sources', () => {
    assert.deepEqual(unsourced('The ONS estimates growth of 2%. Growth was 3%, the Treasury estimates.'), []);
    assert.deepEqual(unsourced('The company, which estimates an HIV prevalence of 24% among its staff, has a plan.'), []);
  });
});

describe("what happened in the game a sports report tells (review 55: 'missed two longer-range efforts')", () => {
  const REPORT = [
    'Kingsbridge beat Rowley 24-10 at Ashworth Park on Saturday to go top of the league.',
    'Fly-half Dan Marsh kicked three penalties and flanker Ola Quarrie scored the decisive try in the second half.',
  ];
  const report = (extra: string) => unsourced([...REPORT, extra].join('\n\n'));
  it('needs no source for a small count a named player or side did in the game', () => {
    assert.deepEqual(report('Marsh also missed two longer-range efforts before the break.'), []);
    assert.deepEqual(report('Rowley threw on three forward replacements after the interval.'), []);
    // Ours, written after the fix.
    assert.deepEqual(report('Quarrie made four turnovers at the breakdown.'), []);
  });
  it('still asks for a source for money, quotations, estimates and counts outside sport', () => {
    assert.deepEqual(report('Kingsbridge paid £2m for the winger last summer.'), ['£2m']);
    assert.deepEqual(unsourced('The council closed three libraries in the spring.'), ['three']);
  });
});

describe('a statistic counted past its adjectives (review 56: "mixing 19 unforced errors with 19 winners")', () => {
  const TENNIS = [
    'Top seed Ana Brandt beat Lena Holm 6-3 7-5 in the second round of the Dubai Open on Tuesday.',
    'Brandt dropped serve early on but broke back twice to take the first set, and the world number one served out the match in the second set.',
  ];
  it('learns the nouns sport copy counts from the head after the number, not the adjective before it', () => {
    assert.deepEqual(unsourced([...TENNIS, 'Holm had been in patchy form until then - mixing 19 unforced errors with 11 winners.'].join('\n\n')), []);
    // Ours, written after retraining.
    assert.deepEqual(unsourced([...TENNIS, 'Brandt, who has won five grand slam titles, saved two late break points.'].join('\n\n')), []);
  });
});

describe('restatements and conversions of review 56 (examples of our own after the issue\'s)', () => {
  it('reads a figure after "equivalent to" as restating the one before it', () => {
    assert.deepEqual(unsourced('Every officer had an annual target of 8,000 applications - equivalent to 40 a day.'), ['8,000']);
    assert.deepEqual(unsourced('The council will cut 300 posts, the equivalent of 12% of its staff.'), ['300']);
  });
  it('reads a rate after ", an annual rate of" as restating the quarter\'s or the month\'s rate before it (review 102; examples written after the fix)', () => {
    assert.deepEqual(unsourced('Exports rose 0.8% in the second quarter of the year, an annualised rate of 3.2%.'), ['0.8%']);
    assert.deepEqual(unsourced('Rents climbed 0.5% in March, an annual rate of 6%.'), ['0.5%']);
    // With no rate before it, the annual rate is the figure.
    assert.deepEqual(unsourced('Borrowing is rising at an annual rate of 7%.'), ['7%']);
  });
  it('reads a measure in brackets after a hyphenated measure as its conversion', () => {
    assert.deepEqual(unsourced("The show's star was Samsung's 102-inch (2.6 metre) plasma screen."), []);
    assert.deepEqual(unsourced('Builders put up a 6-foot (1.8m) wall around the site.'), []);
  });
});

describe('a body\'s own forecast (copy-desk review 58: "Toshiba expects …"; examples written after the fix)', () => {
  it('reads a named subject, a pronoun or a definite body before "expects" as the source of its clause', () => {
    assert.deepEqual(unsourced('Nissan expects its European sales to rise 12% this year.'), []);
    assert.deepEqual(unsourced('The airline expects to carry 4.5 million passengers in 2026.'), []);
    assert.deepEqual(unsourced('It is expecting a loss of £30m for the year.'), []);
    assert.deepEqual(unsourced('The regulator anticipates about 2,000 complaints a month.'), []);
  });

  it('leaves a forecast with no one giving it, and a figure after "but"', () => {
    assert.deepEqual(unsourced('Growth of 3% is expected next year.'), ['3%']);
    assert.deepEqual(unsourced('Sales rose 4% in May, more than analysts had been expecting.'), ['4%']);
    assert.deepEqual(unsourced('Volvo expects demand to recover, but the strike will cost it £40m.'), ['£40m']);
    // (Analysts are someone: review 68 and the BBC needs-source labels count "analysts expected" as an attribution.)
    assert.deepEqual(unsourced('Profits of £3m are expected.'), ['£3m']);
  });
});

describe('a count named again after "the" whose first mention had its noun further off (review 59; examples written after the fix)', () => {
  const story = (second: string) => unsourced(['# Riot inquiry', 'Police have made arrests after the riot.', 'Officers questioned 12 mostly young men on Sunday.', second].join('\n\n'));

  it('reads "the 12 men" as the 12 counted before', () => {
    assert.deepEqual(story('Police have since released the 12 men without charge.'), ['12']);
  });

  it('still flags a count of something else', () => {
    assert.deepEqual(story('The force has since suspended the 12 officers on duty.'), ['12', '12']);
  });
});

describe('a number in the subject of a reporting verb after a determiner (review 60; examples written after the fix)', () => {
  it('reads "The three firms claim" as a subject and its verb as the source', () => {
    assert.deepEqual(unsourced('The three firms claim that the new plant will cut costs by 15%.'), []);
    assert.deepEqual(unsourced('These two charities say that 4,000 families are waiting.'), []);
  });

  it('still sources nothing by a verb of adding a count is the subject of', () => {
    assert.deepEqual(unsourced('A record 470 complaints added to the pressure on the board.'), ['470']);
  });
});

describe('a document that opens the sentence is its source (review 60: "In its bankruptcy petition it listed … $15.1m"; examples written after the fix)', () => {
  it('reads "In its … petition", "In their annual accounts" as the source of the sentence', () => {
    assert.deepEqual(unsourced('In its court filing the airline listed debts of $2.3bn.'), []);
    assert.deepEqual(unsourced('In their annual accounts the two clubs declared losses of £80m.'), []);
  });

  it('leaves a time or a place after "In"', () => {
    assert.deepEqual(unsourced('In its first year the shop sold 4,000 bikes.'), ['4,000']);
    assert.deepEqual(unsourced('In the north of the city, 300 homes were flooded.'), ['300']);
  });
});

describe('a quotation opened after "said:" while one left open runs on (review 61; examples written after the fix)', () => {
  it('reads the new quotation with its own speaker, and its next sentence with it', () => {
    assert.deepEqual(unsourced('The minister said: "We have a plan for growth. Asked about the cuts, Ms Reid said: "Nobody wants them. "But the plan will cut £20bn from the budget."'), []);
  });

  it('still flags a figure after a quotation that closed', () => {
    assert.deepEqual(unsourced('Ms Reid said: "Nobody wants them." The plan will cut £20bn from the budget.'), ['£20bn']);
  });
});

describe('a headline pasted as text (a first line with no full stop) is a headline for figures too (review 61; examples written after the fix)', () => {
  it('leaves a headline figure alone when the body gives it again with its source, and flags it when the body does not', () => {
    assert.deepEqual(unsourced(['Council to sell 40 depots', 'The county council will sell 40 of its road depots, its leader said.'].join('\n\n')), []);
    assert.deepEqual(unsourced(['Council to sell 40 depots', 'The county council will sell its road depots, its leader said.'].join('\n\n')), ['40']);
    // A first line that ends in a full stop is body copy, not a headline.
    assert.deepEqual(unsourced(['The council will sell 40 depots.', 'The county council will sell 40 of its road depots, its leader said.'].join('\n\n')), ['40']);
  });

  it('reads "the 40 depots" as the count given before in "40 of its road depots"', () => {
    assert.deepEqual(unsourced(['# Depot sale', 'The council says 40 of its road depots will be sold.', 'Staff at the 40 depots will be offered other posts.'].join('\n\n')), []);
  });
});

describe("a small count in words of the story's own subjects (reviews 57-62; examples written after the fix)", () => {
  it('leaves "two firefighters", "five insurers" alone', () => {
    assert.deepEqual(unsourced('Two firefighters from Leeds will run the marathon in costume.'), []);
    assert.deepEqual(unsourced('The regulator opened a separate case against five insurers in Ohio.'), []);
  });

  it('still flags counts of people harmed, counts compared, and counts beside money', () => {
    assert.deepEqual(unsourced('Four people were injured in the crash.'), ['Four']);
    assert.deepEqual(unsourced('The club now runs 40 teams, up from just six teams in 2019.'), ['40', 'six']);
    assert.deepEqual(unsourced('The fund gave £2m to seven charities.'), ['£2m', 'seven']);
    // A count in figures, and a count past the limit, stay statistics.
    assert.deepEqual(unsourced('2 firefighters from Leeds will run the marathon.'), ['2']);
    assert.deepEqual(unsourced('Twenty firefighters from Leeds will run the marathon.'), ['Twenty']);
  });
});

describe('a definite count of a named set of countries is a fact of record (review 63: "the 12 eurozone countries"; examples written after the fix)', () => {
  it('leaves "the 27 EU states" alone, and still flags counts of members, charges aside', () => {
    assert.deepEqual(unsourced('Leaders of the 27 EU states met in Brussels.'), []);
    assert.deepEqual(unsourced('Leaders of 27 EU states met in Brussels.'), ['27']);
    assert.deepEqual(unsourced('The 60 union members walked out on Monday.'), ['60']);
    assert.deepEqual(unsourced('He denies 10 charges of fraud.'), []);
  });
});

describe('a move in a chart or a table (review 63: "fell two places to fourth position"; examples written after the fix)', () => {
  it('reads steps up or down a ranking after a verb of rising or falling as a result', () => {
    assert.deepEqual(reasons('The single climbed three places to number five, the Official Charts Company said. The band dropped 12 spots in the table.'), ['three: result', '12: result']);
    assert.deepEqual(unsourced('The comedy slipped two places to fifth with $6m.'), ['$6m']);
    assert.deepEqual(unsourced('The club moved up four places after the win.'), []);
  });

  it('keeps places that are counted, not climbed', () => {
    assert.deepEqual(unsourced('The council will create 5,000 nursery places next year.'), ['5,000']);
    assert.deepEqual(unsourced('Only 40 places remain on the course.'), ['40']);
  });
});

describe("a formal body's make-up (review 63: \"a panel of nine law lords\"; examples written after the fix)", () => {
  it('reads the size of a panel, jury, bench or board as a fact of record', () => {
    assert.deepEqual(reasons('The appeal went to a bench of seven judges. A jury of 12 was sworn in on Monday.'), ['seven: record', '12: record']);
    assert.deepEqual(unsourced('A board of 11 trustees runs the museum.'), []);
  });

  it('keeps a poll\'s panel and counts past the largest body of record', () => {
    assert.deepEqual(unsourced('A panel of 2,000 adults was polled in May.'), ['2,000']);
  });
});

describe("a study's maker past the study's own phrase, and a present-participle aside (review 65: \"The poll of 22,953 people was conducted by GlobeScan\"; examples written after the fix)", () => {
  it('sources a data noun whose "of" phrase stands between it and its making', () => {
    assert.deepEqual(unsourced('A survey of 1,200 firms was conducted by the chambers of commerce in March.'), []);
    assert.deepEqual(unsourced('The poll of 3,000 voters, carried out by Ipsos, put the party on 41%.'), []);
  });

  it('keeps a maker that belongs to the noun inside the phrase', () => {
    assert.deepEqual(unsourced('A review of the sale of 300 homes by the council took a year.'), ['300']);
  });

  it('reads the subject of a reporting verb past ", representing …," and the like', () => {
    assert.deepEqual(unsourced('The charity, supporting 9,000 carers, said 2,500 had asked for help this winter.'), []);
    assert.deepEqual(unsourced('Police, expecting 5,000 marchers, closed the bridge.'), ['5,000']);
  });
});

describe('a rounded headline figure and a far per-share restatement (review 66: "$16bn" for "$16.6bn", "about $4 million in interest expenses next year, or six cents a share"; examples written after the fix)', () => {
  it('reads a headline figure the opening paragraph gives finer as given again', () => {
    assert.deepEqual(unsourced('# Retailer fined $3m over safety breaches\n\nThe chain was fined $3.2m on Tuesday, the regulator said.'), []);
    assert.deepEqual(unsourced('# Rail fares to rise 4%\n\nFares will rise by 3.8% in January, the industry body said.'), []);
  });

  it('keeps a headline figure the body gives otherwise, or only after its opening', () => {
    assert.deepEqual(unsourced('# Sales rise 12%\n\nSales rose 18.4% in the year, the company said.'), ['12%']);
    assert.deepEqual(unsourced('# Council to cut 100 jobs\n\nThe council said it would cut 150 posts.'), ['100']);
    assert.deepEqual(unsourced('# Exports rise 25%\n\nExports leapt last year.\n\nTax revenue rose 25.4%, officials said.'), ['25%']);
  });

  it('reads an amount per share after ", or" as its total restated, however long the total\'s words', () => {
    assert.deepEqual(unsourced('The plan will cut the group\'s costs by about $9 million over the next two years, or 14 cents a share.'), ['about $9 million']);
    assert.deepEqual(unsourced('The plan will cut costs by $9 million; or 14 cents a share.'), ['$9 million', '14 cents']);
  });
});

describe('a figure named again after "the" and an adjective (review 66: "the original $585 million of bank debt"; examples written after the fix)', () => {
  it('reads "the original $X of …" as the figure an earlier sentence gave', () => {
    assert.deepEqual(unsourced('The council borrowed £42.5m for the scheme, its finance chief said. It has repaid £10m of the original £42.5m of the loan.'), ['£10m']);
    assert.deepEqual(unsourced('It has repaid £10m of an original £42.5m loan.'), ['£10m', '£42.5m']);
  });
});

describe('a quotation\'s speaker past an aside, carried to the quotation after its tag (review 66: \'…,\'\' a detective, speaking on condition of anonymity, said of the robbers. ``… four or five people inside …\'\'\'; examples written after the fix)', () => {
  it('reads the speaker before an aside set off by commas, and carries it past a tag that runs on', () => {
    assert.deepEqual(unsourced('"The roads are shut," a council officer, who asked not to be named, said. "Around 3,000 homes have no power."'), []);
    assert.deepEqual(unsourced('"We acted fast," said Jane Cole, the trust\'s chief executive. "We treated 120 patients overnight."'), []);
  });

  it('carries no speaker to words outside a quotation', () => {
    assert.deepEqual(unsourced('"We acted fast," said Jane Cole, the trust\'s chief executive. Some 120 patients were treated overnight.'), ['Some 120']);
  });
});

describe('a subject past a participle aside with adverbs, possessives and participles (review 67: "Sun Microsystems Inc., snapping back to profitability after its first quarterly loss as a public firm, said it earned $5.2 million"; examples written after the fix)', () => {
  it('reads the reporting verb\'s subject before such an aside', () => {
    assert.deepEqual(unsourced('Acme Corp., bouncing back from its worst year on record, said it earned $8.1 million in the quarter.'), []);
    assert.deepEqual(unsourced('The trust, already stretched by its closely watched budget, said 400 beds were full.'), []);
  });

  it('keeps a figure in a sentence with no reporting verb', () => {
    assert.deepEqual(unsourced('Acme Corp., bouncing back from its worst year on record, earned $8.1 million in the quarter.'), ['$8.1 million']);
  });
});

describe('a reported vote\'s tally (review 67: "voted 89-52 for a republic, with 11 abstentions"; examples written after the fix)', () => {
  it('reads abstentions, "by N votes to M" and "by N to M" after a vote told as done as its result', () => {
    assert.deepEqual(reasons('The assembly voted 61-40 in favour, with nine abstentions.'), ['nine: result']);
    assert.deepEqual(unsourced('Councillors rejected the plan by 27 votes to 19.'), []);
    assert.deepEqual(unsourced('MPs backed the bill by 330 to 214 on Tuesday.'), []);
  });

  it('keeps counts around a vote still to come', () => {
    assert.deepEqual(unsourced('The assembly will vote next week, and 12 members are undecided.'), ['12']);
  });
});

describe('a passive forecast with no forecaster is unsourced; with a "by" agent it is sourced (review 68: "December sales are forecast to rise by 4.5% to $220bn"; examples written after the fix)', () => {
  it('reads "be" + an unchanged participle as a passive', () => {
    const layer = languageOf(parseArticle('Spending is forecast to grow. Sales are set to rise. The budget was cut.\n'));
    assert.deepEqual(layer.verbGroups.map((g) => g.passive), [true, false, false, true]);
  });

  it('flags the agentless forecast and keeps one a body gives', () => {
    assert.deepEqual(unsourced('December sales are forecast to rise by 4.5% to $220bn.'), ['4.5%', '$220bn']);
    assert.deepEqual(unsourced("Israel's economy is forecast to grow by 4.2% in 2004."), ['4.2%']);
    assert.deepEqual(unsourced('Profits were forecast by the CBI to fall 3% this year.'), []);
    assert.deepEqual(unsourced('Growth of 2% is forecast by the IMF for next year.'), []);
    assert.deepEqual(unsourced('Spending is forecast to grow by 3.5%, the treasury said.'), []);
  });

  it('shares the forecaster of an earlier clause of the sentence (review 69: "The EU expects the German deficit to fall …, while France\'s is forecast to drop to 3%")', () => {
    assert.deepEqual(unsourced("The EU expects the German deficit to fall to 2.9% next year, while France's is forecast to drop to 3% from an expected 3.7%."), []);
    // Ours, written after the fix: a clause with its own figure and no forecast stays apart.
    assert.deepEqual(unsourced('The IMF expects growth of 2%, but exports are forecast to fall 5%.'), []);
    assert.deepEqual(unsourced('Volvo expects demand to recover, but the strike cost it £40m.'), ['£40m']);
  });
});

describe('a capacity a product holds or has is its spec (review 68: "an iPod mini model which can hold 6GB"; examples written after the fix)', () => {
  it('reads no figure in a capacity after a verb of holding or "with"', () => {
    assert.deepEqual(reasons('Its latest model can hold 6GB compared to a previous 4GB.'), []);
    assert.deepEqual(reasons('The phone has 128GB of storage.'), []);
    assert.deepEqual(reasons('A tablet with 64GB costs more.'), []);
  });

  it('keeps an amount of data that is no product\'s capacity', () => {
    assert.deepEqual(unsourced('Customers downloaded 2GB of data a month on average.'), ['2GB']);
  });
});

describe('a capacity past an approximator, or a device\'s speed "of" a capacity, is its spec (review 114: "portable players which can hold up to 40GB of music"; examples written after the fix)', () => {
  it('reads no figure in a capacity after a verb of holding and "up to" or "about", nor in "speeds of"', () => {
    assert.deepEqual(reasons('The new cards can store up to 512MB of photos.'), []);
    assert.deepEqual(reasons('Each drive holds about 2TB.'), []);
    assert.deepEqual(reasons('The network will offer download speeds of up to 20Mbps.'), []);
    assert.deepEqual(reasons('The chip has a storage capacity of 16GB.'), []);
  });

  it('keeps an average speed and an amount used as figures', () => {
    assert.deepEqual(unsourced('Homes saw average speeds of 7.5Mbps last year.'), ['7.5Mbps']);
    assert.deepEqual(unsourced('Each subscriber used up to 30GB a month.'), ['up to 30GB']);
  });
});

describe('a body\'s target or forecast with its figure before the noun is the body\'s own figure (review 114: "within the Bank\'s 2-3% target range"; examples written after the fix)', () => {
  it('sources the figure between a possessive and its target or forecast, and a target\'s figure after "of"', () => {
    assert.deepEqual(unsourced('Prices rose faster than the ECB\'s 2% ceiling, near the central bank\'s 1.5-2% target band.'), []);
    assert.deepEqual(unsourced('The council\'s target of 1,200 new homes was dropped.'), []);
    assert.deepEqual(unsourced('Output lagged behind the OECD\'s 2.4% growth forecast.'), []);
  });

  it('leaves a figure compared with the target unsourced', () => {
    assert.deepEqual(unsourced('Unemployment hit 6.2%, well above the government\'s 5% target.'), ['6.2%']);
    assert.deepEqual(unsourced('Waiting lists grew to 7.6 million, short of the NHS\'s target of 6 million.'), ['7.6 million']);
  });
});

describe('analysts\' and economists\' expectations are attributed like their forecasts (review 68: "eBay\'s profit was 33 cents a share, but analysts had expected 34 cents"; examples written after the fix)', () => {
  it('sources the figures of "expect" whose subject is a noun that describes people', () => {
    assert.deepEqual(unsourced('Excluding special items, the profit was 33 cents a share, but analysts had expected 34 cents.'), ['33 cents']);
    assert.deepEqual(unsourced('Analysts expected the index to come in at 58.1.'), []);
    assert.deepEqual(unsourced('Economists expect growth of 2.1% next year.'), []);
  });

  it('leaves an expectation with no one expecting it unsourced', () => {
    assert.deepEqual(unsourced('Growth of 2.1% is expected next year.'), ['2.1%']);
    assert.deepEqual(unsourced('Sales were expected to rise 5% this year.'), ['5%']);
  });
});

describe('a price shares traded at, or a price of one share, is market data (review 68: "when they traded at about $10", "from a price of $8 a share on Oct. 9"; examples written after the fix)', () => {
  it('reads no claim in a traded price or a price per share', () => {
    assert.deepEqual(reasons('The shares have halved since August, when they traded at about $10.'), ['about $10: market']);
    assert.deepEqual(reasons("The stock's decline accelerated from a price of $8 a share on Oct. 9."), ['$8: market']);
  });

  it('keeps earnings per share and a currency\'s rate', () => {
    assert.deepEqual(unsourced('Its profit was 33 cents a share.'), ['33 cents']);
    assert.deepEqual(unsourced('The dollar was trading at $1.3652 versus the euro on Friday.'), ['$1.3652']);
  });
});

describe('numbers that name models in a list count nothing (review 69: "two Nokia handsets due out soon - the 3230 and 7710 -"; examples written after the fix)', () => {
  it('reads no figure in listed model numbers', () => {
    assert.deepEqual(reasons('Visual Radio will be limited to two Nokia handsets due out soon - the 3230 and 7710 - at first.').filter((r) => /3230|7710/.test(r)), []);
    assert.deepEqual(reasons('It will ship first on the 8800 and 9500, the firm said.').filter((r) => /8800|9500/.test(r)), []);
  });

  it('keeps counts joined by "and" before the noun they count', () => {
    assert.deepEqual(unsourced('The 400 and 800 staff at the two plants will lose their jobs.'), ['400', '800']);
  });
});

describe("a body's acronym right before its data sources the figures (review 69: \"The forecasts are based on EC predictions of GDP growth of 1.5%\"; examples written after the fix)", () => {
  it('reads the acronym and the data noun as the source', () => {
    assert.deepEqual(unsourced('The forecasts are based on EC predictions of GDP growth of 1.5% in Germany.'), []);
    assert.deepEqual(unsourced('The ICM survey interviewed 110 pupils.'), []);
  });

  it("leaves a country's figures, which are about it", () => {
    assert.deepEqual(unsourced('US GDP grew 3%, while UK figures rose 2%.'), ['3%', '2%']);
  });
});

describe('a company that posts its results reports them (reviews 68 and 69: "Polly Peck posted a 38% jump")', () => {
  it('reads "posted" as reporting the figures of its clause, as "reported" is', () => {
    // Written after the fix.
    assert.deepEqual(unsourced('Carrefour posted a 12% fall in first-half profit to 1.1bn euros.'), []);
    assert.deepEqual(unsourced('The airline has posted a loss of $210m for the quarter.'), []);
    // A result with no one posting or saying it is still unsourced.
    assert.deepEqual(unsourced('First-half profit fell 12% to 1.1bn euros.'), ['12%', '1.1bn euros']);
  });
});

describe('a limit a rule sets is a fact of record (review 69: "Under EU rules … below 3%")', () => {
  it('needs no source for a limit a named rule sets with "must" or "shall"', () => {
    // Written after the fix.
    assert.deepEqual(reasons('By law, drivers must not exceed 70mph on motorways.'), ['70mph: record']);
    assert.deepEqual(reasons('Under the stability pact, members shall keep public debt below 60% of GDP.'), ['60%: record']);
    assert.deepEqual(reasons('Under the rules, banks must hold at least 8% of their assets in cash.'), ['at least 8%: record']);
  });

  it('still asks a source for counts of people a rule affects, and for limits no rule sets', () => {
    assert.deepEqual(reasons('Under the new law, 4,000 people must leave their homes.'), ['4,000: unsourced']);
    assert.deepEqual(reasons('Deficits must be kept below 3% of GDP.'), ['3%: unsourced']);
  });
});

describe("review 70: a place's distance, a share's starting level, a company's market value", () => {
  it('needs no source for a place placed from another, in apposition', () => {
    // Written after the fix.
    assert.deepEqual(reasons('They met in Ballymena, 28 miles (45 kms) northwest of Belfast.'), ['28: record', '45: conversion']);
    assert.deepEqual(reasons('The plant is in Wolfsburg, about 200 km from Berlin.'), ['about 200: record']);
    // Where an event was measured is no fact of record.
    assert.deepEqual(reasons('The quake struck 40 km north of Naples.'), ['40: unsourced']);
  });

  it('reads the level a share moved from, and a market value at the share price, as market data', () => {
    assert.deepEqual(reasons('Its shares climbed to $18.50 a share in May from $12.25 in January.'), ['$18.50: market', '$12.25: market']);
    assert.deepEqual(reasons('The bank has a market value of about $8bn.'), ['about $8bn: market']);
    assert.deepEqual(reasons('The market value of the homes rose to $3bn.'), ['$3bn: unsourced']);
  });
});

describe('a count told again as a measure after ", or" or " - or" (review 72: "3,420 images - or 7.2GB"; examples written after the fix)', () => {
  it('reads the measure as a restatement of the count, which carries the finding', () => {
    assert.deepEqual(unsourced('Each phone will hold 12,000 songs - or 48GB - by next year.'), ['12,000']);
    assert.deepEqual(unsourced('The lorry carried 40 pallets, or 18 tonnes, of cheese.'), ['40']);
    assert.deepEqual(unsourced('Creditors holding $41bn - or 40% of the debt - accepted the offer.'), ['$41bn']);
  });

  it('keeps two amounts offered as alternatives', () => {
    assert.deepEqual(unsourced('Fans paid £60, or £300 for a box.'), ['£60', '£300']);
  });
});

describe('a relative clause\'s "who" right before its verb stands for the name before its comma (review 73: "Doyle, who yesterday trimmed his projection"; examples written after the fix)', () => {
  it('lets the named subject source its own data', () => {
    assert.deepEqual(unsourced('Mr Okafor, who yesterday trimmed his earnings projection to $3.10 a share from $3.40, called the fall temporary.'), []);
  });

  it('leaves a "which" that is the object of another subject\'s verb', () => {
    assert.deepEqual(unsourced('The firm must pay a £20m tax bill, which officials say is overdue.'), []);
    assert.deepEqual(unsourced('The council approved a £20m budget, which the mayor called fair.'), ['£20m']);
  });
});

describe('the day of a date opens no range with the amount after it (review 74: "the quarter ended Sept. 30 to $747.8 million"; examples written after the fix)', () => {
  it('reads the amount alone', () => {
    assert.deepEqual(unsourced('Revenue rose in the half ended June 30 to $1.2 billion.'), ['$1.2 billion']);
    assert.deepEqual(unsourced('Exports climbed in the year to 31 March to £4bn.'), ['£4bn']);
  });

  it('keeps a range of two amounts', () => {
    assert.deepEqual(unsourced('Prices will rise by 30 to 40 per cent.'), ['30 to 40 per cent']);
  });
});

describe('the most the law allows for a penalty is a fact of public record (review 74: "The federal charge also carries a fine of up to $250,000"; examples written after the fix)', () => {
  it('needs no source, and the hover says why', () => {
    assert.deepEqual(reasons('Landlords who ignore the order face a fine of up to £30,000.'), ['up to £30,000: legal-limit']);
    assert.deepEqual(reasons('The offence carries a maximum penalty of $10,000 and two years in jail.'), ['$10,000: legal-limit']);
    const f = analyze('---\npublished: 2025-11-12\n---\n\nDrivers can be fined up to £1,000.\n').figures[0];
    assert.equal(describeFigure(f).split('\n\n')[1], 'No source needed: the most a penalty the law sets may be (“a fine of up to …”), a fact of public record');
  });

  it('still asks for a source for a fine imposed, and for a limit that is no penalty', () => {
    assert.deepEqual(unsourced('The club was fined £25,000 for crowd trouble.'), ['£25,000']);
    assert.deepEqual(unsourced('Tickets will cost up to £95.'), ['up to £95']);
  });
});

describe('the ages of young people after "of" (review 75: "kids of 15, 16, 17"; examples written after the fix)', () => {
  it('reads the number and those listed after it as ages, not counts', () => {
    assert.deepEqual(unsourced('The academy takes girls of 13, 14 and 15 from across the county.'), []);
  });

  it('still counts what a plural noun after the number names', () => {
    assert.deepEqual(unsourced('The charity helps children of 12 families in the town.'), ['12']);
  });
});

describe('a body that revises its own figures is their source (review 75: "the Labor Department revised up the number of jobs … to 139,000"; examples written after the fix)', () => {
  it('reads "revised" as attributing the figures to its subject', () => {
    assert.deepEqual(unsourced('The statistics office revised its estimate of growth to 0.4% from 0.2%.'), []);
    assert.deepEqual(unsourced('Growth was later put at 0.4% from 0.2%.'), ['0.4%', '0.2%']);
  });
});

describe('the shares a session traded are its volume (review 75: "with more than a million shares changing hands"; examples written after the fix)', () => {
  it('needs no source for the volume of the reported session', () => {
    assert.deepEqual(unsourced('In trading on the Toronto Stock Exchange, Acme closed at C$9, down 10 cents, with about 900,000 shares changing hands.'), []);
  });

  it('still asks for a source for shares issued or sold', () => {
    assert.deepEqual(unsourced('The firm plans to issue 2 million new shares.'), ['2 million']);
  });
});

describe('"claim" with a count as object takes, it does not say (review 77: "the bombings … claimed at least 217 lives"; examples written after the fix)', () => {
  it('leaves a death toll a disaster claimed unsourced', () => {
    assert.deepEqual(unsourced('The landslide in the valley claimed nearly 60 lives and destroyed 300 homes.'), ['nearly 60', '300']);
  });

  it('still reads a claimant of money, or of a clause, as the source', () => {
    assert.deepEqual(unsourced('The insurer is claiming more than £3m in damages from the builder.'), []);
    assert.deepEqual(unsourced('The union claimed 800 posts would go.'), []);
  });
});

describe('a named body\'s size before its name is a fact of record (review 77: "the 20-strong Primera Liga"; examples written after the fix)', () => {
  it('needs no source for "the N-strong" before a name', () => {
    assert.deepEqual(reasons('Bolton sit ninth in the 24-strong Championship.'), ['24: record']);
  });

  it('still asks for a source for a crowd or force counted so', () => {
    assert.deepEqual(unsourced('A 2,000-strong crowd marched through the town.'), ['2,000']);
  });
});

describe('a dialling code on its own is no figure (review 77: "numbers such as 0870"; examples written after the fix)', () => {
  it('reads digits led by 0 as a code', () => {
    assert.deepEqual(unsourced('Calls to 0845 and 0300 numbers will be free from June.'), []);
  });

  it('still counts a decimal below one', () => {
    assert.deepEqual(unsourced('Inflation fell to 0.7% in May.'), ['0.7%']);
  });
});

describe('an index that closed or settled with its direction after the points is a market quote (TimeBank wsj_0586: "The 30-share index settled 42.0 points lower at 1678.5"; examples written after the fix)', () => {
  it('needs no source for the move and the level', () => {
    assert.deepEqual(unsourced('The all-share index settled 12.5 points higher at 3,402.1.'), []);
  });

  it('still asks for a source when no market is named', () => {
    assert.deepEqual(unsourced('Viewing figures settled down at about 8 million.'), ['about 8 million']);
    assert.deepEqual(unsourced('Revenue closed the year 6% higher.'), ['6%']);
  });
});

describe('the currencies the euro replaced are money (TimeBank: "1,850 French francs ($297) a share"; examples written after the fix)', () => {
  it('reads them as money, and the conversion after them as a conversion', () => {
    const figures = analyze('---\npublished: 1995-05-01\n---\n\nThe club paid 40 million guilders for the ground and 900 French francs (£110) a seat.\n').figures;
    assert.deepEqual(figures.map((f) => [f.text, f.kind, f.unit, f.noSourceNeeded?.kind ?? null]), [['40 million guilders', 'money', 'NLG', null], ['900 French francs', 'money', 'FRF', null], ['£110', 'money', 'GBP', 'conversion']]);
  });
});

describe('the speakers\' count opens an inverted attribution (review 78: "…, say two reports."; examples written after the fix)', () => {
  it('reads "…, said three analysts" as the source', () => {
    assert.deepEqual(unsourced('Sales rose 5% in the quarter, said three analysts.'), []);
    assert.deepEqual(unsourced('Prices will fall 3% this year, say 12 economists.'), []);
  });

  it('still leaves a count that is not a speaker unsourced', () => {
    assert.deepEqual(unsourced('Prices fell 3%, hitting 12 retailers.'), ['3%', '12']);
  });
});

describe('a demand is sourced by who makes it (review 80: "The TUC welcomed the increase, but has called for a £6 minimum wage"; examples written after the fix)', () => {
  it('reads the subject of a verb of demanding as the source of its object', () => {
    assert.deepEqual(unsourced('The nurses\' union demanded a 7% pay rise for its members.'), []);
    assert.deepEqual(unsourced('Ratepayers in Hull have demanded a refund of £40 each.'), []);
    assert.deepEqual(unsourced('Greenpeace is pressing for a cut of 60% in emissions by 2030.'), []);
    assert.deepEqual(unsourced('The mayor praised the plan but has called for 500 more police officers.'), []);
  });

  it('does not reach a clause of fact inside the demand, a figure before it, or a future demand', () => {
    assert.deepEqual(unsourced('Campaigners urged the council to act because 1,200 homes flooded last winter.'), ['1,200']);
    assert.deepEqual(unsourced('Rents rose 9% and tenants demanded a freeze.'), ['9%']);
    // A wish is no statement (the figures dev set: "Prosecutors wanted the cigarette firms to surrender $280bn").
    assert.deepEqual(unsourced('The unions want a £6 rate.'), ['£6']);
    assert.deepEqual(unsourced('The council will seek £3m from the government.'), ['£3m']);
  });

  it('reads a reporting verb in a clause joined after a comma by "and" or "but" as reporting only its own clause (review 102: "…growth of 6.3%, and economists had been predicting as much as 2%"; examples written after the fix)', () => {
    assert.deepEqual(unsourced('Exports fell 4.2% in March, and analysts said a rebound of 3% was likely.'), ['4.2%']);
    assert.deepEqual(unsourced('The storm cut power to 80,000 homes, but the utility says supplies are back.'), ['80,000']);
    // A speaker in an aside, or a clause with no comma before "and", still reports the whole sentence.
    assert.deepEqual(unsourced('Exports fell 4.2%, analysts said, and imports rose 1%.'), []);
    assert.deepEqual(unsourced('Exports fell 4.2% in March and analysts said a rebound of 3% was likely.'), []);
  });

  it('reads a count opened by "Another" or "A further" as going on with the account the sentence before attributed (review 102: "SBC said 5,125 positions would go. Another 1,700 will go …"; examples written after the fix)', () => {
    assert.deepEqual(unsourced('The airline said 900 flights were cancelled on Monday. Another 400 were delayed by more than an hour.'), []);
    assert.deepEqual(unsourced('Police said 30 people were hurt. A further 12 were treated at the scene.'), []);
    // Nothing attributed before it, or another opener: the count is the story's own.
    assert.deepEqual(unsourced('Exports rose 5% in May. Another 300 jobs will go.'), ['5%', '300']);
    assert.deepEqual(unsourced('The airline said 900 flights were cancelled on Monday. Some 400 were delayed.'), ['Some 400']);
  });

  it('leaves a statement after a lead-in sourced by its speaker when a demand in it does not reach the figure', () => {
    assert.deepEqual(unsourced('The health secretary said:\n\nWe have urged every trust to act and have already ensured 90% of clinics open at weekends.'), []);
  });
});

describe('a speaker after a wh-word, and "suggests" inverted (review 81: "That\'s why the Kok report recommends … 14 key indicators", "the government, suggests Mr Davies, could act"; examples written after the fix)', () => {
  it('reads the subject after "why", "how" or "when" as the source', () => {
    assert.deepEqual(unsourced('That is why the audit office recommends that councils cut 12 posts.'), []);
    assert.deepEqual(unsourced('Prices fell when the statistics agency said output was 2% lower.'), []);
  });

  it('reads "…, suggests Ms Reyes, …" and "…, suggests Ms Reyes." as the source', () => {
    assert.deepEqual(unsourced('The council, suggests Ms Reyes, could save 15% by sharing offices.'), []);
    assert.deepEqual(unsourced('The council could save 15% by sharing offices, suggests Ms Reyes.'), []);
  });

  it('still leaves "This suggests" without a speaker', () => {
    assert.deepEqual(unsourced('This suggests that 5% of voters are undecided.'), ['5%']);
  });
});

describe('currencies named with their country, and a sentence\'s first word read as a verb before a name (review 82: "(£9.1bn; 745bn Indian rupees)", "Xerox Corp. has told employees … that it is laying off about 300"; examples written after the fix)', () => {
  it('reads "Indian rupees", "Mexican pesos" as money, so a second conversion in brackets is a conversion', () => {
    assert.deepEqual(reasons('The airline is worth $2bn (£1.6bn; 166bn Indian rupees).'), ['$2bn: unsourced', '£1.6bn: conversion', '166bn Indian rupees: conversion']);
    const figure = analyze('---\npublished: 2025-11-12\n---\n\nThe plant cost 900m Mexican pesos.\n').figures[0];
    assert.deepEqual([figure.text, figure.kind, figure.unit], ['900m Mexican pesos', 'money', 'MXN']);
  });

  it('reads "Xerox Corp." and "Visit London" as the speaker though the tagger reads their first word as a verb', () => {
    assert.deepEqual(unsourced('Xerox Corp. has told staff that it will cut about 300 jobs.'), []);
    assert.deepEqual(unsourced('Visit London said 5% more tourists came.'), []);
  });
});

describe('a second market move told by a coordinated trading verb (review 83: "Shares fell 1% to 510.75 pence in London, and dropped by 1.2% to 50.50 euros in Amsterdam"; examples written after the fix)', () => {
  it('reads the second move and the level it took the share to as market quotes', () => {
    assert.deepEqual(reasons('Shares in Ahold fell 2% to 640 pence in London and slid 2.4% to 9.10 euros in Amsterdam.'), ['2%: market', '640 pence: market', '2.4%: market', '9.10 euros: market']);
  });

  it('leaves a second clause with a subject of its own', () => {
    assert.deepEqual(unsourced('Shares in Tesco fell 2% to 300p, and sales dropped 3% to £4bn.'), ['3%', '£4bn']);
  });
});

describe('the level a market move closed at (review 84: "The Nikkei index of leading shares gained 7.6% during the year to close at 11,488.76 points"; examples written after the fix)', () => {
  it('reads the level after "to close at" or "to end at" as a market quote', () => {
    assert.deepEqual(reasons('The FTSE 100 index fell 1.2% over the week to end at 4,810.5 points.'), ['1.2%: market', '4,810.5: market']);
  });

  it('leaves a level told in another clause', () => {
    assert.deepEqual(reasons('The FTSE 100 index fell 1.2% over the week, while analysts expect the year to end at 4,810.5 points.'), ['1.2%: market', '4,810.5: sourced']);
  });
});

describe('a place given after a ranking noun, and all of what an owner has (review 85: "With his ranking down at 168", "on all 25 of its channels"; examples written after the fix)', () => {
  it('reads a number after "ranking" and a few link words as a place, not a figure', () => {
    assert.deepEqual(unsourced('With her ranking down at 212, few gave her a chance.'), []);
    assert.deepEqual(unsourced('His world ranking of 45 is his best.'), []);
  });

  it('reads "all N of its" as a fact of record, as "its N" is', () => {
    assert.deepEqual(reasons('The broadcaster will show the film on all 40 of its channels.'), ['40: record']);
  });

  it('leaves counts after other nouns, and a part of what an owner has', () => {
    assert.deepEqual(unsourced('The league table shows 300 firms improved.'), ['300']);
    assert.deepEqual(reasons('All 25 of the firm\'s stores closed.'), ['25: unsourced']);
  });
});

describe('review 86: a rate\'s base after "per", a tally told by any verb, shares read through "they"', () => {
  it('reads a power of ten after "per" or "for every" as the base a rate is quoted against, and flags the rate (examples ours, written after the fix)', () => {
    assert.deepEqual(unsourced('Each bond was sold at $412.50 per $1,000 face value.'), ['$412.50']);
    assert.deepEqual(unsourced('The region recorded 31 burglaries per 10,000 homes last year.'), ['31']);
    assert.deepEqual(unsourced('The levy adds £3 for every £100 spent.'), ['£3']);
    const base = analyze('---\npublished: 2025-11-12\n---\n\nThe region recorded 31 burglaries per 10,000 homes.\n').figures[1];
    assert.match(describeFigure(base), /the unit a rate is quoted against; the rate \(“31”\) carries the source/);
    // Not a power of ten, or no rate before it: a figure of its own.
    assert.deepEqual(unsourced('The region recorded 31 burglaries per 9,500 homes.'), ['31', '9,500']);
    assert.deepEqual(unsourced('Per 1,000 homes, the cost is high.'), ['1,000']);
  });

  it('reads "by N votes to M" as a vote\'s result whatever past verb tells it, and not a tally still to come', () => {
    assert.deepEqual(unsourced('The assembly threw out the amendment by 41 votes to 29 on Thursday.'), []);
    assert.deepEqual(unsourced('Councillors saw off the challenge by 12 votes to 9.'), []);
    assert.deepEqual(unsourced('Whips hope to see off the rebels by 320 votes to 250.'), ['320', '250']);
    assert.deepEqual(unsourced('The rebels could overturn the ruling by 320 votes to 250.'), ['320', '250']);
  });

  it('reads a share move whose subject is "they" for the shares of the sentence before, and a participle\'s price after a long main clause', () => {
    assert.deepEqual(unsourced('Shares in the Lagos-based lender jumped on their debut.\n\nThey were trading 31% above the offer price at the close on Tuesday, changing hands at 95 naira.'), []);
    // "They" for anything else is no market.
    assert.deepEqual(unsourced('Sales at the chain fell sharply.\n\nThey were 31% below the forecast on Tuesday.'), ['31%']);
  });
});

describe('review 87: a count of the names just listed, and a poll\'s named pollster after "quizzed by"', () => {
  it('reads a count right after a list of names as numbering them (examples ours, written after the fix)', () => {
    assert.deepEqual(unsourced('The regulator fined Ofgem and Ofwat, two utility watchdogs, for the delay.'), []);
    assert.deepEqual(unsourced('Bids came from Alcan, Rio Tinto and BHP, three mining groups.'), []);
    // A count that is not the list's: flagged.
    assert.deepEqual(unsourced('Bids came from Alcan and BHP, 40 mining groups in all.'), ['40']);
    assert.deepEqual(unsourced('The deal with Tesco, 300 stores, closed.'), ['300']);
  });

  it('sources a poll whose pollster is named after "quizzed", "interviewed" or "questioned", and not a count of people questioned by police', () => {
    assert.deepEqual(unsourced('Some 62% of the 2,000 voters quizzed by Survation backed the plan.'), []);
    assert.deepEqual(unsourced('Of 1,500 parents interviewed by Ipsos, 40% said fees were too high.'), []);
    assert.deepEqual(unsourced('About 200 people were questioned by police after the match.'), ['About 200']);
  });
});

describe('review 88: a share price after "began trading"', () => {
  it('reads the -ing form after a verb of beginning or going on as the trading day\'s verb (examples ours, written after the fix)', () => {
    assert.deepEqual(unsourced('Shares in the lender began trading at 95p a share on Monday.'), []);
    assert.deepEqual(unsourced('Shares in the group continued falling, losing 4% by the close.'), []);
    // Not a market: sales that began falling.
    assert.deepEqual(unsourced('Sales began falling by 5% last year.'), ['5%']);
  });
});

describe('review 89: a bracketed restatement, a total of price times count, a passive with its document or hearer, a year in words', () => {
  it('reads a figure that alone fills a bracket after another figure as its restatement, whatever its unit (examples ours, written after the fix)', () => {
    // The reviewer's kind: "$30 million in stock (nearly 1.8 million shares)".
    assert.deepEqual(unsourced('The buyer will pay £12m in shares (about 3 million shares) for the site.'), ['£12m']);
    assert.deepEqual(unsourced('Officers seized 40 kilos of cocaine (worth £2m).'), ['40', '£2m']);
    assert.deepEqual(unsourced('In total, 80 appeals (61 per cent) succeeded.'), ['80']);
    // A bracket that says more than the figure is a figure of its own.
    assert.deepEqual(unsourced('Sales rose to £5m (up 20% on the year).'), ['£5m', '20%']);
    assert.deepEqual(unsourced('Turnover was £5m (2003: £4m).'), ['£5m', '£4m']);
  });

  it('reads money after ", or" that is a price times a count given before it as their total', () => {
    assert.deepEqual(unsourced('The offer is $12.25 for each of the 8 million shares it does not hold, or $98 million.'), ['$12.25', '8 million']);
    // Not the product: a figure of its own.
    assert.deepEqual(unsourced('The offer is $12.25 for each of the 8 million shares it does not hold, or $120 million.'), ['$12.25', '8 million', '$120 million']);
  });

  it('sources a figure told in a passive reporting verb "in" a document, or told to a named hearer', () => {
    assert.deepEqual(unsourced('The fee of $4.2 million was disclosed in a regulatory filing.'), []);
    assert.deepEqual(unsourced('Losses of £30m were revealed in the group\'s annual accounts.'), []);
    assert.deepEqual(unsourced('The inquiry was told that 300 patients had waited more than a year.'), []);
    // An order is no report; nor is a passive with no document or hearer.
    assert.deepEqual(unsourced('About 300 homes were told to boil their water.'), ['About 300']);
    assert.deepEqual(unsourced('Losses of £30m were revealed on Monday.'), ['£30m']);
  });

  it('reads "the stock" as a company\'s shares on the trading day, not a stock of something', () => {
    assert.deepEqual(unsourced('The stock opened last month at $11 apiece.'), []);
    assert.deepEqual(unsourced('The stock slipped back 4% during Tuesday morning.'), []);
    assert.deepEqual(unsourced('The stock of empty offices rose 9% last year.'), ['9%']);
    assert.deepEqual(unsourced('Its stock of unsold cars rose 9%.'), ['9%']);
  });

  it('reads a number in words after "year" as a year, not a figure', () => {
    assert.deepEqual(unsourced('By the year two thousand and ten, the plant had closed.'), []);
    assert.deepEqual(unsourced('Two thousand workers lost their jobs.'), ['Two thousand']);
  });
});

describe('review 90: a fraction of a scale word as US copy writes it ("a half million"), and a mixed number ("two and a half million")', () => {
  it('reads "a half million" and "a quarter billion" as figures with their values (examples ours, written after the fix)', () => {
    assert.deepEqual(unsourced('Nearly a half million homes lost power overnight.'), ['Nearly a half million']);
    const f = analyze('---\npublished: 1998-01-11\n---\n\nThe state spent a quarter billion dollars on roads.\n').figures;
    assert.deepEqual(f.map((x) => [x.text, x.value]), [['a quarter billion dollars', 250_000_000]]);
    // A mixed number is read whole, not its tail as half a million; before a unit of time it is a duration.
    assert.deepEqual(unsourced('There are now three and a half million cars on the roads.'), ['three and a half million']);
    assert.deepEqual(analyze('---\npublished: 1998-01-11\n---\n\nThere are now three and a half million cars.\n').figures.map((x) => x.value), [3_500_000]);
    assert.deepEqual(unsourced('He served three and a half years in jail.'), []);
    // Joined by hyphens, as the docstring promises.
    assert.deepEqual(analyze('---\npublished: 1998-01-11\n---\n\nSome one-and-a-half million homes were hit.\n').figures.map((x) => [x.text, x.value]), [['Some one-and-a-half million', 1_500_000]]);
  });
});

describe('reviews 95–96: a London market report, an age a rule sets, a price range after "for"', () => {
  it('reads an index of so many shares, an index name spelt with a hyphen, and a move joined to its subject by "and" as market quotes (examples ours, written after the fix)', () => {
    assert.deepEqual(unsourced('The Financial Times 30-share index dropped 12.5 points to 1,704.2.'), []);
    assert.deepEqual(unsourced('The FT-SE 100 index slipped 21.3 points.'), []);
    assert.deepEqual(unsourced('The Hang Seng index was hit by selling in property shares and lost 120.5 points to 11,020.3.'), []);
    // The move's comparisons, each "from" its own day, are quotes too.
    assert.deepEqual(unsourced('The FT-SE 100 index fell 30.2 points to close at 2,150.5, down 1.2% from a week earlier and 4.4% from its August peak.'), []);
    // A price index is a statistic, and a company hit by strikes lost its sales, not a trading day's points.
    assert.deepEqual(unsourced('The consumer price index rose 0.4%.'), ['0.4%']);
    assert.deepEqual(unsourced('The company was hit by strikes and lost 5% of its sales.'), ['5%']);
  });

  it('reads a company\'s move and the level it took its shares to ("fell 6 to 512"), or its move per share, as quotes in a market report', () => {
    const report = 'The FTSE 100 index fell 40 points to 5,200. Barclays fell 6 to 512, Vodafone slipped 2.5 to 140.5, and Tesco dipped 3 to 250. Unilever shed 12 pence a share to 1,480 pence.';
    assert.deepEqual(unsourced(report), []);
    // Outside a story that quotes the trading day, the same shapes are claims.
    assert.deepEqual(unsourced('Labour rose 5 to 30. The death toll rose 5 to 286. Unilever shed 12 pence a share.'), ['5 to 30', '5 to 286', '12 pence']);
  });

  it('reads a number that an age word\'s clause sets as an age, not a count', () => {
    assert.deepEqual(unsourced('The voting age is 18.'), []);
    assert.deepEqual(unsourced('The minimum age for drivers will rise to 21.'), []);
    assert.deepEqual(unsourced('The age of consent was lowered to 16 in 2001.'), []);
    assert.deepEqual(unsourced('The total is 18. The number of stations will rise to 21.'), ['18', '21']);
    // An average age is a population's statistic.
    assert.deepEqual(unsourced('The average age of the players is 27.'), ['27']);
  });

  it('sources a figure in what a named body or a pronoun for it believes, as in what it expects (review 97)', () => {
    assert.deepEqual(unsourced('The consultancy Grant Hall said growth would slow. It also believes that rates will fall to 3.5% by the end of the year.'), []);
    assert.deepEqual(unsourced('The bank reckons the index will pass the 30,000 mark.'), []);
    // Nobody named believes it: people unnamed give no source by a belief.
    assert.deepEqual(unsourced('Many people believe 40% is too high.'), ['40%']);
    assert.deepEqual(unsourced('Analysts reckon the index will pass the 30,000 mark.'), ['30,000']);
  });

  it('reads a goal\'s minute with its scoring note and a team sheet\'s attendance field as the match\'s record (review 98)', () => {
    const report = 'Leeds came from behind to beat Hull 2-1, with the striker scoring twice in the second half before the manager praised his defence.\n\nGoals: Ward 12, Bell 81 og.\n\nAtt: 31,402 Ref: P Dowd (Staffs).';
    assert.deepEqual(unsourced(report), []);
    // Outside a sports report a field's count is a claim.
    assert.deepEqual(unsourced('The chancellor will raise fuel duty in the budget.\n\nCost: 4,500 jobs in the north.'), ['4,500']);
  });

  it('reads a count of a time unit with an adjective in -s between as a duration', () => {
    assert.deepEqual(unsourced('She sat on the bench for 31 continuous years.'), []);
    assert.deepEqual(unsourced('He had 40 previous years of service.'), []);
    // A plural noun before the unit is a count of its own.
    assert.deepEqual(unsourced('The 12 clubs years ago agreed.'), ['12']);
  });

  it('reads two prices of one kind after "for" and joined by "to" as one range', () => {
    const f = analyze('---\npublished: 1989-10-30\n---\n\nThe firm bought 254,200 shares for $15.50 to $16.75 each.\n').figures;
    assert.deepEqual(f.map((x) => [x.text, x.value, x.valueMax]), [['254,200', 254_200, null], ['$15.50 to $16.75', 15.5, 16.75]]);
    // A price and a sum more are two figures.
    assert.deepEqual(analyze('---\npublished: 1989-10-30\n---\n\nHe sold it for $5, to $20 more than it cost.\n').figures.map((x) => x.text), ['$5', '$20']);
  });
});

describe('review 104: a speaker past a relative clause, honours counted, a market move past an aside in dashes (examples ours, written after the fix)', () => {
  it('reads the verb after a relative clause between commas as the subject\'s, whatever the tagger read ("The group, whose businesses range from jet engines to NBC, forecast growth of 10-15%")', () => {
    assert.deepEqual(unsourced('The carmaker, whose plants span three continents, forecast profits of $2bn next year.'), []);
    assert.deepEqual(unsourced('The chain, which runs 900 stores, reports sales of £4bn each spring.'), []);
    // With no reporting verb after the clause, the figure stays unsourced.
    assert.deepEqual(unsourced('The carmaker, whose plants span three continents, made profits of $2bn last year.'), ['three', '$2bn']);
  });

  it('reads a count of honours as public record past the small sets ("leads the field with 14 nominations", "picked up three personal bests")', () => {
    assert.deepEqual(unsourced('The musical leads the Olivier shortlist with 13 nominations.'), []);
    assert.deepEqual(unsourced('The relay squad set two personal bests in Birmingham.'), []);
    assert.deepEqual(unsourced('Australia won 49 medals in Athens.'), []);
    // A count of titles is a product range, no honour, once past the small sets.
    assert.deepEqual(unsourced('The publisher had 27 titles that sold a million copies each.'), ['27', 'a million']);
  });

  it('reads a share move whose subject an aside between dashes parts from its verb as the trading day\'s ("Shares in its major shareholder, Patrick Corporation - which owns 46% of Virgin Blue - had dropped 31%")', () => {
    assert.deepEqual(unsourced('Shares in its parent, Halden Group - which holds 60% of the airline - fell 12% by the close.'), ['60%']);
    assert.deepEqual(unsourced('Shares in Corvid - the former state telecoms monopoly - rose 4% on Monday.'), []);
    // A company's results with an aside in dashes are still results.
    assert.deepEqual(unsourced('Sales at Corvid - helped by Christmas - rose 4%.'), ['4%']);
  });
});

describe('review 105: "think" as a belief that sources a named speaker\'s forecast, "since records began", a change and the level it reached (examples ours, written after the fix)', () => {
  it('reads "think" as "believe" is read: a forecast of a named speaker or a pronoun standing for one is sourced, of people unnamed is not', () => {
    assert.deepEqual(unsourced('I think the coach will name four debutants.'), []);
    assert.deepEqual(unsourced('Ms Okoro thinks prices will rise 4% this year.'), []);
    assert.deepEqual(unsourced('Analysts think exports will reach $5bn.'), ['$5bn']);
  });

  it('reads "records" after a function word as the noun, no verb of data ("the highest figure since records began")', () => {
    assert.deepEqual(unsourced('The harvest reached 2.1 million tonnes, the highest figure since records began in 1948.'), ['2.1 million']);
    // A data noun and its verb still source the figure.
    assert.deepEqual(unsourced('The register records 1,200 new cases a year.'), []);
  });

  it('reads a change and the level it reached as two figures, not one range ("fell by 32,000 to 1.41 million")', () => {
    const figs = (body: string) => analyze(`---\npublished: 2025-11-12\n---\n\n${body}\n`).figures.map((f) => [f.text, f.value, f.valueMax]);
    assert.deepEqual(figs('Claimants fell by 24,000 to 2.3 million.'), [['24,000', 24_000, null], ['2.3 million', 2_300_000, null]]);
    assert.deepEqual(figs('Membership rose 45,000 to 1.2 million.'), [['45,000', 45_000, null], ['1.2 million', 1_200_000, null]]);
    assert.deepEqual(figs('Vacancies rose by 9,000 to 640,500.'), [['9,000', 9_000, null], ['640,500', 640_500, null]]);
    // Ranges stay ranges.
    assert.deepEqual(figs('Fares rose by 3 to 5 per cent.'), [['3 to 5 per cent', 3, 5]]);
    assert.deepEqual(figs('It will cost 2 to 3 million euros.'), [['2 to 3 million euros', 2_000_000, 3_000_000]]);
  });
});

describe('review 106: a count of the attempts that made a result (examples ours, written after the fix)', () => {
  it('reads a count whose noun "of" a result complements as part of that result ("producing two throws of 13.77m")', () => {
    const sport = (line: string) => `Jones takes gold in Birmingham\n\nThe Welsh athlete won the long jump at the indoor championships in Birmingham on Sunday.\n\n${line}`;
    assert.deepEqual(unsourced(sport('Harris was fourth with two throws of 61.20m.')), []);
    // Not a result's: bids of money are claims.
    assert.deepEqual(unsourced('The firm made two bids of £3bn.'), ['two', '£3bn']);
  });
});

describe('review 107: times on the 24-hour clock and an age bracket after "be" (examples ours, written after the fix)', () => {
  it('reads two four-digit times, one with a leading zero, as clock times, not a range of figures ("a curfew between 2200 and 0700")', () => {
    assert.deepEqual(unsourced('The club must close between 2300 and 0600 each night.'), []);
    assert.deepEqual(unsourced('Flights are banned from 2330 to 0530.'), []);
    // A count is still a count.
    assert.deepEqual(unsourced('About 2300 jobs will go.'), ['About 2300']);
  });

  it('reads "over 65" after a form of "be" whose subject is people as an age bracket ("where council tax payers are over 65")', () => {
    assert.deepEqual(unsourced('Drivers who are over 70 must renew their licences.'), []);
    assert.deepEqual(unsourced('Where both tenants are under 25, the grant is halved.'), []);
    // Not when the subject counts things.
    assert.deepEqual(unsourced('The number of complaints was over 65.'), ['over 65']);
  });
});

describe('a forecaster with a relative clause that counts something else (the re-read of review 106; examples ours, written after the fix)', () => {
  it('sources a forecast whose named subject carries a number only inside ", whose …," or ", which …,"', () => {
    assert.deepEqual(unsourced('The airline, which flies 90 routes, expects profits of £45m this year.'), ['90']);
    assert.deepEqual(unsourced('The museum, whose galleries hold 12,000 works, expects 300,000 visitors.'), ['12,000']);
    // A number in the subject's own phrase still makes it a measure, not a forecaster.
    assert.deepEqual(unsourced('Sales of 8,000 cars beat its forecast of 6,000.'), ['8,000', '6,000']);
  });
});

describe('review 109: "in" before a span of time is no ratio (examples ours, written after the fix)', () => {
  it('reads "one in three weeks" as a thing placed in three weeks, not one in three', () => {
    assert.deepEqual(unsourced('The single gave the band its second number one in four weeks.'), []);
    // A ratio of people is still a ratio.
    assert.deepEqual(unsourced('One in four pupils leaves school without a qualification.'), ['One in four']);
  });
});

describe('review 109: the age a rule is changed to (examples ours, written after the fix)', () => {
  it('reads a bare number after "from" or "to" whose phrase hangs on an age word as an age ("raise the pension age … from 60 to 65")', () => {
    assert.deepEqual(unsourced('The bill would raise the retirement age for civil servants from 65 to 68.'), []);
    // A count changed from one number to another is still a count.
    assert.deepEqual(unsourced('The fleet grew from 40 to 52 ships.'), ['40', '52']);
  });
});

describe('review 110: a share told after a count with no comma, and a decimal without its leading zero (examples ours, written after the fix)', () => {
  it('reads a share after "or" as the count before it told again, past the counted noun', () => {
    assert.deepEqual(reasons('The jobless total reached 2.1 million adults or 6.4% last month.'), ['2.1 million: unsourced', '6.4%: restatement']);
    // Two amounts are alternatives, each a figure.
    assert.deepEqual(unsourced('Grants worth £250 or £500 will be paid.'), ['£250', '£500']);
  });
  it('keeps the point of ".5%" and ".03", and ends no range at one', () => {
    const figures = analyze('---\npublished: 2025-11-12\n---\n\nThe rate rose to .5% after inflation of 3.5%.\n').figures;
    assert.deepEqual(figures.map((f) => [f.text, f.value]), [['.5%', 0.5], ['3.5%', 3.5]]);
    assert.deepEqual(unsourced('She won in 52.10 - .03 outside the record.'), ['.03']);
    // A dash between whole numbers is still a range or a score.
    assert.deepEqual(unsourced('Prices rose 20-30% last year.'), ['20-30%']);
  });
});

describe('a figure the sentence gives to a possessor\'s forecast or to a named claim (reviews 109 and 111: "the bank\'s prediction of a 2% price drop", "Mr Blair derided Tory claims they could cut £35bn"; examples ours, written after the fix)', () => {
  it('sources the figure by the possessor of a forecast or a claim, and by a name before "claims" in a noun phrase', () => {
    assert.deepEqual(unsourced('If the council\'s projection of 4,000 new homes is right, schools will be full.'), []);
    assert.deepEqual(unsourced('The minister rejected Labour\'s claim that it would save £3bn.'), []);
    assert.deepEqual(unsourced('Ministers dismissed Green claims they could raise £2bn from the tax.'), []);
  });
  it('leaves a name that is a subject with "claims" as its verb, and a time\'s figures', () => {
    assert.deepEqual(unsourced('The club is expected to bid £30m in June - but Jones claims he is in no hurry.'), ['£30m']);
    assert.deepEqual(unsourced('December\'s figures showed a 5% rise.'), ['5%']);
  });
});

describe('a body\'s make-up is a fact of record (review 115: "the London Assembly, which is made up of 25 members"; examples written after the fix)', () => {
  it('reads a count of members after "made up of", "consists of" or "comprises" as the body\'s record', () => {
    assert.deepEqual(unsourced('The bill goes to the Welsh Senedd, which is made up of 60 members.'), []);
    assert.deepEqual(unsourced('The appeals board comprises seven members.'), []);
  });
  it('keeps a crowd\'s make-up and a count of members that is no body\'s size', () => {
    assert.deepEqual(unsourced('The crowd was made up of 4,000 supporters.'), ['4,000']);
    assert.deepEqual(unsourced('About 60 members walked out.'), ['About 60']);
  });
});

describe('an accuser and an allegation source their figure (review 116: "The SEC had accused Titan of illegally paying $2.1m"; examples written after the fix)', () => {
  it('reads "accused … of" and "alleged" with a speaker as reporting verbs', () => {
    assert.deepEqual(unsourced('The regulator accused the bank of hiding £40m in losses.'), []);
    assert.deepEqual(unsourced('Prosecutors alleged that the pair laundered $6m.'), []);
  });
  it('leaves a participle of the passive after a noun, where no one speaks', () => {
    assert.deepEqual(unsourced('Police arrested 14 people accused of looting shops.'), ['14']);
    assert.deepEqual(unsourced('About 300 traders alleged to have cheated customers were fined.'), ['About 300']);
    assert.deepEqual(unsourced('The banker was accused of hiding £40m.'), ['£40m']);
  });
});

// Fifty-sixth session, from the behaviour oracle's BBC entertainment findings ("50 Cent", "6 Music", "21 Grams",
// "The 39 Steps"): a number that opens a name. Sentences written after the fix.
describe('a number that opens a name', () => {
  it('reads a number before a singular capitalised noun that ends its phrase as a name', () => {
    assert.deepEqual(unsourced('The producer worked with 50 Cent before the tour.'), []);
    assert.deepEqual(unsourced('Listeners of 6 Music wrote to the trust.'), []);
    assert.deepEqual(unsourced("Shares in 19 Entertainment's parent rose."), []);
    // A count of a plural, of a people, of a noun the phrase goes on to, or before a weekday is still a figure.
    assert.deepEqual(unsourced('The chain closed 40 Woolworths stores.'), ['40']);
    assert.deepEqual(unsourced('Some 4,000 Chinese work in the port.'), ['Some 4,000']);
    assert.deepEqual(unsourced('Trading volume reached 312 Friday, up from 250.'), ['312', '250']);
    assert.deepEqual(unsourced('The fund holds 2,500,000 Acme\'s shares.'), ['2,500,000']);
  });

  it('reads a unit written in Title Case, or a number after a capitalised "The" within a sentence, as a name', () => {
    assert.deepEqual(unsourced('Critics praised 21 Grams and Babel.'), []);
    assert.deepEqual(unsourced('Her favourites were Vertigo, The 39 Steps and Rebecca.'), []);
    assert.deepEqual(unsourced('The parcel weighed 21 grams more than declared.'), ['21']);
  });

  it("reads the article's other mentions of the name as the name", () => {
    assert.deepEqual(unsourced('Rapper 50 Cent tops chart\n\nThe album by 50 Cent sold well.'), []);
  });
});

// Fifty-sixth session, review 117: kinds a fresh copy-desk review found. Sentences written after the fix.
describe('review117: chart moves told with "be", a relative clause\'s reporting verb the tagger read as an adjective, a work\'s subject', () => {
  it('reads "were down three places to 10" as a move in a chart and the place it reached', () => {
    assert.deepEqual(reasons('The single was up four spots to 22 this week.'), ['four: result', '22: result']);
    assert.deepEqual(reasons('The school will cut 300 places to 200.'), ['300: unsourced', '200: unsourced']);
  });

  it('reads "who alleged that" after a name as its reporting verb', () => {
    assert.deepEqual(unsourced('The case was brought by regulator Ann Dole, who alleged that the bank hid 700 accounts.'), []);
    assert.deepEqual(unsourced('A clerk who opened the vault found 700 accounts.'), ['700']);
  });

  it('reads a count after a work\'s noun and "about" as what the work is about, not an approximate figure', () => {
    assert.deepEqual(unsourced('Her first novel about three sisters in Lagos sold well.'), []);
    assert.deepEqual(unsourced('The novel cost about £20 to print.'), ['about £20']);
    assert.deepEqual(unsourced('The firm employs about 300 people.'), ['about 300']);
  });
});

describe('review118: a version number before a verb, and a quotation after a quoted phrase in reported speech', () => {
  it('reads "Half-Life 2 feels" as a name\'s number, not a count of "feels" (examples ours, written after the fix)', () => {
    assert.deepEqual(unsourced('In places Gran Turismo 4 seems dated.'), []);
    assert.deepEqual(unsourced('In Leeds 40 families lost their homes.'), ['40']);
  });

  it('gives a quoted phrase inside reported speech to its speaker, and the whole quotation after it too', () => {
    assert.deepEqual(unsourced('Asked about housing, she said councils must "build more and faster". "Right now there are 90,000 families waiting."'), []);
    // A quotation after a sentence with no quotation of its own stays the writer's to attribute.
    assert.deepEqual(unsourced('Asked about housing, she said councils must build more. "Right now there are 90,000 families waiting."'), ['90,000']);
  });
});

describe('review119: a reporting verb in a relative clause whose antecedent is another verb\'s object, or inside an object relative', () => {
  it('reads "the government, which claims …" and "which its makers claim is …" as attributions (examples ours, written after the fix)', () => {
    assert.deepEqual(unsourced('Shareholders are suing the regulator, which claims the bank hid £80m in losses.'), []);
    assert.deepEqual(unsourced('The drug, which its inventors claim is 70% cheaper, was approved.'), []);
    // An indefinite antecedent names no one.
    assert.deepEqual(unsourced('Shareholders are suing a rival, which claims the bank hid £80m in losses.'), ['£80m']);
  });
});

describe('review119: a title dated in brackets, an age group of young people, a part of a thing', () => {
  it('reads "in 12 Angry Men (1957)", "under 14 boys" and "the bottom half of" as no figures (examples ours, written after the fix)', () => {
    assert.deepEqual(unsourced('She was best known for 101 Dalmatians (1961) and other films.'), []);
    assert.deepEqual(unsourced('The school entered its under 16 girls in the cup.'), []);
    assert.deepEqual(unsourced('Rain flooded the lower half of the stadium.'), []);
    // Fewer than a count of young people, half of a population: figures.
    assert.deepEqual(unsourced('Under 400 girls applied.'), ['Under 400']);
    assert.deepEqual(unsourced('Half of the pupils failed.'), ['Half']);
  });
});

describe('review120: a body\'s vote, and a model number before a singular noun', () => {
  it('reads what a named body voted for as its own position, and "Sinclair 128 console" as a model (examples ours, written after the fix)', () => {
    assert.deepEqual(unsourced('The council voted to raise parking charges by 15%.'), []);
    assert.deepEqual(unsourced('Reviewers loved the groundbreaking Sinclair 128 console.'), []);
    // A count after a name still counts a plural or a noun whose plural is its singular.
    assert.deepEqual(unsourced('Tesco 500 staff walked out.'), ['500']);
  });
});

describe('reviews 117, 119, 120: a vague figure\'s message quotes the copy', () => {
  it('quotes the words up to the counted noun as written (examples ours, written after the fix)', () => {
    const messages = analyze('---\npublished: 2025-11-12\n---\n\nThe scheme drew thousands of first-time home buyers.\n').findings.filter((f) => f.rule === 'vague-figure').map((f) => f.message);
    assert.deepEqual(messages, ['Vague figure: “thousands of first-time home buyers” has no attribution or citation in its sentence; give the number and who counted it']);
  });
});
