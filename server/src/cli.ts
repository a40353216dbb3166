// The `newsdesk` command: the same analysis as the editor, for a newsroom's CI (check) and for other tools (extract).
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { globSync } from 'tinyglobby';
import { analyze, ruleCatalogue, type Analysis } from './core/analyze';
import { defaultConfig, mergeConfig, SEVERITIES, type Config } from './core/config';
import { findWorkspaceRoot, loadWorkspace } from './core/workspace';
import type { Severity } from './core/types';

const USAGE = `Usage: newsdesk <check|extract> [options] <files, folders or globs…>

  check     report untagged entities, unsourced figures and inconsistent dates
  extract   list every entity, figure and date found, problem or not

Options:
  --format text|json|sarif   output format (default text; sarif for check only)
  --fail-on <severity>       exit 1 when a finding is at this severity or above (default error)

Exit codes: 0 no finding at the failing severity, 1 some finding at it, 2 usage error or a file that could not be checked.
  -h, --help                 show this help

Files: .md, .markdown and .txt. Settings come from the nearest .newsdesk/config.yaml.`;

interface Args {
  command: 'check' | 'extract';
  format: 'text' | 'json' | 'sarif';
  failOn?: Exclude<Severity, 'off'>;
  inputs: string[];
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
  const args: Args = { command, format: 'text', inputs };
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
  if (args.inputs.length === 0) throw new UsageError('Give at least one file, folder or glob.');
  return args;
}

const OPTIONS = {
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const ARTICLE = /\.(md|markdown|txt)$/i;

function expandInputs(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (fs.existsSync(input) && fs.statSync(input).isDirectory()) {
      files.push(...globSync('**/*.{md,markdown,txt}', { cwd: input, ignore: ['**/node_modules/**', '**/.newsdesk/**'] }).map((f) => path.join(input, f)).sort());
    } else if (fs.existsSync(input)) files.push(input);
    else {
      const matched = globSync(input, { ignore: ['**/node_modules/**'] }).filter((f) => ARTICLE.test(f)).sort();
      if (matched.length === 0) throw new UsageError(`No such file, and no article matches: ${input}`);
      files.push(...matched);
    }
  }
  return [...new Set(files)];
}

const RANK: Record<Exclude<Severity, 'off'>, number> = { hint: 0, info: 1, warning: 2, error: 3 };

interface FileResult {
  path: string;
  analysis: Analysis;
  /** This file's own threshold: its workspace config, unless --fail-on overrides it. */
  failOn: Exclude<Severity, 'off'>;
}

export function run(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let args: Args | null;
  try {
    args = readArgs(argv);
    if (!args) { out(USAGE); return argv.length === 0 ? 2 : 0; }
    const files = expandInputs(args.inputs);
    if (files.length === 0) throw new UsageError(`No articles (.md, .markdown, .txt) in ${args.inputs.join(', ')}.`);
    const results: FileResult[] = [];
    const reported = new Set<string>();
    const known = new Set(ruleCatalogue().map((r) => r.id));
    let unreadable = false;
    for (const file of files) {
      const workspace = loadWorkspace(findWorkspaceRoot(path.dirname(file)));
      const problems: string[] = [];
      const config: Config = mergeConfig(defaultConfig(), workspace.config, problems);
      for (const id of Object.keys(config.severities)) if (!known.has(id)) problems.push(`severities: unknown rule "${id}"`);
      // Each workspace's config problems once, not once per article.
      for (const p of problems) if (!reported.has(`${workspace.root}:${p}`)) { reported.add(`${workspace.root}:${p}`); err(`${workspace.root}/.newsdesk/config.yaml: ${p}`); }
      for (const p of workspace.problems) if (!reported.has(`${p.path}:${p.message}`)) { reported.add(`${p.path}:${p.message}`); err(`${p.path}: ${p.message}`); }
      try {
        const text = fs.readFileSync(file, 'utf8');
        const analysis = analyze(text, { config, workspaceEntities: workspace.entities, format: /\.txt$/i.test(file) ? 'text' : 'markdown' });
        results.push({ path: file, analysis, failOn: args.failOn ?? config.failOn });
      } catch (e) {
        // One unreadable or pathological file must not hide the others' results.
        err(`${file}: could not be checked (${(e as Error).message})`);
        unreadable = true;
      }
    }
    if (args.command === 'check') {
      out(args.format === 'json' ? JSON.stringify(checkJson(results), null, 2) : args.format === 'sarif' ? JSON.stringify(sarif(results), null, 2) : checkText(results));
      const failing = results.some((r) => r.analysis.findings.some((f) => RANK[f.severity] >= RANK[r.failOn]));
      return unreadable ? 2 : failing ? 1 : 0;
    }
    out(args.format === 'json' ? JSON.stringify(extractJson(results), null, 2) : extractText(results));
    return unreadable ? 2 : 0;
  } catch (e) {
    if (e instanceof UsageError) { err(`newsdesk: ${e.message}\n\n${USAGE}`); return 2; }
    throw e;
  }
}

