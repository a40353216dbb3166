// Node's `fs` as the web worker sees it: a file system with nothing in it. The worker build (esbuild.mjs) puts this
// module where the server's code imports `fs`, so workspace files read as absent (no .newsdesk config or registry:
// the defaults apply) and writes fail with a clear error instead of breaking the bundle. Data files never come here:
// they are bundled (core/dataFiles.ts useBundledData).

/** The error Node gives for a missing file, so callers that handle ENOENT handle this too. */
function absent(what: string): Error {
  return Object.assign(new Error(`ENOENT: the web worker has no file system (${what})`), { code: 'ENOENT' });
}

/** fs.Stats as far as the server uses it (type only). */
export interface Stats { mtimeMs: number; size: number; isFile(): boolean; isDirectory(): boolean }

export const existsSync = (): boolean => false;
export function statSync(path: string): Stats { throw absent(`stat ${path}`); }
export function readFileSync(path: string): never { throw absent(`read ${path}`); }
export function writeFileSync(path: string): never { throw absent(`write ${path}`); }
export function mkdirSync(path: string): never { throw absent(`mkdir ${path}`); }
export function readdirSync(path: string): never { throw absent(`readdir ${path}`); }
export function realpathSync(path: string): never { throw absent(`realpath ${path}`); }

/** tinyglobby's globSync over the empty file system (esbuild.mjs aliases `tinyglobby` here too): no files. */
export const globSync = (): string[] => [];
