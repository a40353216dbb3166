// Issue 12: date slips in every written form. Each kind has the example and examples of our own written
// after the fix.
import { strict as assert } from 'assert';
import { analyze } from '../../server/src/core/analyze';

/** "rule text | message" for every date finding and figure finding on `body`, published `published`. */
function findings(published: string, body: string): string[] {
  const a = analyze(`---\npublished: ${published}\n---\n\n${body}\n`);
  return a.findings.filter((f) => f.rule !== 'untagged-entity' && f.rule !== 'date-style').map((f) => `${f.rule} ${f.text} | ${f.message}`);
}

describe('dates written in numbers', () => {
  it('reports an ISO date whose day the month does not have, and reads no figure inside it', () => {
    assert.deepEqual(findings('2024-09-11', 'The contract was signed on 2019-02-30.'), ['impossible-date 2019-02-30 | “2019-02-30” does not exist: February has 28 days.']);
    assert.deepEqual(findings('2024-09-11', 'The audit closed on 2023-04-31, the firm said.'), ['impossible-date 2023-04-31 | “2023-04-31” does not exist: April has 30 days.']);
  });

  it('reports a month numbered past 12 and reads no date from it', () => {
    assert.deepEqual(findings('2024-09-11', 'The lease started on 2024-13-01.'), ['impossible-date 2024-13-01 | “2024-13-01” does not exist: no month is numbered 13.']);
    assert.deepEqual(findings('2024-09-11', 'The fee fell due on 14/13/2024.'), ['impossible-date 14/13/2024 | “14/13/2024” does not exist: neither 14 nor 13 is a month.']);
    const a = analyze('---\npublished: 2024-09-11\n---\n\nThe lease started on 2024-13-01.\n');
    assert.deepEqual(a.dates.filter((d) => d.kind === 'date').map((d) => d.text), []);
  });

  it('reports a slashed date that exists in neither order', () => {
    assert.deepEqual(findings('2024-09-11', 'The order is dated 02/30/2024.'), ['impossible-date 02/30/2024 | “02/30/2024” does not exist: February has 29 days.']);
    assert.deepEqual(findings('2024-09-11', 'Payment cleared on 31/04/2024.'), ['impossible-date 31/04/2024 | “31/04/2024” does not exist: April has 30 days.']);
    // A slashed date that exists in one order is a date, not a finding.
    assert.deepEqual(findings('2024-09-11', 'The order is dated 03/04/2024.'), []);
  });

  it('reports a day 0, with no fix', () => {
    const a = analyze('---\npublished: 2024-09-11\n---\n\nThe ban began on 2024-05-00.\n');
    const f = a.findings.find((x) => x.rule === 'impossible-date');
    assert.equal(f?.message, '“2024-05-00” does not exist: no month has a day 0.');
    assert.deepEqual(f?.fixes ?? [], []);
  });
});
