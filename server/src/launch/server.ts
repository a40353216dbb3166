// dist/server.js, the language server's entry for Node (VS Code desktop, other LSP editors over stdio): runs the
// server's bundle (dist/server-bundle.js, built from server/src/server.ts) from the V8 code cache (compileCache.ts).
import * as path from 'path';
import { runWithCompileCache } from './compileCache';

runWithCompileCache(path.join(__dirname, 'server-bundle.js'), module, require.main);
