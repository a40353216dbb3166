// The language server's wiring, for Node (server.ts) and the web worker (web/server.ts): open documents and handler
// registration only; the analysis lives in core/.
import {
  DidChangeWatchedFilesNotification, TextDocuments, TextDocumentSyncKind, CodeActionKind, LSPErrorCodes, ResponseError,
  type CancellationToken, type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, filePath } from './analysisCache';
import { forgetWorkspaceFiles } from './core/workspace';
import { codeActions, TAG_ALL_KIND } from './lsp/codeActions';
import { DiagnosticsPublisher } from './lsp/diagnostics';
import { hoverAt } from './lsp/hover';
import { inlayHints } from './lsp/inlayHints';
import { documentSymbols } from './lsp/symbols';
import { SettingsStore } from './settings';
import { WorkspaceIndex } from './workspaceIndex';
import { CommandHandler, SERVER_COMMANDS } from './lsp/commands';

/**
 * Serves Newsdesk on `connection` until the client exits: diagnostics, hovers, code actions, symbols, inlay hints and
 * commands for every open article. The caller makes the connection (stdio/IPC in Node, postMessage in a web worker).
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const settings = new SettingsStore(connection);
  const index = new WorkspaceIndex();
  const cache = new AnalysisCache(settings, index, (changedUri) => {
    // A name was tagged or untagged: other open articles may now know it.
    for (const doc of documents.all()) if (doc.uri !== changedUri) { cache.forget(doc.uri); diagnostics.schedule(doc); }
  });
  const diagnostics = new DiagnosticsPublisher(connection, documents, cache);
  cache.isScheduled = (uri) => diagnostics.isScheduled(uri);
  cache.onAnalysed = (uri, version, ms) => connection.tracer.log(`analysed ${uri} version ${version} in ${ms.toFixed(1)} ms`);
  const commands = new CommandHandler(connection, documents, cache, () => reanalyseAll());
  let watchDynamically = false;
  let workspaceFolders: string[] = [];
  let canSelectRange = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    settings.canPullConfiguration = !!caps.workspace?.configuration;
    watchDynamically = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canSelectRange = !!(caps.experimental as { newsdeskSelectRange?: boolean } | undefined)?.newsdeskSelectRange;
    if (params.initializationOptions) settings.setGlobal(params.initializationOptions);
    workspaceFolders = (params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []))
      .map((uri) => filePath(uri)).filter((p): p is string => p !== null);
    commands.workspaceFolders = workspaceFolders;
    commands.capabilities = caps;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, TAG_ALL_KIND] },
        documentSymbolProvider: true,
        inlayHintProvider: true,
        executeCommandProvider: { commands: SERVER_COMMANDS },
      },
      serverInfo: { name: 'newsdesk', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (workspaceFolders.length) {
      void index.scan(workspaceFolders, () => {
        cache.forget();
        diagnostics.publishAll();
      });
    }
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
  documents.onDidChangeContent((e) => {
    diagnostics.schedule(e.document);
    cache.superseded(e.document.uri, e.document.version);
  });
  documents.onDidClose((e) => {
    cache.forget(e.document.uri);
    settings.clear(e.document.uri);
    diagnostics.clear(e.document.uri);
  });

  /** Handlers never throw at the client: a bad document logs and answers "nothing here". */
  function guarded<P extends { textDocument: { uri: string } }, R>(name: string, handler: (doc: TextDocument, analysis: Awaited<ReturnType<AnalysisCache['get']>>['analysis'], params: P) => R) {
    return async (params: P, token?: CancellationToken): Promise<R | null> => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      try {
        const { analysis } = await cache.forRequest(doc, token);
        // The document moved on while the analysis ran: its positions no longer match the request's.
        if (documents.get(doc.uri)?.version !== doc.version) throw new ResponseError(LSPErrorCodes.ContentModified, 'the document changed');
        return handler(doc, analysis, params);
      } catch (e) {
        if (e instanceof ResponseError) throw e; // cancelled or superseded: the editor drops the answer
        connection.console.error(`Newsdesk ${name} failed on ${doc.uri}: ${(e as Error).stack ?? e}`);
        return null;
      }
    };
  }

  connection.onHover(guarded('hover', (doc, analysis, params) => hoverAt(analysis, doc.offsetAt(params.position))));
  connection.onCodeAction(guarded('code actions', (doc, analysis, params) => codeActions(doc, analysis, params, canSelectRange, commands.canEditWorkspace(doc.uri))));
  connection.onDocumentSymbol(guarded('symbols', (_doc, analysis) => documentSymbols(analysis)));
  connection.languages.inlayHint.on(guarded('inlay hints', (doc, analysis, params) => inlayHints(analysis, doc.offsetAt(params.range.start), doc.offsetAt(params.range.end))));

  connection.onExecuteCommand(async (params) => {
    try {
      return await commands.execute(params.command, params.arguments ?? []);
    } catch (e) {
      connection.console.error(`Newsdesk command ${params.command} failed: ${(e as Error).stack ?? e}`);
      return null;
    }
  });

  documents.listen(connection);
  connection.listen();
}
