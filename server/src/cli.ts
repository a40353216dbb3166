// The `newsdesk` command: the same analysis as the editor, for a newsroom's CI (check) and for other tools (extract).
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { isMainThread, parentPort, workerData } from 'worker_threads';
import { globSync } from 'tinyglobby';
import { SEVERITIES } from './core/config';
import type { Severity } from './core/types';
import { outputWriter } from './archive/output';
import { checkFiles, defaultJobs, serveWorker, type WorkerSetup } from './archive/pool';
import { Progress, type ProgressStream } from './archive/progress';
import { changedSince, parseShard, realPath, SelectionError, shardOf } from './archive/select';
import { isDigits } from './core/text/shape';
import { isArticleFileName } from './core/text/names';

const USAGE = `Usage: newsdesk <check|extract> [options] <files, folders or globs…>

  check     report untagged entities, unsourced figures and inconsistent dates
  extract   list every entity, figure and date found, problem or not

Options:
  --format text|json|sarif   output format (default text; sarif for check only)
  --fail-on <severity>       exit 1 when a finding is at this severity or above (default error)
  --jobs <n>                 check on n threads (default: the number of cores)
  --cache                    keep results by content hash; an unchanged article is not analysed again
  --cache-location <dir>     where the cache lives (default .newsdesk/cache in the current folder)
  --changed <git ref>        check only the articles changed since that commit (and new ones)
  --shard <k/n>              check only the k-th of n near-equal parts of the sorted file list
  -h, --help                 show this help

Exit codes: 0 no finding at the failing severity, 1 some finding at it, 2 usage error or a file that could not be checked, 141 the output's reader went away.

Files: .md, .markdown and .txt. Settings come from the nearest .newsdesk/config.yaml.
A progress line is drawn on stderr when it is a terminal.`;

interface Args {
  command: 'check' | 'extract';
  format: 'text' | 'json' | 'sarif';
  failOn?: Exclude<Severity, 'off'>;
  inputs: string[];
  jobs: number;
  cacheDir?: string;
  changed?: string;
  shard?: { index: number; count: number };
}

class UsageError extends Error {}

