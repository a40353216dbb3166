// The language server: connection, open documents and handler registration — wiring only; the analysis lives in core/.
import {
  createConnection, DidChangeWatchedFilesNotification, ProposedFeatures, TextDocuments, TextDocumentSyncKind,
  CodeActionKind, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './analysisCache';
import { forgetWorkspaceFiles } from './core/workspace';
import { codeActions, TAG_ALL_KIND } from './lsp/codeActions';
import { DiagnosticsPublisher } from './lsp/diagnostics';
import { hoverAt } from './lsp/hover';
import { inlayHints } from './lsp/inlayHints';
import { documentSymbols } from './lsp/symbols';
import { SettingsStore } from './settings';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const settings = new SettingsStore(connection);
const cache = new AnalysisCache(settings);
const diagnostics = new DiagnosticsPublisher(connection, documents, cache);
let watchDynamically = false;

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const caps = params.capabilities;
  settings.canPullConfiguration = !!caps.workspace?.configuration;
  watchDynamically = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  if (params.initializationOptions) settings.setGlobal(params.initializationOptions);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, TAG_ALL_KIND] },
      documentSymbolProvider: true,
      inlayHintProvider: true,
    },
    serverInfo: { name: 'newsdesk', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (watchDynamically) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.newsdesk/*.yaml' }] });
  }
});

/** Settings or workspace files changed: every open article is re-analysed. */
function reanalyseAll(): void {
  settings.clear();
  forgetWorkspaceFiles();
  cache.forget();
  diagnostics.publishAll();
}

connection.onDidChangeConfiguration((change) => {
  if (!settings.canPullConfiguration) settings.setGlobal(change.settings);
  reanalyseAll();
});
connection.onDidChangeWatchedFiles(() => reanalyseAll());

documents.onDidOpen((e) => diagnostics.schedule(e.document, true));
documents.onDidChangeContent((e) => diagnostics.schedule(e.document));
documents.onDidClose((e) => {
  cache.forget(e.document.uri);
  settings.clear(e.document.uri);
  diagnostics.clear(e.document.uri);
});

/** Handlers never throw at the client: a bad document logs and answers "nothing here". */
function guarded<P extends { textDocument: { uri: string } }, R>(name: string, handler: (doc: TextDocument, analysis: Awaited<ReturnType<AnalysisCache['get']>>['analysis'], params: P) => R) {
  return async (params: P): Promise<R | null> => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    try {
      const { analysis } = await cache.get(doc);
      return handler(doc, analysis, params);
    } catch (e) {
      connection.console.error(`Newsdesk ${name} failed on ${doc.uri}: ${(e as Error).stack ?? e}`);
      return null;
    }
  };
}

connection.onHover(guarded('hover', (doc, analysis, params) => hoverAt(analysis, doc.offsetAt(params.position))));
connection.onCodeAction(guarded('code actions', (doc, analysis, params) => codeActions(doc, analysis, params)));
connection.onDocumentSymbol(guarded('symbols', (_doc, analysis) => documentSymbols(analysis)));
connection.languages.inlayHint.on(guarded('inlay hints', (doc, analysis, params) => inlayHints(analysis, doc.offsetAt(params.range.start), doc.offsetAt(params.range.end))));

documents.listen(connection);
connection.listen();
