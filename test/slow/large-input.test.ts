// Slow tier (`npm run test:slow`): a 5 MB article over stdio is analysed, and the server still answers afterwards.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { ROOT, TestClient } from '../helpers/lspClient';

const SAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'iran-iraq-visit.md'), 'utf8');

describe('language server with a very large article', function () {
  let client: TestClient;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-large-'));
  const uriFor = (name: string) => pathToFileURL(path.join(dir, name)).toString();

  before(async () => {
    client = new TestClient();
    await client.initialize(pathToFileURL(dir).toString());
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0, 'the server survived and exits cleanly');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a 5 MB file is analysed, and the server still answers afterwards', async function () {
    this.timeout(120000);
    const uri = uriFor('huge.md');
    const paragraph = SAMPLE.split('\n\n').slice(1).join('\n\n');
    let text = '---\npublished: 2024-09-11\n---\n';
    while (text.length < 5_000_000) text += paragraph + '\n\n';
    await client.open(uri, text);
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0, 110000);
    assert.ok(diags.some((d) => d.code === 'unsourced-figure'));
    const small = uriFor('after-huge.md');
    await client.open(small, 'Trade reached $5 billion.');
    assert.ok((await client.waitForDiagnostics(small, (d) => d.length > 0)).some((d) => d.code === 'unsourced-figure'));
  });
});