/** The command line read with node:util parseArgs (strict: unknown options and missing values are usage errors); null asks for the help text. */
function readArgs(argv: string[]): Args | null {
  if (argv.length === 0) return null;
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return null;
  const [command, ...inputs] = positionals;
  if (command !== 'check' && command !== 'extract') throw new UsageError(`Unknown command "${command ?? ''}".`);
  const args: Args = { command, format: 'text', inputs, jobs: defaultJobs() };
  if (values.format !== undefined) {
    const f = values.format;
    if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${f}".`);
    if (f === 'sarif' && command === 'extract') throw new UsageError('extract writes text or json.');
    args.format = f;
  }
  if (values['fail-on'] !== undefined) {
    if (command === 'extract') throw new UsageError('--fail-on applies to check only.');
    const sev = values['fail-on'] as Severity;
    if (!SEVERITIES.includes(sev) || sev === 'off') throw new UsageError(`--fail-on must be hint, info, warning or error.`);
    args.failOn = sev;
  }
  if (values.jobs !== undefined) {
    if (!isDigits(values.jobs) || values.jobs.length > 3 || values.jobs.startsWith('0')) throw new UsageError(`--jobs must be a whole number from 1, not "${values.jobs}".`);
    args.jobs = Number(values.jobs);
  }
  if (values['cache-location'] !== undefined && !values.cache) throw new UsageError('--cache-location needs --cache.');
  if (values.cache) args.cacheDir = path.resolve(values['cache-location'] ?? path.join('.newsdesk', 'cache'));
  if (values.changed !== undefined) {
    if (!values.changed.trim() || values.changed.startsWith('-')) throw new UsageError(`--changed needs a git ref (a commit, branch or tag), not "${values.changed}".`);
    args.changed = values.changed;
  }
  if (values.shard !== undefined) {
    try {
      args.shard = parseShard(values.shard);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  if (args.inputs.length === 0) throw new UsageError('Give at least one file, folder or glob.');
  return args;
}

const OPTIONS = {
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  jobs: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  changed: { type: 'string' },
  shard: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;


function expandInputs(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (fs.existsSync(input) && fs.statSync(input).isDirectory()) {
      files.push(...globSync('**/*.{md,markdown,txt}', { cwd: input, ignore: ['**/node_modules/**', '**/.newsdesk/**'] }).map((f) => path.join(input, f)).sort());
    } else if (fs.existsSync(input)) files.push(input);
    else {
      const matched = globSync(input, { ignore: ['**/node_modules/**'] }).filter((f) => isArticleFileName(f)).sort();
      if (matched.length === 0) throw new UsageError(`No such file, and no article matches: ${input}`);
      files.push(...matched);
    }
  }
  return [...new Set(files)];
}

const RANK: Record<Exclude<Severity, 'off'>, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** The articles this run checks: the inputs expanded, then narrowed by --changed and --shard. */
function selectFiles(args: Args): string[] {
  let files = expandInputs(args.inputs);
  if (files.length === 0) throw new UsageError(`No articles (.md, .markdown, .txt) in ${args.inputs.join(', ')}.`);
  if (args.changed) {
    const changed = changedSince(args.changed, process.cwd());
    files = files.filter((f) => changed.has(realPath(f)));
  }
  if (args.shard) files = shardOf(files, args.shard.index, args.shard.count);
  return files;
}

/**
 * Runs the command line `argv`. `write` receives stdout in pieces (results are written as each file's arrive, in
 * input order); `err` receives stderr lines; `progressStream` (stderr) gets a progress line when it is a terminal.
 * Resolves to the exit code (0, 1 or 2; see USAGE).
 */
export async function run(argv: string[], write: (s: string) => void, err: (s: string) => void, progressStream?: ProgressStream): Promise<number> {
  let args: Args | null;
  let files: string[];
  try {
    args = readArgs(argv);
    if (!args) { write(`${USAGE}\n`); return argv.length === 0 ? 2 : 0; }
    files = selectFiles(args);
  } catch (e) {
    if (e instanceof UsageError || e instanceof SelectionError) { err(`newsdesk: ${e.message}\n\n${USAGE}`); return 2; }
    throw e;
  }
  const output = outputWriter(args.command, args.format, write);
  const progress = new Progress(progressStream ?? { write: () => true }, files.length);
  const printed = new Set<string>();
  const say = (line: string) => { if (progressStream?.isTTY) progress.note(line); else err(line); };
  let unreadable = false;
  let failing = false;
  let done = 0;
  let findings = 0;
  const setup: Omit<WorkerSetup, 'newsdeskWorker'> = { command: args.command, failOn: args.failOn, cacheDir: args.cacheDir };
  await checkFiles(files, setup, args.jobs, __filename, (r) => {
    // Each workspace's config problems once, not once per article.
    for (const note of r.notes) if (!printed.has(note)) { printed.add(note); say(note); }
    if (r.error) {
      // One unreadable or pathological file must not hide the others' results.
      say(`${r.path}: could not be checked (${r.error})`);
      unreadable = true;
    } else if (r.findings?.some((f) => RANK[f.severity] >= RANK[r.failOn])) failing = true;
    findings += r.findings?.length ?? 0;
    output.file(r);
    progress.update(++done, findings);
  });
  progress.done();
  output.end();
  write('\n');
  return unreadable ? 2 : failing && args.command === 'check' ? 1 : 0;
}

if (!isMainThread && (workerData as WorkerSetup | undefined)?.newsdeskWorker) {
  serveWorker(workerData as WorkerSetup, parentPort!);
} else if (require.main === module) {
  // The reader went away (`newsdesk check … | head`): stop at once and quietly, as Unix tools do, with the status a
  // shell gives a program ended by SIGPIPE (128 + 13), so `set -o pipefail` sees an unfinished run.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(141);
  });
  run(process.argv.slice(2), (s) => process.stdout.write(s), (s) => process.stderr.write(`${s}\n`), process.stderr).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => { process.stderr.write(`newsdesk: ${(e as Error).stack ?? e}\n`); process.exitCode = 2; },
  );
}
