// Bundles the client, the server and the CLI into dist/ (CommonJS, Node 20), each a single file.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
// ESM dependencies read import.meta.url; in a CommonJS bundle it is this file's URL.
const importMetaUrl = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";
const common = {
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning',
  define: { 'import.meta.url': '__importMetaUrl' }, banner: { js: importMetaUrl },
};
const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: `#!/usr/bin/env node\n${importMetaUrl}` } },
];
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
