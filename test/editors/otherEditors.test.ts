// Neovim 0.7, Emacs 28 + eglot and Vim + ALE each drive the bundled server on a fixture: exact ranges, hover text, a quick fix and its diagnostic gone.
import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { freshFixtures, requireServer, requireTool, runTool, SERVER_JS, which } from './tools';

const NAME = 'Masoud Pezeshkian';
const TAGGED = `:person[${NAME}]`;
const HOVER = /^\*\*Masoud Pezeshkian\*\* — Person\n\nNot tagged; recognised by the model as person \(confidence \d+%\)\.\n\n1 mention in this article \(0 tagged\): Masoud Pezeshkian$/;
const ALE_DIR = process.env.NEWSDESK_ALE ?? '/usr/share/vim-ale';

/** Where NAME stands in a fixture, in each unit an editor might count columns in. */
function locate(fixture: string) {
  const lines = fs.readFileSync(path.join(__dirname, 'fixtures', fixture), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(NAME));
  const text = lines[line];
  const before = text.slice(0, text.indexOf(NAME));
  return {
    line, text,
    utf16: before.length,
    bytes: Buffer.byteLength(before, 'utf8'),
    codepoints: [...before].length,
    after: text.replace(NAME, TAGGED),
  };
}

function assertHover(hover: unknown): void {
  assert.equal(typeof hover, 'string', `the server answered the hover with text (got ${JSON.stringify(hover)})`);
  assert.match(hover as string, HOVER);
}

interface Seen { ok: boolean; error?: string | null; editor: string; [key: string]: any }

