// Bundles the client, the server and the CLI into dist/ (CommonJS, Node 20), each a single file; and the web client
// and the web-worker server into dist/web/ for VS Code for the Web.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

const watch = process.argv.includes('--watch');
// ESM dependencies read import.meta.url; in a CommonJS bundle it is this file's URL.
const importMetaUrl = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";
const common = {
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning',
  define: { 'import.meta.url': '__importMetaUrl' }, banner: { js: importMetaUrl },
};

/**
 * The module `newsdesk:data`: every file in data/ but the README, as DATA_FILES (name → text, or bytes for a gzipped
 * file), so the web worker reads its model and word lists without a file system.
 */
const bundledData = {
  name: 'newsdesk:data',
  setup(build) {
    const dataDir = path.resolve('data');
    build.onResolve({ filter: /^newsdesk:data$/ }, () => ({ path: 'data', namespace: 'newsdesk-data' }));
    build.onResolve({ filter: /^newsdesk-data-file:/ }, (args) => ({ path: path.join(dataDir, args.path.slice('newsdesk-data-file:'.length)) }));
    build.onLoad({ filter: /.*/, namespace: 'newsdesk-data' }, () => {
      const names = fs.readdirSync(dataDir).filter((n) => n !== 'README.md').sort();
      const imports = names.map((n, i) => `import f${i} from ${JSON.stringify(`newsdesk-data-file:${n}`)};`);
      const entries = names.map((n, i) => `[${JSON.stringify(n)}, f${i}]`).join(', ');
      return { contents: `${imports.join('\n')}\nexport const DATA_FILES = new Map([${entries}]);\n`, loader: 'js', watchDirs: [dataDir] };
    });
    build.onLoad({ filter: /\.(txt|json|gz)$/ }, (args) => {
      if (path.dirname(args.path) !== dataDir) return undefined;
      return { contents: fs.readFileSync(args.path), loader: args.path.endsWith('.gz') ? 'binary' : 'text' };
    });
  },
};

/**
 * Rewrites each non-ASCII character left in a Node bundle (esbuild escapes those of strings, not those of regular
 * expression literals and kept comments) as a \u escape, so that the bundle is ASCII: Node reads an ASCII file into
 * a one-byte string, several times faster than the two-byte string a single non-ASCII character forces (about 80 ms
 * less for the server's bundle at each cold start, 2026-12-04). A character after a lone backslash (an identity escape
 * in a regular expression: `\–`) takes the backslash into its escape; a character outside the BMP becomes its two
 * surrogate escapes, which a `u` regular expression reads as the one code point.
 */
const asciiOutput = {
  name: 'newsdesk:ascii',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length > 0) return;
      const file = build.initialOptions.outfile;
      const text = fs.readFileSync(file, 'utf8');
      if (!/[^\0-\x7f]/.test(text)) return;
      const escape = (c) => [...Array(c.length).keys()].map((k) => `\\u${c.charCodeAt(k).toString(16).padStart(4, '0')}`).join('');
      const ascii = text.replace(/(\\*)([^\0-\x7f]+)/g, (_, slashes, chars) => {
        // An odd run of backslashes escapes the first character: that backslash becomes the escape's own.
        const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
        return kept + [...chars].map(escape).join('');
      });
      fs.writeFileSync(file, ascii);
    });
  },
};

// The worker has no Node: `fs` (and tinyglobby over it) is an empty file system, `zlib` is fflate's gunzip, `path` is path-browserify, `url` is made with vscode-uri.
const web = {
  bundle: true, platform: 'browser', target: 'es2022', sourcemap: true, minify: true, logLevel: 'warning',
  alias: { fs: './server/src/web/noFileSystem.ts', tinyglobby: './server/src/web/noFileSystem.ts', zlib: './server/src/web/zlib.ts', path: 'path-browserify', url: './server/src/web/url.ts' },
  define: { 'process.env.NODE_ENV': '"production"' },
};
const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // dist/server.js and dist/cli.js are small launchers that run their bundles from a V8 code cache (server/src/launch/).
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server-bundle.js', plugins: [asciiOutput] },
  { ...common, entryPoints: ['server/src/launch/server.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli-bundle.js', plugins: [asciiOutput] },
  { ...common, entryPoints: ['server/src/launch/cli.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${importMetaUrl}` } },
  { ...web, entryPoints: ['client/src/web.ts'], outfile: 'dist/web/extension.js', format: 'cjs', external: ['vscode'] },
  // "worker": packages' builds for workers, where there is no DOM (decode-named-character-reference's browser build needs one).
  { ...web, entryPoints: ['server/src/web/server.ts'], outfile: 'dist/web/server.js', format: 'iife', conditions: ['worker'], plugins: [bundledData] },
];
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
