// dist/cli.js, the `newsdesk` command: runs the CLI's bundle (dist/cli-bundle.js, built from server/src/cli.ts) from
// the V8 code cache (compileCache.ts), so a pre-commit hook or a CI step that checks one article starts fast. Required
// as a module, it gives the bundle's exports (`run`).
import * as path from 'path';
import { runWithCompileCache } from './compileCache';

module.exports = runWithCompileCache(path.join(__dirname, 'cli-bundle.js'), module, require.main);
