// The web-worker build of the server (dist/web/server.js, what VS Code for the Web runs) in headless Chromium, served
// from a routed origin with no network: the sample article's diagnostics, hover and tag fix, checked against what a
// user sees and against the Node server's answers for the same document.
import { strict as assert } from 'assert';
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import type { CodeAction, Diagnostic, Hover, TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits, TestClient } from '../helpers/lspClient';
import { haveChromium, INSTALL_HINT, launchChromium } from './codeServer';
import { requireTool, ROOT } from './tools';

const ORIGIN = 'http://newsdesk.test';
/** A document as VS Code for the Web names it: a virtual file system, not `file:`. */
const URI = 'vscode-vfs://github/newsroom/copy/iran-iraq-visit.md';
const SAMPLE = fs.readFileSync(path.join(ROOT, 'examples', 'iran-iraq-visit.md'), 'utf8');

function textOf(d: Diagnostic): string {
  const lines = SAMPLE.split('\n');
  return lines[d.range.start.line].slice(d.range.start.character, d.range.end.character);
}

describe('web worker build in headless Chromium', function () {
  this.timeout(120000);
  let browser: Browser;
  let page: Page;
  let node: TestClient;
  const elsewhere: string[] = [];

  before(async function () {
    requireTool(this, 'Chromium', haveChromium(), INSTALL_HINT);
    const harness = await esbuild.build({ entryPoints: [path.join(ROOT, 'test/editors/web/page.ts')], bundle: true, platform: 'browser', format: 'iife', write: false });
    const files: Record<string, { body: string | Buffer; type: string }> = {
      '/': { body: '<!doctype html><title>Newsdesk worker</title><script src="/page.js"></script>', type: 'text/html' },
      '/page.js': { body: harness.outputFiles[0].text, type: 'text/javascript' },
      '/dist/web/server.js': { body: fs.readFileSync(path.join(ROOT, 'dist/web/server.js')), type: 'text/javascript' },
    };
    browser = await launchChromium();
    const context = await browser.newContext();
    context.on('request', (r) => { if (!r.url().startsWith(ORIGIN)) elsewhere.push(r.url()); });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      const file = url.origin === ORIGIN ? files[url.pathname] : undefined;
      return file ? route.fulfill({ status: 200, contentType: file.type, body: file.body }) : route.abort('internetdisconnected');
    });
    page = await context.newPage();
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => (globalThis as any).newsdesk !== undefined);
    const init = await lsp(page, 'initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } } }) as { capabilities: { hoverProvider: boolean } };
    assert.equal(init.capabilities.hoverProvider, true);
    await notify(page, 'initialized', {});
    await notify(page, 'textDocument/didOpen', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: SAMPLE } });

    node = new TestClient();
    await node.initialize(null);
    await node.open(URI, SAMPLE);
  });
  after(async () => {
    node?.kill();
    await browser?.close();
  });

  // These callbacks run in the page; the repository's tsconfig has no DOM types, hence `any`.
  const lsp = (p: Page, method: string, params: unknown) => p.evaluate(([m, q]) => (globalThis as any).newsdesk.request(m, q), [method, params] as const);
  const notify = (p: Page, method: string, params: unknown) => p.evaluate(([m, q]) => (globalThis as any).newsdesk.notify(m, q), [method, params] as const);
  async function workerDiagnostics(predicate: string): Promise<Diagnostic[]> {
    // `predicate` is the body of a function of `d`, the latest diagnostics (undefined before the first publication).
    await page.waitForFunction(([uri, body]) => new Function('d', body)((globalThis as any).newsdesk.diagnostics[uri]), [URI, predicate] as const, { timeout: 60000 });
    return page.evaluate((uri) => (globalThis as any).newsdesk.diagnostics[uri], URI);
  }

  it('publishes the sample article’s diagnostics, the same as the Node server’s', async () => {
    const diags = await workerDiagnostics('return d !== undefined && d.length > 0');
    const untagged = diags.filter((d) => d.code === 'untagged-entity').map(textOf);
    assert.ok(untagged.includes('Masoud Pezeshkian'), untagged.join(', '));
    assert.ok(untagged.includes('Mohammed Shia al-Sudani'), untagged.join(', '));
    const figures = diags.filter((d) => d.code === 'unsourced-figure').map(textOf);
    for (const f of ['$5 billion', '2,500', '900', '30%']) assert.ok(figures.some((t) => t.includes(f)), `${f} in ${figures.join(' | ')}`);
    assert.ok(diags.every((d) => d.source === 'newsdesk'));
    // The one difference: in Node each diagnostic links to docs/rules.md on disk; the worker has no docs folder.
    const fromNode = await node.waitForDiagnostics(URI, (d) => d.length > 0);
    assert.ok(fromNode.every((d) => d.codeDescription) && diags.every((d) => !d.codeDescription));
    assert.deepEqual(diags, fromNode.map((d) => ({ ...d, codeDescription: undefined })).map((d) => JSON.parse(JSON.stringify(d))));
  });

  it('answers a hover on a name with who it is, as the Node server does', async () => {
    const line = SAMPLE.split('\n').findIndex((l) => l.includes('Masoud Pezeshkian'));
    const position = { line, character: SAMPLE.split('\n')[line].indexOf('Pezeshkian') + 2 };
    const params = { textDocument: { uri: URI }, position };
    const hover = await lsp(page, 'textDocument/hover', params) as Hover;
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /Masoud Pezeshkian/);
    assert.match(value, /Person/i);
    assert.deepEqual(hover, await node.connection.sendRequest('textDocument/hover', params));
  });

  it('tags a name with the quick fix, leaving the journalist’s words as they were, and the diagnostic goes', async () => {
    const diags = await workerDiagnostics('return d !== undefined && d.length > 0');
    const target = diags.find((d) => d.code === 'untagged-entity' && textOf(d) === 'Masoud Pezeshkian')!;
    const params = { textDocument: { uri: URI }, range: target.range, context: { diagnostics: [target] } };
    const actions = await lsp(page, 'textDocument/codeAction', params) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), ((await node.connection.sendRequest('textDocument/codeAction', params)) as CodeAction[]).map((a) => a.title));
    const tag = actions.find((a) => a.title === 'Tag “Masoud Pezeshkian” as person');
    assert.ok(tag, actions.map((a) => a.title).join(' | '));
    const edited = applyEdits(SAMPLE, tag.edit!.changes![URI] as TextEdit[]);
    assert.ok(edited.includes('Iranian President :person[Masoud Pezeshkian] embarked'));
    assert.equal(edited.replace(':person[Masoud Pezeshkian]', 'Masoud Pezeshkian'), SAMPLE, 'only the tag was added');
    await notify(page, 'textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: edited }] });
    const after = await workerDiagnostics(`return d !== undefined && !d.some((x) => x.code === 'untagged-entity' && /Pezeshkian/.test(x.message))`);
    assert.ok(after.some((d) => d.code === 'untagged-entity'), 'other entities are still reported');
  });

  it('reached nothing outside the page’s own origin', () => {
    assert.deepEqual(elsewhere, []);
  });
});
