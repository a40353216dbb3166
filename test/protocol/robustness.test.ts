// Bad input over LSP (the 5 MB file is in test/slow/): empty, binary, unclosed tags, broken YAML, CRLF, emoji and Arabic — no crash, exact ranges, the rest still analysed.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { ROOT, TestClient } from '../helpers/lspClient';

const SAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'iran-iraq-visit.md'), 'utf8');

/** The text a diagnostic covers, with LSP's line breaks (\n, \r\n) and UTF-16 characters. */
function covered(text: string, d: Diagnostic): string {
  const lines = text.split(/\r\n|\n/);
  if (d.range.start.line === d.range.end.line) return lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
  return lines[d.range.start.line].slice(d.range.start.character);
}

describe('language server with bad input', function () {
  let client: TestClient;
  let n = 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-bad-'));
  const uriFor = (name: string) => pathToFileURL(path.join(dir, `${++n}-${name}`)).toString();

  before(async () => {
    client = new TestClient();
    await client.initialize(pathToFileURL(dir).toString());
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0, 'the server survived every input and exits cleanly');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('an empty file gets no diagnostics and no hover', async () => {
    const uri = uriFor('empty.md');
    await client.open(uri, '');
    assert.deepEqual(await client.waitForDiagnostics(uri), []);
    assert.equal(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }), null);
  });

  it('binary garbage is analysed without a crash', async () => {
    const uri = uriFor('garbage.md');
    let s = '';
    for (let i = 0; i < 20000; i++) s += String.fromCharCode((i * 2654435761) % 0xfffe);
    await client.open(uri, s);
    const diags = await client.waitForDiagnostics(uri);
    assert.ok(Array.isArray(diags));
  });


  it('an unclosed tag gets a clear diagnostic and the rest of the article is still checked', async () => {
    const uri = uriFor('unclosed.md');
    const text = '---\npublished: 2024-09-11\n---\n\nThe leaders met :person[Masoud Pezeshkian and talked.\n\nTrade reached nearly $5 billion in Iraq.\n';
    await client.open(uri, text);
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    const malformed = diags.find((d) => d.code === 'malformed-tag')!;
    assert.equal(covered(text, malformed), ':person[');
    assert.match(malformed.message, /Unclosed tag/);
    assert.ok(diags.some((d) => d.code === 'unsourced-figure' && covered(text, d) === 'nearly $5 billion'));
  });

  it('broken YAML front matter gets an error on the YAML and the article is still checked', async () => {
    const uri = uriFor('yaml.md');
    const text = '---\ntitle: "unterminated\npublished: 2024-09-11\n---\n\nWashington keeps 2,500 troops in Iraq.\n';
    await client.open(uri, text);
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    const yaml = diags.find((d) => d.code === 'invalid-front-matter')!;
    assert.ok(yaml.range.start.line >= 1 && yaml.range.start.line <= 3);
    assert.match(yaml.message, /not valid YAML/);
    assert.ok(diags.some((d) => d.code === 'unsourced-figure' && covered(text, d) === '2,500'));
  });

  it('CRLF line endings keep ranges exact', async () => {
    const uri = uriFor('crlf.md');
    const text = SAMPLE.replace(/\n/g, '\r\n');
    await client.open(uri, text);
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    const names = diags.filter((d) => d.code === 'untagged-entity').map((d) => covered(text, d));
    assert.ok(names.includes('Masoud Pezeshkian') && names.includes('Najaf'), names.join(', '));
    assert.ok(diags.filter((d) => d.code === 'unsourced-figure').every((d) => /\d/.test(covered(text, d))));
  });

  it('emoji and Arabic script next to names keep UTF-16 ranges exact', async () => {
    const uri = uriFor('unicode.md');
    const text = 'President Masoud Pezeshkian 🇮🇷 (مسعود پزشکیان) met — in Baghdad 😀 — Mohammed Shia al-Sudani.\n';
    await client.open(uri, text);
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    const names = diags.filter((d) => d.code === 'untagged-entity').map((d) => covered(text, d));
    for (const name of ['Masoud Pezeshkian', 'Baghdad', 'Mohammed Shia al-Sudani']) assert.ok(names.includes(name), `${name} in ${names.join(', ')}`);
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: text.indexOf('Sudani') } })) as Hover;
    assert.match((hover.contents as { value: string }).value, /Mohammed Shia al-Sudani/);
  });
});
