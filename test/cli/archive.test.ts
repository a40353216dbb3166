// The CLI over an archive (issue 13): worker threads, the result cache, --changed, --shard, the progress line, and
// SARIF valid against the SARIF 2.1.0 JSON Schema.
import { strict as assert } from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import { Progress, progressLine } from '../../server/src/archive/progress';
import { parseShard, shardOf } from '../../server/src/archive/select';
import { run } from '../../server/src/cli';
import { ROOT } from '../helpers/lspClient';

const CLI = path.join(ROOT, 'dist', 'cli.js');

/** The bundled CLI in a process of its own, as CI runs it (worker threads need a script to start). */
function newsdesk(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same command line run in this process on one thread (no start-up cost): what it writes and returns. */
async function inProcess(args: string[]) {
  let stdout = '';
  const stderr: string[] = [];
  const code = await run(['--jobs', '1', ...args], (s) => { stdout += s; }, (s) => stderr.push(s));
  return { code, stdout, stderr: stderr.join('\n') };
}

/** A folder of articles: the two examples and variants of them, each with its own findings. */
function archive(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-archive-'));
  const sample = fs.readFileSync(path.join(ROOT, 'examples', 'iran-iraq-visit.md'), 'utf8');
  const planted = fs.readFileSync(path.join(ROOT, 'examples', 'planted-problems.md'), 'utf8');
  fs.mkdirSync(path.join(dir, 'world'));
  fs.writeFileSync(path.join(dir, 'world', 'iran-iraq.md'), sample);
  fs.writeFileSync(path.join(dir, 'world', 'planted.md'), planted);
  for (let i = 1; i <= 6; i++) {
    fs.writeFileSync(path.join(dir, `brief-${i}.md`), `---\npublished: 2024-09-1${i}\n---\n\nKeller Foods said on Monday it would hire ${i * 150} staff, and Ana Lopes met ${i} ministers in Lagos on Sept. ${10 + i}.\n`);
  }
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'The summit opened on Wednesday, Sept. 12, 2024 and closed on Feb. 30.\n');
  return dir;
}

