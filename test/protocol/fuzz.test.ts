// Seeded fuzzing over stdio (issue 14): mutated articles opened in the real server publish diagnostics whose
// ranges are exactly the core's findings converted by TextDocument.positionAt, and the server survives them all.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../server/src/core/analyze';
import { mutate } from '../helpers/fuzz';
import { ROOT, TestClient } from '../helpers/lspClient';

const ARTICLES = ['iran-iraq-visit.md', 'planted-problems.md'].map((f) => fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8'));

describe('fuzzing the language server over stdio', function () {
  this.timeout(120000);
  let client: TestClient;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-fuzz-'));

  before(async () => {
    client = new TestClient();
    await client.initialize(pathToFileURL(dir).toString());
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0, 'the server survived every input and exits cleanly');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('40 mutated articles: diagnostics at the positions TextDocument gives for the core findings', async () => {
    for (let seed = 7000; seed < 7040; seed++) {
      const { text, names } = mutate(ARTICLES[seed % 2], seed);
      const uri = pathToFileURL(path.join(dir, `fuzz-${seed}.md`)).toString();
      const doc = TextDocument.create(uri, 'markdown', 1, text);
      const expected = analyze(text).findings.map((f) => `${f.rule} ${JSON.stringify(doc.positionAt(f.start))}-${JSON.stringify(doc.positionAt(f.end))}`).sort();
      await client.open(uri, text);
      const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length === expected.length);
      const got = diagnostics.map((d) => `${d.code} ${JSON.stringify(d.range.start)}-${JSON.stringify(d.range.end)}`).sort();
      assert.deepEqual(got, expected, `seed ${seed} (${names.join(', ')})`);
      await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }
  });
});
