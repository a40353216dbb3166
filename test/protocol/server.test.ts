// Protocol tests: the bundled server spoken to over stdio as an editor would — diagnostics, hover, code actions, edits, shutdown.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { CodeAction, Diagnostic, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits, ROOT, TestClient } from '../helpers/lspClient';

const SAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'iran-iraq-visit.md'), 'utf8');

function positionOf(text: string, needle: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  assert.ok(at >= 0, `${needle} not found`);
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function textOf(text: string, d: Diagnostic): string {
  const lines = text.split('\n');
  assert.equal(d.range.start.line, d.range.end.line);
  return lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
}

describe('language server over stdio', function () {
  let client: TestClient;
  let dir: string;
  let uri: string;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-lsp-'));
    uri = pathToFileURL(path.join(dir, 'article.md')).toString();
    client = new TestClient();
    const init = await client.initialize(pathToFileURL(dir).toString());
    assert.equal(init.capabilities.hoverProvider, true);
  });
  afterEach(async () => {
    client.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('publishes diagnostics on open, with rule ids as codes and exact ranges', async () => {
    await client.open(uri, SAMPLE);
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    const untagged = diags.filter((d) => d.code === 'untagged-entity').map((d) => textOf(SAMPLE, d));
    assert.ok(untagged.includes('Masoud Pezeshkian'), untagged.join(', '));
    assert.ok(untagged.includes('Mohammed Shia al-Sudani'), untagged.join(', '));
    const figures = diags.filter((d) => d.code === 'unsourced-figure').map((d) => textOf(SAMPLE, d));
    for (const f of ['$5 billion', '2,500', '900', '30%']) assert.ok(figures.some((t) => t.includes(f)), `${f} in ${figures.join(' | ')}`);
    assert.ok(diags.every((d) => d.source === 'newsdesk'));
  });

  it('tags an entity with a quick fix, and the diagnostic disappears after the edit', async () => {
    await client.open(uri, SAMPLE);
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    const target = diags.find((d) => d.code === 'untagged-entity' && textOf(SAMPLE, d) === 'Masoud Pezeshkian');
    assert.ok(target);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: target.range, context: { diagnostics: [target] },
    })) as CodeAction[];
    const tag = actions.find((a) => a.title === 'Tag “Masoud Pezeshkian” as person');
    assert.ok(tag, actions.map((a) => a.title).join(' | '));
    assert.equal(tag.isPreferred, true);
    const edited = applyEdits(SAMPLE, tag.edit!.changes![uri] as TextEdit[]);
    assert.ok(edited.includes('Iranian President :person[Masoud Pezeshkian] embarked'));
    assert.equal(edited.replace(':person[Masoud Pezeshkian]', 'Masoud Pezeshkian'), SAMPLE, 'only the tag was added');
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
    const after = await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'untagged-entity' && /Pezeshkian/.test(x.message)));
    assert.ok(after.some((d) => d.code === 'untagged-entity'), 'other entities are still reported');
  });


  it('"Tag all" over many mentions: the diagnostics stay small, and the fix still tags every mention', async () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => `Keller Foods paid ${i + 1} staff a bonus on the day Ana Lopes visited.`);
    const text = `---\npublished: 2024-09-11\n---\n\n${paragraphs.join('\n\n')}\n`;
    fs.mkdirSync(path.join(dir, '.newsdesk'));
    fs.writeFileSync(path.join(dir, '.newsdesk', 'config.yaml'), 'tagPolicy: all\n');
    await client.open(uri, text);
    const diags = await client.waitForDiagnostics(uri, (d) => d.filter((x) => x.code === 'untagged-entity' && textOf(text, x) === 'Ana Lopes').length === 60);
    const target = diags.filter((d) => d.code === 'untagged-entity' && textOf(text, d) === 'Ana Lopes')[41];
    // Each of the 60 diagnostics would otherwise carry the same 120 edits: 7,200 edits per publication.
    assert.ok(JSON.stringify(target.data).length < 2000, `data is ${JSON.stringify(target.data).length} characters`);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } })) as CodeAction[];
    const all = actions.find((a) => a.title === 'Tag all 60 mentions of “Ana Lopes” as person');
    assert.ok(all, actions.map((a) => a.title).join(' | '));
    const edited = applyEdits(text, all.edit!.changes![uri] as TextEdit[]);
    assert.equal(edited.split(':person[Ana Lopes]').length - 1, 60);
    assert.equal(edited.replaceAll(':person[Ana Lopes]', 'Ana Lopes'), text, 'only the tags were added');
  });
  it('inserts a citation tag with a quick fix, and the unsourced-figure diagnostic disappears', async () => {
    await client.open(uri, SAMPLE);
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    const figure = diags.find((d) => d.code === 'unsourced-figure' && textOf(SAMPLE, d).includes('30%'));
    assert.ok(figure);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: figure.range, context: { diagnostics: [figure], only: ['quickfix'] },
    })) as CodeAction[];
    const cite = actions.find((a) => /citation/i.test(a.title));
    assert.ok(cite, actions.map((a) => a.title).join(' | '));
    const edited = applyEdits(SAMPLE, cite.edit!.changes![uri] as TextEdit[]);
    assert.ok(/:cite\[/.test(edited));
    assert.equal(edited.replace(/ ?:cite\[[^\]]*\](\{[^}]*\})?/, ''), SAMPLE, 'the journalist’s words are unchanged');
    // Incremental sync: send only the inserted text.
    const insert = (cite.edit!.changes![uri] as TextEdit[])[0];
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: insert.range, text: insert.newText }] });
    await client.waitForDiagnostics(uri, (d) => d.length > 0 && !d.some((x) => x.code === 'unsourced-figure' && x.range.start.line === figure.range.start.line && /30%/.test(x.message)));
  });

  it('for clients that can select, the citation fix selects the "Source name" placeholder after the edit', async () => {
    const selecting = new TestClient();
    await selecting.initialize(pathToFileURL(dir).toString(), { workspace: { configuration: true }, experimental: { newsdeskSelectRange: true } });
    await selecting.open(uri, SAMPLE);
    const diags = await selecting.waitForDiagnostics(uri, (d) => d.length > 0);
    const figure = diags.find((d) => d.code === 'unsourced-figure' && textOf(SAMPLE, d).includes('30%'))!;
    const actions = (await selecting.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: figure.range, context: { diagnostics: [figure] } })) as CodeAction[];
    const cite = actions.find((a) => a.title === 'Insert a citation tag')!;
    assert.equal(cite.command?.command, 'newsdesk.selectRange');
    const edited = applyEdits(SAMPLE, cite.edit!.changes![uri] as TextEdit[]);
    const range = cite.command!.arguments![1] as { start: { line: number; character: number }; end: { line: number; character: number } };
    assert.equal(edited.split('\n')[range.start.line].slice(range.start.character, range.end.character), 'Source name');
    selecting.kill();
  });

  it('hovers: a later “Pezeshkian” is the same person as “Masoud Pezeshkian”; figures and dates explain themselves', async () => {
    await client.open(uri, SAMPLE);
    await client.waitForDiagnostics(uri, (d) => d.length > 0);
    const hover = (pos: { line: number; character: number }) => client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: pos }) as Promise<Hover | null>;
    const entity = await hover(positionOf(SAMPLE, 'Pezeshkian and Iraqi'));
    const value = (entity?.contents as { value: string }).value;
    assert.match(value, /Masoud Pezeshkian\*\* — Person/);
    assert.match(value, /mentions in this article/);
    const figure = await hover(positionOf(SAMPLE, '30%'));
    assert.match((figure?.contents as { value: string }).value, /No attribution/i);
    const date = await hover(positionOf(SAMPLE, 'Wednesday'));
    assert.match((date?.contents as { value: string }).value, /2024-09-11/);
    assert.equal(await hover({ line: 0, character: 0 }), null);
  });

  it('requests for a version superseded while typing are answered ContentModified and start no analysis (issue 13)', async () => {
    // A long article typed into while the lightbulb asks for code actions at each keystroke, as VS Code does.
    const long = `${SAMPLE}\n\n${SAMPLE.split('---').slice(2).join('---').repeat(40)}`;
    await client.connection.sendNotification('$/setTrace', { value: 'verbose' });
    await client.open(uri, long);
    await client.waitForDiagnostics(uri, (d) => d.length > 0, 30000);
    const range = { start: { line: 10, character: 0 }, end: { line: 10, character: 5 } };
    const answers: Promise<unknown>[] = [];
    for (let version = 2; version <= 11; version++) {
      await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, text: 'x' }] });
      answers.push(client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }).then((r) => r, (e: { code?: number }) => e.code));
    }
    const results = await Promise.all(answers);
    // Versions 2–10 were superseded before their analysis was due: ContentModified (-32801), no answer computed.
    assert.deepEqual(results.slice(0, 9), Array(9).fill(-32801));
    assert.ok(Array.isArray(results[9]), `the last request is answered: ${JSON.stringify(results[9]).slice(0, 200)}`);
    await client.waitForDiagnostics(uri, () => client.traces.some((t) => / version 11 in /.test(t)), 30000);
    const analysed = client.traces.map((t) => / version (\d+) in /.exec(t)?.[1]).filter(Boolean);
    assert.deepEqual(analysed, ['1', '11'], client.traces.join('\n'));
  });

  it('shuts down cleanly on shutdown/exit', async () => {
    await client.open(uri, 'Short text.');
    await client.waitForDiagnostics(uri);
    assert.equal(await client.shutdown(), 0);
  });
});
