// Runs a bundled CommonJS entry point from a V8 code cache kept between runs, so a language server or a CLI that
// starts cold does not parse and compile its 5.7 MB bundle again. Node 20 has no module compile cache of its own
// (module.enableCompileCache came in Node 22), and the library for it (v8-compile-cache) keeps the code V8 makes at
// compile time, which is only the bundle's top level: measured here on the server's cold start (2026-12-01, 9 runs
// each), that cache saved nothing, while the cache taken after the first analysis (every function that analysis
// compiled, 6.5 MB) took the median from about 530 ms to 420 ms. This module is deliberately tiny and imports only
// Node's own modules: it is bundled on its own (esbuild.mjs), in front of the bundle it runs.
import { createHash } from 'crypto';
import * as fs from 'fs';
import Module, { createRequire } from 'module';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';

/** When the cache is written: this long after start (the first document's analysis is done by then), or at exit. */
const WRITE_AFTER_MS = 10_000;

/**
 * The folder for code caches: `NEWSDESK_COMPILE_CACHE` when set (`off` turns the cache off: null), else the user's
 * cache folder (`%LOCALAPPDATA%`, `$XDG_CACHE_HOME` or `~/.cache`) + `newsdesk/v8`. Per user, never a shared temporary
 * folder: a code cache is code, and another user must not be able to plant one.
 */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env.NEWSDESK_COMPILE_CACHE;
  if (chosen === 'off' || chosen === '0') return null;
  if (chosen) return chosen;
  const base = env.LOCALAPPDATA ?? env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache');
  return path.join(base, 'newsdesk', 'v8');
}

/**
 * The cache file for `source` run by this Node: named by a hash of the source text, Node's version, the CPU
 * architecture and Node's flags. V8 checks only a cache's source length and its flags, so the name must change
 * whenever the bundle does; the flags are in the name so a debug start (`--inspect`) does not overwrite the cache of
 * a normal one.
 */
export function cacheFileFor(dir: string, bundle: string, source: string | Buffer): string {
  const runtime = [process.version, process.arch, ...process.execArgv].join('\0');
  const key = createHash('sha1').update(source).update(`\0${runtime}`).digest('hex').slice(0, 20);
  return path.join(dir, `${path.basename(bundle, '.js')}-${key}.v8`);
}

/** The cache's bytes, or undefined when there is none or it cannot be read. */
function readCache(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the cache through a temporary file and a rename, so a concurrent start never reads half of one. */
function writeCache(file: string, script: vm.Script): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
    fs.renameSync(tmp, file);
  } catch {
    // A read-only or full disk: the next start compiles again, as without a cache.
  }
}

/**
 * Runs `bundle` (an absolute path to a CommonJS file) as a module required by `launcher`, and as the program's main
 * module when the launcher is (`main`: the launcher's `require.main`). It is compiled from the code cache when a valid
 * one exists; a new cache is written (once, WRITE_AFTER_MS after start or at exit, whichever is first) when there was
 * none or V8 rejected it; with `NEWSDESK_COMPILE_CACHE=off` the bundle is compiled afresh each time. Returns the
 * bundle's exports.
 * @throws whatever the bundle throws while it loads; never for a missing, stale or unwritable cache.
 */
export function runWithCompileCache(bundle: string, launcher: NodeModule, main: NodeModule | undefined): unknown {
  const dir = compileCacheDir();
  // Hashed as read: hashing the string would encode its 2–6 MB to UTF-8 again.
  const bytes = fs.readFileSync(bundle);
  const source = bytes.toString('utf8');
  const file = dir && cacheFileFor(dir, bundle, bytes);
  const cachedData = file ? readCache(file) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  if (file && (!cachedData || script.cachedDataRejected)) {
    let written = false;
    const write = () => { if (!written) { written = true; writeCache(file, script); } };
    setTimeout(write, WRITE_AFTER_MS).unref();
    process.once('exit', write);
  }
  const mod = new Module(bundle, launcher);
  mod.filename = bundle;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(bundle));
  const req = createRequire(bundle);
  // The bundle's `require.main === module` tells it whether it is the program (the CLI runs; a require() does not).
  Object.defineProperty(req, 'main', { value: main === launcher ? mod : main });
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(mod.exports, mod.exports, req, mod, bundle, path.dirname(bundle));
  mod.loaded = true;
  return mod.exports;
}
