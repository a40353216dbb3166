// The worker entry of test/core/memory.test.ts: a worker thread does not inherit tsx's loader, so this plain module
// loads the TypeScript measurement (typingMemory.ts) through tsx's API.
import { tsImport } from 'tsx/esm/api';

await tsImport('./typingMemory.ts', import.meta.url);
