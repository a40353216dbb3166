// Packaging: the .vsix holds the bundles, grammar, data and docs, and no sources, tests or node_modules.
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../helpers/lspClient';

describe('vsix package', function () {
  this.timeout(120000);
  let files: string[];

  before(() => {
    const out = path.join(ROOT, 'test-output');
    fs.mkdirSync(out, { recursive: true });
    const vsix = path.join(out, 'newsdesk-test.vsix');
    execFileSync(process.execPath, [require.resolve('@vscode/vsce/vsce'), 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', vsix], { cwd: ROOT, stdio: 'pipe' });
    // A .vsix is a zip; list it with unzip's cousin in Node: read the central directory.
    files = listZip(fs.readFileSync(vsix));
  });

  it('contains the runtime files', () => {
    for (const f of ['extension/dist/extension.js', 'extension/dist/server.js', 'extension/dist/server-bundle.js', 'extension/dist/cli.js', 'extension/dist/cli-bundle.js', 'extension/dist/web/extension.js', 'extension/dist/web/server.js', 'extension/package.json', 'extension/readme.md', 'extension/changelog.md', 'extension/LICENSE.txt', 'extension/syntaxes/newsdesk-tags.tmLanguage.json', 'extension/data/abbreviations.txt', 'extension/media/preview.css', 'extension/schemas/config.schema.json', 'extension/schemas/entities.schema.json']) {
      assert.ok(files.includes(f), `${f} missing from ${files.join(', ')}`);
    }
  });

  it('contains no sources, tests, maps or node_modules', () => {
    const bad = files.filter((f) => /\.ts$|\.map$|node_modules\/|^extension\/(test|server|client|scripts)\/|\.ci\//.test(f));
    assert.deepEqual(bad, []);
  });
});

function listZip(buf: Buffer): string[] {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  assert.ok(eocd >= 0, 'not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLen));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}
