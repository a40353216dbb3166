// Prepares one extension-host test run: the extension as it ships (manifest, bundles, grammar, data, preview style) plus the compiled suite, and a fresh workspace.
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface Staged { extensionDir: string; testsPath: string; workspaceDir: string }

/**
 * Stages under test-output/ (inside the repository, so the compiled suite resolves mocha from node_modules).
 * `serverJs` replaces dist/server.js in the staged copy only, e.g. with a deliberately broken build.
 */
export async function stage(name: string, serverJs = process.env.NEWSDESK_SERVER_JS): Promise<Staged> {
  const base = path.join(ROOT, 'test-output', 'vscode', name);
  fs.rmSync(base, { recursive: true, force: true });
  const extensionDir = path.join(base, 'extension');
  const workspaceDir = path.join(base, 'workspace');
  for (const f of serverJs ? ['dist/extension.js', 'dist/server-bundle.js'] : ['dist/extension.js', 'dist/server-bundle.js', 'dist/server.js']) {
    if (!fs.existsSync(path.join(ROOT, f))) throw new Error(`${f} is missing: run npm run build first`);
  }
  fs.mkdirSync(path.join(extensionDir, 'dist'), { recursive: true });
  for (const f of ['package.json', 'dist/extension.js', 'dist/server-bundle.js', ...(serverJs ? [] : ['dist/server.js']), 'syntaxes', 'data', 'media']) fs.cpSync(path.join(ROOT, f), path.join(extensionDir, f), { recursive: true });
  if (serverJs) fs.copyFileSync(path.resolve(serverJs), path.join(extensionDir, 'dist', 'server.js'));

  const suiteDir = path.join(__dirname, 'suite');
  await esbuild.build({
    entryPoints: fs.readdirSync(suiteDir).filter((f) => f.endsWith('.ts')).map((f) => path.join(suiteDir, f)),
    outdir: path.join(extensionDir, 'out', 'test', 'suite'),
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: 'inline', logLevel: 'warning',
    external: ['vscode', 'mocha'],
  });

  fs.cpSync(path.join(__dirname, 'fixture'), workspaceDir, { recursive: true });
  fs.rmSync(path.join(workspaceDir, 'README.md'));
  fs.copyFileSync(path.join(ROOT, 'examples', 'iran-iraq-visit.md'), path.join(workspaceDir, 'article.md'));
  fs.copyFileSync(path.join(ROOT, 'examples', 'planted-problems.md'), path.join(workspaceDir, 'planted.md'));
  return { extensionDir, testsPath: path.join(extensionDir, 'out', 'test', 'suite', 'index.js'), workspaceDir };
}