describe('newsdesk CLI over an archive', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => { dir = archive(); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('with worker threads prints exactly what one thread prints, in file order, in every format', async () => {
    for (const format of ['text', 'json', 'sarif']) {
      const one = await inProcess(['check', '--format', format, dir]);
      const three = newsdesk(['check', '--format', format, '--jobs', '3', dir]);
      assert.equal(three.stdout, one.stdout, format);
      assert.equal(three.code, one.code);
      if (format === 'json') {
        const files = JSON.parse(three.stdout).files.map((f: { path: string }) => path.relative(dir, f.path));
        assert.deepEqual(files, ['brief-1.md', 'brief-2.md', 'brief-3.md', 'brief-4.md', 'brief-5.md', 'brief-6.md', 'notes.txt', 'world/iran-iraq.md', 'world/planted.md']);
      }
    }
    const extract = newsdesk(['extract', '--format', 'json', '--jobs', '2', dir]);
    assert.equal(extract.stdout, (await inProcess(['extract', '--format', 'json', dir])).stdout);
    const lagos = JSON.parse(extract.stdout).files[0].entities.find((e: { text: string }) => e.text === 'Lagos');
    const at = fs.readFileSync(path.join(dir, 'brief-1.md'), 'utf8').indexOf('Lagos');
    assert.deepEqual(lagos, { start: at, end: at + 5, text: 'Lagos', type: 'place', tagged: false, id: null });
  });

  it('loses no article when a worker runs out of its heap: the main thread analyses it and a new worker goes on', async () => {
    const one = await inProcess(['check', '--format', 'json', dir]);
    // 8 MB is too little for any article (the models alone need more): every worker dies on its first one.
    const starved = newsdesk(['check', '--format', 'json', '--jobs', '2', dir], ROOT, { ...process.env, NEWSDESK_WORKER_HEAP_MB: '8' });
    assert.equal(starved.stdout, one.stdout);
    assert.equal(starved.code, one.code);
    const notes = starved.stderr.trim().split('\n');
    assert.equal(notes.length, 9, starved.stderr);
    assert.ok(notes.every((n) => n.endsWith("too big for a checking thread's 8 MB heap; checked on the main thread")), starved.stderr);
  });

  it('the cache answers for unchanged articles and analyses changed ones', async () => {
    const cache = path.join(dir, 'cache');
    const fresh = await inProcess(['check', '--format', 'json', dir]);
    const first = await inProcess(['check', '--format', 'json', '--cache', '--cache-location', cache, dir]);
    assert.equal(first.stdout, fresh.stdout);
    const entries = () => fs.readdirSync(cache).filter((d) => d !== '.gitignore').flatMap((d) => fs.readdirSync(path.join(cache, d)).map((f) => path.join(cache, d, f)));
    assert.equal(entries().length, 9);
    assert.match(fs.readFileSync(path.join(cache, '.gitignore'), 'utf8'), /^\*$/m);
    // Proof that an unchanged article is read from the cache: a doctored entry is what the next run reports.
    const brief = entries().find((f) => fs.readFileSync(f, 'utf8').includes('“Ana Lopes”'))!;
    fs.writeFileSync(brief, fs.readFileSync(brief, 'utf8').replace(/Untagged person: “Ana Lopes”/, 'FROM THE CACHE'));
    const second = await inProcess(['check', '--cache', '--cache-location', cache, dir]);
    assert.match(second.stdout, /FROM THE CACHE/);
    // A changed article is analysed again; so is every article when the settings change.
    fs.writeFileSync(path.join(dir, 'brief-2.md'), fs.readFileSync(path.join(dir, 'brief-2.md'), 'utf8').replace('Ana Lopes', 'Tom Reed'));
    const third = await inProcess(['check', '--cache', '--cache-location', cache, dir]);
    assert.match(third.stdout, /brief-2\.md:5:\d+ untagged-entity Untagged person: “Tom Reed”/);
    assert.equal(entries().length, 10);
    fs.mkdirSync(path.join(dir, '.newsdesk'));
    fs.writeFileSync(path.join(dir, '.newsdesk', 'config.yaml'), 'tagPolicy: all\n');
    assert.doesNotMatch((await inProcess(['check', '--cache', '--cache-location', cache, dir])).stdout, /FROM THE CACHE/);
    // A second run over a warm cache by the bundled CLI on worker threads reads the same entries.
    assert.equal(newsdesk(['check', '--cache', '--cache-location', cache, '--jobs', '2', dir]).stdout, (await inProcess(['check', dir])).stdout);
  });

  it('--changed checks only the articles changed since a commit, and new ones', () => {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Desk', '-c', 'user.email=desk@example.org', ...args], { cwd: dir, encoding: 'utf8' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'archive');
    fs.appendFileSync(path.join(dir, 'brief-3.md'), '\nThe fund raised $4bn.\n');
    fs.writeFileSync(path.join(dir, 'world', 'new.md'), 'Olaf Scholz spoke in Berlin.\n');
    fs.rmSync(path.join(dir, 'brief-4.md'));
    const r = newsdesk(['check', '--format', 'json', '--changed', 'HEAD', '.'], dir);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), ['brief-3.md', 'world/new.md']);
    const bad = newsdesk(['check', '--changed', 'no-such-branch', '.'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--changed: "no-such-branch" is not a commit/);
    const outside = newsdesk(['check', '--changed', 'HEAD', path.join(ROOT, 'examples')], os.tmpdir());
    assert.equal(outside.code, 2);
    assert.match(outside.stderr, /is not inside a git work tree/);
  });

  it('--shard k/n splits the sorted file list into disjoint parts that cover it', async () => {
    const paths = async (args: string[]) => JSON.parse((await inProcess(['check', '--format', 'json', ...args, dir])).stdout).files.map((f: { path: string }) => f.path);
    const all = await paths([]);
    const parts = await Promise.all([1, 2, 3, 4].map((k) => paths(['--shard', `${k}/4`])));
    assert.deepEqual(parts.flat(), all);
    assert.ok(parts.every((p) => p.length >= 2 && p.length <= 3), parts.map((p) => p.length).join(','));
    // More shards than files: some shards are empty, and together they still hold each file once.
    assert.deepEqual([1, 2, 3, 4, 5].map((k) => shardOf([1, 2, 3], k, 5)), [[], [1], [], [2], [3]]);
    for (const bad of ['0/2', '3/2', '1/0', 'two', '1/2/3']) assert.throws(() => parseShard(bad), /--shard must be k\/n/);
    assert.equal((await inProcess(['check', '--shard', '5/4', dir])).code, 2);
  });

  it('explains bad --jobs and --cache-location with exit code 2', async () => {
    for (const args of [['--jobs', '0'], ['--jobs', 'many'], ['--cache-location', 'x']]) {
      const r = await inProcess(['check', ...args, dir]);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, /^newsdesk: --(jobs|cache-location)/);
    }
  });

  it('SARIF output is valid against the SARIF 2.1.0 JSON Schema', () => {
    const schema = JSON.parse(fs.readFileSync(require.resolve('schemastore/schemas/json/sarif-2.1.0.json'), 'utf8'));
    // The OASIS schema's `language` pattern has a stray "]" that only non-Unicode regular expressions accept.
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile(schema);
    const text = newsdesk(['check', '--format', 'sarif', '--jobs', '2', dir]).stdout;
    const log = JSON.parse(text) as { runs: { results: { level: string }[] }[] };
    assert.ok(log.runs[0].results.length > 20);
    // The schema is strict enough to catch a broken log.
    const broken = JSON.parse(text) as typeof log;
    broken.runs[0].results[0].level = 'loud';
    assert.ok(!validate(broken));
    assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
  });

  it('draws no progress line when stderr is not a terminal', () => {
    const r = newsdesk(['check', '--jobs', '2', dir]);
    assert.doesNotMatch(r.stderr, /\r|files\/s/);
  });
});

describe('the progress line', () => {
  it('shows files done, findings, rate and ETA on a terminal, and is erased at the end', () => {
    const written: string[] = [];
    let now = 0;
    const progress = new Progress({ isTTY: true, columns: 100, write: (s) => { written.push(s); return true; } }, 2225, 100, () => now);
    now = 2000;
    progress.update(820, 3410);
    now = 2050;
    progress.update(830, 3420); // within 100 ms of the last drawing: not drawn
    progress.note('a.md: could not be checked (EACCES)');
    now = 3000;
    progress.update(1200, 5000);
    progress.done();
    assert.equal(written.length, 5);
    assert.equal(written[0], `\r\x1b[K${progressLine(820, 2225, 3410, 2000, 100)}`);
    assert.match(written[0], /\[#{8,}-+\] 820\/2,225 files · 3,410 findings · 410 files\/s · ETA 4 s$/);
    assert.deepEqual(written.slice(1, 3), ['\r\x1b[K', 'a.md: could not be checked (EACCES)\n']);
    assert.match(written[3], /1,200\/2,225 files · 5,000 findings · 400 files\/s · ETA 3 s$/);
    assert.equal(written[4], '\r\x1b[K', 'the line is erased when the run ends');
  });

  it('writes nothing to a stream that is not a terminal', () => {
    const written: string[] = [];
    const progress = new Progress({ write: (s) => { written.push(s); return true; } }, 100);
    progress.update(50, 3);
    progress.done();
    assert.deepEqual(written, []);
  });
});
