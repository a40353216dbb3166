// The test page's script (bundled by webWorker.test.ts): starts the worker build of the server and exposes a JSON-RPC
// connection to it as `window.newsdesk`, keeping the latest published diagnostics per document.
import { BrowserMessageReader, BrowserMessageWriter, createMessageConnection } from 'vscode-jsonrpc/browser';

/** The page's globals (the repository's tsconfig has no DOM types). */
declare const Worker: new (url: string) => ConstructorParameters<typeof BrowserMessageReader>[0];
declare const window: Record<string, unknown>;

const worker = new Worker('/dist/web/server.js');
const connection = createMessageConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
const diagnostics: Record<string, unknown[]> = {};
const logs: string[] = [];
connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => { diagnostics[p.uri] = p.diagnostics; });
connection.onNotification('window/logMessage', (p: { message: string }) => { logs.push(p.message); });
connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
connection.onRequest('client/registerCapability', () => null);
connection.listen();

window.newsdesk = {
  diagnostics,
  logs,
  request: (method: string, params: unknown) => connection.sendRequest(method, params),
  notify: (method: string, params: unknown) => connection.sendNotification(method, params),
};
