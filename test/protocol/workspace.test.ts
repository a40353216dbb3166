// Settings and workspace files over LSP: tag policy from the editor, .newsdesk/config.yaml changes, registry and ignore actions, symbols, inlay hints.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { CodeAction, DocumentSymbol, InlayHint, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { ROOT, TestClient } from '../helpers/lspClient';

const SAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'iran-iraq-visit.md'), 'utf8');
const pezCount = (d: { code?: unknown; message: string }[]) => d.filter((x) => x.code === 'untagged-entity' && /Pezeshkian/.test(x.message)).length;

describe('settings and workspace files over LSP', function () {
  let client: TestClient;
  let dir: string;
  let uri: string;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-ws-'));
    fs.writeFileSync(path.join(dir, 'article.md'), SAMPLE);
    uri = pathToFileURL(path.join(dir, 'article.md')).toString();
    client = new TestClient();
  });
  afterEach(() => {
    client.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('newsdesk.tagPolicy from the editor takes effect on didChangeConfiguration', async () => {
    await client.initialize(pathToFileURL(dir).toString());
    await client.open(uri, SAMPLE);
    await client.waitForDiagnostics(uri, (d) => pezCount(d) === 1);
    client.settings = { tagPolicy: 'all' };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.waitForDiagnostics(uri, (d) => pezCount(d) >= 5);
  });

  it('.newsdesk/config.yaml wins over editor settings and is re-read when it changes', async () => {
    await client.initialize(pathToFileURL(dir).toString());
    client.settings = { tagPolicy: 'all' };
    fs.mkdirSync(path.join(dir, '.newsdesk'));
    fs.writeFileSync(path.join(dir, '.newsdesk', 'config.yaml'), 'tagPolicy: first\n');
    await client.open(uri, SAMPLE);
    await client.waitForDiagnostics(uri, (d) => pezCount(d) === 1);
    fs.writeFileSync(path.join(dir, '.newsdesk', 'config.yaml'), 'tagPolicy: first\nseverities:\n  unsourced-figure: "off"\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(dir, '.newsdesk', 'config.yaml')).toString(), type: 2 }] });
    await client.waitForDiagnostics(uri, (d) => d.length > 0 && !d.some((x) => x.code === 'unsourced-figure'));
  });

  it('a broken config.yaml gets a diagnostic in that file, and articles fall back to defaults', async () => {
    await client.initialize(pathToFileURL(dir).toString());
    fs.mkdirSync(path.join(dir, '.newsdesk'));
    const config = path.join(dir, '.newsdesk', 'config.yaml');
    fs.writeFileSync(config, 'tagPolicy: [all\n');
    await client.open(uri, SAMPLE);
    await client.waitForDiagnostics(uri, (d) => pezCount(d) === 1);
    const configDiags = await client.waitForDiagnostics(pathToFileURL(config).toString(), (d) => d.length > 0);
    assert.match(configDiags[0].message, /Not valid YAML/);
  });

  it('adds an entity to the workspace registry with its id, tags it, and the diagnostic clears', async () => {
    await client.initialize(pathToFileURL(dir).toString(), { workspace: { configuration: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] } } });
    await client.open(uri, SAMPLE);
    const diags = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    const najaf = diags.find((d) => d.code === 'untagged-entity' && /Najaf/.test(d.message))!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: najaf.range, context: { diagnostics: [najaf] } })) as CodeAction[];
    const add = actions.find((a) => a.title.startsWith('Add “Najaf” to the workspace registry'))!;
    assert.ok(add?.command, actions.map((a) => a.title).join(' | '));
    const edits: WorkspaceEdit[] = [];
    client.connection.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
      edits.push(p.edit);
      for (const change of p.edit.documentChanges ?? []) {
        if ('kind' in change) continue;
        const file = new URL(change.textDocument.uri).pathname;
        if (file.endsWith('entities.yaml')) { fs.mkdirSync(path.dirname(file), { recursive: true }); fs.writeFileSync(file, change.edits[0].newText); }
      }
      return { applied: true };
    });
    await client.connection.sendRequest('workspace/executeCommand', { command: add.command!.command, arguments: add.command!.arguments });
    assert.equal(edits.length, 1);
    const registry = fs.readFileSync(path.join(dir, '.newsdesk', 'entities.yaml'), 'utf8');
    assert.match(registry, /- id: najaf\n\s+type: place\n\s+name: Najaf/);
    const articleEdit = edits[0].documentChanges!.find((c) => !('kind' in c) && c.textDocument.uri === uri) as { edits: { newText: string }[] };
    assert.deepEqual(articleEdit.edits.map((e) => e.newText), [':place[', ']{id=najaf}']);
  });

  it('an unsaved buffer with no workspace folder is not offered registry or ignore actions (nothing to write to)', async () => {
    await client.initialize(null);
    const untitled = 'untitled:Untitled-1';
    await client.open(untitled, SAMPLE);
    const diags = await client.waitForDiagnostics(untitled, (d) => d.length > 0);
    const najaf = diags.find((d) => d.code === 'untagged-entity' && /Najaf/.test(d.message))!;
    const titles = ((await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: untitled }, range: najaf.range, context: { diagnostics: [najaf] } })) as CodeAction[]).map((a) => a.title);
    assert.ok(titles.some((t) => t === 'Tag “Najaf” as place'), titles.join(' | '));
    assert.ok(!titles.some((t) => /workspace registry|in this workspace/.test(t)), titles.join(' | '));
  });

  it('an unsaved buffer in a workspace writes "Ignore" to the workspace folder', async () => {
    await client.initialize(pathToFileURL(dir).toString());
    const untitled = 'untitled:Untitled-2';
    await client.open(untitled, SAMPLE);
    const diags = await client.waitForDiagnostics(untitled, (d) => d.length > 0);
    const najaf = diags.find((d) => d.code === 'untagged-entity' && /Najaf/.test(d.message))!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: untitled }, range: najaf.range, context: { diagnostics: [najaf] } })) as CodeAction[];
    const ignore = actions.find((a) => a.title === 'Ignore “Najaf” in this workspace');
    assert.ok(ignore?.command, actions.map((a) => a.title).join(' | '));
    await client.connection.sendRequest('workspace/executeCommand', { command: ignore.command.command, arguments: ignore.command.arguments });
    assert.match(fs.readFileSync(path.join(dir, '.newsdesk', 'config.yaml'), 'utf8'), /Najaf/);
  });

  it('a registry with broken YAML or duplicate ids gets diagnostics in that file, and articles keep working', async () => {
    await client.initialize(pathToFileURL(dir).toString());
    fs.mkdirSync(path.join(dir, '.newsdesk'));
    const registry = path.join(dir, '.newsdesk', 'entities.yaml');
    fs.writeFileSync(registry, '- id: najaf\n  type: place\n  name: Najaf\n- id: najaf\n  type: place\n  name: Najaf city\n');
    await client.open(uri, SAMPLE);
    await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'untagged-entity'));
    const dup = await client.waitForDiagnostics(pathToFileURL(registry).toString(), (d) => d.length > 0);
    assert.match(dup[0].message, /Entity id "najaf" is defined twice/);
    assert.equal(dup[0].range.start.line, 3);
    fs.writeFileSync(registry, '- id: najaf\n  type: [place\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(registry).toString(), type: 2 }] });
    await client.waitForDiagnostics(pathToFileURL(registry).toString(), (d) => d.some((x) => /Not valid YAML/.test(x.message)));
    await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'untagged-entity' && /Najaf/.test(x.message)));
  });

  it('lists the unsourced figures on request (no fix-all: that would fake sourcing)', async () => {
    await client.initialize(pathToFileURL(dir).toString());
    await client.open(uri, SAMPLE);
    await client.waitForDiagnostics(uri, (d) => d.length > 0);
    const list = (await client.connection.sendRequest('workspace/executeCommand', { command: 'newsdesk.listUnsourcedFigures', arguments: [uri] })) as { text: string; rule: string }[];
    assert.deepEqual(list.map((f) => `${f.rule} ${f.text}`), [
      'vague-figure Millions of', 'unsourced-figure nearly $5 billion', 'vague-figure millions of', 'unsourced-figure 30%', 'unsourced-figure around 2,500', 'unsourced-figure 900',
    ]);
  });

  it('lists entities, figures and dates as document symbols, and shows inlay hints for relative dates', async () => {
    await client.initialize(pathToFileURL(dir).toString());
    await client.open(uri, SAMPLE);
    await client.waitForDiagnostics(uri, (d) => d.length > 0);
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name).filter((n) => n !== 'Other entities'), ['People', 'Organisations', 'Places', 'Figures', 'Dates']);
    const people = symbols.find((s) => s.name === 'People')!.children!.map((c) => c.name);
    assert.ok(people.includes('Masoud Pezeshkian') && people.includes('Mohammed Shia al-Sudani'), people.join(', '));
    const hints = (await client.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } } })) as InlayHint[];
    assert.ok(hints.some((h) => /Wed 11 Sep 2024/.test(String(h.label))), JSON.stringify(hints));
  });
});
