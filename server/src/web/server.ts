// The language server for VS Code for the Web (vscode.dev, github.dev, code-server's browser extension host): the same
// server as in Node, run in a web worker and spoken to with postMessage. It has no file system: the data files are
// bundled into it (esbuild.mjs), and workspace files (.newsdesk/config.yaml, entities.yaml) are not read.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { useBundledData } from '../core/dataFiles';
import { startServer } from '../serverMain';
import { DATA_FILES } from 'newsdesk:data';

// The worker's global scope (the project compiles without the DOM and WebWorker libraries).
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

useBundledData(DATA_FILES);
startServer(createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self)));
