// The launchers' V8 code cache (server/src/launch/compileCache.ts) as a newsroom meets it: the same findings with a
// cache, without one, with a damaged one and with the cache turned off; one cache file per bundle and runtime.
import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../helpers/lspClient';
import { cacheFileFor, compileCacheDir } from '../../server/src/launch/compileCache';
import { analyze } from '../../server/src/core/analyze';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const SAMPLE = path.join(ROOT, 'examples', 'iran-iraq-visit.md');

function check(cacheDir: string) {
  const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', SAMPLE], { encoding: 'utf8', env: { ...process.env, NEWSDESK_COMPILE_CACHE: cacheDir } });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout).files[0].findings.map((f: { rule: string; text: string }) => `${f.rule} ${f.text}`);
}

describe('compile cache', () => {
  it('runs bundles written in ASCII (esbuild.mjs asciiOutput), which find what the sources find in curly quotes and dashes', () => {
    for (const bundle of ['server-bundle.js', 'cli-bundle.js']) {
      const bytes = fs.readFileSync(path.join(ROOT, 'dist', bundle));
      assert.equal(bytes.findIndex((b) => b > 0x7f), -1, `${bundle} holds a byte over 0x7f`);
    }
    const text = '---\npublished: 2024-09-11\n---\n\n“Prices rose 40% – the most since 1990,” said Ana Ruiz. The firm’s 3,000 staff in Leeds — its biggest site — will move.\n';
    const file = path.join(dir, 'curly.md');
    fs.writeFileSync(file, text);
    const r = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', file], { encoding: 'utf8', env: { ...process.env, NEWSDESK_COMPILE_CACHE: 'off' } });
    const bundled = JSON.parse(r.stdout).files[0].findings.map((f: { rule: string; text: string }) => `${f.rule} ${f.text}`);
    const sources = analyze(text).findings.map((f) => `${f.rule} ${text.slice(f.start, f.end)}`);
    assert.ok(sources.length >= 2, sources.join('\n'));
    assert.deepEqual(bundled, sources);
  });

  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-v8-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a cache on the first run, reads it on the next, and finds the same problems each time', () => {
    const plain = check('off');
    assert.ok(plain.length > 10, plain.join('\n'));
    assert.deepEqual(fs.readdirSync(dir), []);
    assert.deepEqual(check(dir), plain);
    const files = fs.readdirSync(dir);
    assert.equal(files.length, 1, files.join(', '));
    assert.match(files[0], /^cli-bundle-[0-9a-f]{20}\.v8$/);
    const cache = path.join(dir, files[0]);
    const written = fs.statSync(cache);
    assert.ok(written.size > 100_000, `a cache of the compiled functions, not only the top level: ${written.size} bytes`);
    assert.deepEqual(check(dir), plain);
    assert.equal(fs.statSync(cache).mtimeMs, written.mtimeMs, 'a valid cache is read, not written again');
  });

  it('runs correctly from a damaged cache and replaces it', () => {
    const plain = check('off');
    check(dir);
    const cache = path.join(dir, fs.readdirSync(dir)[0]);
    const size = fs.statSync(cache).size;
    fs.writeFileSync(cache, Buffer.alloc(size, 7));
    assert.deepEqual(check(dir), plain);
    assert.notDeepEqual(fs.readFileSync(cache), Buffer.alloc(size, 7));
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
  });

  it('names the cache by the bundle text, so a rebuilt bundle never reads the old one', () => {
    const a = cacheFileFor(dir, '/x/cli-bundle.js', 'console.log(1)');
    assert.equal(a, cacheFileFor(dir, '/x/cli-bundle.js', 'console.log(1)'));
    assert.notEqual(a, cacheFileFor(dir, '/x/cli-bundle.js', 'console.log(2)'), 'same length, other text');
    assert.equal(path.dirname(a), dir);
  });

  it('keeps the cache per user, never in the shared temporary folder, and can be turned off', () => {
    assert.equal(compileCacheDir({ NEWSDESK_COMPILE_CACHE: 'off' }), null);
    assert.equal(compileCacheDir({ NEWSDESK_COMPILE_CACHE: '/somewhere' }), '/somewhere');
    assert.equal(compileCacheDir({ XDG_CACHE_HOME: '/home/ed/.cache' }), path.join('/home/ed/.cache', 'newsdesk', 'v8'));
    assert.equal(compileCacheDir({}), path.join(os.homedir(), '.cache', 'newsdesk', 'v8'));
  });

  it('gives the CLI\'s exports to a require() without running the command', () => {
    const r = spawnSync(process.execPath, ['-e', `const c = require(${JSON.stringify(CLI)}); process.stdout.write(typeof c.run)`, 'check', SAMPLE], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'function');
  });
});
