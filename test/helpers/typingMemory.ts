// Run in a worker thread by test/core/memory.test.ts: types a dozen one-letter edits into a long feature, analysing
// each version, then counts the copies of the document the worker's heap still holds. A worker has a heap of its own,
// so what earlier tests left in the test process's memos neither counts nor swells the snapshot.
import { parentPort, workerData } from 'worker_threads';
import { getHeapSnapshot } from 'v8';
import { analyze } from '../../server/src/core/analyze';

/** A feature of `paragraphs` distinct paragraphs with names, figures, dates and a quotation each, its heading `marker`. */
function feature(paragraphs: number, marker: string): string {
  const out = [`---\npublished: 2024-09-11\n---\n\n# ${marker}`];
  for (let i = 0; i < paragraphs; i++) {
    out.push(`Councillor Amina Okafor-${i} said on Tuesday that the Harbour Trust had spent £${i + 2}m on the Northgate ` +
      `works in ${2000 + (i % 24)}, and "the next ${i + 3} months will decide it", according to the Lagos Port Authority.`);
  }
  return out.join('\n\n');
}

/**
 * The heap's flat strings of at least `bytes` bytes that hold `marker` (a heap snapshot collects garbage first).
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

const { marker, paragraphs, edits } = workerData as { marker: string; paragraphs: number; edits: number };
let text = feature(paragraphs, marker);
analyze(text);
for (let i = 0; i < edits; i++) {
  const at = Math.floor(text.length * (0.1 + 0.07 * i));
  text = `${text.slice(0, at)}x${text.slice(at)}`;
  analyze(text);
}
// (The current text is alive here; at most one more may be while the next analysis is pending.)
stringsHolding(marker, text.length / 2).then((alive) => parentPort!.postMessage({ alive }), (e: unknown) => parentPort!.postMessage({ error: String(e) }));