function checkText(results: FileResult[]): string {
  const lines: string[] = [];
  let total = 0;
  for (const { path: p, analysis } of results) {
    for (const f of analysis.findings) {
      const pos = analysis.lines.positionAt(f.start);
      lines.push(`${p}:${pos.line + 1}:${pos.character + 1} ${f.rule} ${f.message}`);
      total++;
    }
  }
  lines.push(`${total} finding${total === 1 ? '' : 's'} in ${results.length} file${results.length === 1 ? '' : 's'}`);
  return lines.join('\n');
}

export function checkJson(results: FileResult[]) {
  return {
    version: 1,
    files: results.map(({ path: p, analysis }) => ({
      path: p,
      findings: analysis.findings.map((f) => ({
        rule: f.rule, severity: f.severity, message: f.message,
        offset: { start: f.start, end: f.end }, range: analysis.lines.range(f.start, f.end), text: f.text,
      })),
    })),
  };
}

export function extractJson(results: FileResult[]) {
  return {
    version: 1,
    files: results.map(({ path: p, analysis }) => ({
      path: p,
      entities: analysis.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type, tagged: e.tagged, id: e.id })),
      figures: analysis.figures.map((f) => ({
        start: f.start, end: f.end, text: f.text, kind: f.kind, value: f.value, unit: f.unit, sourced: f.sourced,
        attribution: f.attribution ? f.attribution.text : null,
      })),
      dates: analysis.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value, relative: d.relative, kind: d.kind })),
    })),
  };
}

function extractText(results: FileResult[]): string {
  const lines: string[] = [];
  for (const { path: p, analysis } of results) {
    const at = (o: number) => { const pos = analysis.lines.positionAt(o); return `${p}:${pos.line + 1}:${pos.character + 1}`; };
    for (const e of analysis.entities) lines.push(`${at(e.start)} entity ${e.type} “${e.text}”${e.tagged ? ' tagged' : ''}${e.id ? ` id=${e.id}` : ''}`);
    for (const f of analysis.figures) lines.push(`${at(f.start)} figure ${f.kind} “${f.text}” = ${f.value ?? '?'} ${f.unit ?? ''}${f.sourced ? ` sourced by “${f.attribution?.text ?? ''}”` : ' unsourced'}`);
    for (const d of analysis.dates) {
      lines.push(d.kind === 'duration' ? `${at(d.start)} duration “${d.text}”` : `${at(d.start)} date “${d.text}” = ${d.value ?? 'unresolved'}${d.relative ? ' (relative)' : ''}`);
    }
  }
  return lines.join('\n');
}

/** A SARIF 2.1.0 log of every finding (types from @types/sarif). */
function sarif(results: FileResult[]): Log {
  const level = (s: Exclude<Severity, 'off'>): Result.level => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
  const rules: ReportingDescriptor[] = ruleCatalogue().map((r) => ({ id: r.id, shortDescription: { text: r.description }, defaultConfiguration: { level: level(r.severity) } }));
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{
      tool: { driver: { name: 'newsdesk', rules } },
      results: results.flatMap(({ path: p, analysis }) => analysis.findings.map((f): Result => {
        const r = analysis.lines.range(f.start, f.end);
        return {
          ruleId: f.rule, level: level(f.severity), message: { text: f.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: p.split(path.sep).join('/') }, region: { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1, charOffset: f.start, charLength: f.end - f.start } } }],
        };
      })),
    }],
  };
}

if (require.main === module) {
  const code = run(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'));
  process.exitCode = code;
}
