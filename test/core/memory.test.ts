// Typing in a long document keeps no old version of it alive: the per-paragraph memos keep strings of their own, not
// slices of the document (V8 keeps a slice as a view of the whole string it was cut from).
import { strict as assert } from 'assert';
import { getHeapSnapshot } from 'v8';
import { analyze } from '../../server/src/core/analyze';

const MARKER = 'A long feature to type in';

/** A feature of `paragraphs` distinct paragraphs with names, figures, dates and a quotation each. */
function feature(paragraphs: number): string {
  const out = [`---\npublished: 2024-09-11\n---\n\n# ${MARKER}`];
  for (let i = 0; i < paragraphs; i++) {
    out.push(`Councillor Amina Okafor-${i} said on Tuesday that the Harbour Trust had spent £${i + 2}m on the Northgate ` +
      `works in ${2000 + (i % 24)}, and "the next ${i + 3} months will decide it", according to the Lagos Port Authority.`);
  }
  return out.join('\n\n');
}

/**
 * The heap's flat strings of at least `bytes` bytes that hold `marker` in their first kilobyte (a heap snapshot
 * collects garbage first).
 */
async function stringsHolding(marker: string, bytes: number): Promise<number> {
  const chunks: string[] = [];
  for await (const chunk of getHeapSnapshot()) chunks.push(String(chunk));
  const snapshot = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const { node_fields: fields, node_types: [types] } = snapshot.snapshot.meta;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  let n = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt]];
    if (type === 'string' && snapshot.nodes[i + sizeAt] >= bytes && snapshot.strings[snapshot.nodes[i + nameAt]].includes(marker)) n++;
  }
  return n;
}

describe('memory while typing', function () {
  this.timeout(120000);

  it('keeps no earlier version of a long document after a dozen one-letter edits', async () => {
    let text = feature(300);
    analyze(text);
    const edits = 12;
    for (let i = 0; i < edits; i++) {
      const at = Math.floor(text.length * (0.1 + 0.07 * i));
      text = `${text.slice(0, at)}x${text.slice(at)}`;
      analyze(text);
    }
    // The current text, and at most one more while the next analysis is pending; every earlier version kept alive by
    // a memo would add one.
    const alive = await stringsHolding(MARKER, text.length / 2);
    assert.ok(alive <= 2, `${alive} copies of the document are alive after ${edits} edits`);
  });
});