/** Runs one editor script once for the whole describe block; each `it` then checks one thing the user would see. */
function runEditor(label: string, fixture: string, start: (env: Record<string, string>) => Promise<{ code: number | null; ms: number; stderr: string }>) {
  const state: { seen?: Seen; ms?: number; failure?: string } = {};
  before(async function () {
    requireServer();
    const dir = freshFixtures();
    const out = path.join(dir, `${label}.json`);
    const env = { NEWSDESK_NODE: process.execPath, NEWSDESK_SERVER: SERVER_JS, NEWSDESK_FILE: path.join(dir, fixture), NEWSDESK_OUT: out, NEWSDESK_NAME: NAME, NEWSDESK_ALE: ALE_DIR };
    const run = await start(env);
    state.ms = run.ms;
    if (!fs.existsSync(out)) throw new Error(`${label} wrote no result (exit ${run.code}): ${run.stderr.slice(-2000)}`);
    state.seen = JSON.parse(fs.readFileSync(out, 'utf8')) as Seen;
    if (!state.seen.ok) state.failure = `${label} (${state.seen.editor}) stopped: ${state.seen.error}`;
    console.log(`      ${state.seen.editor}: one scripted run ${run.ms} ms`);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  /** A step's observations, or the editor's own error when it never got that far. */
  return (key: string) => {
    const value = state.seen?.[key];
    if (value === undefined) assert.fail(state.failure ?? `${label} recorded no ${key}`);
    return value;
  };
}

describe('Neovim 0.7 built-in LSP client (fixture with an em dash, an emoji and an Arabic name)', function () {
  this.timeout(60000);
  const at = locate('unicode.md');
  before(function () { requireTool(this, 'nvim', !!which('nvim'), 'apt-get install -y neovim'); });
  const seen = runEditor('nvim', 'unicode.md', (env) => runTool('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(__dirname, 'nvim', 'check.lua')}`], env, 30000));

  it('publishes the diagnostic in UTF-16 and Neovim places it on the name (byte columns)', () => {
    assert.equal(seen('offset_encoding'), 'utf-16');
    const raw = (seen('raw') as any[]).find((d) => d.code === 'untagged-entity' && d.message.includes(NAME));
    assert.deepEqual(raw?.range, { start: { line: at.line, character: at.utf16 }, end: { line: at.line, character: at.utf16 + NAME.length } });
    const shown = (seen('diagnostics') as any[]).find((d) => d.code === 'untagged-entity' && d.message.includes(NAME));
    assert.deepEqual(shown, { code: 'untagged-entity', message: `Untagged person: “${NAME}”`, lnum: at.line, col: at.bytes, end_lnum: at.line, end_col: at.bytes + NAME.length, text: NAME });
  });

  it('hover at the name explains the entity', () => {
    assert.deepEqual(seen('hover_position'), { line: at.line, character: at.utf16 });
    assertHover(seen('hover'));
  });

  it('the "Tag as person" quick fix wraps the name and nothing else', () => {
    assert.ok((seen('actions') as string[]).includes(`Tag “${NAME}” as person`));
    assert.equal(seen('line_after'), at.after);
  });

  it('the diagnostic is gone after the fix', () => {
    assert.ok(!(seen('raw_after') as any[]).some((d) => d.code === 'untagged-entity' && d.message.includes(NAME)));
    assert.ok(seen('version_after') > 0, 'published for the edited version');
  });
});

describe('Emacs 28 + eglot (fixture with an em dash, an emoji and an Arabic name)', function () {
  this.timeout(60000);
  const at = locate('unicode.md');
  before(function () { requireTool(this, 'emacs with eglot', !!which('emacs') && fs.existsSync('/usr/share/emacs/site-lisp/elpa-src') , 'apt-get install -y emacs-nox elpa-eglot'); });
  const seen = runEditor('emacs', 'unicode.md', (env) => runTool('emacs', ['--batch', '-l', path.join(__dirname, 'emacs', 'check.el')], env, 30000));

  it('eglot converts the UTF-16 range and flymake marks exactly the name (character columns)', () => {
    const raw = (seen('raw') as any[]).find((d) => d.code === 'untagged-entity' && d.message.includes(NAME));
    assert.deepEqual(raw?.range, { start: { line: at.line, character: at.utf16 }, end: { line: at.line, character: at.utf16 + NAME.length } });
    const shown = (seen('diagnostics') as any[]).find((d) => d.code === 'untagged-entity' && d.message.includes(NAME));
    assert.deepEqual(shown, { code: 'untagged-entity', message: `newsdesk [untagged-entity]: Untagged person: “${NAME}”`, line: at.line, col: at.codepoints, end_col: at.codepoints + NAME.length, text: NAME });
  });

  it('hover at the name explains the entity', () => {
    assert.deepEqual(seen('hover_position'), { line: at.line, character: at.utf16 });
    assertHover(seen('hover'));
  });

  it('the "Tag as person" quick fix wraps the name and nothing else', () => {
    assert.ok((seen('actions') as string[]).includes(`Tag “${NAME}” as person`));
    assert.equal(seen('line_after'), at.after);
  });

  it('the diagnostic is gone after the fix', () => {
    assert.ok(!(seen('raw_after') as any[]).some((d) => d.code === 'untagged-entity' && d.message.includes(NAME)));
    assert.ok(seen('version_after') > 0, 'published for the edited version');
  });
});

describe('Vim 9 + ALE 3.3 (ASCII fixture: ALE reads LSP columns as bytes)', function () {
  this.timeout(60000);
  const at = locate('ascii.md');
  before(function () { requireTool(this, 'vim with ALE', !!which('vim') && fs.existsSync(path.join(ALE_DIR, 'plugin', 'ale.vim')), 'apt-get install -y vim vim-ale'); });
  const seen = runEditor('vim', 'ascii.md', (env) => runTool('vim', ['-Nu', 'NONE', '-i', 'NONE', '-n', '-es', '-S', path.join(__dirname, 'vim', 'check.vim')], env, 30000));

  it('ALE lists the diagnostic on exactly the name', () => {
    const shown = (seen('diagnostics') as any[]).find((d) => d.code === 'untagged-entity' && d.message.includes(NAME));
    assert.deepEqual(shown, { code: 'untagged-entity', message: `Untagged person: “${NAME}”`, lnum: at.line + 1, col: at.bytes + 1, end_col: at.bytes + NAME.length, text: NAME });
  });

  it('hover at the name explains the entity (preview window)', () => {
    assertHover(seen('hover'));
  });

  it('the "Tag as person" quick fix wraps the name and nothing else', () => {
    assert.ok((seen('actions') as string[]).includes(`Tag “${NAME}” as person`), (seen('actions') as string[]).join(' | '));
    assert.equal(seen('line_after'), at.after);
  });

  it('the diagnostic is gone after the fix', () => {
    assert.ok(!(seen('loclist_after') as any[]).some((d) => d.code === 'untagged-entity' && d.message.includes(NAME)));
  });
});
