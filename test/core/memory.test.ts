// Typing in a long document keeps no old version of it alive: the per-paragraph memos keep strings of their own, not
// slices of the document (V8 keeps a slice as a view of the whole string it was cut from). The typing runs in a worker
// thread (test/helpers/typingMemory.ts, loaded by typingMemory.mjs), whose heap holds only its own work.
import { strict as assert } from 'assert';
import { once } from 'events';
import path from 'path';
import { Worker } from 'worker_threads';

describe('memory while typing', function () {
  this.timeout(120000);

  it('keeps no earlier version of a long document after a dozen one-letter edits', async () => {
    const edits = 12;
    const worker = new Worker(path.join(__dirname, '../helpers/typingMemory.mjs'), { workerData: { marker: 'A long feature to type in', paragraphs: 300, edits } });
    const [reply] = (await once(worker, 'message')) as [{ alive?: number; error?: string }];
    await worker.terminate();
    assert.equal(reply.error, undefined, reply.error);
    // The current text, and at most one more while the next analysis is pending; every earlier version kept alive by
    // a memo would add one.
    assert.ok(reply.alive! <= 2, `${reply.alive} copies of the document are alive after ${edits} edits`);
  });
});
