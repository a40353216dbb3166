// The newsdesk command as a newsroom's CI runs it: text and JSON output per SPEC, exit codes, config files.
import { strict as assert } from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT } from '../helpers/lspClient';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const SAMPLE = path.join(ROOT, 'examples', 'iran-iraq-visit.md');

function newsdesk(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('newsdesk CLI', () => {
  it('check --format json follows the SPEC shape with offsets, ranges and text', () => {
    const r = newsdesk(['check', '--format', 'json', SAMPLE]);
    const out = JSON.parse(r.stdout);
    assert.equal(out.version, 1);
    assert.equal(out.files.length, 1);
    const text = fs.readFileSync(SAMPLE, 'utf8');
    const lines = text.split('\n');
    for (const f of out.files[0].findings) {
      assert.equal(text.slice(f.offset.start, f.offset.end), f.text);
      assert.equal(lines[f.range.start.line].slice(f.range.start.character, f.range.end.character), f.text);
      assert.ok(['hint', 'info', 'warning', 'error'].includes(f.severity));
    }
    const untagged = out.files[0].findings.filter((f: any) => f.rule === 'untagged-entity').map((f: any) => f.text);
    for (const name of ['Masoud Pezeshkian', 'Mohammed Shia al-Sudani', 'Gaza', 'Najaf', 'Karbala', 'Hamas', 'Baghdad', 'Syria', 'Russia', 'Washington']) {
      assert.equal(untagged.filter((t: string) => t === name).length, 1, `${name} flagged once in ${untagged.join(', ')}`);
    }
    for (const word of ['During', 'Both', 'The', 'Millions']) assert.ok(!untagged.includes(word), word);
    const iraq = untagged.filter((t: string) => /^Iraq/.test(t));
    const iran = untagged.filter((t: string) => /^Iran(ian)?$/.test(t));
    assert.ok(iraq.length >= 1 && iran.length >= 1, `Iraq and Iran flagged: ${untagged.join(', ')}`);
    const figures = out.files[0].findings.filter((f: any) => f.rule === 'unsourced-figure').map((f: any) => f.text);
    for (const fig of ['$5 billion', '2,500', '900', '30%']) assert.ok(figures.some((t: string) => t.includes(fig)), `${fig} in ${figures}`);
    for (const not of ['2003', '2015', '2024', 'September 2025', 'three-day', 'first', 'two']) assert.ok(!figures.some((t: string) => t === not), not);
    assert.equal(r.code, 0, 'no error-severity finding on the sample');
  });

  it('check prints file:line:col rule message and exits 1 on an error finding', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-cli-'));
    const file = path.join(dir, 'summit.md');
    fs.writeFileSync(file, '---\npublished: 2024-09-20\n---\n\nThe summit opened on Wednesday, Sept. 12, 2024, and closed on Feb. 30.\n');
    const r = newsdesk(['check', file]);
    assert.equal(r.code, 1, r.stdout + r.stderr);
    assert.match(r.stdout, new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5:\\d+ weekday-mismatch `));
    assert.match(r.stdout, /:5:\d+ impossible-date /);
    fs.rmSync(dir, { recursive: true });
  });

  it('an alias bomb or an unresolved alias in the front matter is one finding; the body is still checked (issue 14)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-cli-'));
    const lines = ['published: 2024-09-11', 'l0: &l0 [x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) lines.push(`l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
    fs.writeFileSync(path.join(dir, 'bomb.md'), `---\n${lines.join('\n')}\n---\n\nTony Blair paid $4 billion.\n`);
    fs.writeFileSync(path.join(dir, 'alias.md'), '---\npublished: 2024-09-11\nx: *a\n---\n\nTony Blair paid $4 billion.\n');
    for (const name of ['bomb.md', 'alias.md']) {
      const r = newsdesk(['check', '--format', 'json', path.join(dir, name)]);
      assert.equal(r.code, 1, r.stderr);
      const rules = (JSON.parse(r.stdout) as { files: { findings: { rule: string }[] }[] }).files[0].findings.map((f) => f.rule);
      assert.deepEqual(rules, ['invalid-front-matter', 'untagged-entity', 'unsourced-figure'], name);
    }
    fs.rmSync(dir, { recursive: true });
  });

  it('extract lists entities, figures and dates; "Wednesday" resolves to 2024-09-11', () => {
    const r = newsdesk(['extract', '--format', 'json', SAMPLE]);
    assert.equal(r.code, 0);
    const file = JSON.parse(r.stdout).files[0];
    const wednesday = file.dates.find((d: any) => d.text === 'Wednesday');
    assert.deepEqual({ value: wednesday.value, relative: wednesday.relative }, { value: '2024-09-11', relative: true });
    const pez = file.entities.find((e: any) => e.text === 'Masoud Pezeshkian');
    assert.deepEqual({ type: pez.type, tagged: pez.tagged, id: pez.id }, { type: 'person', tagged: false, id: null });
    const money = file.figures.find((f: any) => f.text.includes('$5 billion'));
    assert.equal(money.kind, 'money');
    assert.equal(money.value, 5e9);
    assert.equal(money.unit, 'USD');
    assert.equal(money.sourced, false);
    assert.equal(money.needs_source, true);
    assert.equal(money.reason, null);
  });

  it('extract says why a figure needs no source, and where its attribution stands', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-cli-'));
    const text = '---\npublished: 2024-09-11\n---\n\nShares in Tesco closed 2p higher at 250p. The path runs 2,700 miles (4,345km). Some 300 jobs will go, the union said. Landlords face a fine of up to £30,000.\n';
    fs.writeFileSync(path.join(dir, 'a.md'), text);
    const r = newsdesk(['extract', '--format', 'json', path.join(dir, 'a.md')]);
    assert.equal(r.code, 0, r.stderr);
    const figures = JSON.parse(r.stdout).files[0].figures as { text: string; needs_source: boolean; reason: string | null; attribution_span: { start: number; end: number } | null }[];
    const by = (t: string) => figures.find((f) => f.text === t)!;
    assert.deepEqual([by('250p').needs_source, by('250p').reason], [false, 'market result']);
    assert.deepEqual([by('4,345km').needs_source, by('4,345km').reason], [false, 'conversion']);
    assert.deepEqual([by('up to £30,000').needs_source, by('up to £30,000').reason], [false, 'legal maximum']);
    const jobs = by('Some 300');
    assert.deepEqual([jobs.needs_source, jobs.reason], [true, null]);
    assert.equal(text.slice(jobs.attribution_span!.start, jobs.attribution_span!.end), 'the union said');
    const lines = newsdesk(['extract', path.join(dir, 'a.md')]).stdout;
    assert.match(lines, /figure money “250p” = 2\.5 GBP no source needed \(market result\)/);
    fs.rmSync(dir, { recursive: true });
  });

  it('reads .newsdesk/config.yaml: severities and tag policy', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-cli-'));
    fs.mkdirSync(path.join(dir, '.newsdesk'));
    fs.copyFileSync(SAMPLE, path.join(dir, 'a.md'));
    const count = () => JSON.parse(newsdesk(['check', '--format', 'json', path.join(dir, 'a.md')]).stdout).files[0].findings.filter((f: any) => f.rule === 'untagged-entity' && f.text === 'Pezeshkian').length;
    assert.equal(count(), 0, 'policy first: surname mentions are covered');
    fs.writeFileSync(path.join(dir, '.newsdesk', 'config.yaml'), 'tagPolicy: all\n');
    assert.ok(count() >= 3, 'policy all: every untagged mention');
    fs.writeFileSync(path.join(dir, '.newsdesk', 'config.yaml'), 'severities:\n  untagged-entity: off\n');
    assert.equal(count(), 0);
    fs.rmSync(dir, { recursive: true });
  });

  it('explains usage errors with exit code 2', () => {
    const r = newsdesk(['check', '--format', 'xml', SAMPLE]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--format must be text, json or sarif/);
    const missing = newsdesk(['check', 'no/such/file.md']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /No such file/);
  });

  it('judges each file by its own workspace’s failOn, whatever the order', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-cli-'));
    fs.mkdirSync(path.join(dir, 'strict', '.newsdesk'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'strict', '.newsdesk', 'config.yaml'), 'failOn: warning\n');
    fs.writeFileSync(path.join(dir, 'strict', 'clean.md'), 'Nothing to see here.\n');
    const lenient = SAMPLE;
    const strict = path.join(dir, 'strict', 'clean.md');
    assert.equal(newsdesk(['check', lenient, strict]).code, 0);
    assert.equal(newsdesk(['check', strict, lenient]).code, 0);
    fs.rmSync(dir, { recursive: true });
  });

  it('says so when a folder holds no articles, and warns about unknown rule ids in config', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-cli-'));
    const empty = newsdesk(['check', dir]);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /No articles/);
    fs.mkdirSync(path.join(dir, '.newsdesk'));
    fs.writeFileSync(path.join(dir, '.newsdesk', 'config.yaml'), 'severities:\n  unsourced-figures: "off"\n');
    fs.writeFileSync(path.join(dir, 'a.md'), 'Trade reached $5 billion.\n');
    fs.writeFileSync(path.join(dir, 'b.md'), 'Aid reached $2 billion.\n');
    const r = newsdesk(['check', dir]);
    assert.equal((r.stderr.match(/unknown rule "unsourced-figures"/g) ?? []).length, 1, r.stderr);
    fs.rmSync(dir, { recursive: true });
  });

  it('writes SARIF for code-scanning tools', () => {
    const r = newsdesk(['check', '--format', 'sarif', SAMPLE]);
    const sarif = JSON.parse(r.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.some((x: any) => x.ruleId === 'unsourced-figure' && x.locations[0].physicalLocation.region.startLine > 1));
    assert.ok(sarif.runs[0].tool.driver.rules.some((x: any) => x.id === 'weekday-mismatch' && x.defaultConfiguration.level === 'error'));
  });
  it('stops quietly with status 141 when the reader of its output goes away (`newsdesk check … | head -1`)', async () => {
    // Enough findings that the output outlives a reader who takes the first piece and closes the pipe.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-cli-'));
    for (let i = 0; i < 40; i++) fs.copyFileSync(SAMPLE, path.join(dir, `a${i}.md`));
    const child = spawn(process.execPath, [CLI, 'check', '--format', 'json', '--jobs', '1', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    fs.rmSync(dir, { recursive: true });
    assert.equal(stderr, '', 'no stack trace');
    assert.equal(code, 141);
  });
});
