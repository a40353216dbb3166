// Which of the expanded articles a run checks: --changed (git) and --shard (a CI matrix's share).
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/** Thrown for a bad --changed or --shard value; the CLI prints it with the usage text (exit 2). */
export class SelectionError extends Error {}

/**
 * Parses "k/n" (1 ≤ k ≤ n, integers), the --shard convention of Playwright and Jest. Throws SelectionError otherwise.
 */
export function parseShard(value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new SelectionError(`--shard must be k/n with 1 ≤ k ≤ n (for example 2/4), not "${value}".`);
  return { index, count };
}

/**
 * Shard `index` of `count` (1-based) of `files`: contiguous, near-equal parts of the list in its (sorted) order, so
 * the n shards of one archive are disjoint and together check every file once.
 */
export function shardOf<T>(files: readonly T[], index: number, count: number): T[] {
  const from = Math.floor(((index - 1) * files.length) / count);
  const to = Math.floor((index * files.length) / count);
  return files.slice(from, to);
}

function git(args: string[], cwd: string, failure?: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  } catch (e) {
    const err = e as { stderr?: string; code?: string; message: string };
    if (err.code === 'ENOENT') throw new SelectionError('--changed needs git, which is not on the PATH.');
    throw new SelectionError(failure ?? `--changed: git ${args.join(' ')} failed: ${(err.stderr || err.message).trim().split('\n')[0]}`);
  }
}

/**
 * Absolute paths of the files that differ from `ref` in the git work tree containing `cwd`: changed since the commit
 * (committed, staged or not) and new files git does not ignore. Deleted files are left out. Throws SelectionError
 * when `cwd` is not in a work tree, `ref` is unknown, or git is missing.
 */
export function changedSince(ref: string, cwd: string): Set<string> {
  const top = git(['rev-parse', '--show-toplevel'], cwd, `--changed: ${cwd} is not inside a git work tree.`).trim();
  git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top, `--changed: "${ref}" is not a commit in ${top}.`);
  const changed = git(['diff', '--name-only', '--diff-filter=d', '-z', ref, '--'], top).split('\0');
  const untracked = git(['ls-files', '--others', '--exclude-standard', '-z'], top).split('\0');
  return new Set([...changed, ...untracked].filter(Boolean).map((f) => realPath(path.resolve(top, f))));
}

/** `file` with symbolic links resolved (macOS's /tmp is /private/tmp), or as given when it does not exist. */
export function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}
